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
