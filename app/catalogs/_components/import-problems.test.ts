import { describe, expect, it } from "vitest";
import { groupImportProblems } from "./import-problems";

const file = {
  formatVersion: 2,
  catalog: {
    slug: "Not A Slug",
    scopes: [{ name: "has space" }, { name: "USER_ID" }, { name: "auth_user" }],
    errorCodes: [{ code: 10 }, { code: 11 }],
  },
};

describe("groupImportProblems", () => {
  it("groups problems by place in the editor's order, scopes by position, each naming its field", () => {
    const groups = groupImportProblems(
      [
        { path: "catalog.serverApi.authCodeTtlSeconds", message: "At most 86,400" },
        { path: "catalog.scopes[2].provenance.source", message: "Enter an http:// or https:// address without spaces" },
        { path: "catalog.scopes[0].name", message: "A scope name cannot contain spaces or line breaks" },
        { path: "catalog.slug", message: "Use only a-z, 0-9 and hyphens" },
        { path: "formatVersion", message: "Must be 1, the catalog file format this studio reads" },
        { path: "catalog.errorCodes[1].message", message: "At most 500 characters (this has 501)" },
        { path: "catalog.scopes[0].aliases[1]", message: "A scope name cannot contain spaces or line breaks" },
        { path: "catalog.jsapi.resultFields[0].name", message: 'Duplicate result field "authCode"' },
        { path: "catalog.scopes", message: "At most 5,000 scopes per catalog (this has 5,001)" },
        { path: "catalog", message: 'Unknown field "extra": remove it or check the spelling' },
      ],
      file,
    );
    expect(groups.map((group) => [group.title, group.problems.map((problem) => problem.field)])).toEqual([
      ["File", ["formatVersion"]],
      ["General", ["Slug", "Catalog"]],
      ["Scopes", [""]],
      ["Scope 1 (has space)", ["Scope name", "Aliases › #2"]],
      ["Scope 3 (auth_user)", ["Scope entry › Source URL"]],
      ["Error codes", ["Error code 2 (11) › Error message"]],
      ["JSAPI profile", ["Result field 1 › Field"]],
      ["Server API profile", ["authCode lifetime (seconds)"]],
    ]);
    expect(groups[3]?.problems[0]).toEqual({ field: "Scope name", message: "A scope name cannot contain spaces or line breaks", path: "catalog.scopes[0].name" });
  });

  it("copes with a file that holds no catalog at all", () => {
    const groups = groupImportProblems(
      [
        { path: "(document)", message: "Expected an object, not a list" },
        { path: "catalog.scopes[4]", message: "Expected an object, not text" },
      ],
      [1, 2],
    );
    expect(groups).toEqual([
      { id: "file", title: "File", problems: [{ field: "The file as a whole", message: "Expected an object, not a list", path: "(document)" }] },
      { id: "scope-4", title: "Scope 5", problems: [{ field: "", message: "Expected an object, not text", path: "catalog.scopes[4]" }] },
    ]);
  });
});
