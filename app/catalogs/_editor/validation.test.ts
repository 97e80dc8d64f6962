import { describe, expect, it } from "vitest";
import type { Catalog } from "@/server/domain/catalog/schema";
import { blankCatalog, blankScope } from "./templates";
import {
  buildErrorMap,
  describePath,
  errorsWithin,
  focusCandidates,
  fromServerPath,
  issuesFromServer,
  listItemErrors,
  normalizeCatalog,
  parsePath,
  sameErrorMap,
  scopeErrorMaps,
  scopeIndexOf,
  sectionOf,
  serverIssueStillApplies,
  toKey,
  valueAt,
  type FieldIssue,
} from "./validation";
import { validateCatalog } from "./checks";

function validCatalog(): Catalog {
  const catalog = blankCatalog();
  return {
    ...catalog,
    slug: "test-wallet",
    name: "Test wallet",
    wallet: "Test",
    region: "Nowhere",
    scopes: [
      { ...blankScope(), name: "auth_base", userInfoFields: ["userId"] },
      { ...blankScope(), name: "auth_user", userInfoFields: ["userId", "userName.fullName"] },
    ],
  };
}

function issuesOf(catalog: Catalog): FieldIssue[] {
  const result = validateCatalog(catalog);
  return result.ok ? [] : result.issues;
}

describe("paths and keys", () => {
  it("writes keys the way the server writes paths", () => {
    expect(toKey(["scopes", 2, "name"])).toBe("scopes[2].name");
    expect(toKey(["serverApi", "pathPrefixes", 0])).toBe("serverApi.pathPrefixes[0]");
    expect(toKey(["jsapi", "examples", "request"])).toBe("jsapi.examples.request");
    expect(toKey([])).toBe("");
  });

  it("parses keys and server paths back into segments", () => {
    expect(parsePath("catalog.scopes[2].name")).toEqual(["catalog", "scopes", 2, "name"]);
    expect(parsePath("scopes[12].aliases[3]")).toEqual(["scopes", 12, "aliases", 3]);
    expect(parsePath("jsapi.resultFields[0].provenance.source")).toEqual(["jsapi", "resultFields", 0, "provenance", "source"]);
  });

  it("strips the catalog envelope from server paths and keeps the others", () => {
    expect(fromServerPath("catalog.scopes[2].name")).toEqual(["scopes", 2, "name"]);
    expect(fromServerPath("slug")).toEqual(["slug"]);
    expect(fromServerPath("author")).toEqual(["author"]);
    expect(fromServerPath("(document)")).toEqual([]);
    expect(issuesFromServer([{ path: "catalog.scopes[2].name", message: "duplicate" }])).toEqual([
      { key: "scopes[2].name", path: ["scopes", 2, "name"], message: "duplicate", origin: "server" },
    ]);
  });

  it("reads values at a path", () => {
    const catalog = validCatalog();
    expect(valueAt(catalog, ["scopes", 1, "name"])).toBe("auth_user");
    expect(valueAt(catalog, ["scopes", 9, "name"])).toBeUndefined();
    expect(valueAt(catalog, ["serverApi", "pathPrefixes", 0])).toBe("");
  });

  it("lists focus candidates from the most specific key up", () => {
    expect(focusCandidates("scopes[2].aliases[1]")).toEqual(["scopes[2].aliases[1]", "scopes[2].aliases", "scopes[2]", "scopes"]);
    expect(focusCandidates("name")).toEqual(["name"]);
  });
});

