import { describe, expect, it } from "vitest";
import { diffCatalogs, summarizeChanges } from "./diff";
import { makeCatalog, makeScope } from "./fixtures";

describe("diffCatalogs", () => {
  it("reports nothing for equal documents", () => {
    expect(diffCatalogs(makeCatalog("a"), makeCatalog("a"))).toEqual([]);
    expect(summarizeChanges([])).toBe("No changes");
  });

  it("names scopes by key, not index", () => {
    const before = makeCatalog("a");
    const after = makeCatalog("a", {
      scopes: [makeScope("USER_NAME", { userInfoFields: ["userName"], silent: true }), makeScope("USER_AVATAR")],
    });
    const changes = diffCatalogs(before, after);
    expect(changes).toContainEqual({ op: "removed", path: "scopes[auth_base]", before: before.scopes[0] });
    expect(changes).toContainEqual({ op: "added", path: "scopes[USER_AVATAR]", after: after.scopes[1] });
    expect(changes).toContainEqual({ op: "changed", path: "scopes[USER_NAME].silent", before: false, after: true });
    expect(summarizeChanges(changes)).toBe("Added scope USER_AVATAR; removed scope auth_base; edited scope USER_NAME");
  });

  it("reports a reorder once", () => {
    const before = makeCatalog("a");
    const after = makeCatalog("a", { scopes: [...before.scopes].reverse() });
    const changes = diffCatalogs(before, after);
    expect(changes).toEqual([{ op: "reordered", path: "scopes", before: ["auth_base", "USER_NAME"], after: ["USER_NAME", "auth_base"] }]);
    expect(summarizeChanges(changes)).toBe("Reordered scopes");
  });

  it("describes nested profile and error-code changes", () => {
    const before = makeCatalog("a");
    const after = makeCatalog("a", {
      name: "Renamed",
      serverApi: { ...before.serverApi, version: "v1" },
      errorCodes: [{ ...before.errorCodes[0], code: 11, name: "USER_CANCEL", message: "Cancelled by user", meaning: "user-cancel", advice: "", simulates: ["cancel"], provenance: before.serverApi.provenance }],
    });
    const changes = diffCatalogs(before, after);
    expect(changes).toContainEqual({ op: "changed", path: "name", before: "Catalog a", after: "Renamed" });
    expect(changes).toContainEqual({ op: "changed", path: "serverApi.version", before: "v2", after: "v1" });
    expect(changes).toContainEqual({ op: "changed", path: "errorCodes[11].message", before: "User cancelled", after: "Cancelled by user" });
    expect(summarizeChanges(changes)).toBe("Edited error code 11; changed name, serverApi");
  });
});
