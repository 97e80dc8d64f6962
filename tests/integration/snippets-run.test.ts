/**
 * The generated merchant-backend clients, run as separate processes against the mock wallet API
 * (the studio's gateway on a real port, on a temporary database) for
 * every built-in catalog — both API profiles and their path/field/result-code variants:
 * applyToken → inquiryUserInfo → refresh → revoke, every response signature verified. Each client
 * must also refuse a response when it holds the wrong wallet public key.
 *
 * `e2e/snippets-run.spec.ts` runs the same clients against the started production server.
 */
import { withExampleParams } from "@/server/domain/flow/engine";
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import { clockAt } from "@/server/domain/clock";
import type { Catalog } from "@/server/domain/catalog/schema";
import { generateRsaKeyPairAsync } from "@/server/domain/signing/signature";
import { generateSnippet } from "@/server/domain/snippets/registry";
import { buildSdkZip } from "@/server/domain/snippets/zip";
import { strFromU8, unzipSync } from "fflate";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { registerClient } from "@/server/services/clients";
import { runSimulation } from "@/server/services/simulations";
import { servesKind } from "@/server/domain/wallet-api/request-builder";
import { startGateway, type RunningGateway } from "@/tests/support/gateway";
import { nodeClientTsconfig, runProcess, type Run as Ran } from "@/tests/support/node-build";

const execFileAsync = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-snippets-run-"));
/** The flow's steps on a catalog: the endpoints it does not serve are left out of the clients. */
function stepsOf(catalog: Catalog): string[] {
  return ["applyToken", ...(servesKind(catalog, "inquiryUserInfo") ? ["inquiryUserInfo"] : []), "refresh", ...(servesKind(catalog, "revoke") ? ["revoke"] : [])];
}

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}
const tools = {
  curl: available("curl", ["--version"]) && available("openssl", ["version"]) && available("bash", ["--version"]),
  python: available("python3", ["-c", "import cryptography"]),
  java: available("java", ["-version"]) && available("javac", ["-version"]),
};
if (!tools.curl) console.warn("[skip] wallet-client.sh runs: curl, openssl or bash is missing");
if (!tools.python) console.warn("[skip] wallet_client.py runs: python3 with the cryptography package is missing");
if (!tools.java) console.warn("[skip] WalletClient.java runs: java or javac is missing");

let db: DB;
let gateway: RunningGateway;
let origin = "";

type Setup = { env: Record<string, string>; dir: string; badKeyEnv: () => Record<string, string> };

let otherPublicKey = "";

/**
 * Register a client, write its keys, and get a fresh authCode from the simulator. `badKeyEnv()`
 * gives the same client a new code but a wallet public key that did not sign the responses.
 */
async function setup(catalog: Catalog, label: string): Promise<Setup> {
  const dir = path.join(tmp, catalog.slug, label);
  fs.mkdirSync(dir, { recursive: true });
  const registered = await registerClient(db, { workspaceId: "local", catalogSlug: catalog.slug, name: `${label} run`, now: Date.now() });
  fs.writeFileSync(path.join(dir, "private.pem"), registered.privateKeyPem ?? "");
  fs.writeFileSync(path.join(dir, "wallet-public.pem"), registered.wallet.publicKeyPem);
  fs.writeFileSync(path.join(dir, "other-public.pem"), otherPublicKey);
  const code = () => {
    const simulation = runSimulation(db, { workspaceId: "local",
      catalogSlug: catalog.slug,
      scopes: [catalog.scopes[0]?.name ?? ""],
      params: withExampleParams(catalog),
      outcome: { kind: "approve" },
      clientId: registered.client.clientId,
      source: "api",
      clock: clockAt(Date.now(), 0),
    });
    if (!simulation.authCode) throw new Error(`no authCode for ${catalog.slug}`);
    return simulation.authCode;
  };
  const env = {
    WALLET_BASE_URL: `${origin}/api/wallets/${catalog.slug}`,
    WALLET_CLIENT_ID: registered.client.clientId,
    WALLET_PRIVATE_KEY: path.join(dir, "private.pem"),
    WALLET_PUBLIC_KEY: path.join(dir, "wallet-public.pem"),
    AUTH_CODE: code(),
  };
  return { dir, env, badKeyEnv: () => ({ ...env, AUTH_CODE: code(), WALLET_PUBLIC_KEY: path.join(dir, "other-public.pem") }) };
}


