import { createSign } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const CATALOG = "dana";
const APPLY_TOKEN_URI = `/api/wallets/${CATALOG}/v2/authorizations/applyToken`;

/** A client id no other run (or retry) uses. */
function uniqueClientId(): string {
  return `e2e-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4).toString(36)}`;
}

function clientCard(page: Page, name: string): Locator {
  return page.getByRole("article", { name, exact: true });
}

/** SHA256withRSA, base64, URL-encoded: the wallet API's signature value. */
function signValue(content: string, privateKeyPem: string): string {
  const signer = createSign("sha256");
  signer.update(content, "utf8");
  return encodeURIComponent(signer.sign(privateKeyPem, "base64"));
}

test.describe("simulator: clients, test users and API calls", () => {
  // Several pages, a key generation and an axe run per page: leave room on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("register a client, keep its private key only once, manage it, edit a test user and read the call log", async ({ page, axe, request }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`unexpected browser dialog: ${dialog.message()}`);
    });
    const clientId = uniqueClientId();
    const name = `E2E shop ${clientId}`;

    // --- Clients: register with a generated key pair -------------------------------------------
    await page.goto(`/simulator/clients?catalog=${CATALOG}`);
    await expect(page.getByRole("heading", { name: "Merchant clients", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Simulator sections" }).getByRole("link", { name: "Clients" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: "Connect your backend" })).toBeVisible();
    await expect(page.getByTestId("base-url")).toHaveText(new RegExp(`^https?://[^/]+/api/wallets/${CATALOG}$`));
    await expect(page.getByRole("group", { name: "Wallet public key (PEM)" })).toContainText("-----BEGIN PUBLIC KEY-----");
    await axe.expectNoSeriousViolations();

    const form = page.getByRole("form", { name: "Register a client" });
    await expect(form.getByLabel("Catalog", { exact: true })).toHaveValue(CATALOG);
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel("Client id (optional)").fill(clientId);
    await expect(form.getByLabel("Generate an RSA-2048 key pair")).toBeChecked();
    await form.getByRole("button", { name: "Register client" }).click();

    const panel = page.getByRole("region", { name: "Private key — shown once" });
    await expect(panel).toBeVisible({ timeout: 20_000 });
    await expect(panel).toContainText("not stored");
    await expect(panel.getByRole("group", { name: "Private key (PKCS#8 PEM)" })).toContainText("-----BEGIN PRIVATE KEY-----");
    await axe.expectNoSeriousViolations();

    const downloading = page.waitForEvent("download");
    await panel.getByRole("button", { name: "Download private key" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${clientId}-private-key.pem`);
    const downloadPath = await download.path();
    const privateKeyPem = await readFile(downloadPath, "utf8");
    expect(privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----")).toBe(true);
    const keyBody = privateKeyPem.split("\n")[1] ?? "";
    expect(keyBody.length).toBeGreaterThan(40);

    // Dismissing asks first; cancelling keeps the key on screen.
    await panel.getByRole("button", { name: /hide the private key/ }).click();
    const confirm = page.getByRole("dialog", { name: "Hide the private key for good?" });
    await expect(confirm).toBeVisible();
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(panel).toBeVisible();
    await panel.getByRole("button", { name: /hide the private key/ }).click();
    await page.getByRole("dialog", { name: "Hide the private key for good?" }).getByRole("button", { name: "Hide private key" }).click();
    await expect(panel).toHaveCount(0);

    const card = clientCard(page, name);
    await expect(card).toBeVisible();
    await expect(card).toContainText(clientId);
    await expect(card).toContainText("All scopes of the catalog");
    // The private key is nowhere on the page, nor in browser storage.
    expect(await page.content()).not.toContain(keyBody);
    await expect(page.locator("body")).not.toContainText("BEGIN PRIVATE KEY");
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    expect(stored).not.toContain("PRIVATE KEY");
    expect(stored).not.toContain(keyBody);

    // --- A signed call with a classic mistake, for the call log --------------------------------
    const body = JSON.stringify({ appId: "3333010071465913xxx", authClientId: clientId, grantType: "AUTHORIZATION_CODE", authCode: "e2e-not-a-code", customerBelongsTo: "DANA" }, null, 2);
    const requestTime = new Date().toISOString();
    // Signing the compact body while sending the pretty-printed one: the debugger should name it.
    const signedContent = `POST ${APPLY_TOKEN_URI}\n${clientId}.${requestTime}.${JSON.stringify(JSON.parse(body))}`;
    const apiResponse = await request.post(APPLY_TOKEN_URI, {
      headers: {
        "Content-Type": "application/json; charset=UTF-8",
        "Client-Id": clientId,
        "Request-Time": requestTime,
        Signature: `algorithm=RSA256, keyVersion=1, signature=${signValue(signedContent, privateKeyPem)}`,
      },
      data: body,
    });
    const apiAnswer = (await apiResponse.json()) as { result?: { resultCode?: string } };
    expect(apiAnswer.result?.resultCode).toBe("INVALID_SIGNATURE");

    // --- Signature mode switch, saved ----------------------------------------------------------
    const modeSwitch = card.getByRole("switch", { name: "Strict signature checking" });
    await expect(modeSwitch).toHaveAttribute("aria-checked", "true");
    await modeSwitch.click();
    await expect(modeSwitch).toHaveAttribute("aria-checked", "false");
    await expect(modeSwitch).toBeEnabled();
    await page.reload();
    await expect(clientCard(page, name).getByRole("switch", { name: "Strict signature checking" })).toHaveAttribute("aria-checked", "false");

    // --- Pasting an unreadable public key: the error sits next to the field ---------------------
    await clientCard(page, name).getByRole("button", { name: "Paste a new public key" }).click();
    const keyField = clientCard(page, name).getByLabel(`New public key for ${clientId}`);
    await keyField.fill("this is not a public key");
    await clientCard(page, name).getByRole("button", { name: "Save public key" }).click();
    await expect(keyField).toHaveAttribute("aria-invalid", "true");
    await expect(keyField).toHaveAccessibleDescription(/Not a readable RSA public key/);
    await clientCard(page, name).getByRole("button", { name: "Cancel" }).click();

    // The same in the register form.
    await form.getByLabel("Name", { exact: true }).fill(`${name} pasted`);
    await form.getByLabel("Paste my public key").check();
    const registerKey = form.getByLabel("Public key", { exact: true });
    await registerKey.fill("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----");
    await form.getByRole("button", { name: "Register client" }).click();
    await expect(registerKey).toHaveAttribute("aria-invalid", "true");
    await expect(registerKey).toHaveAccessibleDescription(/Not a readable RSA public key/);
    await expect(page.getByRole("region", { name: "Private key — shown once" })).toHaveCount(0);
    await axe.expectNoSeriousViolations();

    // --- Test users: edit a profile as JSON -----------------------------------------------------
    await page.getByRole("navigation", { name: "Simulator sections" }).getByRole("link", { name: "Test users" }).click();
    await expect(page).toHaveURL(new RegExp(`/simulator/users\\?catalog=${CATALOG}$`));
    await expect(page.getByRole("heading", { name: "Test users", level: 1 })).toBeVisible();
    await expect(page.getByRole("table", { name: "Test users" })).toBeVisible();
    await expect(page.getByRole("table", { name: /Profile fields/ })).toBeVisible();
    await axe.expectNoSeriousViolations();

    await page.getByRole("button", { name: "Edit profile JSON" }).click();
    const editor = page.getByLabel("Profile JSON");
    const original = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
    // Live syntax check with the position of the error.
    await editor.fill('{\n  "nickName": "x"\n  "userId": "1"\n}');
    await expect(editor).toHaveAttribute("aria-invalid", "true");
    await expect(editor).toHaveAccessibleDescription(/Line 3, column 3/);
    await expect(page.getByRole("button", { name: "Save profile" })).toBeDisabled();
    await axe.expectNoSeriousViolations();

    const nickName = `Nick ${clientId.slice(-6)}`;
    await editor.fill(JSON.stringify({ ...original, nickName }, null, 2));
    await expect(editor).not.toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByLabel("Profile JSON")).toHaveCount(0);
    await expect(page.getByRole("table", { name: "Test users" }).getByRole("cell", { name: nickName, exact: true })).toBeVisible();
    const nickRow = page.getByRole("table", { name: /Profile fields/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "nickName", exact: true }) });
    await expect(nickRow).toContainText(nickName);
    await page.reload();
    await expect(page.getByRole("table", { name: "Test users" }).getByRole("cell", { name: nickName, exact: true })).toBeVisible();

    // --- API calls: the Simulator's "API calls" tab opens Activity filtered to calls ----------------
    await page.getByRole("navigation", { name: "Simulator sections" }).getByRole("link", { name: "API calls" }).click();
    await expect(page).toHaveURL(/\/activity\?.*kind=api-call/);
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
    const calls = page.getByRole("table", { name: /newest first/ });
    const ourCall = calls.getByRole("row").filter({ hasText: "INVALID_SIGNATURE" }).first();
    await expect(ourCall).toBeVisible();
    await axe.expectNoSeriousViolations();

    await ourCall.getByRole("link", { name: /call_/ }).first().click();
    await expect(page).toHaveURL(/\/activity\/calls\/call_[^/?]+$/);
    await expect(page.getByText("Why this happens / what to do").first()).toBeVisible();
    const debuggerGroup = page.getByRole("group", { name: "Signature debugger" });
    await expect(debuggerGroup).toBeVisible();
    await expect(debuggerGroup).toContainText("compact JSON");
    // Codes and tokens are recorded masked to their first 8 characters.
    await expect(page.getByRole("group", { name: "Request body" })).toContainText("e2e-not-…");
    await expect(page.getByRole("group", { name: "Response body" })).toContainText("INVALID_SIGNATURE");
    await axe.expectNoSeriousViolations();

    // The older address of a call page forwards to Activity; one for an unknown call is a 404.
    const callUrl = page.url();
    const callId = callUrl.slice(callUrl.lastIndexOf("/") + 1);
    await page.goto(`/simulator/calls/${callId}`);
    await expect(page).toHaveURL(new RegExp(`/activity/calls/${callId}$`));
    const missing = await page.goto("/simulator/calls/no-such-call");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await axe.expectNoSeriousViolations();
  });

  test("the call list forwards to Activity and shows its empty state for a catalog without calls", async ({ page, axe }) => {
    await page.goto("/simulator/calls?catalog=vodapay");
    await expect(page).toHaveURL(/\/activity\?.*kind=api-call/);
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
    await axe.expectNoSeriousViolations();
  });
});
