/**
 * The SDK as a build script gets it: each client is fetched from its stable URL on the started
 * server, written to a temporary directory and run as a separate process against that server's
 * mock wallet, with a client from `POST /api/clients` and a code from `POST /api/simulations`:
 * applyToken → inquiryUserInfo → refresh → revoke, every response signature verified.
 *
 * The Node client is TypeScript: Node 20 cannot strip types, so it is compiled with the project's
 * tsc (module nodenext) next to a small driver, then run with node. curl/openssl, python3 with
 * cryptography, and java are optional on a machine: their tests are skipped with the reason shown.
 */
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { APIRequestContext } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "./fixtures";
import { compileNodeClient, fetchSnippet, NODE_DRIVER, runProcess, type Run } from "./support/node-client";

const STEPS = ["applyToken", "inquiryUserInfo", "refresh", "revoke"];

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}
const tools = {
  curl: available("curl", ["--version"]) && available("openssl", ["version"]) && available("bash", ["--version"]),
  python: available("python3", ["-c", "import cryptography"]),
  java: available("java", ["-version"]),
};

/** dana: the v2 profile without a prefix; touch-n-go: the v1 profile behind its /acl/api gateway prefix. */
const TARGETS = [
  { slug: "dana", prefix: "" },
  { slug: "touch-n-go", prefix: "/acl/api" },
] as const;

type Json = Record<string, unknown>;

let tmp = "";
test.beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-e2e-snippets-"));
});
test.afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A registered client (its keys written to `dir`) and a fresh authCode for it. */
async function prepare(request: APIRequestContext, target: (typeof TARGETS)[number], label: string) {
  const dir = path.join(tmp, `${target.slug}-${label}`);
  fs.mkdirSync(dir, { recursive: true });
  const registered = await request.post("/api/clients", { data: { name: `E2E snippets ${label} ${Date.now()}`, catalog: target.slug } });
  expect(registered.status()).toBe(201);
  const client = (await registered.json()) as Json;
  fs.writeFileSync(path.join(dir, "private.pem"), String(client.privateKey));
  fs.writeFileSync(path.join(dir, "wallet-public.pem"), String(client.walletPublicKey));
  const catalog = (await (await request.get(`/api/catalogs/${target.slug}/export`)).json()) as { catalog: { scopes: Array<{ name: string }> } };
  const simulated = await request.post("/api/simulations", {
    data: { catalog: target.slug, scopes: [catalog.catalog.scopes[0]?.name], outcome: "approve", client: client.clientId },
  });
  expect(simulated.status()).toBe(201);
  const simulation = (await simulated.json()) as Json;
  expect(simulation.authCode).toEqual(expect.any(String));
  return {
    dir,
    env: {
      WALLET_BASE_URL: String(client.baseUrl),
      WALLET_CLIENT_ID: String(client.clientId),
      WALLET_PRIVATE_KEY: path.join(dir, "private.pem"),
      WALLET_PUBLIC_KEY: path.join(dir, "wallet-public.pem"),
      WALLET_PATH_PREFIX: target.prefix,
      AUTH_CODE: String(simulation.authCode),
    },
  };
}

function expectFullFlow(run: Run) {
  expect(run.stderr, run.stdout).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n").filter((line) => line.endsWith("SUCCESS, response signature verified"))).toEqual(
    STEPS.map((step) => `${step}: SUCCESS, response signature verified`),
  );
}

test.describe("generated SDK clients against the started server", () => {
  test.describe.configure({ timeout: 180_000 });

  test("wallet-client.ts (compiled with tsc, run with node): v2 and v1 flows with verified signatures; a wrong wallet key is refused", async ({ request }) => {
    for (const target of TARGETS) {
      const good = await prepare(request, target, "node");
      await compileNodeClient(request, target.slug, good.dir, NODE_DRIVER);
      expectFullFlow(await runProcess(process.execPath, [path.join("out", "driver.js")], good.env, good.dir));

      const other = await prepare(request, target, "node-wrong-key");
      const notTheWallet = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }).toString();
      fs.writeFileSync(path.join(other.dir, "not-the-wallet.pem"), notTheWallet);
      const refused = await runProcess(process.execPath, [path.join(good.dir, "out", "driver.js")], { ...other.env, WALLET_PUBLIC_KEY: path.join(other.dir, "not-the-wallet.pem") }, other.dir);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain("does not verify with the wallet public key");
    }
  });

  test("wallet-client.sh (curl + openssl): v2 and v1 flows with verified signatures", async ({ request }) => {
    test.skip(!tools.curl, "curl, openssl or bash is not installed on this machine: the curl script cannot run");
    for (const target of TARGETS) {
      const run = await prepare(request, target, "curl");
      const script = path.join(run.dir, "wallet-client.sh");
      fs.writeFileSync(script, await fetchSnippet(request, target.slug, "wallet-client.sh"));
      expectFullFlow(await runProcess("bash", [script], run.env, run.dir));
    }
  });

  test("wallet_client.py (cryptography): v2 and v1 flows with verified signatures", async ({ request }) => {
    test.skip(!tools.python, "python3 with the cryptography package is not installed on this machine: the Python client cannot run");
    for (const target of TARGETS) {
      const run = await prepare(request, target, "python");
      const script = path.join(run.dir, "wallet_client.py");
      fs.writeFileSync(script, await fetchSnippet(request, target.slug, "wallet_client.py"));
      const result = await runProcess("python3", [script], run.env, run.dir);
      expectFullFlow(result);
      expect(result.stdout).toMatch(/^userInfo fields: \S/m);
    }
  });

  test("WalletClient.java (java source launcher): v2 and v1 flows with verified signatures", async ({ request }) => {
    test.skip(!tools.java, "java is not installed on this machine: the Java client cannot run");
    for (const target of TARGETS) {
      const run = await prepare(request, target, "java");
      const source = path.join(run.dir, "WalletClient.java");
      fs.writeFileSync(source, await fetchSnippet(request, target.slug, "WalletClient.java"));
      expectFullFlow(await runProcess("java", [source], run.env, run.dir));
    }
  });

  test("sdk.zip holds exactly the files its README lists; /api/openapi.json is valid OpenAPI 3.1", async ({ request }) => {
    const zip = await request.get("/api/catalogs/dana/sdk.zip");
    expect(zip.status()).toBe(200);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect(zip.headers()["content-disposition"]).toBe('attachment; filename="dana-sdk.zip"');
    const entries = unzipSync(new Uint8Array(await zip.body()));
    const readme = strFromU8(entries["README.md"] ?? new Uint8Array());
    const section = readme.slice(readme.indexOf("## Files\n")).split(/\n## /)[0] ?? "";
    expect(Array.from(section.matchAll(/^- `([^`]+)`/gm), (match) => match[1])).toEqual(Object.keys(entries));

    const openapi = await request.get("/api/openapi.json");
    expect(openapi.status()).toBe(200);
    const result = await new Validator().validate((await openapi.json()) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
