/**
 * Activity in the browser: a person generates codes in the simulator, finds them in Activity,
 * their backend (this test, signing with node:crypto) redeems one through the mock wallet API,
 * the list shows the code as redeemed without a reload, and the failed second redemption says why.
 */
import { createSign } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

type Json = Record<string, unknown>;
type Registered = { clientId: string; name: string; privateKey: string; baseUrl: string };

async function register(request: APIRequestContext): Promise<Registered> {
  const name = `Activity backend ${Date.now()}`;
  const response = await request.post("/api/clients", { data: { name, catalog: "dana" } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as Json;
  return { clientId: String(body.clientId), name, privateKey: String(body.privateKey), baseUrl: String(body.baseUrl) };
}

/** A signed call from the merchant backend. */
async function walletCall(request: APIRequestContext, client: Registered, path: string, body: Json) {
  const url = new URL(`${client.baseUrl}${path}`);
  const raw = JSON.stringify(body);
  const time = new Date().toISOString();
  const signature = encodeURIComponent(createSign("sha256").update(`POST ${url.pathname}\n${client.clientId}.${time}.${raw}`, "utf8").sign(client.privateKey, "base64"));
  const response = await request.post(url.toString(), {
    data: raw,
    headers: { "Content-Type": "application/json; charset=UTF-8", "Client-Id": client.clientId, "Request-Time": time, Signature: `algorithm=RSA256, keyVersion=1, signature=${signature}` },
  });
  return (await response.json()) as Json & { result: { resultCode: string } };
}

/** Run my.getAuthCode in the simulator UI for the client and read the code from the success payload. */
async function generateCode(page: Page, previous: string | null): Promise<string> {
  const setup = page.getByRole("form", { name: "Simulation setup" });
  await setup.getByRole("button", { name: "Run simulation" }).click();
  const payload = page.getByRole("region", { name: "In the wallet" }).getByRole("group", { name: "success payload" });
  await expect(payload).toContainText('"authCode"');
  if (previous) await expect(payload).not.toContainText(previous);
  const code = /"authCode":\s*"([A-Za-z0-9_-]{32})"/.exec((await payload.textContent()) ?? "")?.[1];
  expect(code).toBeTruthy();
  return code ?? "";
}

test.describe("activity", () => {
  // Two simulator runs, signed calls, polling and axe scans on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("codes from the simulator show up, turn redeemed live, and the failed second redemption explains itself", async ({ page, request }) => {
    const client = await register(request);

    await page.goto("/simulator?catalog=dana");
    const setup = page.getByRole("form", { name: "Simulation setup" });
    const scopes = setup.getByRole("group", { name: "Scopes", exact: true });
    await scopes.getByRole("button", { name: "Clear", exact: true }).click();
    await scopes.getByRole("checkbox", { name: "USER_LOGIN_ID", exact: true }).check();
    await setup.getByLabel("Client").selectOption({ label: `${client.name} (${client.clientId})` });
    const first = await generateCode(page, null);
    const second = await generateCode(page, first);

    // Both runs are in Activity, filtered to this client from the URL.
    await page.goto(`/activity?client=${client.clientId}`);
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
    const table = page.getByRole("table", { name: /newest first/ });
    await expect(table.getByRole("link", { name: /^Run sim_/ })).toHaveCount(2);
    await expect(table.getByRole("link", { name: "code issued" })).toHaveCount(2);
    await expect(page.getByLabel("Client")).toHaveValue(client.clientId);
    await expectNoSeriousA11yViolations(page);

    // Find the first code by its first characters.
    await page.getByLabel("Search codes, tokens, ids").fill(first.slice(0, 8));
    await page.getByLabel("Search codes, tokens, ids").press("Enter");
    await expect(page).toHaveURL(new RegExp(`q=${first.slice(0, 8).replace(/[-]/g, "\\-")}`));
    await expect(table.getByRole("link", { name: /^Run sim_/ })).toHaveCount(1);
    const runRow = table.getByRole("row").filter({ has: page.getByRole("link", { name: /^Run sim_/ }) });
    const codeLink = runRow.getByRole("link", { name: /^code/ });
    await expect(codeLink).toContainText("issued");

    // The merchant backend redeems it twice: the second attempt is refused.
    const tokens = await walletCall(request, client, "/v2/authorizations/applyToken", { appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "AUTHORIZATION_CODE", authCode: first });
    expect(tokens.result.resultCode).toBe("SUCCESS");
    const again = await walletCall(request, client, "/v2/authorizations/applyToken", { appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "AUTHORIZATION_CODE", authCode: first });
    expect(again.result.resultCode).toBe("USED_AUTHCODE");

    // Without a reload: the code turns redeemed and both calls join the list.
    await expect(codeLink).toContainText("redeemed", { timeout: 15_000 });
    await expect(table.getByRole("link", { name: /^applyToken \(code\) call_/ })).toHaveCount(2, { timeout: 15_000 });
    await expect(table.getByRole("cell", { name: "USED_AUTHCODE", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "code issued" })).toHaveCount(0);

    // The code's page lists both attempts with their result codes.
    await codeLink.click();
    await expect(page.getByRole("heading", { name: /Auth code/, level: 1 })).toContainText("redeemed");
    const attempts = page.getByRole("table", { name: "applyToken calls that presented this code" });
    await expect(attempts.getByRole("row")).toHaveCount(3);
    await expect(attempts).toContainText("SUCCESS");
    await expect(attempts).toContainText("USED_AUTHCODE");
    // Secrets are masked until revealed, and then only the stored prefix shows.
    await expect(page.getByText("••••••••…").first()).toBeVisible();
    await page.getByRole("button", { name: "Reveal auth code prefix" }).click();
    await expect(page.getByText(`${first.slice(0, 8)}…`)).toBeVisible();
    await expect(page.getByText(first)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The refused redemption says why and what to do.
    await attempts.getByRole("link", { name: /USED_AUTHCODE/ }).click();
    await expect(page).toHaveURL(/\/activity\/calls\/call_/);
    const result = page.getByRole("region", { name: "Result" });
    await expect(result).toContainText("USED_AUTHCODE");
    await expect(result.getByText("Why this happens / what to do")).toBeVisible();
    await expect(result).toContainText("An authCode is single-use. Do not retry applyToken with the same code");
    await expect(page.getByRole("group", { name: "Request body" })).not.toContainText(first);
    await expectNoSeriousA11yViolations(page);

    // The other code is still issued.
    await page.goto(`/activity?q=${second.slice(0, 8)}`);
    await expect(page.getByRole("table", { name: /newest first/ }).getByRole("link", { name: /^code/ })).toContainText("issued");
  });

  test("revoking a grant from the token page stops its tokens; filters live in the URL; bad links explain themselves", async ({ page, request }) => {
    const client = await register(request);
    const sim = await request.post("/api/simulations", { data: { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: client.clientId } });
    const code = String(((await sim.json()) as Json).authCode);
    const tokens = await walletCall(request, client, "/v2/authorizations/applyToken", { appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "AUTHORIZATION_CODE", authCode: code });
    const accessToken = String(tokens.accessToken);

    await page.goto(`/activity?client=${client.clientId}&kind=redeem`);
    await expect(page.getByLabel("Kind of event")).toHaveValue("redeem");
    await page.getByRole("table", { name: /newest first/ }).getByRole("link", { name: /^applyToken \(code\)/ }).click();
    await page.getByRole("link", { name: /^Open token #\d+/ }).first().click();
    await expect(page.getByRole("heading", { name: /Access token/, level: 1 })).toContainText("active");
    await expect(page.getByRole("region", { name: "Rotation chain" })).toContainText("(this one)");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Revoke grant" }).click();
    const dialog = page.getByRole("dialog", { name: /Revoke grant #\d+\?/ });
    await expect(dialog).toContainText("INVALID_ACCESS_TOKEN");
    await dialog.getByRole("button", { name: "Revoke grant" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Grant revoked" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Access token/, level: 1 })).toContainText("revoked");
    const info = await walletCall(request, client, "/v2/users/inquiryUserInfo", { appId: "3333010071465913xxx", authClientId: client.clientId, accessToken });
    expect(info.result.resultCode).toBe("INVALID_ACCESS_TOKEN");

    // Export of the same view, as CSV.
    const csv = await request.get(`/api/activity/export?format=csv&client=${client.clientId}`);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="activity-.*\.csv"$/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,time,kind,event,ref,/);
    expect(lines).toHaveLength(4);
    const badExport = await request.get("/api/activity/export?format=csv&kind=party");
    expect(badExport.status()).toBe(400);
    expect(await badExport.json()).toMatchObject({ error: { code: "BAD_REQUEST", message: expect.stringContaining("kind") } });

    // Clean-up asks first and says how much would go (nothing is older than ten years here).
    await page.goto(`/activity?client=${client.clientId}`);
    await page.getByRole("button", { name: "Clean up…" }).click();
    const cleanup = page.getByRole("dialog", { name: "Clean up activity" });
    await cleanup.getByLabel("Older than (days)").fill("3650");
    await expect(cleanup.getByRole("status")).toHaveText("Nothing to delete.");
    await expect(cleanup.getByRole("button", { name: "Delete" })).toBeDisabled();
    await expectNoSeriousA11yViolations(page);
    await cleanup.getByRole("button", { name: "Cancel" }).click();
    await expect(cleanup).toBeHidden();

    // A mistyped link says what is wrong instead of showing an empty list.
    await page.goto("/activity?outcome=sometimes&from=yesterday");
    await expect(page.getByRole("alert").filter({ hasText: "Cannot show this view" })).toBeVisible();
    await expect(page.getByText("outcome is a run outcome")).toBeVisible();
    await expect(page.getByText(/"yesterday" is not a time/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
  test("times show the wallet's local time with its offset, how far on the mock clock, and the exact value to copy", async ({ page, request, context }) => {
    const sim = await request.post("/api/simulations", { data: { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve" } });
    const code = String(((await sim.json()) as Json).authCode);
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/;

    // The list: DANA's wallet time (Indonesia, UTC+7) and how long ago.
    await page.goto(`/activity?q=${code.slice(0, 8)}`);
    const row = page.getByRole("table", { name: /newest first/ }).getByRole("row").filter({ has: page.getByRole("link", { name: /^Run sim_/ }) });
    await expect(row.getByRole("cell").first()).toContainText(/UTC\+7/);
    await expect(row.getByRole("cell").first()).toContainText(/(\d+ s ago|just now)/);

    // The code's expiry: wallet time, "expires in …" on the mock clock, the ISO value on hover.
    await row.getByRole("link", { name: /^code/ }).click();
    await expect(page.getByRole("heading", { name: /Auth code/, level: 1 })).toBeVisible();
    const expires = page.locator('dt:text-is("Expires") + dd');
    await expect(expires).toContainText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2} UTC\+7/);
    await expect(expires).toContainText(/expires in (9|10) min/);
    const exact = expires.getByRole("button");
    await exact.hover();
    const title = (await exact.getAttribute("title")) ?? "";
    expect(title.split(" ")[0]).toMatch(iso);
    await expectNoSeriousA11yViolations(page);

    // Enter copies the exact value.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await exact.focus();
    await page.keyboard.press("Enter");
    await expect(expires.getByText("Copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(title.split(" ")[0]);

    // A day later on the mock clock the code has expired, and the page says whose clock that is.
    expect((await request.post("/api/clock", { data: { advanceSeconds: 86_400 } })).status()).toBe(200);
    try {
      await page.reload();
      await expect(expires).toContainText(/expired 23 h (4\d|50) min ago/);
      await expect(expires).toContainText("(mock clock)");
    } finally {
      expect((await request.post("/api/clock", { data: { reset: true } })).status()).toBe(200);
    }
  });

  test("on a phone the filters fold behind a toggle that counts the active ones", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/activity?kind=redeem&errors=1");
    const toggle = page.getByRole("button", { name: "Show filters (2 active)" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByLabel("Kind of event")).toBeHidden();
    await toggle.click();
    await expect(page.getByLabel("Kind of event")).toHaveValue("redeem");
    await expect(page.getByRole("button", { name: "Hide filters (2 active)" })).toHaveAttribute("aria-expanded", "true");
    await expectNoSeriousA11yViolations(page);
  });
});