describe("client validation with the catalog schema", () => {
  it("accepts a valid document and returns what to send", () => {
    const result = validateCatalog(validCatalog());
    expect(result.ok).toBe(true);
  });

  it("accepts the blank template once the general fields are filled in", () => {
    expect(validateCatalog({ ...blankCatalog(), slug: "x", name: "X", wallet: "X", region: "X" }).ok).toBe(true);
  });

  it("maps each scope-name rule to the scope's name input", () => {
    const catalog = validCatalog();
    catalog.scopes.push(
      { ...blankScope(), name: "" },
      { ...blankScope(), name: "has space" },
      { ...blankScope(), name: "x".repeat(65) },
      { ...blankScope(), name: "auth_user" },
      { ...blankScope(), name: "<script>alert(1)</script>" },
    );
    const errors = buildErrorMap(issuesOf(catalog));
    expect(errors["scopes[2].name"]).toBe("Required");
    expect(errors["scopes[3].name"]).toBe("A scope name cannot contain spaces or line breaks");
    expect(errors["scopes[4].name"]).toBe("At most 64 characters (this has 65)");
    expect(errors["scopes[5].name"]).toMatch(/^Duplicate scope name "auth_user"/);
    // The first auth_user is not the duplicate; markup-like names are allowed.
    expect(errors["scopes[1].name"]).toBeUndefined();
    expect(errors["scopes[6].name"]).toBeUndefined();
  });

  it("treats an empty optional text as not stated", () => {
    const catalog = validCatalog();
    const first = catalog.scopes[0];
    if (!first) throw new Error("fixture");
    catalog.scopes[0] = { ...first, errorValue: "  ", provenance: { fidelity: "assumed", source: "", note: " " } };
    catalog.countryCode = "";
    catalog.serverApi = { ...catalog.serverApi, customerBelongsTo: "" };
    const normalized = normalizeCatalog(catalog);
    expect(normalized.scopes[0]?.errorValue).toBeNull();
    expect(normalized.scopes[0]?.provenance).toEqual({ fidelity: "assumed" });
    expect(normalized.countryCode).toBeNull();
    expect(normalized.serverApi.customerBelongsTo).toBeNull();
    expect(validateCatalog(catalog).ok).toBe(true);
  });

  it("puts a documented fact without a source under its source input", () => {
    const catalog = validCatalog();
    catalog.jsapi = { ...catalog.jsapi, scopesProvenance: { fidelity: "documented" } };
    const errors = buildErrorMap(issuesOf(catalog));
    expect(Object.keys(errors)).toEqual(["jsapi.scopesProvenance.source"]);
  });

  it("reports an empty TTL box (NaN) at the TTL", () => {
    const catalog = validCatalog();
    catalog.serverApi = { ...catalog.serverApi, authCodeTtlSeconds: Number.NaN };
    expect(buildErrorMap(issuesOf(catalog))).toEqual({ "serverApi.authCodeTtlSeconds": "Enter a number" });
  });
});

describe("error maps", () => {
  const issues: FieldIssue[] = [
    { key: "name", path: ["name"], message: "name is required", origin: "client" },
    { key: "scopes[1].name", path: ["scopes", 1, "name"], message: "scope name is required", origin: "client" },
    { key: "scopes[1].aliases[0]", path: ["scopes", 1, "aliases", 0], message: "bad alias", origin: "client" },
    { key: "scopes[1].provenance.source", path: ["scopes", 1, "provenance", "source"], message: "needs source", origin: "client" },
    { key: "scopes[10].name", path: ["scopes", 10, "name"], message: "dup", origin: "client" },
    { key: "name", path: ["name"], message: "name is required", origin: "server" },
    { key: "name", path: ["name"], message: "already in use", origin: "server" },
  ];

  it("joins different messages at one key and drops repeats", () => {
    expect(buildErrorMap(issues).name).toBe("name is required; already in use");
  });

  it("finds problems within a part of the document without mixing up scope 1 and scope 10", () => {
    const map = buildErrorMap(issues);
    expect(errorsWithin(map, "scopes[1]")).toEqual(["scopes[1].name", "scopes[1].aliases[0]", "scopes[1].provenance.source"]);
    expect(errorsWithin(map, "scopes")).toHaveLength(4);
  });

  it("gives each scope row its own problems keyed inside the scope", () => {
    const rows = scopeErrorMaps(issues);
    expect(rows.get(1)).toEqual({ name: "scope name is required", "aliases[0]": "bad alias", "provenance.source": "needs source" });
    expect(rows.get(10)).toEqual({ name: "dup" });
    expect(rows.has(0)).toBe(false);
  });

  it("compares row maps by content", () => {
    expect(sameErrorMap({ a: "x" }, { a: "x" })).toBe(true);
    expect(sameErrorMap({ a: "x" }, { a: "y" })).toBe(false);
    expect(sameErrorMap(undefined, {})).toBe(true);
    expect(sameErrorMap(undefined, { a: "x" })).toBe(false);
  });

  it("names list items by their value", () => {
    const map = buildErrorMap([
      { key: "aliases[1]", path: ["aliases", 1], message: "scope name must not contain whitespace", origin: "client" },
    ]);
    expect(listItemErrors(map, "aliases", ["ok", "a b"])).toBe('"a b": scope name must not contain whitespace');
    expect(listItemErrors(map, "userInfoFields", ["userId"])).toBeUndefined();
  });
});

