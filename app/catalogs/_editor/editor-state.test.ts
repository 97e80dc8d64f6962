import { describe, expect, it } from "vitest";
import type { Catalog } from "@/server/domain/catalog/schema";
import { editorReducer, initEditorState, move } from "./editor-state";
import { blankCatalog, blankScope } from "./templates";

function catalogWith(...names: string[]): Catalog {
  return { ...blankCatalog(), scopes: names.map((name) => ({ ...blankScope(), name })) };
}

describe("editorReducer", () => {
  it("adds an expanded empty scope at the end with a fresh id", () => {
    const state = editorReducer(initEditorState(catalogWith("a")), { type: "addScope" });
    expect(state.catalog.scopes.map((s) => s.name)).toEqual(["a", ""]);
    expect(new Set(state.scopeIds).size).toBe(2);
    expect(state.expanded.has(state.scopeIds[1] ?? "")).toBe(true);
  });

  it("moves scopes together with their ids and leaves the original untouched", () => {
    const start = initEditorState(catalogWith("a", "b", "c"));
    const moved = editorReducer(start, { type: "moveScope", from: 2, to: 0 });
    expect(moved.catalog.scopes.map((s) => s.name)).toEqual(["c", "a", "b"]);
    expect(moved.scopeIds).toEqual([start.scopeIds[2], start.scopeIds[0], start.scopeIds[1]]);
    expect(start.catalog.scopes.map((s) => s.name)).toEqual(["a", "b", "c"]);
    expect(editorReducer(start, { type: "moveScope", from: 0, to: -1 })).toBe(start);
    expect(editorReducer(start, { type: "moveScope", from: 2, to: 3 })).toBe(start);
  });

  it("removes a scope and puts it back where it was", () => {
    const start = initEditorState(catalogWith("a", "b", "c"));
    const removed = editorReducer(start, { type: "removeScope", index: 1 });
    expect(removed.catalog.scopes.map((s) => s.name)).toEqual(["a", "c"]);
    const scope = start.catalog.scopes[1];
    const id = start.scopeIds[1];
    if (!scope || id === undefined) throw new Error("fixture");
    const restored = editorReducer(removed, { type: "insertScope", index: 1, scope, id });
    expect(restored.catalog.scopes).toEqual(start.catalog.scopes);
    expect(restored.scopeIds).toEqual(start.scopeIds);
  });

  it("updates one scope immutably and follows a renamed default scope", () => {
    const base = catalogWith("a", "b");
    const start = initEditorState({ ...base, jsapi: { ...base.jsapi, scopesRequired: false, defaultScope: "b" } });
    const next = editorReducer(start, { type: "updateScope", index: 1, patch: { name: "bb", silent: true } });
    expect(next.catalog.scopes[1]).toMatchObject({ name: "bb", silent: true });
    expect(next.catalog.scopes[0]).toBe(start.catalog.scopes[0]);
    expect(next.catalog.jsapi.defaultScope).toBe("bb");
    expect(start.catalog.scopes[1]?.name).toBe("b");
  });

  it("expands and collapses rows and replaces the document with fresh ids", () => {
    const start = initEditorState(catalogWith("a", "b"));
    const id = start.scopeIds[0] ?? "";
    const expanded = editorReducer(start, { type: "setExpanded", id, expanded: true });
    expect(expanded.expanded.has(id)).toBe(true);
    expect(editorReducer(expanded, { type: "setExpanded", id, expanded: true })).toBe(expanded);
    expect(editorReducer(start, { type: "expandAll" }).expanded.size).toBe(2);
    const replaced = editorReducer(expanded, { type: "replace", catalog: catalogWith("x") });
    expect(replaced.expanded.size).toBe(0);
    expect(replaced.scopeIds).toHaveLength(1);
    expect(start.scopeIds).not.toContain(replaced.scopeIds[0]);
  });

  it("move() is a pure reorder", () => {
    expect(move([1, 2, 3, 4], 0, 3)).toEqual([2, 3, 4, 1]);
    expect(move([1, 2, 3, 4], 3, 1)).toEqual([1, 4, 2, 3]);
  });
});