function expectFullFlow(ran: Ran, catalog: Catalog) {
  expect(ran.stderr, ran.stdout).toBe("");
  expect(ran.code).toBe(0);
  const lines = ran.stdout.split("\n").filter((line) => line.endsWith("SUCCESS, response signature verified"));
  expect(lines).toEqual(stepsOf(catalog).map((step) => `${step}: SUCCESS, response signature verified`));
}

function expectRejectedSignature(ran: Ran) {
  expect(ran.code).not.toBe(0);
  expect(ran.stdout).not.toContain("applyToken: SUCCESS");
  expect(`${ran.stderr}`).toMatch(/does not verify/);
}

/** The Node driver: the generated client compiled with tsc, then `runExampleFlow`. */
const NODE_DRIVER = [
  'import { readFileSync } from "node:fs";',
  'import { WalletClient, WalletSignatureError, runExampleFlow } from "./wallet-client.js";',
  "",
  "function env(name: string): string {",
  "  const value = process.env[name];",
  "  if (!value) throw new Error(`set ${name}`);",
  "  return value;",
  "}",
  "",
  "const client = new WalletClient({",
  '  baseUrl: env("WALLET_BASE_URL"),',
  '  clientId: env("WALLET_CLIENT_ID"),',
  '  privateKey: readFileSync(env("WALLET_PRIVATE_KEY"), "utf8"),',
  '  walletPublicKey: readFileSync(env("WALLET_PUBLIC_KEY"), "utf8"),',
  "});",
  'runExampleFlow(client, env("AUTH_CODE")).catch((error: unknown) => {',
  "  console.error(error instanceof WalletSignatureError ? `WalletSignatureError: ${error.message}` : String(error));",
  "  process.exitCode = 1;",
  "});",
  "",
].join("\n");

/** Each fault effect, set for the next call through the headless API, and the error the client must throw. */
const FAULT_CASES: Array<[string, Record<string, unknown>, string]> = [
  ["result F", { kind: "result", resultCode: "PROCESS_FAIL" }, "WalletResultError PROCESS_FAIL retryable=false"],
  ["result U", { kind: "result", resultCode: "UNKNOWN_EXCEPTION" }, "WalletResultError UNKNOWN_EXCEPTION retryable=true"],
  ["http", { kind: "http", status: 503 }, "WalletHttpError 503"],
  ["delay", { kind: "delay", ms: 5000 }, "WalletTimeoutError 0"],
  ["drop", { kind: "drop" }, "WalletNetworkError 0"],
  ["truncated", { kind: "malformed", form: "truncated" }, "WalletMalformedResponseError 200"],
  ["not json", { kind: "malformed", form: "not-json" }, "WalletMalformedResponseError 200"],
  ["wrong key", { kind: "bad-signature", mode: "wrong-key" }, "WalletSignatureError 200"],
  ["unsigned", { kind: "bad-signature", mode: "none" }, "WalletSignatureError 200"],
];

