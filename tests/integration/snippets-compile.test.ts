/**
 * The generated files compile: every TypeScript file of every built-in catalog (and of a catalog
 * full of hostile text) passes `tsc --strict --noEmit` (plus noUncheckedIndexedAccess,
 * exactOptionalPropertyTypes, erasableSyntaxOnly, …), the JavaScript passes `tsc --checkJs`, the
 * simulator's real payloads type-check against the generated payload types, a switch that forgets
 * a case does NOT compile, javac compiles the Java client, Python and bash parse theirs.
 *
 * The compilers run as child processes on temporary files.
 */
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import type { Catalog } from "@/server/domain/catalog/schema";
import { makeCatalog } from "@/server/domain/catalog/fixtures";
import { flowSamples, hostileCatalog } from "@/server/domain/snippets/fixtures";
import { generateAllSnippets } from "@/server/domain/snippets/registry";
import { servesKind } from "@/server/domain/wallet-api/request-builder";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const TSC = path.join(ROOT, "node_modules/.bin/tsc");

const CATALOGS: Catalog[] = [...BUILTIN_CATALOGS, hostileCatalog()];
/** No scopes, no error codes, no documented result fields: `Scope` is `never` and the files still compile. */
const EMPTY = makeCatalog("empty", { scopes: [], errorCodes: [], jsapi: { ...makeCatalog("empty").jsapi, resultFields: [] } });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-snippets-compile-"));

const STRICT = {
  strict: true,
  noEmit: true,
  target: "es2022",
  lib: ["es2022", "dom"],
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noPropertyAccessFromIndexSignature: true,
  erasableSyntaxOnly: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
};

type Compiled = { code: number; output: string };

