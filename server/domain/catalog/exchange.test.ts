import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { catalogFileJsonSchema, MAX_IMPORT_BYTES, parseCatalogFile, parseCatalogText } from "./exchange";
import { makeCatalog, makeScope } from "./fixtures";
import { toCatalogFile } from "./schema";

const encode = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

describe("parseCatalogFile", () => {
  it("accepts an exported file", () => {
    const file = toCatalogFile(makeCatalog("a"), "http://localhost:3000");
    const result = parseCatalogFile(encode(file));
    expect(result).toEqual({ ok: true, file });
  });

  it.each([
    ["empty", new Uint8Array(0), /empty/],
    ["too large", new Uint8Array(MAX_IMPORT_BYTES + 1), /at most 1 MB/],
    ["5 MB of junk", randomBytes(5 * 1024 * 1024), /at most 1 MB/],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/],
    ["not JSON", encode("{ nope"), /not valid JSON/],
    ["a JSON array", encode("[]"), /JSON object/],
    ["no formatVersion", encode({ catalog: {} }), /no formatVersion/],
    ["deep nesting", encode(`${"[".repeat(100_000)}${"]".repeat(100_000)}`), /nested more than/],
  ])("refuses %s with a reason", (_label, bytes, reason) => {
    const result = parseCatalogFile(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(reason);
  });

  it("names the path and the problem of an invalid document", () => {
    const catalog = makeCatalog("a", { scopes: [makeScope("USER_NAME"), makeScope("USER NAME"), makeScope("USER_NAME")] });
    const result = parseCatalogText(JSON.stringify(toCatalogFile(catalog)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ path: "catalog.scopes[1].name", message: "A scope name cannot contain spaces or line breaks" });
    expect(result.issues).toContainEqual({
      path: "catalog.scopes[2].name",
      message: 'Duplicate scope name "USER_NAME" (also scope #1)',
    });
    expect(result.message).toMatch(/^catalog\.scopes\[1\]\.name: A scope name cannot contain spaces or line breaks \(and 1 more\)$/);
  });

  it("refuses a wrong format version and unknown keys", () => {
    const file = { ...toCatalogFile(makeCatalog("a")), formatVersion: 2 };
    const wrongVersion = parseCatalogText(JSON.stringify(file));
    expect(wrongVersion.ok).toBe(false);
    if (!wrongVersion.ok) expect(wrongVersion.issues[0]?.path).toBe("formatVersion");
    const extra = parseCatalogText(JSON.stringify({ ...toCatalogFile(makeCatalog("a")), extra: true }));
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.message).toMatch(/extra/);
  });

  it("keeps a scope named like markup as plain data", () => {
    const name = "<script>alert(1)</script>";
    const result = parseCatalogText(JSON.stringify(toCatalogFile(makeCatalog("a", { scopes: [makeScope(name)] }))));
    expect(result.ok && result.file.catalog.scopes[0]?.name).toBe(name);
  });
});

describe("catalogFileJsonSchema", () => {
  it("is generated from the zod schema", () => {
    const schema = catalogFileJsonSchema("http://localhost/api/catalogs/schema.json");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("http://localhost/api/catalogs/schema.json");
    expect(JSON.stringify(schema)).toContain("authErrorScopes");
    expect(schema.required).toEqual(expect.arrayContaining(["formatVersion", "catalog"]));
  });
});