const FAULT_DRIVER = [
  'import { readFileSync } from "node:fs";',
  'import { WalletClient, WalletError, WalletResultError, ensureSuccess } from "./wallet-client.js";',
  "",
  "const env = (name: string): string => process.env[name] ?? \"\";",
  "const client = new WalletClient({",
  '  baseUrl: env("WALLET_BASE_URL"),',
  '  clientId: env("WALLET_CLIENT_ID"),',
  '  privateKey: readFileSync(env("WALLET_PRIVATE_KEY"), "utf8"),',
  '  walletPublicKey: readFileSync(env("WALLET_PUBLIC_KEY"), "utf8"),',
  // Long enough for the first wrong-key answer, which generates that key (a loaded CI machine
  // takes over a second); the delay case waits well past it.
  "  timeoutMs: 2500,",
  "});",
  'const cases = JSON.parse(env("FAULT_CASES")) as Array<[string, Record<string, unknown>]>;',
  "for (const [label, effect] of cases) {",
  '  const rule = await fetch(`${env("STUDIO_ORIGIN")}/api/faults`, {',
  '    method: "POST",',
  '    headers: { "Content-Type": "application/json" },',
  '    body: JSON.stringify({ client: env("WALLET_CLIENT_ID"), effect, times: 1 }),',
  "  });",
  "  if (rule.status !== 201) throw new Error(`fault rule refused: ${await rule.text()}`);",
  "  try {",
  '    ensureSuccess("inquiryUserInfo", await client.inquiryUserInfo("x".repeat(32)));',
  "    console.log(`${label}: no error`);",
  "  } catch (error) {",
  "    if (error instanceof WalletResultError) console.log(`${label}: ${error.name} ${error.resultCode} retryable=${error.retryable}`);",
  "    else if (error instanceof WalletError) console.log(`${label}: ${error.name} ${error.httpStatus}`);",
  "    else console.log(`${label}: not a WalletError: ${String(error)}`);",
  "  }",
  "}",
  "",
].join("\n");

/** createMy from the SDK zip, as a mini program's Node tests use it: approve, partial and error 11 on DANA. */
const MY_DRIVER = [
  'import { createMy, type Payload } from "./my-shim.js";',
  "",
  'const my = createMy({ baseUrl: process.env.STUDIO_ORIGIN ?? "" });',
  "const run = (scopes: string[]) =>",
  "  new Promise<string>((resolve) => {",
  "    let line = \"\";",
  "    void my.getAuthCode({",
  "      scopes,",
  "      success: (res: Payload) => (line = `success ${typeof res.authCode} ${JSON.stringify(res.authErrorScopes ?? null)}`),",
  "      fail: (res: Payload) => (line = `fail ${String(res.error)}`),",
  "      complete: () => resolve(line),",
  "    });",
  "  });",
  'console.log(await run(["USER_LOGIN_ID", "KYC_INFO"]));',
  'my.__studio.scenario({ outcome: "partial", refuse: ["KYC_INFO"] });',
  'console.log(await run(["USER_LOGIN_ID", "KYC_INFO"]));',
  'my.__studio.scenario({ outcome: "error:11", refuse: [] });',
  'console.log(await run(["USER_LOGIN_ID"]));',
  "",
].join("\n");

beforeAll(async () => {
  db = createTestDb();
  otherPublicKey = (await generateRsaKeyPairAsync()).publicKeyPem;
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db);
  origin = gateway.origin;
  // Compile every catalog's wallet-client.ts with its driver in one tsc run (module nodenext, ESM).
  fs.writeFileSync(path.join(tmp, "package.json"), JSON.stringify({ type: "module" }));
  for (const catalog of BUILTIN_CATALOGS) {
    const dir = path.join(tmp, "node", catalog.slug);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "wallet-client.ts"), generateSnippet(catalog, "wallet-client.ts").contents);
    fs.writeFileSync(path.join(dir, "driver.ts"), NODE_DRIVER);
    if (catalog.slug === "dana") {
      fs.writeFileSync(path.join(dir, "fault-driver.ts"), FAULT_DRIVER);
      // The shim as the SDK zip ships it.
      const zipped = unzipSync(buildSdkZip(catalog));
      const shim = zipped["my-shim.ts"];
      if (!shim) throw new Error("the SDK zip has no my-shim.ts");
      fs.writeFileSync(path.join(dir, "my-shim.ts"), strFromU8(shim));
      fs.writeFileSync(path.join(dir, "my-driver.ts"), MY_DRIVER);
    }
  }
  fs.writeFileSync(
    path.join(tmp, "tsconfig.json"),
    JSON.stringify(nodeClientTsconfig(ROOT, ["node/**/*.ts"], { rootDir: "." })),
  );
  await execFileAsync(path.join(ROOT, "node_modules/.bin/tsc"), ["-p", path.join(tmp, "tsconfig.json")], { cwd: tmp });
}, 120_000);

