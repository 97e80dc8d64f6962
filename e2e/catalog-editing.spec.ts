import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

test("a person creates a catalog, fixes a validation error, edits it, and restores the first version", async ({ page }) => {
  const name = `Team Wallet ${Date.now()}`;
  await page.goto("/catalogs/new");
  await expect(page.getByRole("button", { name: "Create catalog" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Wallet", { exact: true }).fill("Team Wallet");
  await page.getByLabel("Region", { exact: true }).fill("Testland");
  const slug = await page.getByLabel("Slug", { exact: true }).inputValue();
  expect(slug).toMatch(/^team-wallet-\d+$/);

  await page.getByRole("button", { name: "Add scope" }).click();
  await page.getByRole("group", { name: "Scope 1", exact: true }).getByLabel("Scope name").fill("USER_NAME");
  await page.getByRole("button", { name: "Add scope" }).click();
  const second = page.getByRole("group", { name: "Scope 2", exact: true });
  await second.getByLabel("Scope name").fill("USER AVATAR");
  await page.getByRole("button", { name: "Create catalog" }).click();

  // The validation message sits next to the field, and nothing is saved.
  await expect(second.getByRole("alert")).toContainText("A scope name cannot contain spaces or line breaks");
  await expect(second.getByLabel("Scope name")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);
  await second.getByLabel("Scope name").fill("USER_AVATAR");
  await page.getByRole("button", { name: "Create catalog" }).click();

  await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByRole("rowheader", { name: "USER_AVATAR" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A second version: add a scope.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("button", { name: "Save catalog" })).toBeVisible();
  await page.getByRole("button", { name: "Add scope" }).click();
  await page.getByRole("group", { name: "Scope 3", exact: true }).getByLabel("Scope name").fill("USER_GENDER");
  await page.getByRole("button", { name: "Save catalog" }).click();
  await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
  await expect(page.getByRole("rowheader", { name: "USER_GENDER" })).toBeVisible();

  // History shows both versions with who and what changed; restore version 1.
  await page.getByRole("link", { name: "History" }).click();
  const versions = page.getByRole("list", { name: "Versions, newest first" });
  await expect(versions).toContainText("Added scope USER_GENDER");
  await expect(versions).toContainText("E2E Tester");
  await expect(page.getByTestId("change-list")).toContainText("USER_GENDER");
  await expectNoSeriousA11yViolations(page);
  await versions.getByRole("button", { name: /Version 1\b/ }).click();
  await page.getByRole("button", { name: "Restore this version" }).click();
  await page.getByRole("dialog", { name: "Restore version 1?" }).getByRole("button", { name: "Restore version 1" }).click();
  await expect(versions).toContainText("Restored version 1");

  await page.goto(`/catalogs/${slug}`);
  await expect(page.getByRole("rowheader", { name: "USER_AVATAR" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "USER_GENDER" })).toHaveCount(0);
});

test("a save against a stale version is refused with a clear message", async ({ page, browser, request }) => {
  // Work on a clone so the built-in catalogs stay as seeded for the other tests.
  const slug = `stale-${Date.now()}`;
  const cloned = await request.post("/api/trpc/catalog.clone", {
    data: { slug: "vodapay", newSlug: slug, newName: `Stale save ${slug}`, author: "E2E Tester" },
  });
  expect(cloned.ok()).toBe(true);
  await page.goto(`/catalogs/${slug}/edit`);
  await expect(page.getByRole("button", { name: "Save catalog" })).toBeVisible();
  const other = await browser.newPage();
  await other.addInitScript(() => window.localStorage.setItem("authcode-studio:author", "Other Tester"));
  await other.goto(`/catalogs/${slug}/edit`);
  await other.getByLabel("Region", { exact: true }).fill("South Africa (edited elsewhere)");
  await other.getByRole("button", { name: "Save catalog" }).click();
  await expect(other).toHaveURL(new RegExp(`/catalogs/${slug}$`));
  await other.close();

  await page.getByLabel("Region", { exact: true }).fill("South Africa (my edit)");
  await page.getByRole("button", { name: "Save catalog" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Not saved" });
  await expect(alert).toContainText("Other Tester");
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("South Africa (my edit)");
});

test("a sidebar link from a dirty editor asks first; staying keeps the edits, leaving discards them", async ({ page, request }) => {
  const slug = `leave-${Date.now()}`;
  const cloned = await request.post("/api/trpc/catalog.clone", { data: { slug: "vodapay", newSlug: slug, newName: `Leave ${slug}`, author: "E2E Tester" } });
  expect(cloned.ok()).toBe(true);
  await page.goto(`/catalogs/${slug}/edit`);
  await page.getByLabel("Region", { exact: true }).fill("Unsaved region");
  const sidebar = page.getByRole("navigation", { name: "Main" }).first();
  await sidebar.getByRole("link", { name: "Explorer" }).click();
  const dialog = page.getByRole("dialog", { name: "Discard unsaved changes?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}/edit$`));
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("Unsaved region");
  await sidebar.getByRole("link", { name: "Explorer" }).click();
  await dialog.getByRole("button", { name: "Discard changes" }).click();
  await expect(page).toHaveURL(/\/explorer$/);
});

test("Back from a dirty editor asks too; staying keeps the edits, leaving goes back, and an undone edit does not ask", async ({ page, request, axe }) => {
  const slug = `back-${Date.now()}`;
  const cloned = await request.post("/api/trpc/catalog.clone", { data: { slug: "vodapay", newSlug: slug, newName: `Back ${slug}`, author: "E2E Tester" } });
  expect(cloned.ok()).toBe(true);
  await page.goto(`/catalogs/${slug}`);
  await page.getByRole("link", { name: "Edit" }).click();
  const region = page.getByLabel("Region", { exact: true });
  const original = await region.inputValue();
  await region.fill("Unsaved region");

  const dialog = page.getByRole("dialog", { name: "Discard unsaved changes?" });
  await page.goBack({ waitUntil: "commit" });
  await expect(dialog).toBeVisible();
  await axe.expectNoSeriousViolations();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}/edit$`));
  await expect(region).toHaveValue("Unsaved region");

  // Asked again on the next Back; leaving goes to the page the editor was opened from.
  await page.goBack({ waitUntil: "commit" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Discard changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
  await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();

  // Typed and undone: nothing to lose, one Back leaves without asking.
  await page.getByRole("link", { name: "Edit" }).click();
  await region.fill("Briefly changed");
  await region.fill(original);
  await page.goBack({ waitUntil: "commit" });
  await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
  await expect(dialog).toHaveCount(0);
});

test("a long description counts towards its limit, and the save says by how much it is over", async ({ page }) => {
  await page.goto("/catalogs/new");
  const description = page.getByLabel("Description", { exact: true }).first();
  // The editor is fetched beside the page: text typed before it has hydrated is reset, so type again until it counts.
  await expect(async () => {
    await description.fill("x".repeat(3700));
    await expect(page.getByText("3,700 / 4,000")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await description.fill("x".repeat(4100));
  await expect(page.getByText("4,100 / 4,000")).toContainText("100 over the limit");
  await expect(description).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Create catalog" }).click();
  await expect(page.getByRole("region", { name: /problems? to fix before saving/ })).toContainText("Description: At most 4,000 characters (this has 4,100)");
});

test.describe("without a display name", () => {
  test.use({ authorName: null });

  test("the display name is asked once, when the first change needs it, and kept", async ({ page }) => {
    const slug = `named-${Date.now()}`;
    await page.goto("/catalogs/vodapay");
    const sidebar = page.locator("aside");
    await expect(sidebar).toContainText("No display name yet");
    await expect(page.getByRole("textbox", { name: /display name/i })).toHaveCount(0);

    await page.getByRole("button", { name: "Clone" }).click();
    const clone = page.getByRole("dialog", { name: /^Clone/ });
    await clone.getByLabel("New slug").fill(slug);
    await clone.getByRole("button", { name: "Clone catalog" }).click();
    const prompt = page.getByRole("dialog", { name: "Who is making this change?" });
    await expect(prompt).toBeVisible();
    await prompt.getByLabel("Your display name").fill("Ana from Payments");
    await prompt.getByRole("button", { name: "Save name and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
    await expect(sidebar).toContainText("Saving as Ana from Payments");

    // The next change does not ask again, in the editor or anywhere else.
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByRole("textbox", { name: /display name/i })).toHaveCount(0);
    await page.getByLabel("Region", { exact: true }).fill("Named region");
    await page.getByRole("button", { name: "Save catalog" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("list", { name: "Versions, newest first" })).toContainText("Ana from Payments");
  });
});
