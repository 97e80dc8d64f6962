/**
 * The problems of a refused catalog file, grouped by where they are (the file's envelope, General,
 * each scope, error codes, JSAPI, server API), each naming its field in the editor's words.
 * Pure functions, no React.
 */
import type { Issue } from "@/server/domain/errors";
import { describePath, parsePath, type NamedParts, type PathSegment } from "../_editor/validation";

export type ImportProblem = {
  /** The field inside its group ("Scope name", "Scope entry › Source URL"), or "" for the group's own. */
  field: string;
  message: string;
  /** The path as the server wrote it (`catalog.scopes[2].name`), to find it in the file. */
  path: string;
};

export type ImportProblemGroup = { id: string; title: string; problems: ImportProblem[] };

/** Groups in the order of the editor, scopes by position; anything else last. */
const ORDER = ["file", "general", "scopes", "scope", "error-codes", "jsapi", "server-api"] as const;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Scope names and error-code numbers of whatever the file held, to name the places. */
export function namedPartsOf(file: unknown): NamedParts {
  const catalog = record(record(file)?.catalog);
  const list = (value: unknown) => (Array.isArray(value) ? value.map((item) => record(item) ?? undefined) : []);
  return { scopes: list(catalog?.scopes), errorCodes: list(catalog?.errorCodes) };
}

function placeOf(path: readonly PathSegment[], envelope: boolean): { id: string; kind: (typeof ORDER)[number]; index: number; depth: number } {
  if (envelope) return { id: "file", kind: "file", index: 0, depth: 0 };
  const [first, second] = path;
  if (first === "scopes" && typeof second === "number") return { id: `scope-${second}`, kind: "scope", index: second, depth: 2 };
  if (first === "scopes") return { id: "scopes", kind: "scopes", index: 0, depth: 1 };
  if (first === "errorCodes") return { id: "error-codes", kind: "error-codes", index: 0, depth: 0 };
  if (first === "jsapi") return { id: "jsapi", kind: "jsapi", index: 0, depth: 1 };
  if (first === "serverApi") return { id: "server-api", kind: "server-api", index: 0, depth: 1 };
  return { id: "general", kind: "general", index: 0, depth: 0 };
}

const TITLES: Record<Exclude<(typeof ORDER)[number], "scope">, string> = {
  file: "File",
  general: "General",
  scopes: "Scopes",
  "error-codes": "Error codes",
  jsapi: "JSAPI profile",
  "server-api": "Server API profile",
};

/** The field's name with the group's part of it taken off (`Scope 3 (X) › Scope name` → `Scope name`). */
function fieldWithin(full: string, path: readonly PathSegment[], depth: number, parts: NamedParts): string {
  if (depth === 0) return full;
  const prefix = describePath(path.slice(0, depth), parts);
  return full === prefix ? "" : full.startsWith(`${prefix} › `) ? full.slice(prefix.length + 3) : full;
}

export function groupImportProblems(issues: readonly Issue[], file: unknown): ImportProblemGroup[] {
  const parts = namedPartsOf(file);
  const groups = new Map<string, ImportProblemGroup & { kind: (typeof ORDER)[number]; index: number }>();
  for (const issue of issues) {
    const segments = issue.path === "(document)" ? [] : parsePath(issue.path);
    const envelope = segments[0] !== "catalog";
    const path = envelope ? segments : segments.slice(1);
    const place = placeOf(path, envelope);
    const full = envelope ? (path.length === 0 ? "The file as a whole" : path.map(String).join(" › ")) : describePath(path, parts);
    let group = groups.get(place.id);
    if (!group) {
      const title = place.kind === "scope" ? describePath(path.slice(0, 2), parts) : TITLES[place.kind];
      group = { id: place.id, title, problems: [], kind: place.kind, index: place.index };
      groups.set(place.id, group);
    }
    group.problems.push({ field: envelope ? full : fieldWithin(full, path, place.depth, parts), message: issue.message, path: issue.path });
  }
  return [...groups.values()]
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.index - b.index)
    .map(({ id, title, problems }) => ({ id, title, problems }));
}