afterAll(async () => {
  await gateway.close();
  db.$client.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("createMy from the SDK zip (compiled with tsc --strict)", () => {
  it("drives approve, partial and error 11 with DANA's payloads", async () => {
    const ran = await runProcess(process.execPath, [path.join(tmp, "out", "node", "dana", "my-driver.js")], { STUDIO_ORIGIN: origin }, tmp);
    expect(ran.stderr).toBe("");
    expect(ran.stdout.trim().split("\n")).toEqual(["success string null", 'success string {"KYC_INFO":"40006"}', "fail 11"]);
  }, 60_000);
});

describe("the generated Node client against fault rules", () => {
  it("throws the documented error for each effect", async () => {
    const dana = BUILTIN_CATALOGS.find((catalog) => catalog.slug === "dana");
    if (!dana) throw new Error("no dana");
    const run = await setup(dana, "faults");
    const ran = await runProcess(process.execPath, [path.join(tmp, "out", "node", "dana", "fault-driver.js")], {
      ...run.env,
      STUDIO_ORIGIN: origin,
      FAULT_CASES: JSON.stringify(FAULT_CASES.map(([label, effect]) => [label, effect])),
    }, run.dir);
    expect(ran.stderr).toBe("");
    expect(ran.stdout.trim().split("\n")).toEqual(FAULT_CASES.map(([label, , expected]) => `${label}: ${expected}`));
  }, 60_000);
});

describe.each(BUILTIN_CATALOGS.map((catalog) => [catalog.slug, catalog] as const))("%s", (_slug, catalog) => {
  it("wallet-client.ts (compiled with tsc, run with node): the whole flow, signatures verified; a wrong wallet key is refused", async () => {
    const out = path.join(tmp, "out", "node", catalog.slug, "driver.js");
    const good = await setup(catalog, "node");
    expectFullFlow(await runProcess(process.execPath, [out], good.env, good.dir), catalog);
    expectRejectedSignature(await runProcess(process.execPath, [out], good.badKeyEnv(), good.dir));
  }, 60_000);

  it.skipIf(!tools.curl)("wallet-client.sh (curl + openssl): the whole flow, signatures verified; a wrong wallet key is refused", async () => {
    const good = await setup(catalog, "curl");
    const script = path.join(good.dir, "wallet-client.sh");
    fs.writeFileSync(script, generateSnippet(catalog, "wallet-client.sh").contents);
    expectFullFlow(await runProcess("bash", [script], good.env, good.dir), catalog);
    expectRejectedSignature(await runProcess("bash", [script], good.badKeyEnv(), good.dir));
  }, 60_000);

  it.skipIf(!tools.python)("wallet_client.py (cryptography): the whole flow, signatures verified; a wrong wallet key is refused", async () => {
    const good = await setup(catalog, "python");
    const script = path.join(good.dir, "wallet_client.py");
    fs.writeFileSync(script, generateSnippet(catalog, "wallet_client.py").contents);
    const ran = await runProcess("python3", [script], good.env, good.dir);
    expectFullFlow(ran, catalog);
    if (servesKind(catalog, "inquiryUserInfo")) expect(ran.stdout).toMatch(/^userInfo fields: /m);
    expectRejectedSignature(await runProcess("python3", [script], good.badKeyEnv(), good.dir));
  }, 60_000);

  it.skipIf(!tools.java)("WalletClient.java (javac, then java): the whole flow, signatures verified; a wrong wallet key is refused", async () => {
    const good = await setup(catalog, "java");
    const source = path.join(good.dir, "WalletClient.java");
    fs.writeFileSync(source, generateSnippet(catalog, "WalletClient.java").contents);
    await execFileAsync("javac", ["-d", path.join(good.dir, "classes"), source]);
    const java = ["-cp", path.join(good.dir, "classes"), "WalletClient"];
    expectFullFlow(await runProcess("java", java, good.env, good.dir), catalog);
    expectRejectedSignature(await runProcess("java", java, good.badKeyEnv(), good.dir));
  }, 60_000);
});
