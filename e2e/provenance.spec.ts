import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

// Every fact the studio shows carries its label where it is used: documented, assumed, or a
// conflict with both readings (issue 12).
test.describe("fact labels", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the Alipay+ catalog page shows the conflict on USER_ID's silent flag with both readings", async ({ page }) => {
    await page.goto("/catalogs/alipay-plus");
    await expect(page.getByRole("heading", { name: "Scopes", level: 2 })).toBeVisible();
    const disclosure = page.locator("details").filter({ has: page.locator("summary", { hasText: "both readings of USER_ID's silent flag" }) });
    await expect(disclosure).toHaveCount(1);
    await expect(disclosure.getByText("conflict", { exact: true })).toBeVisible();
    // Keyboard: the summary opens the readings.
    await disclosure.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(disclosure.getByText(/Reading 1:.*table marks USER_ID "Silent authorization: Yes"/)).toBeVisible();
    await expect(disclosure.getByText(/Reading 2:.*All the other scopes are used for proactive user authorization/)).toBeVisible();
    await expect(disclosure.getByText("The studio uses:")).toBeVisible();
    await expect(disclosure).toContainText("seeds/000_990cf4b666aceb78.txt");

    // Examples carry their own label; the data flow says where it is stated.
    const jsapi = page.locator("#jsapi").locator("xpath=..");
    await expect(jsapi.getByRole("heading", { name: "Examples", exact: true })).toBeVisible();
    await expect(jsapi.getByRole("heading", { name: /Request · the source's example/ })).toBeVisible();
    await expect(jsapi.getByRole("heading", { name: "Data flow", exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The explorer's scope page shows the same conflict, in dark mode too.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/explorer/scope/USER_ID");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    const explorerConflict = page
      .locator("details")
      .filter({ has: page.locator("summary", { hasText: "both readings of USER_ID's silent flag in Alipay+ (generic)" }) })
      .first();
    await explorerConflict.locator("summary").click();
    await expect(explorerConflict.getByText(/Reading 2:.*proactive user authorization/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("AlipayHK: the authClientId input is sent, and a timeout with the consent page open answers error 14 with the facts it relied on", async ({ page }) => {
    await page.goto("/simulator?catalog=alipay-hk");
    const setup = page.getByRole("form", { name: "Simulation setup" });
    const params = setup.getByRole("group", { name: "my.getAuthCode parameters" });
    const authClientId = params.getByLabel(/authClientId/);
    await expect(authClientId).toHaveValue("2160010200871872");
    await expect(params.getByText("required")).toBeVisible();
    await expect(params.getByText("documented")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const scopes = setup.getByRole("group", { name: "Scopes", exact: true });
    await scopes.getByRole("button", { name: "Clear", exact: true }).click();
    await scopes.getByRole("checkbox", { name: "USER_NAME", exact: true }).check();
    await setup.getByRole("radio", { name: "Timeout", exact: true }).check();
    await setup.getByRole("button", { name: "Run simulation" }).click();

    const flow = page.getByRole("region", { name: "The flow" });
    await expect(flow.getByText("fail callback fired")).toBeVisible();
    await expect(flow.getByText(/JSAPI error 14\./)).toBeVisible();
    // The call carried the parameter.
    const call = flow.locator("details").filter({ has: page.locator("summary", { hasText: "Payload of “Mini program calls my.getAuthCode”" }) });
    await call.locator("summary").click();
    await expect(call).toContainText('"authClientId": "2160010200871872"');

    const relied = flow.locator("details").filter({ has: page.locator("summary", { hasText: "What this simulation relied on" }) });
    await relied.locator("summary").click();
    const complete = relied.locator('[data-fact="complete"]');
    await expect(complete).toContainText("complete receives the same object as the callback that fired");
    await expect(complete.getByText("assumed", { exact: true })).toBeVisible();
    const error14 = relied.locator('[data-fact="error-code:14"]');
    await expect(error14).toContainText("User Authorization Timeout");
    await expect(error14.getByText("documented", { exact: true })).toBeVisible();
    await expect(relied.getByRole("heading", { name: /^Assumed/ })).toBeVisible();
    await expect(relied.getByRole("heading", { name: /^Documented/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectNoSeriousA11yViolations(page);
  });

  test("the editor sets which outcome an error code simulates, refuses two codes for one outcome at the field, and saves", async ({ page, request }) => {
    const slug = `simulates-${Date.now()}`;
    const cloned = await request.post("/api/trpc/catalog.clone", { data: { slug: "vodapay", newSlug: slug, newName: `Simulates ${slug}`, author: "E2E Tester" } });
    expect(cloned.ok()).toBe(true);
    await page.goto(`/catalogs/${slug}/edit`);
    await expect(page.getByRole("button", { name: "Save catalog" })).toBeVisible();

    const first = page.getByRole("group", { name: "Error code 1", exact: true });
    const second = page.getByRole("group", { name: "Error code 2", exact: true });
    await expect(first.getByLabel("Code", { exact: true })).toHaveValue("3");
    await expect(second.getByRole("group", { name: "Simulates" }).getByRole("checkbox", { name: "cancel", exact: true })).toBeChecked();

    // Error 11 already answers cancel: giving it to error 3 too is refused, at error 11's Simulates.
    const firstSimulates = first.getByRole("group", { name: "Simulates" });
    await firstSimulates.getByRole("checkbox", { name: "cancel", exact: true }).check();
    await page.getByRole("button", { name: "Save catalog" }).click();
    await expect(second.getByRole("group", { name: "Simulates" }).getByRole("alert")).toContainText('already answers "cancel"');
    await expectNoSeriousA11yViolations(page);

    await firstSimulates.getByRole("checkbox", { name: "cancel", exact: true }).uncheck();
    await firstSimulates.getByRole("checkbox", { name: /^wallet-timeout/ }).check();
    await page.getByRole("button", { name: "Save catalog" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "3", exact: true }) });
    await expect(row).toContainText("answers: wallet timeout (the wallet does not answer)");
    await expectNoSeriousA11yViolations(page);
  });

  test("the editor shows where a scope's description comes from, and can give a description its own label", async ({ page, request }) => {
    const slug = `description-${Date.now()}`;
    const cloned = await request.post("/api/trpc/catalog.clone", { data: { slug: "superqi", newSlug: slug, newName: `Description ${slug}`, author: "E2E Tester" } });
    expect(cloned.ok()).toBe(true);
    await page.goto(`/catalogs/${slug}/edit`);
    await expect(page.getByRole("button", { name: "Save catalog" })).toBeVisible();
    // SuperQi's descriptions are borrowed from the Alipay+ page: scope 1 (auth_base) says so.
    const first = page.getByRole("group", { name: "Scope 1", exact: true });
    await first.getByRole("button", { name: "Details of scope 1" }).click();
    await expect(first.getByRole("checkbox", { name: "Description has its own source" })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await first.getByRole("checkbox", { name: "Description has its own source" }).uncheck();
    await page.getByRole("button", { name: "Save catalog" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
    const saved = await request.get(`/api/catalogs/${slug}/export`);
    const document = (await saved.json()) as { catalog: { scopes: Array<{ name: string; descriptionProvenance?: unknown }> } };
    expect(document.catalog.scopes[0]?.descriptionProvenance).toBeUndefined();
    expect(document.catalog.scopes[1]?.descriptionProvenance).toMatchObject({ fidelity: "assumed" });
  });
});
