/**
 * The `my` shim in a mini program's own page: a static HTML page on another origin (served by a
 * local server of the test, as a web preview serves it) loads /api/jsapi/dana/my.js, its unchanged my.getAuthCode code runs approve, partial and
 * error 11 with DANA's payload shapes, and the code it received redeems with the generated Node client.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { compileNodeClient, NODE_DRIVER, runProcess } from "./support/node-client";

const MINI_PORT = 4567;
const MINI_ORIGIN = `http://localhost:${MINI_PORT}`;

type Outcome = { callback: "success" | "fail"; payload: Record<string, unknown>; complete: Record<string, unknown> | null };

test("a mini-program page runs my.getAuthCode against the studio, and its code redeems with the Node client", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const registered = await request.post("/api/clients", { data: { name: `E2E shim ${Date.now()}`, catalog: "dana" } });
  const client = (await registered.json()) as { clientId: string; privateKey: string; walletPublicKey: string; baseUrl: string };

  // The team's page, as their web preview serves it: plain code calling my.getAuthCode.
  const html = `<!doctype html><html lang="en"><head><title>Mini program</title>
<script src="${baseURL ?? ""}/api/jsapi/dana/my.js?client=${client.clientId}"></script></head><body><main><h1>Mini program</h1></main>
<script>
  function run(scopes) {
    return new Promise(function (resolve) {
      var outcome = {};
      my.getAuthCode({
        scopes: scopes,
        success: function (res) { outcome.callback = "success"; outcome.payload = res; },
        fail: function (res) { outcome.callback = "fail"; outcome.payload = res; },
        complete: function (res) { outcome.complete = res; resolve(outcome); },
      });
    });
  }
  window.results = (async function () {
    var approve = await run(["USER_LOGIN_ID", "KYC_INFO"]);
    my.__studio.scenario({ outcome: "partial", refuse: ["KYC_INFO"] });
    var partial = await run(["USER_LOGIN_ID", "KYC_INFO"]);
    my.__studio.scenario({ outcome: "error:11", refuse: [] });
    var failed = await run(["USER_LOGIN_ID"]);
    return { approve: approve, partial: partial, failed: failed };
  })();
</script></body></html>`;
  // A real local server, as a web preview is (a page the browser fetched from loopback may load loopback scripts).
  const server = http.createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => server.listen(MINI_PORT, "127.0.0.1", resolve));
  let results: { approve: Outcome; partial: Outcome; failed: Outcome };
  try {
    await page.goto(`${MINI_ORIGIN}/index.html`);
    results = (await page.evaluate(() => (window as unknown as { results: Promise<unknown> }).results)) as typeof results;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  expect(results.approve.callback).toBe("success");
  expect(results.approve.payload.authCode).toEqual(expect.any(String));
  expect(results.partial.callback).toBe("success");
  expect(results.partial.payload).toHaveProperty("authErrorScopes.KYC_INFO");
  expect(results.failed.callback).toBe("fail");
  expect(String(results.failed.payload.error)).toBe("11");

  // The code from the page redeems at the mock wallet with the generated Node client.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-e2e-shim-"));
  try {
    fs.writeFileSync(path.join(dir, "private.pem"), client.privateKey);
    fs.writeFileSync(path.join(dir, "wallet-public.pem"), client.walletPublicKey);
    await compileNodeClient(request, "dana", dir, NODE_DRIVER);
    const run = await runProcess(process.execPath, [path.join("out", "driver.js")], {
      WALLET_BASE_URL: client.baseUrl,
      WALLET_CLIENT_ID: client.clientId,
      WALLET_PRIVATE_KEY: path.join(dir, "private.pem"),
      WALLET_PUBLIC_KEY: path.join(dir, "wallet-public.pem"),
      WALLET_PATH_PREFIX: "",
      AUTH_CODE: String(results.approve.payload.authCode),
    }, dir);
    expect(run.stderr, run.stdout).toBe("");
    expect(run.stdout).toContain("applyToken: SUCCESS, response signature verified");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the shim's calls answer only loopback pages in local mode, with the CORS they need", async ({ request }) => {
  const preflight = await request.fetch("/api/jsapi/dana/getAuthCode", { method: "OPTIONS", headers: { Origin: MINI_ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe(MINI_ORIGIN);
  const foreign = await request.post("/api/jsapi/dana/getAuthCode", { headers: { Origin: "https://evil.example" }, data: { scopes: ["USER_LOGIN_ID"], outcome: "approve" } });
  expect(foreign.status()).toBe(403);
  const script = await request.get("/api/jsapi/dana/my.js?outcome=deny");
  expect(script.headers()["content-type"]).toMatch(/^text\/javascript/);
  expect(await script.text()).toContain('"outcome":"deny"');
  expect((await request.get("/api/jsapi/no-such-catalog/my.js")).status()).toBe(404);
});
