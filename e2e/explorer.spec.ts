import type { APIRequestContext, Page } from "@playwright/test";
import { E2E_AUTHOR, expect, test } from "./fixtures";

// Other specs may add catalogs to the same database (copies of built-ins under other names), so
// catalogs are found by slug (their link's href) or exact name, and counts are never assumed.

const ALIPAY_PLUS = { slug: "alipay-plus", name: "Alipay+ (generic)" };
const DANA = { slug: "dana", name: "DANA (Indonesia)" };

function resultsTable(page: Page) {
  return page.getByRole("table", { name: /Scopes matching the search/ });
}

/** The search-result row of `scope` in the catalog with this slug. */
function resultRow(page: Page, scope: string, slug: string) {
  return resultsTable(page)
    .getByRole("row")
    .filter({ has: page.locator(`a[href="/catalogs/${slug}"]`) })
    .filter({ has: page.getByRole("link", { name: scope, exact: true }) });
}

function failOnDialog(page: Page) {
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected browser dialog: ${dialog.message()}`);
  });
}

test.describe("scope explorer", () => {
  // Several pages, each checked with axe, on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test("USER_LOGIN_ID: search, detail and compare agree that the silent flag differs between Alipay+ and DANA", async ({
    page,
    axe,
  }) => {
    failOnDialog(page);
    await page.goto("/explorer");
    await expect(page.getByRole("heading", { level: 1, name: "Scope explorer" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Search", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(resultsTable(page)).toBeVisible();
    await axe.expectNoSeriousViolations();

    // "/" focuses the search box from anywhere on the page.
    const search = page.getByRole("searchbox", { name: "Search scopes" });
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("/");
    await expect(search).toBeFocused();

    await search.fill("USER_LOGIN_ID");
    await expect(page).toHaveURL(/[?&]q=USER_LOGIN_ID(&|$)/);
    const alipayRow = resultRow(page, "USER_LOGIN_ID", ALIPAY_PLUS.slug);
    const danaRow = resultRow(page, "USER_LOGIN_ID", DANA.slug);
    await expect(alipayRow).toHaveCount(1);
    await expect(danaRow).toHaveCount(1);
    await expect(alipayRow.getByText("silent", { exact: true })).toBeVisible();
    await expect(danaRow.getByText("consent", { exact: true })).toBeVisible();
    await expect(page.getByText(/^1–\d+ of \d+ scopes?$/)).toBeVisible();
    await axe.expectNoSeriousViolations();

    // Scope detail: silent in Alipay+ (documented), consent in DANA (assumed), and the summary says they differ.
    await alipayRow.getByRole("link", { name: "USER_LOGIN_ID", exact: true }).click();
    await expect(page).toHaveURL(/\/explorer\/scope\/USER_LOGIN_ID$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("USER_LOGIN_ID");
    const alipay = page.getByRole("region", { name: ALIPAY_PLUS.name, exact: true });
    const dana = page.getByRole("region", { name: DANA.name, exact: true });
    await expect(alipay.getByText("silent", { exact: true })).toBeVisible();
    await expect(alipay.getByText("documented", { exact: true }).first()).toBeVisible();
    await expect(dana.getByText("consent", { exact: true })).toBeVisible();
    await expect(dana.getByText("assumed", { exact: true }).first()).toBeVisible();
    await expect(dana.getByText("Consent: the wallet shows its consent page.")).toBeVisible();
    await expect(page.getByTestId("scope-summary")).toContainText(/Accepted by \d+ of \d+ catalogs · silent in \d+, consent in \d+ — silent flag differs/);
    await axe.expectNoSeriousViolations();

    // Compare: pick exactly Alipay+ and DANA; the choice goes into the URL and the row is flagged.
    await page.getByRole("link", { name: "Compare", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Compare catalogs" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Compare", exact: true })).toHaveAttribute("aria-current", "page");
    await page.getByRole("button", { name: "Choose none" }).click();
    await expect(page.getByText("Choose at least one catalog")).toBeVisible();
    await page.getByRole("checkbox", { name: ALIPAY_PLUS.name, exact: true }).check();
    await page.getByRole("checkbox", { name: DANA.name, exact: true }).check();
    await expect(page).toHaveURL(/[?&]catalogs=alipay-plus,dana(&|$)/);

    const matrix = page.getByRole("table", { name: /Scopes \(rows\) accepted by each chosen catalog/ });
    await expect(matrix.getByRole("columnheader")).toHaveText(["Scope", /Alipay\+ \(generic\)/, /DANA \(Indonesia\)/]);
    const row = matrix.getByRole("row").filter({ has: page.getByRole("link", { name: "USER_LOGIN_ID", exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("rowheader")).toContainText("silent flag differs");
    await expect(row.getByRole("cell")).toHaveText([/✓ silent/, /✓ consent/]);
    await axe.expectNoSeriousViolations();

    // "Only differences" keeps the row; a name filter narrows the matrix to it.
    await page.getByRole("checkbox", { name: /Only differences/ }).check();
    await page.getByRole("searchbox", { name: "Filter scopes by name" }).fill("USER_LOGIN");
    await expect(page).toHaveURL(/[?&]q=USER_LOGIN(&|$)/);
    await expect(page).toHaveURL(/[?&]diff=1(&|$)/);
    await expect(row.getByRole("rowheader")).toContainText("silent flag differs");
  });

  test("a URL with filters reproduces the view, and clearing the filters resets it", async ({ page, axe }) => {
    await page.goto(`/explorer?q=login&wallet=${encodeURIComponent("DANA")}&mode=consent&fidelity=documented`);
    await expect(page.getByRole("searchbox", { name: "Search scopes" })).toHaveValue("login");
    await expect(page.getByRole("checkbox", { name: /^DANA\b/ })).toBeChecked();
    await expect(page.getByRole("combobox", { name: "Consent" })).toHaveValue("consent");
    await expect(page.getByRole("combobox", { name: "Fidelity" })).toHaveValue("documented");

    // DANA's silent flags are assumed, so "documented" finds nothing: the empty state offers a way out.
    await expect(page.getByText("No scope matches these filters")).toBeVisible();
    await axe.expectNoSeriousViolations();

    await page.getByRole("combobox", { name: "Fidelity" }).selectOption("");
    await expect(page).not.toHaveURL(/fidelity=/);
    await expect(page).toHaveURL(/[?&]wallet=DANA(&|$)/);
    const rows = resultsTable(page).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      await expect(rows.nth(index).locator(`a[href="/catalogs/${DANA.slug}"]`)).toBeVisible();
      await expect(rows.nth(index).getByText("consent", { exact: true })).toBeVisible();
    }
    await expect(resultRow(page, "USER_LOGIN_ID", DANA.slug)).toHaveCount(1);

    // Reload: same view from the URL alone.
    await page.reload();
    await expect(page.getByRole("searchbox", { name: "Search scopes" })).toHaveValue("login");
    await expect(resultRow(page, "USER_LOGIN_ID", DANA.slug)).toHaveCount(1);

    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/explorer$/);
    await expect(page.getByRole("searchbox", { name: "Search scopes" })).toHaveValue("");
    await expect(page.getByRole("checkbox", { name: /^DANA\b/ })).not.toBeChecked();
    await expect(resultsTable(page).locator("tbody tr").first()).toBeVisible();

    // Compare choices live in the URL too.
    await page.goto("/explorer/compare?catalogs=dana,alipay-plus&diff=1");
    await expect(page.getByRole("checkbox", { name: DANA.name, exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: ALIPAY_PLUS.name, exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /Only differences/ })).toBeChecked();
    const matrix = page.getByRole("table", { name: /Scopes \(rows\) accepted by each chosen catalog/ });
    await expect(matrix.getByRole("columnheader")).toHaveText(["Scope", /DANA \(Indonesia\)/, /Alipay\+ \(generic\)/]);
  });

  test("scope names with markup render as inert text in search and detail", async ({ page, request }) => {
    failOnDialog(page);
    const name = "<script>alert(1)</script>";
    const slug = `e2e-explorer-${Date.now().toString(36)}`;
    const exported = (await (await request.get(`/api/catalogs/${ALIPAY_PLUS.slug}/export`)).json()) as {
      catalog: { scopes: Array<Record<string, unknown>> } & Record<string, unknown>;
    };
    const template = exported.catalog.scopes[0] ?? {};
    const catalog = {
      ...exported.catalog,
      slug,
      name: `E2E explorer ${slug}`,
      jsapi: { ...(exported.catalog.jsapi as Record<string, unknown>), defaultScope: null, scopesRequired: true },
      scopes: [{ ...template, name, aliases: [] }],
    };
    await createCatalog(request, catalog);
    try {
      await page.goto(`/explorer?q=${encodeURIComponent("<script>")}`);
      // Other tests may leave catalogs with the same scope name: pick this catalog's row.
      const link = resultsTable(page).getByRole("row").filter({ hasText: `E2E explorer ${slug}` }).getByRole("link", { name, exact: true });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/\/explorer\/scope\/%3Cscript%3Ealert\(1\)%3C%2Fscript%3E$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByRole("region", { name: `E2E explorer ${slug}`, exact: true })).toBeVisible();
      await expect(page.getByTestId("scope-summary")).toContainText(/Accepted by \d+ of \d+ catalogs/);
    } finally {
      await deleteCatalog(request, slug);
    }
  });

  test("explorer pages have no serious a11y violations in dark mode", async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/explorer?q=login");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(resultsTable(page)).toBeVisible();
    await axe.expectNoSeriousViolations();

    await page.goto("/explorer/scope/USER_LOGIN_ID");
    await expect(page.getByRole("region", { name: DANA.name, exact: true })).toBeVisible();
    await axe.expectNoSeriousViolations();

    await page.goto("/explorer/compare?catalogs=alipay-plus,dana,touch-n-go");
    await expect(page.getByRole("table", { name: /Scopes \(rows\) accepted/ })).toBeVisible();
    await axe.expectNoSeriousViolations();
  });
});

async function createCatalog(request: APIRequestContext, catalog: unknown) {
  const response = await request.post("/api/trpc/catalog.create", { data: { catalog, author: E2E_AUTHOR } });
  expect(response.ok(), `catalog.create: ${await response.text()}`).toBe(true);
}

async function deleteCatalog(request: APIRequestContext, slug: string) {
  const response = await request.post("/api/trpc/catalog.delete", { data: { slug, expectedVersion: 1 } });
  expect(response.ok(), `catalog.delete: ${await response.text()}`).toBe(true);
}