describe("server problems", () => {
  it("apply while the value is unchanged and go away once it is edited", () => {
    const sent = validCatalog();
    const [issue] = issuesFromServer([{ path: "catalog.scopes[1].name", message: "reserved" }]);
    if (!issue) throw new Error("fixture");
    expect(serverIssueStillApplies(issue, sent, structuredClone(sent))).toBe(true);
    const edited = structuredClone(sent);
    const scope = edited.scopes[1];
    if (!scope) throw new Error("fixture");
    edited.scopes[1] = { ...scope, name: "auth_user2" };
    expect(serverIssueStillApplies(issue, sent, edited)).toBe(false);
  });

  it("about the whole document or the author always apply", () => {
    const sent = validCatalog();
    const [whole, author] = issuesFromServer([
      { path: "(document)", message: "bad" },
      { path: "author", message: "set your display name before saving" },
    ]);
    if (!whole || !author) throw new Error("fixture");
    expect(serverIssueStillApplies(whole, sent, { ...sent, name: "other" })).toBe(true);
    expect(serverIssueStillApplies(author, sent, sent)).toBe(true);
  });
});

describe("describing where a problem is", () => {
  const catalog = validCatalog();

  it("uses the editor's labels and the scope's number and name", () => {
    expect(describePath(["scopes", 1, "name"], catalog)).toBe("Scope 2 (auth_user) › Scope name");
    expect(describePath(["scopes", 0, "provenance", "source"], catalog)).toBe("Scope 1 (auth_base) › Scope entry › Source URL");
    expect(describePath(["scopes", 0, "aliases", 2], catalog)).toBe("Scope 1 (auth_base) › Aliases › #3");
    expect(describePath(["name"], catalog)).toBe("Name");
    expect(describePath(["sources", 0, "url"], catalog)).toBe("Source 1 › URL");
    expect(describePath(["serverApi", "pathPrefixes", 1], catalog)).toBe("Server API profile › Path prefix 2");
    expect(describePath(["jsapi", "resultFields", 0, "name"], catalog)).toBe("JSAPI profile › Result field 1 › Field");
    expect(describePath(["errorCodes", 0, "name"], { ...catalog, errorCodes: [] })).toBe("Error code 1 › Error name");
    expect(describePath([], catalog)).toBe("Catalog");
  });

  it("knows which section and scope a path belongs to", () => {
    expect(sectionOf(["scopes", 3, "name"])).toBe("scopes");
    expect(sectionOf(["serverApi", "version"])).toBe("server-api");
    expect(sectionOf(["slug"])).toBe("general");
    expect(scopeIndexOf(["scopes", 3, "name"])).toBe(3);
    expect(scopeIndexOf(["scopes"])).toBeNull();
  });
});
