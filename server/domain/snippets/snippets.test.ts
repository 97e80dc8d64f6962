import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync, strFromU8 } from "fflate";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS, getBuiltinCatalog } from "../catalog/builtin";
import { catalogSchema, type Catalog } from "../catalog/schema";
import { DomainError } from "../errors";
import { flowSamples, hostileCatalog, largeCatalog } from "./fixtures";
import { buildModel } from "./model";
import { snippetOptionsFromQuery, wantsDownload } from "./query";
import { README_FILES_HEADING } from "./readme";
import { generateAllSnippets, generateSnippet, SNIPPET_FILENAMES, SNIPPET_GENERATORS } from "./registry";
import { buildSdkZip } from "./zip";

function builtin(slug: string): Catalog {
  const catalog = getBuiltinCatalog(slug);
  if (!catalog) throw new Error(`no built-in ${slug}`);
  return catalog;
}

function file(catalog: Catalog, filename: string, scopes?: string[]): string {
  return generateSnippet(catalog, filename, scopes ? { scopes } : {}).contents;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** The file names a README lists under its "## Files" heading. */
function readmeFileList(readme: string): string[] {
  const start = readme.indexOf(`${README_FILES_HEADING}\n`);
  const section = readme.slice(start + README_FILES_HEADING.length).split(/\n## /)[0] ?? "";
  return Array.from(section.matchAll(/^- `([^`]+)`/gm), (match) => match[1] ?? "");
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-snippets-unit-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the registry", () => {
  it("has one generator per file and each returns its own filename and language", () => {
    expect(Object.keys(SNIPPET_GENERATORS)).toEqual([...SNIPPET_FILENAMES]);
    const catalog = builtin("dana");
    for (const [filename, generate] of Object.entries(SNIPPET_GENERATORS)) {
      const generated = generate(catalog, {});
      expect(generated.filename).toBe(filename);
      expect(generated.contents.length).toBeGreaterThan(200);
    }
  });

  it("answers an unknown file with NOT_FOUND listing the valid files", () => {
    const error = thrown(() => generateSnippet(builtin("dana"), "client.go"));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("NOT_FOUND");
    expect((error as DomainError).message).toContain("getauthcode.ts, getauthcode.js, my-shim.ts, wallet-client.ts");
    expect(thrown(() => generateSnippet(builtin("dana"), "__proto__"))).toBeInstanceOf(DomainError);
  });
});

describe("determinism", () => {
  it("the same catalog gives the same bytes, for every file and the zip", () => {
    for (const catalog of [...BUILTIN_CATALOGS, hostileCatalog()]) {
      const first = generateAllSnippets(structuredClone(catalog));
      const second = generateAllSnippets(structuredClone(catalog));
      expect(second).toEqual(first);
      expect(Buffer.from(buildSdkZip(structuredClone(catalog))).equals(Buffer.from(buildSdkZip(structuredClone(catalog))))).toBe(true);
    }
  });

  it("the zip bytes do not depend on the time zone or the clock", () => {
    const catalog = builtin("touch-n-go");
    const before = Buffer.from(buildSdkZip(catalog));
    const saved = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      expect(Buffer.from(buildSdkZip(catalog)).equals(before)).toBe(true);
      process.env.TZ = "America/Anchorage";
      expect(Buffer.from(buildSdkZip(catalog)).equals(before)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("a catalog edit shows up in the output (nothing is cached across catalogs)", () => {
    const catalog = builtin("dana");
    const edited = { ...catalog, scopes: [...catalog.scopes, { ...structuredClone(catalog.scopes[0]), name: "USER_NEW_SCOPE" } as Catalog["scopes"][number]] };
    expect(file(catalog, "getauthcode.ts")).not.toContain('"USER_NEW_SCOPE"');
    expect(file(edited, "getauthcode.ts")).toContain('| "USER_NEW_SCOPE"');
  });
});

describe("narrowing to scopes", () => {
  it("keeps only the chosen scopes (and their aliases) in the mini-program files", () => {
    const tng = builtin("touch-n-go");
    const ts = file(tng, "getauthcode.ts", ["USER_NAME", "auth_user"]);
    const union = ts.slice(ts.indexOf("export type Scope ="), ts.indexOf(";", ts.indexOf("export type Scope =")));
    // auth_user brings its alias USER_INFO; scopes are optional on TNG so the default auth_base stays possible
    expect(Array.from(union.matchAll(/"([^"]+)"/g), (m) => m[1])).toEqual(["auth_user", "USER_INFO", "USER_NAME", "auth_base"]);
    expect(ts).toContain("The scopes these typings were narrowed to");
    expect(ts).toContain("Narrowed to the scopes: auth_user, USER_NAME.");
    expect(file(tng, "getauthcode.js", ["USER_NAME"])).not.toContain('"USER_AVATAR"');
  });

  it("accepts an alias as the chosen name", () => {
    const model = buildModel(builtin("touch-n-go"), { scopes: ["BASE_USER_INFO"] });
    expect(model.scopes.map((scope) => scope.name)).toEqual(["auth_base"]);
    expect(model.scopeUnion).toEqual(["auth_base", "BASE_USER_INFO"]);
  });

  it("does not change the merchant-backend files", () => {
    const dana = builtin("dana");
    for (const name of ["wallet-client.ts", "wallet-client.sh", "wallet_client.py", "WalletClient.java"]) {
      expect(file(dana, name, ["USER_LOGIN_ID"])).toBe(file(dana, name));
    }
  });

  it("rejects unknown scopes with BAD_REQUEST naming them, and an empty choice", () => {
    const error = thrown(() => generateSnippet(builtin("dana"), "getauthcode.ts", { scopes: ["USER_LOGIN_ID", "auth_base", "NOPE"] }));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("BAD_REQUEST");
    expect((error as DomainError).message).toBe('Unknown scopes "auth_base", "NOPE" for DANA (Indonesia): narrow only to scopes of this catalog.');
    expect((error as DomainError).issues).toEqual([
      { path: "scopes", message: '"auth_base" is not a scope of dana' },
      { path: "scopes", message: '"NOPE" is not a scope of dana' },
    ]);
    expect((thrown(() => buildModel(builtin("dana"), { scopes: [] })) as DomainError).code).toBe("BAD_REQUEST");
    // unknown scopes are refused for every file, not only the ones that use them
    expect((thrown(() => generateSnippet(builtin("dana"), "README.md", { scopes: ["NOPE"] })) as DomainError).code).toBe("BAD_REQUEST");
  });

  it("reads ?scopes=A,B and repeated ?scope= from a query string", () => {
    expect(snippetOptionsFromQuery(new URLSearchParams("scopes=A,B&scopes=C"))).toEqual({ scopes: ["A", "B", "C"] });
    expect(snippetOptionsFromQuery(new URLSearchParams("scope=a,b&scope=c"))).toEqual({ scopes: ["a,b", "c"] });
    expect(snippetOptionsFromQuery(new URLSearchParams("scopes="))).toEqual({});
    expect(snippetOptionsFromQuery(new URLSearchParams(""))).toEqual({});
    expect(wantsDownload(new URLSearchParams("download=1"))).toBe(true);
    expect(wantsDownload(new URLSearchParams("download=0"))).toBe(false);
  });
});

describe("payload shapes follow the catalog's documented presence", () => {
  const block = (source: string, name: string) => source.slice(source.indexOf(`export interface ${name} {`), source.indexOf("\n}\n", source.indexOf(`export interface ${name} {`)));

  it("DANA: authSuccessScopes on success, authErrorScopes required on failure (both conditional)", () => {
    const ts = file(builtin("dana"), "getauthcode.ts");
    expect(block(ts, "GetAuthCodeSuccessPayload")).toContain("  authSuccessScopes: Scope[];");
    expect(block(ts, "GetAuthCodeSuccessPayload")).toContain("  authErrorScopes?: ScopeErrors;");
    expect(block(ts, "GetAuthCodeScopeFailurePayload")).toContain("  authErrorScopes: ScopeErrors;");
    expect(ts).toContain("  scopes: readonly [Scope, ...Scope[]];");
    expect(ts).toContain("export const DEFAULT_SCOPE: Scope | null = null;");
  });

  it("Alipay+: authSuccessScopes optional (documented optional); Touch 'n Go: scopes optional, string or array", () => {
    expect(block(file(builtin("alipay-plus"), "getauthcode.ts"), "GetAuthCodeSuccessPayload")).toContain("  authSuccessScopes?: Scope[];");
    const tng = file(builtin("touch-n-go"), "getauthcode.ts");
    expect(tng).toContain("  scopes?: Scope | readonly Scope[];");
    expect(tng).toContain('export const DEFAULT_SCOPE: Scope | null = "auth_base";');
    expect(tng).toContain("export function getAuthCode(request: GetAuthCodeRequest = {}): Promise<GetAuthCodeResult> {");
  });

  it("the JSAPI error codes are a typed constant map with their messages", () => {
    const ts = file(builtin("alipay-hk"), "getauthcode.ts");
    expect(ts).toContain('  11: { name: "", message: "Cancel Authorization by User", meaning: "user-cancel"');
    expect(ts).toContain("export type JsapiErrorCode = keyof typeof JSAPI_ERRORS;");
    expect(file(builtin("alipay-hk"), "getauthcode.js")).toContain("@typedef {3 | 11 | 12 | 13 | 14 | 15 | 101} JsapiErrorCode");
  });

  it("say which facts are documented and which assumed", () => {
    const hk = file(builtin("alipay-hk"), "getauthcode.ts");
    expect(hk).toMatch(/14: \{ name: "", message: "User Authorization Timeout".*fidelity: "documented", basis: "documented \(wallet-domain\.md §1\.6\)" \}/);
    expect(hk).toContain("authClientId: string;");
    expect(hk).toContain("[presence: on-success; assumed: AlipayHK's callback fields are not in the stored sources.");
    expect(hk).toContain("That it receives the same payload is assumed");
    expect(hk).not.toContain("documented presence");
    const client = file(builtin("touch-n-go"), "wallet-client.ts");
    // v1's table names the code but gives no message: the message is borrowed, and says so.
    expect(client).toMatch(/INVALID_CODE: \{ status: "F", message: "[^"]+", basis: "assumed: The code is in the v1 applyToken table/);
    expect(client).toMatch(/SUCCESS: \{ status: "S", message: "success", basis: "documented \(wallet-domain\.md §2\.3\)" \}/);
  });
});

describe("merchant-backend profile", () => {
  it("v2 (DANA): v2 paths, authClientId and customerBelongsTo in the body, v2 result-code names", () => {
    const client = file(builtin("dana"), "wallet-client.ts");
    expect(client).toContain('  applyToken: "/v2/authorizations/applyToken",');
    expect(client).toContain('  inquiryUserInfo: "/v2/users/inquiryUserInfo",');
    expect(client).toContain('  revoke: "/v2/authorizations/revoke",');
    expect(client).toContain('export const CUSTOMER_BELONGS_TO: string | null = "DANA";');
    expect(client).toContain('  | "USED_AUTHCODE"');
    expect(client).not.toContain('"USED_CODE"');
    expect(client).toContain("authClientId: this.clientId,");
  });

  it("v1 (Touch 'n Go): v1 paths, customerBelongsTo inside extendInfo, v1 result-code names", () => {
    const tng = builtin("touch-n-go");
    const client = file(tng, "wallet-client.ts");
    expect(client).toContain('  inquiryUserInfo: "/v1/customers/user/inquiryUserInfoByAccessToken",');
    expect(client).toContain('  revoke: "/v1/authorizations/cancelToken",');
    expect(client).toContain('  | "USED_CODE"');
    expect(client).not.toContain('"USED_AUTHCODE"');
    expect(client).toContain("extendInfo: JSON.stringify({ customerBelongsTo: CUSTOMER_BELONGS_TO })");
    expect(file(tng, "wallet_client.py")).toContain('"extendInfo": json.dumps({"customerBelongsTo": CUSTOMER_BELONGS_TO}');
    expect(file(tng, "wallet-client.sh")).toContain("INQUIRY_USER_INFO_PATH='/v1/customers/user/inquiryUserInfoByAccessToken'");
    expect(file(tng, "WalletClient.java")).toContain('public static final String REVOKE_PATH = "/v1/authorizations/cancelToken";');
  });

  it("signs exactly POST <uri>\\n<Client-Id>.<Request-Time>.<body> in every language", () => {
    const dana = builtin("dana");
    expect(file(dana, "wallet-client.ts")).toContain("  return `${method} ${uri}\\n${clientId}.${time}.${body}`;");
    expect(file(dana, "wallet_client.py")).toContain('return ("%s %s\\n%s.%s." % (method, uri, client_id, time)).encode("utf-8") + body');
    expect(file(dana, "wallet-client.sh")).toContain(`{ printf 'POST %s\\n%s.%s.' "$uri" "$WALLET_CLIENT_ID" "$time"; cat "$dir/body.json"; } > "$dir/request-content"`);
    expect(file(dana, "WalletClient.java")).toContain('(method + " " + uri + "\\n" + clientId + "." + time + ".").getBytes(StandardCharsets.UTF_8)');
  });
});

describe("the README and the zip", () => {
  it("the zip holds exactly the files its README lists, the README among them", () => {
    for (const catalog of [...BUILTIN_CATALOGS, hostileCatalog()]) {
      const entries = unzipSync(buildSdkZip(catalog));
      const names = Object.keys(entries);
      const readme = entries["README.md"];
      expect(readme).toBeDefined();
      expect(readmeFileList(strFromU8(readme ?? new Uint8Array()))).toEqual(names);
      expect(names).toEqual([...SNIPPET_FILENAMES]);
      for (const generated of generateAllSnippets(catalog)) expect(strFromU8(entries[generated.filename] ?? new Uint8Array())).toBe(generated.contents);
    }
  });

  it("marks the shell script executable", () => {
    const zip = Buffer.from(buildSdkZip(builtin("dana")));
    // central directory entries: signature 0x02014b50, external attributes at offset 38, name at 46
    const modes: Record<string, number> = {};
    for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      const nameLength = zip.readUInt16LE(at + 28);
      const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
      modes[name] = (zip.readUInt32LE(at + 38) >>> 16) & 0o777;
    }
    expect(modes["wallet-client.sh"]).toBe(0o755);
    expect(modes["getauthcode.ts"]).toBe(0o644);
  });

  it("the README escapes catalog text", () => {
    const readme = file(hostileCatalog(), "README.md");
    expect(readme).toContain("# my.getAuthCode SDK: Hostile \\*/ \\`name\\`");
    expect(readme).not.toContain("<script>");
  });
});

describe("hostile catalogs", () => {
  it("the hostile fixture is a valid catalog", () => {
    expect(catalogSchema.safeParse(hostileCatalog()).success).toBe(true);
  });

  it("importing the generated JavaScript runs no catalog text", async () => {
    const target = path.join(tmp, "hostile-getauthcode.mjs");
    fs.writeFileSync(target, file(hostileCatalog(), "getauthcode.js"));
    const generated = (await import(/* @vite-ignore */ pathToFileURL(target).href)) as { SCOPES: Array<{ name: string }>; SCOPE_ERROR_VALUES: Array<{ value: string }> };
    expect((globalThis as { __snippetPwned?: unknown }).__snippetPwned).toBeUndefined();
    expect(generated.SCOPES.map((scope) => scope.name)).toEqual(hostileCatalog().scopes.map((scope) => scope.name));
    expect(Object.getPrototypeOf(generated.SCOPE_ERROR_VALUES[0])).toBe(Object.prototype);
  });
});

describe("the promise wrapper sorts every payload the simulator produces", () => {
  type Wrapper = {
    getAuthCode: (request: { scopes?: unknown }) => Promise<Record<string, unknown>>;
    isJsapiErrorCode: (code: number) => boolean;
  };

  async function load(name: string, source: string): Promise<Wrapper> {
    const target = path.join(tmp, `${name}.mjs`);
    fs.writeFileSync(target, source);
    return (await import(/* @vite-ignore */ pathToFileURL(target).href)) as Wrapper;
  }

  const catalogs = [...BUILTIN_CATALOGS, hostileCatalog()];
  it.each(catalogs.map((catalog) => [catalog.slug, catalog] as const))("%s: success, denied, error and undocumented-error, in TS and JS", async (slug, catalog) => {
    const tsSource = ts.transpileModule(file(catalog, "getauthcode.ts"), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 } }).outputText;
    const wrappers = [await load(`${slug}-ts`, tsSource), await load(`${slug}-js`, file(catalog, "getauthcode.js"))];
    const holder = globalThis as { my?: unknown };
    try {
      for (const wrapper of wrappers) {
        delete holder.my;
        await expect(wrapper.getAuthCode({ scopes: ["x"] })).rejects.toThrow("my.getAuthCode is not available");
        for (const sample of flowSamples(catalog)) {
          const { callback, payload } = sample.result;
          holder.my = {
            getAuthCode(options: { scopes?: unknown; success: (p: unknown) => void; fail: (p: unknown) => void }) {
              expect(options.scopes).toEqual(sample.scopes);
              if (callback === "success") options.success(structuredClone(payload));
              else options.fail(structuredClone(payload));
            },
          };
          const result = await wrapper.getAuthCode(sample.scopes === undefined ? {} : { scopes: sample.scopes });
          const expected =
            callback === "success"
              ? "success"
              : payload.error === undefined
                ? "denied"
                : wrapper.isJsapiErrorCode(payload.error)
                  ? "error"
                  : "undocumented-error";
          expect(result.status, `${slug} ${sample.label}`).toBe(expected);
          if (expected === "success" || expected === "denied") expect(result).toEqual({ ...payload, status: expected });
          if (expected === "error") expect(result).toMatchObject({ error: payload.error, errorMessage: payload.errorMessage, info: expect.any(Object) });
        }
      }
    } finally {
      delete holder.my;
    }
  });
});

describe("scale", () => {
  it("generates every file for a 5,000-scope catalog", () => {
    const files = generateAllSnippets(largeCatalog(5000));
    const ts = files.find((f) => f.filename === "getauthcode.ts")?.contents ?? "";
    expect(ts.match(/^ {2}\| "/gm)?.length).toBe(5500);
  });
});
