import type { Catalog } from "./schema";

/**
 * One difference between two catalog documents. Paths name list items by their key,
 * not their index, so a change reads the way a person thinks of it:
 * `scopes[USER_NAME].silent`, `errorCodes[1001].message`.
 */
export type CatalogChange =
  | { op: "added"; path: string; after: unknown }
  | { op: "removed"; path: string; before: unknown }
  | { op: "changed"; path: string; before: unknown; after: unknown }
  | { op: "reordered"; path: string; before: string[]; after: string[] };

/** Lists whose items have an identity: compared item by item, with moves reported once. */
const KEYED_LISTS: Record<string, string> = {
  scopes: "name",
  errorCodes: "code",
  sources: "url",
  "jsapi.resultFields": "name",
  "jsapi.scopeErrorValues": "value",
};

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
    return keysA.length === keysB.length && keysA.every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

/** Strip list indexes and item keys so a path can be looked up in KEYED_LISTS. */
function listPattern(path: string): string {
  return path.replace(/\[[^\]]*\]/g, "");
}

function keyOf(item: unknown, key: string): string | null {
  if (!isPlainObject(item)) return null;
  const value = item[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

function diffList(path: string, before: unknown[], after: unknown[], key: string, out: CatalogChange[]) {
  const beforeKeys = before.map((item) => keyOf(item, key));
  const afterKeys = after.map((item) => keyOf(item, key));
  const unique = (keys: (string | null)[]) => keys.every((k) => k !== null) && new Set(keys).size === keys.length;
  if (!unique(beforeKeys) || !unique(afterKeys)) {
    out.push({ op: "changed", path, before, after });
    return;
  }
  const beforeMap = new Map(before.map((item, index) => [String(beforeKeys[index]), item]));
  const afterMap = new Map(after.map((item, index) => [String(afterKeys[index]), item]));
  for (const [k, item] of beforeMap) {
    if (!afterMap.has(k)) out.push({ op: "removed", path: `${path}[${k}]`, before: item });
  }
  for (const [k, item] of afterMap) {
    const previous = beforeMap.get(k);
    if (previous === undefined) out.push({ op: "added", path: `${path}[${k}]`, after: item });
    else diffValue(`${path}[${k}]`, previous, item, out);
  }
  const keptBefore = beforeKeys.map(String).filter((k) => afterMap.has(k));
  const keptAfter = afterKeys.map(String).filter((k) => beforeMap.has(k));
  if (!deepEqual(keptBefore, keptAfter)) {
    out.push({ op: "reordered", path, before: keptBefore, after: keptAfter });
  }
}

function diffValue(path: string, before: unknown, after: unknown, out: CatalogChange[]) {
  if (deepEqual(before, after)) return;
  if (before === undefined) {
    out.push({ op: "added", path, after });
    return;
  }
  if (after === undefined) {
    out.push({ op: "removed", path, before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = KEYED_LISTS[listPattern(path)];
    if (key) diffList(path, before, after, key, out);
    else out.push({ op: "changed", path, before, after });
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) diffValue(path ? `${path}.${key}` : key, before[key], after[key], out);
    return;
  }
  out.push({ op: "changed", path, before, after });
}

/** Every difference between two documents, in document order. */
export function diffCatalogs(before: Catalog, after: Catalog): CatalogChange[] {
  const out: CatalogChange[] = [];
  diffValue("", before, after, out);
  return out;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** A one-line summary of a change list, e.g. "Added scope USER_NAME; edited 2 scopes; changed name". */
export function summarizeChanges(changes: CatalogChange[]): string {
  if (changes.length === 0) return "No changes";
  const parts: string[] = [];
  const section = (prefix: string) => changes.filter((c) => c.path === prefix || c.path.startsWith(`${prefix}[`));
  const describeList = (prefix: string, noun: string) => {
    const items = section(prefix);
    if (items.length === 0) return;
    const added = items.filter((c) => c.op === "added" && /^[^.]*\[[^\]]*\]$/.test(c.path));
    const removed = items.filter((c) => c.op === "removed" && /^[^.]*\[[^\]]*\]$/.test(c.path));
    const itemName = (c: CatalogChange) => c.path.slice(prefix.length + 1, c.path.indexOf("]", prefix.length));
    const edited = new Set(
      items
        .filter((c) => c.op !== "reordered" && !added.includes(c) && !removed.includes(c))
        .map((c) => itemName(c)),
    );
    if (added.length === 1 && added[0]) parts.push(`added ${noun} ${itemName(added[0])}`);
    else if (added.length > 1) parts.push(`added ${plural(added.length, noun)}`);
    if (removed.length === 1 && removed[0]) parts.push(`removed ${noun} ${itemName(removed[0])}`);
    else if (removed.length > 1) parts.push(`removed ${plural(removed.length, noun)}`);
    if (edited.size === 1) parts.push(`edited ${noun} ${[...edited][0]}`);
    else if (edited.size > 1) parts.push(`edited ${plural(edited.size, noun)}`);
    if (items.some((c) => c.op === "reordered")) parts.push(`reordered ${noun}s`);
  };
  describeList("scopes", "scope");
  describeList("errorCodes", "error code");
  const rest = changes.filter((c) => !c.path.startsWith("scopes") && !c.path.startsWith("errorCodes"));
  const topLevel = [...new Set(rest.map((c) => c.path.split(/[.[]/)[0] ?? c.path))];
  if (topLevel.length > 0) parts.push(`changed ${topLevel.join(", ")}`);
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