async function tsc(project: string): Promise<Compiled> {
  try {
    const { stdout, stderr } = await run(TSC, ["-p", project], { cwd: path.dirname(project), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

function write(file: string, contents: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, contents);
}

function project(dir: string, compilerOptions: Record<string, unknown>, include: string[]): string {
  const file = path.join(dir, "tsconfig.json");
  write(file, JSON.stringify({ compilerOptions: { ...STRICT, ...compilerOptions }, include }, null, 2));
  return file;
}

/** tsc diagnostics that name a file under `dir` (paths are printed relative to the project). */
function diagnosticsFor(output: string, dir: string): string[] {
  return output.split("\n").filter((line) => line.startsWith(`${dir}/`));
}

function firstScope(catalog: Catalog): string {
  const scope = catalog.scopes[0];
  if (!scope) throw new Error(`${catalog.slug} has no scopes`);
  return scope.name;
}

/** A caller that handles every case: must compile. `forget` drops one case: must not. */
function usageTs(catalog: Catalog, forget?: string): string {
  const cases = ["success", "denied", "error", "undocumented-error"].filter((status) => status !== forget);
  const body = cases.map((status) => `    case ${JSON.stringify(status)}:\n      return ${JSON.stringify(status)};`).join("\n");
  return [
    'import { assertNever, callGetAuthCode, getAuthCode, JSAPI_ERRORS, type GetAuthCodeResult, type Scope } from "./getauthcode";',
    "",
    `const scope: Scope = ${JSON.stringify(firstScope(catalog))};`,
    "",
    "export function describeResult(result: GetAuthCodeResult): string {",
    "  switch (result.status) {",
    body,
    "    default: {",
    "      const _never: never = result;",
    "      return assertNever(_never);",
    "    }",
    "  }",
    "}",
    "",
    "export async function login(): Promise<string> {",
    `  const result = await getAuthCode({ scopes: [scope]${requiredParams(catalog)} });`,
    '  if (result.status === "success") return result.authCode;',
    '  if (result.status === "error") return `${result.error}: ${result.info.message} ${JSAPI_ERRORS[result.error].name}`;',
    "  return describeResult(result);",
    "}",
    "",
    "export function raw(): void {",
    "  callGetAuthCode({",
    `    scopes: [scope]${requiredParams(catalog)},`,
    "    success: (payload) => console.log(payload.authCode),",
    '    fail: (payload) => console.log("error" in payload ? payload.errorMessage : payload.authErrorScopes),',
    "  });",
    "}",
    "",
  ].join("\n");
}

/** `, authClientId: "…"` for the wallet's required my.getAuthCode parameters (AlipayHK). */
function requiredParams(catalog: Catalog): string {
  return catalog.jsapi.params
    .filter((param) => param.required)
    .map((param) => `, ${param.name}: ${param.type === "String" ? JSON.stringify(param.example) : param.example || "0"}`)
    .join("");
}

function usageJs(catalog: Catalog, forget?: string): string {
  const cases = ["success", "denied", "error", "undocumented-error"].filter((status) => status !== forget);
  return [
    "// @ts-check",
    'import { assertNever, getAuthCode } from "./getauthcode.js";',
    "",
    "/**",
    ' * @param {import("./getauthcode.js").GetAuthCodeResult} result',
    " * @returns {string}",
    " */",
    "export function describeResult(result) {",
    "  switch (result.status) {",
    ...cases.map((status) => `    case ${JSON.stringify(status)}:\n      return ${JSON.stringify(status)};`),
    "    default: {",
    "      /** @type {never} */",
    "      const _never = result;",
    "      return assertNever(_never);",
    "    }",
    "  }",
    "}",
    "",
    "export async function login() {",
    `  return describeResult(await getAuthCode({ scopes: [${JSON.stringify(firstScope(catalog))}]${requiredParams(catalog)} }));`,
    "}",
    "",
  ].join("\n");
}

/** The simulator's actual callback payloads for this catalog, typed as the generated payload types. */
function payloadsTs(catalog: Catalog): string {
  const documented = new Set(catalog.errorCodes.map((error) => error.code));
  const success: string[] = [];
  const fail: string[] = [];
  for (const sample of flowSamples(catalog)) {
    const { callback, payload } = sample.result;
    if (payload.error !== undefined && !documented.has(payload.error)) continue; // undocumented codes are a separate case
    (callback === "success" ? success : fail).push(`  ${JSON.stringify(payload)}, // ${sample.label}`);
  }
  return [
    'import type { GetAuthCodeFailPayload, GetAuthCodeSuccessPayload } from "./getauthcode";',
    "",
    `export const successPayloads: GetAuthCodeSuccessPayload[] = [\n${success.join("\n")}\n];`,
    `export const failPayloads: GetAuthCodeFailPayload[] = [\n${fail.join("\n")}\n];`,
    "",
  ].join("\n");
}

/** A merchant backend using the typed client: exhaustive over the failure result codes; only the endpoints the catalog serves. */
function nodeUsageTs(catalog: Catalog): string {
  const info = servesKind(catalog, "inquiryUserInfo");
  const revoke = servesKind(catalog, "revoke");
  return [
    'import { readFileSync } from "node:fs";',
    'import { RESULT_CODES, WalletClient, WalletSignatureError, runExampleFlow, succeeded, type ApplyTokenResultCode } from "./wallet-client.js";',
    "",
    "function advice(code: Exclude<ApplyTokenResultCode, \"SUCCESS\">): string {",
    "  return `${code}: ${RESULT_CODES[code].message}`;",
    "}",
    "",
    "export async function exchange(authCode: string): Promise<string> {",
    "  const wallet = new WalletClient({",
    '    baseUrl: "http://localhost:3000/api/wallets/x",',
    '    clientId: "client",',
    '    privateKey: readFileSync("private.pem", "utf8"),',
    '    walletPublicKey: readFileSync("wallet.pem", "utf8"),',
    "  });",
    "  try {",
    '    const tokens = await wallet.applyToken({ grantType: "AUTHORIZATION_CODE", authCode });',
    "    if (!succeeded(tokens.body)) return advice(tokens.body.result.resultCode);",
    "    const refreshed = await wallet.applyToken({ grantType: \"REFRESH_TOKEN\", refreshToken: tokens.body.refreshToken });",
    ...(info ? ["    const info = await wallet.inquiryUserInfo(tokens.body.accessToken);"] : []),
    ...(revoke ? ["    await wallet.revoke(tokens.body.accessToken);"] : []),
    '    await runExampleFlow(wallet, authCode, () => undefined);',
    info ? '    return succeeded(info.body) ? Object.keys(info.body.userInfo).join(",") : `${refreshed.httpStatus}`;' : "    return `${refreshed.httpStatus}`;",
    "  } catch (error) {",
    "    if (error instanceof WalletSignatureError) return `unsigned: ${error.httpStatus} ${error.rawBody}`;",
    "    throw error;",
    "  }",
    "}",
    "",
  ].join("\n");
}

const generated = new Map([...CATALOGS, EMPTY].map((catalog) => [catalog.slug, generateAllSnippets(catalog)]));
function contents(catalog: Catalog, filename: string): string {
  const found = generated.get(catalog.slug)?.find((file) => file.filename === filename);
  if (!found) throw new Error(`no ${filename} for ${catalog.slug}`);
  return found.contents;
}

let mini: Compiled;
let node: Compiled;
let negative: Compiled;

beforeAll(async () => {
  write(path.join(tmp, "package.json"), JSON.stringify({ type: "module" }));
  for (const catalog of CATALOGS) {
    const slug = catalog.slug;
    write(path.join(tmp, "mini", slug, "getauthcode.ts"), contents(catalog, "getauthcode.ts"));
    write(path.join(tmp, "mini", slug, "usage.ts"), usageTs(catalog));
    write(path.join(tmp, "mini", slug, "payloads.ts"), payloadsTs(catalog));
    write(path.join(tmp, "minijs", slug, "getauthcode.js"), contents(catalog, "getauthcode.js"));
    write(path.join(tmp, "minijs", slug, "usage.js"), usageJs(catalog));
    write(path.join(tmp, "node", slug, "wallet-client.ts"), contents(catalog, "wallet-client.ts"));
    write(path.join(tmp, "node", slug, "usage.ts"), nodeUsageTs(catalog));
  }
  write(path.join(tmp, "mini", EMPTY.slug, "getauthcode.ts"), contents(EMPTY, "getauthcode.ts"));
  write(path.join(tmp, "minijs", EMPTY.slug, "getauthcode.js"), contents(EMPTY, "getauthcode.js"));
  write(path.join(tmp, "node", EMPTY.slug, "wallet-client.ts"), contents(EMPTY, "wallet-client.ts"));
  for (const catalog of [CATALOGS[1], hostileCatalog()]) {
    if (!catalog) continue;
    write(path.join(tmp, "negative", catalog.slug, "getauthcode.ts"), contents(catalog, "getauthcode.ts"));
    write(path.join(tmp, "negative", catalog.slug, "forgets.ts"), usageTs(catalog, "undocumented-error"));
    write(path.join(tmp, "negativejs", catalog.slug, "getauthcode.js"), contents(catalog, "getauthcode.js"));
    write(path.join(tmp, "negativejs", catalog.slug, "forgets.js"), usageJs(catalog, "denied"));
  }
  const common = { module: "esnext", moduleResolution: "bundler", types: [] };
  const miniProject = project(tmp, { ...common, allowJs: true, checkJs: true }, ["mini/**/*.ts", "minijs/**/*.js"]);
  const nodeDir = path.join(tmp, "nodeproject");
  fs.mkdirSync(nodeDir, { recursive: true });
  const nodeProject = project(nodeDir, { module: "nodenext", moduleResolution: "nodenext", types: ["node"], typeRoots: [path.join(ROOT, "node_modules/@types")] }, [
    "../node/**/*.ts",
  ]);
  const negativeDir = path.join(tmp, "negativeproject");
  fs.mkdirSync(negativeDir, { recursive: true });
  const negativeProject = project(negativeDir, { ...common, allowJs: true, checkJs: true }, ["../negative/**/*.ts", "../negativejs/**/*.js"]);
  [mini, node, negative] = await Promise.all([tsc(miniProject), tsc(nodeProject), tsc(negativeProject)]);
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("tsc --strict --noEmit on the generated TypeScript and JavaScript", () => {
  it.each(CATALOGS.map((catalog) => [catalog.slug]))("%s: getauthcode.ts, getauthcode.js, a caller and the simulator's payloads compile", (slug) => {
    expect(diagnosticsFor(mini.output, `mini/${slug}`)).toEqual([]);
    expect(diagnosticsFor(mini.output, `minijs/${slug}`)).toEqual([]);
  });

  it("a catalog without scopes, error codes or result fields: the files still compile", () => {
    expect(diagnosticsFor(mini.output, "mini/empty")).toEqual([]);
    expect(diagnosticsFor(mini.output, "minijs/empty")).toEqual([]);
    expect(diagnosticsFor(node.output, "../node/empty")).toEqual([]);
  });

  it("the mini-program project as a whole compiles (exit 0)", () => {
    expect(mini.output).toBe("");
    expect(mini.code).toBe(0);
  });

  it.each(CATALOGS.map((catalog) => [catalog.slug]))("%s: wallet-client.ts and a typed caller compile with @types/node", (slug) => {
    expect(diagnosticsFor(node.output, `../node/${slug}`)).toEqual([]);
  });

  it("the Node client project as a whole compiles (exit 0)", () => {
    expect(node.output).toBe("");
    expect(node.code).toBe(0);
  });
});

describe("a switch that forgets a case does not compile", () => {
  it("TypeScript: the missing status is reported where `never` is assigned", () => {
    expect(negative.code).not.toBe(0);
    for (const slug of ["dana", "hostile"]) {
      const errors = diagnosticsFor(negative.output, `../negative/${slug}`);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`../negative/${slug}/forgets.ts(`);
      expect(errors[0]).toContain("error TS2322: Type 'GetAuthCodeUndocumented' is not assignable to type 'never'.");
    }
  });

  it("JavaScript with @ts-check: the same", () => {
    for (const slug of ["dana", "hostile"]) {
      const errors = diagnosticsFor(negative.output, `../negativejs/${slug}`);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`../negativejs/${slug}/forgets.js(`);
      expect(errors[0]).toContain("error TS2322: Type 'GetAuthCodeDenied' is not assignable to type 'never'.");
    }
  });
});

const javac = spawnSync("javac", ["-version"]).status === 0;
if (!javac) console.warn("[skip] WalletClient.java compile: javac is not installed on this machine");

describe("Java", () => {
  it.skipIf(!javac).each(CATALOGS.map((catalog) => [catalog.slug, catalog] as const))(
    "%s: javac -Xlint:all -Werror compiles WalletClient.java (javac found)",
    async (slug, catalog) => {
      const dir = path.join(tmp, "java", slug);
      write(path.join(dir, "WalletClient.java"), contents(catalog, "WalletClient.java"));
      const result = await run("javac", ["-Xlint:all", "-Werror", "-encoding", "US-ASCII", "-d", path.join(dir, "out"), path.join(dir, "WalletClient.java")]).then(
        () => ({ code: 0, output: "" }),
        (error: { code?: number; stderr?: string }) => ({ code: error.code ?? 1, output: error.stderr ?? "" }),
      );
      expect(result.output).toBe("");
      expect(result.code).toBe(0);
      expect(fs.existsSync(path.join(dir, "out", "WalletClient.class"))).toBe(true);
    },
    60_000,
  );
});

const python = spawnSync("python3", ["--version"]).status === 0;
if (!python) console.warn("[skip] wallet_client.py parse check: python3 is not installed on this machine");

describe("Python and shell", () => {
  it.skipIf(!python).each(CATALOGS.map((catalog) => [catalog.slug, catalog] as const))("%s: wallet_client.py parses (python3 found)", async (slug, catalog) => {
    const file = path.join(tmp, "python", slug, "wallet_client.py");
    write(file, contents(catalog, "wallet_client.py"));
    const { stdout } = await run("python3", ["-c", "import ast, sys; ast.parse(open(sys.argv[1], encoding='utf-8').read()); print('ok')", file]);
    expect(stdout.trim()).toBe("ok");
  });

  it.each(CATALOGS.map((catalog) => [catalog.slug, catalog] as const))("%s: wallet-client.sh parses, and sourcing it runs nothing but definitions", async (slug, catalog) => {
    const file = path.join(tmp, "sh", slug, "wallet-client.sh");
    write(file, contents(catalog, "wallet-client.sh"));
    await run("bash", ["-n", file]);
    const marker = path.join(tmp, "sh", slug, "pwned");
    const { stdout, stderr } = await run("bash", ["-c", `cd ${JSON.stringify(path.dirname(file))} && source ./wallet-client.sh && type wallet_call >/dev/null && echo "sourced $API_VERSION"`], {
      env: { ...process.env, HOME: path.dirname(file) },
    });
    expect(stderr).toBe("");
    expect(stdout.trim()).toBe(`sourced ${catalog.serverApi.version}`);
    expect(fs.existsSync(marker)).toBe(false);
  });
});
