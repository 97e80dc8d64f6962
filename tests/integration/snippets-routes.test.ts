/**
 * The snippet and SDK routes over the app database: stable URLs, content types, inline vs download,
 * the documented error shape for unknown catalog / file / scope, narrowing, and edits showing up at
 * once (snippets are generated at request time).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as SnippetRoute from "@/app/api/catalogs/[slug]/snippets/[file]/route";
import type * as ZipRoute from "@/app/api/catalogs/[slug]/sdk.zip/route";

// The route handlers open the app database through getDb(); point it at a temporary file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-snippet-routes-"));
process.env.DATABASE_URL = path.join(dir, "routes.db");

let snippetRoute: typeof SnippetRoute;
let zipRoute: typeof ZipRoute;

beforeAll(async () => {
  snippetRoute = await import("@/app/api/catalogs/[slug]/snippets/[file]/route");
  zipRoute = await import("@/app/api/catalogs/[slug]/sdk.zip/route");
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const BASE = "http://localhost:3000";

function getSnippet(slug: string, file: string, query = "") {
  return snippetRoute.GET(new Request(`${BASE}/api/catalogs/${slug}/snippets/${file}${query}`), { params: Promise.resolve({ slug, file }) });
}

function getZip(slug: string, query = "") {
  return zipRoute.GET(new Request(`${BASE}/api/catalogs/${slug}/sdk.zip${query}`), { params: Promise.resolve({ slug }) });
}

describe("GET /api/catalogs/<slug>/snippets/<file>", () => {
  it.each([
    ["getauthcode.ts", "text/typescript; charset=utf-8"],
    ["getauthcode.js", "text/javascript; charset=utf-8"],
    ["wallet-client.ts", "text/typescript; charset=utf-8"],
    ["wallet-client.sh", "text/x-shellscript; charset=utf-8"],
    ["wallet_client.py", "text/x-python; charset=utf-8"],
    ["WalletClient.java", "text/x-java-source; charset=utf-8"],
    ["README.md", "text/markdown; charset=utf-8"],
  ])("serves %s inline as %s", async (file, contentType) => {
    const response = await getSnippet("dana", file);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="${file}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(await response.text()).toContain("DANA (Indonesia)");
  });

  it("?download=1 makes it an attachment; the same request twice gives the same bytes", async () => {
    const response = await getSnippet("touch-n-go", "wallet_client.py", "?download=1");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="wallet_client.py"');
    expect(await response.text()).toBe(await (await getSnippet("touch-n-go", "wallet_client.py")).text());
  });

  it("narrows the mini-program typings with ?scopes=A,B", async () => {
    const text = await (await getSnippet("dana", "getauthcode.ts", "?scopes=USER_LOGIN_ID,KYC_INFO")).text();
    const union = text.slice(text.indexOf("export type Scope ="), text.indexOf(";", text.indexOf("export type Scope =")));
    expect(union).toBe('export type Scope =\n  | "USER_LOGIN_ID"\n  | "KYC_INFO"');
  });

  it("unknown file: 404 listing the valid files", async () => {
    const response = await getSnippet("dana", "client.go");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: "NOT_FOUND",
        message: 'There is no snippet file "client.go". The files are: getauthcode.ts, getauthcode.js, my-shim.ts, wallet-client.ts, wallet-client.sh, wallet_client.py, WalletClient.java, README.md.',
        issues: [{ path: "file", message: "valid files: getauthcode.ts, getauthcode.js, my-shim.ts, wallet-client.ts, wallet-client.sh, wallet_client.py, WalletClient.java, README.md" }],
      },
    });
  });

  it("unknown catalog: 404; malformed slug: 400", async () => {
    const missing = await getSnippet("nowhere", "getauthcode.ts");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.stringContaining("nowhere"), issues: [] } });
    expect((await getSnippet("../etc", "getauthcode.ts")).status).toBe(400);
  });

  it("unknown scope: 400 naming it", async () => {
    const response = await getSnippet("dana", "getauthcode.ts", "?scopes=USER_LOGIN_ID,auth_base");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "BAD_REQUEST",
        message: 'Unknown scope "auth_base" for DANA (Indonesia): narrow only to scopes of this catalog.',
        issues: [{ path: "scopes", message: '"auth_base" is not a scope of dana' }],
      },
    });
  });

  it("a catalog edit shows up in the next response", async () => {
    const { getDb } = await import("@/server/database");
    const { getCatalogRecord, updateCatalog } = await import("@/server/services/catalog-store");
    const db = getDb();
    const record = getCatalogRecord(db, "vodapay", "local");
    const before = await (await getSnippet("vodapay", "getauthcode.ts")).text();
    expect(before).not.toContain("USER_FRESHLY_ADDED");
    const template = record.document.scopes[0];
    if (!template) throw new Error("vodapay has no scopes");
    updateCatalog(db, { workspaceId: "local",
      slug: "vodapay",
      expectedVersion: record.version,
      catalog: { ...record.document, scopes: [...record.document.scopes, { ...template, name: "USER_FRESHLY_ADDED", aliases: [] }] },
      author: "test",
      now: Date.now(),
    });
    const after = await getSnippet("vodapay", "getauthcode.ts");
    expect(after.headers.get("x-catalog-version")).toBe(String(record.version + 1));
    expect(await after.text()).toContain('| "USER_FRESHLY_ADDED"');
  });
});

describe("GET /api/catalogs/<slug>/sdk.zip", () => {
  it("is a zip of exactly the files its README lists", async () => {
    const response = await getZip("gcash");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="gcash-sdk.zip"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    const entries = unzipSync(bytes);
    const readme = strFromU8(entries["README.md"] ?? new Uint8Array());
    const section = readme.slice(readme.indexOf("## Files\n")).split(/\n## /)[0] ?? "";
    expect(Array.from(section.matchAll(/^- `([^`]+)`/gm), (match) => match[1])).toEqual(Object.keys(entries));
  });

  it("takes ?scopes= too, and answers unknown catalog 404 and unknown scope 400", async () => {
    const narrowed = await getZip("gcash", "?scopes=auth_user");
    expect(narrowed.headers.get("content-disposition")).toBe('attachment; filename="gcash-sdk-narrowed.zip"');
    const ts = strFromU8(unzipSync(new Uint8Array(await narrowed.arrayBuffer()))["getauthcode.ts"] ?? new Uint8Array());
    expect(ts).toContain('export type Scope =\n  | "auth_user";');
    expect((await getZip("nowhere")).status).toBe(404);
    const bad = await getZip("gcash", "?scopes=NOPE");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "BAD_REQUEST", message: expect.stringContaining('"NOPE"') } });
  });
});
