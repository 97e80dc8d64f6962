import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

function setupForm(page: Page): Locator {
  return page.getByRole("form", { name: "Simulation setup" });
}

function flow(page: Page): Locator {
  return page.getByRole("region", { name: "The flow" });
}

function phone(page: Page): Locator {
  return page.getByRole("region", { name: "In the wallet" });
}

function scopeList(page: Page): Locator {
  return setupForm(page).getByRole("group", { name: "Scopes", exact: true });
}

/** A call of the run, by its one-line summary: `Call #1: applyToken → SUCCESS`. */
function call(page: Page, n: number, title: string, result: string): Locator {
  return flow(page).getByRole("group", { name: `Call #${n}: ${title} → ${result}` });
}

async function chooseScopes(page: Page, scopes: string[]) {
  const list = scopeList(page);
  await list.getByRole("button", { name: "Clear", exact: true }).click();
  for (const scope of scopes) await list.getByRole("checkbox", { name: scope, exact: true }).check();
  await expect(list.getByText(new RegExp(`^${scopes.length} of \\d+ selected`))).toBeVisible();
}

/** DANA: USER_LOGIN_ID + KYC_INFO + USER_OFFICE_PROVINCE, the user refuses KYC_INFO. */
async function runPartialOnDana(page: Page) {
  await page.goto("/simulator?catalog=dana");
  await chooseScopes(page, ["USER_LOGIN_ID", "KYC_INFO", "USER_OFFICE_PROVINCE"]);
  const setup = setupForm(page);
  await setup.getByRole("radio", { name: "Partial grant" }).check();
  await setup.getByRole("group", { name: "Consent scopes the user refuses" }).getByRole("checkbox", { name: "KYC_INFO" }).check();
  await setup.getByRole("button", { name: "Run simulation" }).click();
  await expect(flow(page).getByText("success callback fired")).toBeVisible();
  await expect(page).toHaveURL(/[?&]run=sim_/);
}

