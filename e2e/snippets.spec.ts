import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

// Other specs share the database and may add catalogs (copies under other names), so DANA is picked
// by its exact name and nothing assumes how many catalogs there are.

const DANA = { slug: "dana", name: "DANA (Indonesia)" };
const NARROWED = ["USER_LOGIN_ID", "KYC_INFO", "USER_BANK_NAME"] as const;

/** The generated `export type Scope = | "A" | "B" | "C";`, whitespace-tolerant (shiki splits it into spans). */
const NARROWED_UNION = /export type Scope =\s*\|\s*"USER_LOGIN_ID"\s*\|\s*"KYC_INFO"\s*\|\s*"USER_BANK_NAME";/;

function code(page: Page, filename: string) {
  // CodeBlock: a labelled, focusable group holding the code.
  return page.getByRole("group", { name: filename, exact: true });
}

test.describe("snippets", () => {
  // Several code variants and axe runs on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test("pick DANA, narrow to three scopes, see the Scope union follow, download the file and the SDK zip", async ({ page }) => {
    await page.goto("/snippets");
    await expect(page.getByRole("heading", { level: 1, name: "Snippets" })).toBeVisible();
    await expect(page.getByRole("link", { name: "OpenAPI 3.1 document of the mock wallet API" })).toHaveAttribute("href", "/api/openapi.json");

    await page.getByLabel("Catalog").selectOption({ label: DANA.name });
    await expect(page).toHaveURL(/[?&]catalog=dana(&|$)/);

    // A merchant-backend client first: another target and language, another file.
    await page.getByRole("radio", { name: "Merchant backend" }).check();
    await page.getByRole("radio", { name: "Python" }).check();
    await expect(page).toHaveURL(/[?&]file=wallet_client\.py(&|$)/);
    await expect(code(page, "wallet_client.py")).toContainText("DANA (Indonesia)");

    // The TypeScript mini-program file, first for every scope of the catalog.
    await page.getByRole("radio", { name: "Mini program" }).check();
    await page.getByRole("radio", { name: "TypeScript", exact: true }).check();
    await expect(page).toHaveURL(/[?&]file=getauthcode\.ts(&|$)/);
    const getauthcode = code(page, "getauthcode.ts");
    await expect(getauthcode).toContainText("export type Scope =");
    await expect(getauthcode).toContainText('"SUBSCRIPTION"');
    await expect(page.getByRole("group", { name: "Narrow to scopes" }).getByText("0 of 25 selected")).toBeVisible();
    await expect(getauthcode.locator(".shiki")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Narrow to three scopes: two by their checkbox, one found through the filter box.
    const narrowing = page.getByRole("group", { name: "Narrow to scopes" });
    await narrowing.getByRole("checkbox", { name: "USER_LOGIN_ID", exact: true }).check();
    await narrowing.getByRole("checkbox", { name: "KYC_INFO", exact: true }).check();
    const filter = narrowing.getByRole("searchbox", { name: "Filter scopes" });
    await filter.fill("bank name");
    await expect(narrowing.getByRole("checkbox")).toHaveCount(1);
    await narrowing.getByRole("checkbox", { name: "USER_BANK_NAME", exact: true }).check();
    await filter.fill("");
    await expect(narrowing.getByText("3 of 25 selected")).toBeVisible();
    await expect(page).toHaveURL(/[?&]scopes=USER_LOGIN_ID,KYC_INFO,USER_BANK_NAME(&|$)/);

    // The union is exactly those three now.
    await expect(getauthcode).toContainText(NARROWED_UNION);
    await expect(getauthcode).toContainText(`Narrowed to the scopes: ${NARROWED.join(", ")}.`);
    await expect(getauthcode).not.toContainText("SUBSCRIPTION");
    await expect(getauthcode).not.toContainText("USER_BANK_ACCOUNT_NUMBER");

    // The stable URL a build script would fetch answers the same narrowed file.
    const stableUrl = await page.getByRole("textbox", { name: "Stable URL of getauthcode.ts" }).inputValue();
    expect(stableUrl).toMatch(/\/api\/catalogs\/dana\/snippets\/getauthcode\.ts\?scopes=USER_LOGIN_ID,KYC_INFO,USER_BANK_NAME$/);
    const fetched = await page.request.get(stableUrl);
    expect(fetched.status()).toBe(200);
    expect(await fetched.text()).toMatch(NARROWED_UNION);

    // The link reproduces the view.
    await page.reload();
    await expect(code(page, "getauthcode.ts")).toContainText(NARROWED_UNION);
    for (const name of NARROWED) await expect(narrowing.getByRole("checkbox", { name, exact: true })).toBeChecked();
    await expect(narrowing.getByRole("checkbox", { name: "SUBSCRIPTION", exact: true })).not.toBeChecked();

    // Download the file.
    const fileDownloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download getauthcode.ts" }).click();
    const fileDownload = await fileDownloading;
    expect(fileDownload.suggestedFilename()).toBe("getauthcode.ts");
    expect(await readFile(await fileDownload.path(), "utf8")).toMatch(NARROWED_UNION);

    // Download the whole SDK: a zip with every file, the mini-program typings narrowed.
    const sdk = page.getByRole("link", { name: "Download SDK (.zip)" });
    await expect(sdk).toHaveAttribute("href", "/api/catalogs/dana/sdk.zip?scopes=USER_LOGIN_ID,KYC_INFO,USER_BANK_NAME");
    const zipDownloading = page.waitForEvent("download");
    await sdk.click();
    const zipDownload = await zipDownloading;
    expect(zipDownload.suggestedFilename()).toBe("dana-sdk-narrowed.zip");
    const bytes = await readFile(await zipDownload.path());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const entries = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(entries);
    expect(names).toEqual(expect.arrayContaining(["README.md", "getauthcode.ts", "getauthcode.js", "wallet-client.ts"]));
    const typings = entries["getauthcode.ts"];
    expect(typings && strFromU8(typings)).toMatch(NARROWED_UNION);
    // The page lists what is inside.
    for (const name of names) await expect(page.getByRole("list", { name: "The whole SDK" }).getByText(name, { exact: true })).toBeVisible();

    await expectNoSeriousA11yViolations(page);
  });

  test("an unknown scope in the link shows the server's message; clearing it recovers", async ({ page }) => {
    await page.goto("/snippets?catalog=dana&file=getauthcode.ts&scopes=USER_LOGIN_ID,NOT_A_SCOPE");
    const alert = page.getByRole("alert").filter({ hasText: "Could not generate getauthcode.ts" });
    await expect(alert).toContainText('Unknown scope "NOT_A_SCOPE" for DANA (Indonesia)');
    const sdk = page.getByRole("link", { name: "Download SDK (.zip)" });
    await expect(sdk).toHaveCount(0);
    await expect(page.getByText("remove it from the selection to download the SDK")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Remove NOT_A_SCOPE (not in this catalog)" }).click();
    await expect(page).toHaveURL(/[?&]scopes=USER_LOGIN_ID(&|$)/);
    await expect(code(page, "getauthcode.ts")).toContainText(/export type Scope =\s*\|\s*"USER_LOGIN_ID";/);
    await expect(sdk).toHaveAttribute("href", "/api/catalogs/dana/sdk.zip?scopes=USER_LOGIN_ID");
  });

  test("the snippets page has no serious a11y violations in dark mode", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/snippets?catalog=dana&file=getauthcode.ts&scopes=USER_LOGIN_ID,KYC_INFO,USER_BANK_NAME");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    const getauthcode = code(page, "getauthcode.ts");
    await expect(getauthcode).toContainText(NARROWED_UNION);
    // Highlighted (shiki) before checking the contrast of the code.
    await expect(getauthcode.locator(".shiki")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
