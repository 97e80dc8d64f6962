import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

function setupForm(page: Page): Locator {
  return page.getByRole("form", { name: "Simulation setup" });
}

function results(page: Page): Locator {
  return page.getByRole("region", { name: "Simulation results" });
}

async function chooseScopes(page: Page, scopes: string[]) {
  const setup = setupForm(page);
  await setup.getByRole("button", { name: "Select none", exact: true }).click();
  for (const scope of scopes) await setup.getByRole("checkbox", { name: scope, exact: true }).check();
  await expect(setup.getByText(new RegExp(`^${scopes.length} of \\d+ selected`))).toBeVisible();
}

test.describe("simulator", () => {
  // Several runs, signed requests and axe scans on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("partial grant on DANA, exchange the code, read limited user info, then break the signature on purpose", async ({ page }) => {
    await page.goto("/simulator?catalog=dana");
    await expect(page.getByRole("heading", { name: "Simulator", level: 1 })).toBeVisible();
    const setup = setupForm(page);
    await expect(setup.getByLabel("Catalog")).toHaveValue("dana");
    await expect(setup.getByRole("checkbox", { name: "KYC_INFO", exact: true })).toBeVisible();
    const sections = page.getByRole("navigation", { name: "Simulator sections" });
    await expect(sections.getByRole("link", { name: "Clients" })).toHaveAttribute("href", "/simulator/clients?catalog=dana");
    await expect(sections.getByRole("link", { name: "Test users" })).toHaveAttribute("href", "/simulator/users?catalog=dana");
    await expectNoSeriousA11yViolations(page);

    await chooseScopes(page, ["USER_LOGIN_ID", "KYC_INFO", "USER_OFFICE_PROVINCE"]);
    const preview = page.getByRole("figure", { name: /Consent page preview/ });
    await expect(preview).toContainText("KYC_INFO");
    await expect(preview).toContainText("will share: kycInfo");

    await setup.getByRole("radio", { name: "Partial grant" }).check();
    await setup.getByRole("checkbox", { name: "Refuse KYC_INFO" }).check();
    await setup.getByRole("button", { name: "Run simulation" }).click();

    const out = results(page);
    await expect(out.getByText("success callback fired")).toBeVisible();
    const payload = out.getByRole("group", { name: "success payload" });
    await expect(payload).toContainText('"authSuccessScopes"');
    await expect(payload).toContainText('"USER_LOGIN_ID"');
    await expect(payload).toContainText('"authErrorScopes": {');
    await expect(payload).toContainText('"KYC_INFO": "40006"');
    await expect(out.getByRole("group", { name: "complete payload" })).toContainText('"KYC_INFO": "40006"');
    await expect(out.getByRole("heading", { name: "Wallet app shows the consent page" })).toBeVisible();
    await expect(out.getByText("User info limited to the granted scopes:")).toContainText("USER_LOGIN_ID");
    await expectNoSeriousA11yViolations(page);

    await out.getByRole("button", { name: "Exchange code (applyToken)" }).click();
    const exchanged = out.getByRole("article", { name: /^#1 Exchange code \(applyToken\) → SUCCESS$/ });
    await expect(exchanged).toBeVisible();
    await expect(exchanged.getByText("response signature verified")).toBeVisible();
    await expect(exchanged.getByText("S: success")).toBeVisible();
    await expect(exchanged.getByRole("group", { name: "Response body" })).toContainText('"accessToken"');

    await out.getByRole("button", { name: "Fetch user info (inquiryUserInfo)" }).click();
    const info = out.getByRole("article", { name: /^#2 Fetch user info \(inquiryUserInfo\) → SUCCESS$/ });
    const userInfo = info.getByRole("group", { name: "Response body" });
    await expect(userInfo).toContainText('"userInfo"');
    await expect(userInfo).toContainText('"loginIdInfos"');
    await expect(userInfo).not.toContainText("kycInfo");
    await expectNoSeriousA11yViolations(page);

    // A new run starts a fresh session; then sign one request wrongly on purpose.
    await setup.getByRole("button", { name: "Run simulation" }).click();
    await expect(out.getByRole("article")).toHaveCount(0);
    await expect(out.getByText("success callback fired")).toBeVisible();
    await out.getByLabel("Break the signature on purpose").selectOption({ label: "Sign the body compact, send it pretty-printed" });
    await out.getByRole("button", { name: "Exchange code (applyToken)" }).click();
    const broken = out.getByRole("article", { name: /^#1 Exchange code \(applyToken\) → INVALID_SIGNATURE$/ });
    await expect(broken).toBeVisible();
    // A failure is never shown green: the wallet's verdict is red.
    await expect(broken.getByText("F: failed")).toBeVisible();
    const debuggerPanel = broken.getByRole("group", { name: "Signature debugger" });
    await expect(debuggerPanel).toContainText("SIGNATURE_MISMATCH");
    await expect(debuggerPanel).toContainText("Body bytes");
    await expect(debuggerPanel).toContainText("re-serialised");
    await expect(debuggerPanel.getByText("Expected signed content", { exact: true })).toBeVisible();
    await expect(debuggerPanel.getByText("What you signed", { exact: true })).toBeVisible();
    await expect(broken.getByRole("link", { name: /Open the recorded call/ })).toHaveAttribute("href", /^\/activity\/calls\/call_.+/);
    await expectNoSeriousA11yViolations(page);
  });

  test("approving only a silent scope on Alipay+ shows no consent page", async ({ page }) => {
    await page.goto("/simulator?catalog=alipay-plus");
    const setup = setupForm(page);
    await expect(setup.getByLabel("Catalog")).toHaveValue("alipay-plus");
    await chooseScopes(page, ["auth_base"]);

    const preview = page.getByRole("figure", { name: /Consent page preview/ });
    await expect(preview.getByText("No consent page: silent authorization")).toBeVisible();
    for (const name of ["Partial grant", "Deny all", "User cancel"]) await expect(setup.getByRole("radio", { name })).toBeDisabled();
    await expect(setup.getByRole("radio", { name: "Error 1001 — ERROR_CODE_USER_CANCEL" })).toBeEnabled();

    await setup.getByRole("radio", { name: "Approve all" }).check();
    await setup.getByRole("button", { name: "Run simulation" }).click();
    const out = results(page);
    await expect(out.getByText("success callback fired")).toBeVisible();
    await expect(out.getByText("not shown (silent authorization)")).toBeVisible();
    await expect(out.getByRole("heading", { name: "Silent authorization: no consent page" })).toBeVisible();
    await expect(out.getByRole("group", { name: "success payload" })).toContainText('"authCode"');
    await expectNoSeriousA11yViolations(page);
  });

  test("changing the catalog with the keyboard keeps focus on the catalog select", async ({ page }) => {
    await page.goto("/simulator?catalog=dana");
    const select = setupForm(page).getByLabel("Catalog");
    await expect(select).toHaveValue("dana");
    await select.focus();
    await select.selectOption("gcash");
    await expect(page).toHaveURL(/catalog=gcash/);
    await expect(setupForm(page).getByLabel("Catalog")).toHaveValue("gcash");
    await expect(setupForm(page).getByLabel("Catalog")).toBeFocused();
  });
});
