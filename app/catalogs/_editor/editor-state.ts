/**
 * The editor's state: the Catalog document being edited plus a stable id per scope row (scopes
 * have no id of their own; names may be empty or duplicated while editing) and which rows are
 * expanded. Every update is immutable.
 */
import type { Catalog, Scope } from "@/server/domain/catalog/schema";
import { blankScope } from "./templates";

export type EditorState = {
  catalog: Catalog;
  /** One id per scope, same order as `catalog.scopes`. */
  scopeIds: readonly string[];
  expanded: ReadonlySet<string>;
  nextId: number;
};

export type EditorAction =
  /** Replace the whole document (reload the latest version); rows start collapsed. */
  | { type: "replace"; catalog: Catalog }
  /** Any change that does not add, remove or reorder scopes. */
  | { type: "edit"; recipe: (catalog: Catalog) => Catalog }
  | { type: "updateScope"; index: number; patch: Partial<Scope> }
  | { type: "addScope" }
  | { type: "insertScope"; index: number; scope: Scope; id: string }
  | { type: "removeScope"; index: number }
  | { type: "moveScope"; from: number; to: number }
  | { type: "setExpanded"; id: string; expanded: boolean }
  | { type: "expandAll" }
  | { type: "collapseAll" };

export function initEditorState(catalog: Catalog): EditorState {
  return {
    catalog,
    scopeIds: catalog.scopes.map((_, index) => `s${index}`),
    expanded: new Set(),
    nextId: catalog.scopes.length,
  };
}

function withScopes(state: EditorState, scopes: Scope[], scopeIds: string[], extra: Partial<EditorState> = {}): EditorState {
  return { ...state, ...extra, catalog: { ...state.catalog, scopes }, scopeIds };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "replace":
      // Fresh ids, so no row keeps the expanded state or focus of a different scope.
      return {
        catalog: action.catalog,
        scopeIds: action.catalog.scopes.map((_, index) => `s${state.nextId + index}`),
        expanded: new Set(),
        nextId: state.nextId + action.catalog.scopes.length,
      };
    case "edit":
      return { ...state, catalog: action.recipe(state.catalog) };
    case "updateScope": {
      const current = state.catalog.scopes[action.index];
      if (!current) return state;
      const next = { ...current, ...action.patch };
      const scopes = state.catalog.scopes.map((scope, index) => (index === action.index ? next : scope));
      // Renaming the default scope renames the reference to it.
      const jsapi =
        action.patch.name !== undefined && state.catalog.jsapi.defaultScope !== null && state.catalog.jsapi.defaultScope === current.name
          ? { ...state.catalog.jsapi, defaultScope: action.patch.name }
          : state.catalog.jsapi;
      return { ...state, catalog: { ...state.catalog, scopes, jsapi } };
    }
    case "addScope": {
      const id = `s${state.nextId}`;
      const expanded = new Set(state.expanded);
      expanded.add(id);
      return withScopes(state, [...state.catalog.scopes, blankScope()], [...state.scopeIds, id], { nextId: state.nextId + 1, expanded });
    }
    case "insertScope": {
      const index = Math.max(0, Math.min(action.index, state.catalog.scopes.length));
      const scopes = [...state.catalog.scopes];
      scopes.splice(index, 0, action.scope);
      const ids = [...state.scopeIds];
      ids.splice(index, 0, action.id);
      return withScopes(state, scopes, ids);
    }
    case "removeScope": {
      if (action.index < 0 || action.index >= state.catalog.scopes.length) return state;
      const id = state.scopeIds[action.index];
      const expanded = new Set(state.expanded);
      if (id !== undefined) expanded.delete(id);
      return withScopes(
        state,
        state.catalog.scopes.filter((_, index) => index !== action.index),
        state.scopeIds.filter((_, index) => index !== action.index),
        { expanded },
      );
    }
    case "moveScope": {
      const { from, to } = action;
      const count = state.catalog.scopes.length;
      if (from === to || from < 0 || to < 0 || from >= count || to >= count) return state;
      return withScopes(state, move(state.catalog.scopes, from, to), move(state.scopeIds, from, to));
    }
    case "setExpanded": {
      if (state.expanded.has(action.id) === action.expanded) return state;
      const expanded = new Set(state.expanded);
      if (action.expanded) expanded.add(action.id);
      else expanded.delete(action.id);
      return { ...state, expanded };
    }
    case "expandAll":
      return { ...state, expanded: new Set(state.scopeIds) };
    case "collapseAll":
      return state.expanded.size === 0 ? state : { ...state, expanded: new Set() };
  }
}

export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  if (item === undefined) return [...items];
  out.splice(to, 0, item);
  return out;
}

/** Replace one item of a list (immutable). */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