test.describe("simulator", () => {
  // Several runs, signed requests and axe scans on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("partial grant on DANA, exchange the code, read limited user info, then break the signature on purpose", async ({ page }) => {
    await page.goto("/simulator?catalog=dana");
    await expect(page.getByRole("heading", { name: "Simulator", level: 1 })).toBeVisible();
    const setup = setupForm(page);
    await expect(setup.getByLabel("Catalog")).toHaveValue("dana");
    await expect(scopeList(page).getByRole("checkbox", { name: "KYC_INFO", exact: true })).toBeVisible();
    const sections = page.getByRole("navigation", { name: "Simulator sections" });
    await expect(sections.getByRole("link", { name: "Clients" })).toHaveAttribute("href", "/simulator/clients?catalog=dana");
    await expect(sections.getByRole("link", { name: "Test users" })).toHaveAttribute("href", "/simulator/users?catalog=dana");
    // Where the flow stands before anything ran.
    await expect(page.getByRole("navigation", { name: "Flow progress" }).locator('[aria-current="step"]')).toContainText("Authorize");
    await expectNoSeriousA11yViolations(page);

    await chooseScopes(page, ["USER_LOGIN_ID", "KYC_INFO", "USER_OFFICE_PROVINCE"]);
    await expect(phone(page)).toContainText("KYC_INFO");
    await expect(phone(page)).toContainText("will share: kycInfo");

    await setup.getByRole("radio", { name: "Partial grant" }).check();
    await setup.getByRole("group", { name: "Consent scopes the user refuses" }).getByRole("checkbox", { name: "KYC_INFO" }).check();
    await setup.getByRole("button", { name: "Run simulation" }).click();

    const out = flow(page);
    await expect(out.getByText("success callback fired")).toBeVisible();
    // The phone shows what the mini program's callback received.
    const payload = phone(page).getByRole("group", { name: "success payload" });
    await expect(payload).toContainText('"authSuccessScopes"');
    await expect(payload).toContainText('"USER_LOGIN_ID"');
    await expect(payload).toContainText('"authErrorScopes": {');
    await expect(payload).toContainText('"KYC_INFO": "40006"');
    await expect(phone(page)).toContainText("with the same object");
    await expect(out.getByRole("heading", { name: "Wallet app shows the consent page" })).toBeVisible();
    await expect(out.getByText("User info limited to the granted scopes:")).toContainText("USER_LOGIN_ID");
    await expect(page.getByRole("navigation", { name: "Flow progress" }).locator('[aria-current="step"]')).toContainText("Exchange the code");
    await expectNoSeriousA11yViolations(page);

    await out.getByRole("button", { name: "Exchange code (applyToken)" }).click();
    const exchanged = call(page, 1, "applyToken", "SUCCESS");
    await expect(exchanged).toBeVisible();
    // The call just sent opens; its summary carries the wallet's verdict.
    await expect(exchanged.getByText("response signature verified")).toBeVisible();
    await expect(exchanged.getByText("S: success", { exact: true })).toBeVisible();
    await expect(exchanged.getByRole("group", { name: "Response body" })).toContainText('"accessToken"');

    await out.getByRole("button", { name: "Fetch user info (inquiryUserInfo)" }).click();
    const info = call(page, 2, "inquiryUserInfo", "SUCCESS");
    const userInfo = info.getByRole("group", { name: "Response body" });
    await expect(userInfo).toContainText('"userInfo"');
    await expect(userInfo).toContainText('"loginIdInfos"');
    await expect(userInfo).not.toContainText("kycInfo");
    // Older calls fold to their one-line summary.
    await expect(exchanged.getByText("response signature verified")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Flow progress" }).locator('[aria-current="step"]')).toContainText("Refresh or revoke");
    await expectNoSeriousA11yViolations(page);

    // A new run starts a fresh session; then sign one request wrongly on purpose.
    await setup.getByRole("button", { name: "Run simulation" }).click();
    await expect(out.getByRole("group", { name: /^Call #/ })).toHaveCount(0);
    await expect(out.getByText("success callback fired")).toBeVisible();
    await out.getByLabel("Break the signature on purpose").selectOption({ label: "Sign the body compact, send it pretty-printed" });
    await out.getByRole("button", { name: "Exchange code (applyToken)" }).click();
    const broken = call(page, 1, "applyToken", "INVALID_SIGNATURE");
    await expect(broken).toBeVisible();
    const debuggerPanel = broken.getByRole("group", { name: "Signature debugger" });
    await expect(debuggerPanel).toContainText("SIGNATURE_MISMATCH");
    await expect(debuggerPanel).toContainText("Body bytes");
    await expect(debuggerPanel).toContainText("re-serialised");
    await expect(debuggerPanel.getByText("Expected signed content", { exact: true })).toBeVisible();
    await expect(debuggerPanel.getByText("What you signed", { exact: true })).toBeVisible();
    await expect(broken.getByRole("link", { name: /Open the recorded call/ })).toHaveAttribute("href", /^\/activity\/calls\/call_.+/);
    await expectNoSeriousA11yViolations(page);
  });

  test("a failed business call carries the failure colour and label, never the success one", async ({ page }) => {
    await page.goto("/simulator?catalog=dana");
    await chooseScopes(page, ["USER_LOGIN_ID"]);
    await setupForm(page).getByRole("button", { name: "Run simulation" }).click();
    const out = flow(page);
    await out.getByRole("button", { name: "Exchange code (applyToken)" }).click();
    await expect(call(page, 1, "applyToken", "SUCCESS")).toBeVisible();
    // The same code again: the wallet answers HTTP 200 with a failure.
    await out.getByRole("button", { name: "Exchange code (applyToken)" }).click();
    const failed = flow(page).getByRole("group", { name: /^Call #2: applyToken → (?!SUCCESS)/ });
    await expect(failed).toBeVisible();
    const summary = failed.locator("summary");
    const verdict = summary.getByText(/_(AUTHCODE|CODE)$/);
    await expect(verdict).toBeVisible();
    await expect(verdict.locator("xpath=ancestor-or-self::*[contains(@class,'ring')][1]")).toHaveClass(/red/);
    await expect(summary.getByText("HTTP 200")).not.toHaveClass(/emerald|green/);
    await expect(failed.getByText("F: failed", { exact: true })).toBeVisible();
    await expect(failed.getByText("S: success", { exact: true })).toHaveCount(0);
  });

  test("a partial run survives a reload with its calls and choices, continues to applyToken, and opens from a copied link", async ({ page, browser }) => {
    await runPartialOnDana(page);
    const out = flow(page);
    // One call before the reload: broken on purpose, so the code stays unused.
    await out.getByLabel("Break the signature on purpose").selectOption({ label: "Sign with a different private key" });
    await out.getByRole("button", { name: "Exchange code (applyToken)" }).click();
    await expect(call(page, 1, "applyToken", "INVALID_SIGNATURE")).toBeVisible();
    const runUrl = page.url();
    expect(new URL(runUrl).searchParams.get("outcome")).toBe("partial");
    // No code or token is ever part of the link.
    const code = /"authCode":\s*"([^"]+)"/.exec((await phone(page).getByRole("group", { name: "success payload" }).textContent()) ?? "")?.[1] ?? "";
    expect(code.length).toBeGreaterThan(20);
    expect(runUrl).not.toContain(code);

    await page.reload();
    const setup = setupForm(page);
    await expect(setup.getByRole("radio", { name: "Partial grant" })).toBeChecked();
    await expect(setup.getByRole("group", { name: "Consent scopes the user refuses" }).getByRole("checkbox", { name: "KYC_INFO" })).toBeChecked();
    for (const scope of ["USER_LOGIN_ID", "KYC_INFO", "USER_OFFICE_PROVINCE"]) await expect(scopeList(page).getByRole("checkbox", { name: scope, exact: true })).toBeChecked();
    await expect(flow(page).getByText("success callback fired")).toBeVisible();
    await expect(phone(page).getByRole("group", { name: "success payload" })).toContainText(code);
    await expect(call(page, 1, "applyToken", "INVALID_SIGNATURE")).toBeVisible();
    // The console client continues the flow from this tab.
    await flow(page).getByRole("button", { name: "Exchange code (applyToken)" }).click();
    const exchanged = call(page, 2, "applyToken", "SUCCESS");
    await expect(exchanged.getByText("response signature verified")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Back and forward restore the setup and the run.
    await page.goto("/simulator?catalog=dana");
    await expect(flow(page).getByText("No simulation yet")).toBeVisible();
    await page.goBack();
    await expect(call(page, 2, "applyToken", "SUCCESS")).toBeVisible();
    await expect(setupForm(page).getByRole("radio", { name: "Partial grant" })).toBeChecked();

    // The link in another browser: the same run and calls, read-only there.
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await elsewhere.goto(runUrl);
    await expect(flow(elsewhere).getByText("success callback fired")).toBeVisible();
    await expect(call(elsewhere, 1, "applyToken", "INVALID_SIGNATURE")).toBeVisible();
    await expect(call(elsewhere, 2, "applyToken", "SUCCESS")).toBeVisible();
    await expect(flow(elsewhere).getByText(/opened from a link or another tab/)).toBeVisible();
    await expect(flow(elsewhere).getByRole("button", { name: "Exchange code (applyToken)" })).toBeDisabled();
    await expect(phone(elsewhere).getByRole("group", { name: "success payload" })).not.toContainText(code);
    await other.close();
  });

  test("approving only a silent scope on Alipay+ shows no consent page", async ({ page }) => {
    await page.goto("/simulator?catalog=alipay-plus");
    const setup = setupForm(page);
    await expect(setup.getByLabel("Catalog")).toHaveValue("alipay-plus");
    await chooseScopes(page, ["auth_base"]);

    await expect(phone(page).getByText("No consent page: silent authorization")).toBeVisible();
    for (const name of ["Partial grant", "Deny all", "User cancel"]) await expect(setup.getByRole("radio", { name })).toBeDisabled();
    await expect(setup.getByRole("radio", { name: "Error 1001 — ERROR_CODE_USER_CANCEL" })).toBeEnabled();

    await setup.getByRole("radio", { name: "Approve all" }).check();
    await setup.getByRole("button", { name: "Run simulation" }).click();
    const out = flow(page);
    await expect(out.getByText("success callback fired")).toBeVisible();
    await expect(out.getByText("not shown (silent authorization)")).toBeVisible();
    await expect(out.getByRole("heading", { name: "Silent authorization: no consent page" })).toBeVisible();
    await expect(phone(page).getByRole("group", { name: "success payload" })).toContainText('"authCode"');
    await expectNoSeriousA11yViolations(page);
  });

  test("a keyboard-only run: the catalog select keeps focus, the scope list is one tab stop", async ({ page }) => {
    await page.goto("/simulator?catalog=alipay-plus");
    const select = setupForm(page).getByLabel("Catalog");
    await expect(select).toHaveValue("alipay-plus");
    await select.focus();
    // Pick DANA with the keyboard alone.
    while ((await select.inputValue()) !== "dana") {
      await page.keyboard.press("ArrowDown");
      await expect(select).toBeFocused();
    }
    await expect(page).toHaveURL(/catalog=dana/);
    await expect(setupForm(page).getByLabel("Catalog")).toHaveValue("dana");
    await expect(setupForm(page).getByLabel("Catalog")).toBeFocused();
    await expect(scopeList(page).getByText(/of 25 selected/)).toBeVisible();

    // Tab to the filter, narrow, then arrow into the list and tick one with Space.
    await page.keyboard.press("Tab");
    const filter = scopeList(page).getByRole("searchbox", { name: "Filter scopes" });
    await expect(filter).toBeFocused();
    await page.keyboard.type("KYC");
    await page.keyboard.press("ArrowDown");
    const kyc = scopeList(page).getByRole("checkbox", { name: "KYC_INFO", exact: true });
    await expect(kyc).toBeFocused();
    await page.keyboard.press("Space");
    await expect(kyc).toBeChecked();
    await filter.fill("");

    // All 25 scopes are one tab stop: the run button is a few Tabs away.
    await kyc.focus();
    let stops = 0;
    const run = setupForm(page).getByRole("button", { name: "Run simulation" });
    while (!(await run.evaluate((element) => element === document.activeElement)) && stops < 30) {
      await page.keyboard.press("Tab");
      stops += 1;
    }
    await expect(run).toBeFocused();
    expect(stops).toBeLessThan(20);
    await page.keyboard.press("Enter");
    await expect(flow(page).getByText("success callback fired")).toBeVisible();
    await expect(flow(page).getByRole("heading", { name: "Result" })).toBeFocused();
  });
});
