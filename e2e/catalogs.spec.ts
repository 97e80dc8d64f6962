import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { APIRequestContext, Page } from "@playwright/test";
import { E2E_AUTHOR, expect, test } from "./fixtures";

/** A slug no other test (or retry) uses. */
function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4).toString(36)}`;
}

type CatalogDocument = { slug: string; name: string; description: string; scopes: Array<Record<string, unknown> & { name: string }> };
type CatalogFile = { $schema?: string; formatVersion: number; catalog: CatalogDocument };

/** tRPC v11 fetch adapter, no transformer: a query takes `?input=<json>`, a mutation the raw input as its body. */
async function trpcQuery<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

async function trpcMutation<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { data: input });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

async function firstCatalogSlug(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/catalogs");
  const { catalogs } = (await response.json()) as { catalogs: Array<{ slug: string; builtin: boolean }> };
  const slug = (catalogs.find((catalog) => catalog.builtin) ?? catalogs[0])?.slug;
  expect(slug, "at least one catalog exists").toBeTruthy();
  return slug ?? "";
}

function catalogsTable(page: Page) {
  return page.getByRole("region", { name: "Catalogs table" });
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("Import catalog").setInputFiles({ name, mimeType: "application/json", buffer });
}

test.describe("catalogs", () => {
  // Each test walks several pages and runs axe on each; leave room on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test("export a catalog, import it as a new one, re-import shows no changes, then a diff", async ({ page, axe, request }) => {
    const sourceSlug = await firstCatalogSlug(request);
    page.on("dialog", (dialog) => {
      throw new Error(`unexpected browser dialog: ${dialog.message()}`);
    });

    await page.goto(`/catalogs/${sourceSlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Scopes", level: 2 })).toBeVisible();
    await axe.expectNoSeriousViolations();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export JSON" }).click();
    const download = await downloading;
    const path = await download.path();
    const file = JSON.parse(await readFile(path, "utf8")) as CatalogFile;
    expect(file.formatVersion).toBe(1);
    expect(file.$schema).toMatch(/\/api\/catalogs\/schema\.json$/);
    expect(file.catalog.slug).toBe(sourceSlug);

    const slug = uniqueSlug("e2e-import");
    const name = `E2E import ${slug}`;
    file.catalog.slug = slug;
    file.catalog.name = name;
    // A scope name that is markup must show as text, never run.
    const first = file.catalog.scopes[0];
    expect(first, "the exported catalog has scopes").toBeTruthy();
    file.catalog.scopes.push({ ...first, name: "<script>alert(1)</script>", aliases: [] });
    const bytes = Buffer.from(JSON.stringify(file, null, 2));

    await page.goto("/catalogs");
    await expect(catalogsTable(page)).toBeVisible();
    await axe.expectNoSeriousViolations();

    await importFile(page, `${slug}.catalog.json`, bytes);
    const preview = page.getByRole("region", { name: "Import preview" });
    await expect(preview).toBeVisible();
    await expect(preview.getByText("New catalog", { exact: true })).toBeVisible();
    await expect(preview).toContainText(slug);
    await axe.expectNoSeriousViolations();
    await preview.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText("version 1");
    await expect(catalogsTable(page).getByRole("link", { name })).toBeVisible();

    // The same file again: nothing to import.
    await importFile(page, `${slug}.catalog.json`, bytes);
    await expect(preview).toContainText("No changes");
    await expect(preview.getByRole("button", { name: /^Import/ })).toBeDisabled();
    await axe.expectNoSeriousViolations();
    await preview.getByRole("button", { name: "Close" }).click();

    // An edited file: the preview is a readable diff, and importing it saves version 2.
    file.catalog.description = "Edited by the e2e import test.";
    await importFile(page, `${slug}.catalog.json`, Buffer.from(JSON.stringify(file)));
    await expect(preview).toContainText("Updates an existing catalog");
    const changes = preview.getByTestId("change-list");
    await expect(changes.getByRole("heading", { name: /General/ })).toBeVisible();
    await expect(changes).toContainText("Changed");
    await expect(changes).toContainText("description");
    await expect(changes).toContainText("Edited by the e2e import test.");
    await axe.expectNoSeriousViolations();
    await preview.getByRole("button", { name: "Import as version 2" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText("version 2");

    // The imported catalog's page shows the markup scope as inert text.
    await catalogsTable(page).getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByRole("rowheader", { name: "<script>alert(1)</script>" })).toBeVisible();
    await expect(page.locator("script").filter({ hasText: "alert(1)" })).toHaveCount(0);
    await axe.expectNoSeriousViolations();
  });

  test("refuses junk and invalid files with the exact reason and changes nothing", async ({ page, axe, request }) => {
    await page.goto("/catalogs");
    const rows = catalogsTable(page).getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    const before = await rows.count();

    // 5 MB of random bytes: refused for its size before anything is read.
    await importFile(page, "junk.bin", randomBytes(5 * 1024 * 1024));
    const refusal = page.getByRole("alert").filter({ hasText: "was not imported" });
    await expect(refusal).toContainText("“junk.bin” was not imported");
    await expect(refusal).toContainText("The file is 5.0 MB; catalog files are at most 1 MB.");
    await expect(refusal).toContainText("Nothing was changed.");
    await axe.expectNoSeriousViolations();

    // The server gives the same answer to anyone posting it directly.
    const direct = await request.post("/api/catalogs/import", { data: randomBytes(5 * 1024 * 1024), headers: { "Content-Type": "application/json" } });
    expect(direct.status()).toBe(413);
    expect(((await direct.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");

    // Not JSON at all.
    await importFile(page, "broken.json", Buffer.from('{"formatVersion": 1, "catalog": {'));
    await expect(refusal).toContainText("“broken.json” was not imported");
    await expect(page.getByTestId("import-error-message")).toContainText("The file is not valid JSON");

    // Valid JSON that breaks the catalog rules: every issue with its path and message.
    const slug = await firstCatalogSlug(request);
    const exported = (await (await request.get(`/api/catalogs/${slug}/export`)).json()) as CatalogFile;
    exported.catalog.slug = "Not A Slug";
    const scope = exported.catalog.scopes[0];
    if (scope) scope.name = "has space";
    await importFile(page, "invalid.catalog.json", Buffer.from(JSON.stringify(exported)));
    await expect(refusal).toContainText("“invalid.catalog.json” was not imported");
    await expect(page.getByTestId("import-error-message")).toContainText("catalog.slug: Use only a-z, 0-9 and hyphens, with no hyphen at the start or end");
    // Grouped by place, each naming its field (and the path in the file).
    const problems = page.getByRole("group", { name: "Problems in the file" });
    await expect(problems.getByRole("list", { name: "Problems in General" }).getByRole("listitem").filter({ hasText: "catalog.slug" })).toHaveText(
      "Slug: Use only a-z, 0-9 and hyphens, with no hyphen at the start or end catalog.slug",
    );
    const scopeProblems = problems.getByRole("list", { name: "Problems in Scope 1 (has space)" });
    await expect(scopeProblems.getByRole("listitem").first()).toHaveText(
      "Scope name: A scope name cannot contain spaces or line breaks catalog.scopes[0].name",
    );
    // Each place folds away.
    await problems.locator("summary", { hasText: "Scope 1 (has space)" }).click();
    await expect(scopeProblems).toBeHidden();
    await axe.expectNoSeriousViolations();

    await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
    await page.reload();
    await expect(rows.nth(1)).toBeVisible();
    await expect(rows).toHaveCount(before);
  });

  test("history shows versions and their diff, and restores an older version", async ({ page, axe, request }) => {
    const sourceSlug = await firstCatalogSlug(request);
    const source = await trpcQuery<{ document: CatalogDocument }>(request, "catalog.bySlug", { slug: sourceSlug });
    const slug = uniqueSlug("e2e-history");
    const original = { ...source.document, slug, name: `E2E history ${slug}`, description: "First description." };
    const created = await trpcMutation<{ version: number }>(request, "catalog.create", { catalog: original, author: E2E_AUTHOR });
    expect(created.version).toBe(1);
    const updated = await trpcMutation<{ version: number }>(request, "catalog.update", {
      slug,
      expectedVersion: 1,
      catalog: { ...original, description: "Second description." },
      author: "Second Author",
    });
    expect(updated.version).toBe(2);

    await page.goto(`/catalogs/${slug}`);
    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}/history$`));
    const versions = page.getByRole("list", { name: "Versions, newest first" });
    const items = versions.getByRole("listitem");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText("Version 2");
    await expect(items.nth(0)).toContainText("Second Author");
    await expect(items.nth(0)).toContainText("Changed description");
    await expect(items.nth(1)).toContainText("Version 1");
    await expect(items.nth(1)).toContainText(E2E_AUTHOR);

    // The newest version is selected: its diff against version 1.
    await expect(page.getByRole("heading", { name: "Changes in version 2" })).toBeVisible();
    const diff = page.getByTestId("change-list");
    await expect(diff).toContainText("Changed");
    await expect(diff).toContainText('"First description."');
    await expect(diff).toContainText('"Second description."');
    await axe.expectNoSeriousViolations();

    // Version 1 has nothing before it; restore it.
    await items.nth(1).getByRole("button").click();
    await expect(page.getByRole("heading", { name: "Version 1", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Restore this version" }).click();
    const dialog = page.getByRole("dialog", { name: "Restore version 1?" });
    await expect(dialog).toBeVisible();
    await axe.expectNoSeriousViolations();
    await dialog.getByRole("button", { name: "Restore version 1" }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole("status").filter({ hasText: "Restored version 1" })).toContainText("as version 3");
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText("Version 3");
    await expect(items.nth(0)).toContainText("Restored version 1");
    await expect(items.nth(0)).toContainText(E2E_AUTHOR);
    await expect(page.getByRole("heading", { name: "Changes in version 3" })).toBeVisible();
    await expect(diff).toContainText('"Second description."');
    await expect(diff).toContainText('"First description."');

    // Any two versions: 1 → 3 are the same document.
    await page.getByLabel("From version").selectOption("1");
    await expect(page.getByRole("heading", { name: "Version 1 → version 3" })).toBeVisible();
    await expect(page.getByText("No changes: version 3 has the same content as version 1.")).toBeVisible();
    await axe.expectNoSeriousViolations();

    const current = await trpcQuery<{ version: number; document: CatalogDocument }>(request, "catalog.bySlug", { slug });
    expect(current.version).toBe(3);
    expect(current.document.description).toBe("First description.");
  });

  test("clone a catalog from its page, then delete the clone", async ({ page, axe, request }) => {
    const sourceSlug = await firstCatalogSlug(request);
    const slug = uniqueSlug("e2e-clone");
    const name = `E2E clone ${slug}`;

    await page.goto(`/catalogs/${sourceSlug}`);
    await page.getByRole("button", { name: "Clone" }).click();
    const cloneDialog = page.getByRole("dialog", { name: /^Clone/ });
    await expect(cloneDialog).toBeVisible();
    await cloneDialog.getByLabel("New name").fill(name);
    await cloneDialog.getByLabel("New slug").fill(slug);
    await axe.expectNoSeriousViolations();
    await cloneDialog.getByRole("button", { name: "Clone catalog" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalogs/${slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

    await page.getByRole("button", { name: "Delete" }).click();
    const deleteDialog = page.getByRole("dialog", { name: `Delete “${name}”?` });
    await expect(deleteDialog).toBeVisible();
    await axe.expectNoSeriousViolations();
    await deleteDialog.getByRole("button", { name: "Delete catalog" }).click();
    await expect(page).toHaveURL(/\/catalogs$/);
    await expect(catalogsTable(page)).toBeVisible();
    await expect(catalogsTable(page).getByRole("link", { name })).toHaveCount(0);

    const gone = await page.goto(`/catalogs/${slug}`);
    expect(gone?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("unknown slug answers 404 with the not-found page and a way back", async ({ page, axe }) => {
    const response = await page.goto("/catalogs/no-such-catalog-e2e");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await axe.expectNoSeriousViolations();
    await page.getByRole("main").getByRole("link", { name: "Catalogs", exact: true }).click();
    await expect(page).toHaveURL(/\/catalogs$/);
  });
});
