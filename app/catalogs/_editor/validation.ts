/**
 * Where validation problems go in the editor. Pure functions, no React.
 *
 * Every problem has a key: the path in the catalog document written the way the server writes it,
 * without the `catalog.` envelope (`scopes[2].name`, `serverApi.pathPrefixes[0]`, `author`). Inputs
 * carry the key of the value they edit in `data-field`, so a problem can be shown under its input
 * and the summary can focus it. The checks themselves (the zod schema the server uses) are in
 * `checks.ts`, which the editor loads when it opens.
 */
import type { Catalog, Provenance } from "@/server/domain/catalog/schema";

export type PathSegment = string | number;

export type FieldIssue = {
  key: string;
  path: PathSegment[];
  message: string;
  origin: "client" | "server";
};

/** Key of a path: `["scopes", 2, "name"]` → `scopes[2].name`; the empty path → "". */
export function toKey(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Segments of a key or server path: `catalog.scopes[2].name` → `["catalog", "scopes", 2, "name"]`. */
export function parsePath(text: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/g;
  for (const match of text.matchAll(pattern)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/**
 * A path from a tRPC error (`catalog.scopes[2].name`, `author`, or a domain error's `slug`) as a
 * path inside the catalog document (or `["author"]`). "(document)" is the whole document.
 */
export function fromServerPath(text: string): PathSegment[] {
  if (text === "(document)") return [];
  const segments = parsePath(text);
  return segments[0] === "catalog" ? segments.slice(1) : segments;
}

export function issuesFromServer(raw: ReadonlyArray<{ path: string; message: string }>): FieldIssue[] {
  return raw.map((issue) => {
    const path = fromServerPath(issue.path);
    return { key: toKey(path), path, message: issue.message, origin: "server" };
  });
}

const trimmedOrUndefined = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);

/** A provenance as sent: blank optional texts left out; readings only on a conflict (kept as typed, so the check names an empty one). */
export function normalizeProvenance(value: Provenance): Provenance {
  const source = trimmedOrUndefined(value.source);
  const ref = trimmedOrUndefined(value.ref);
  const note = trimmedOrUndefined(value.note);
  return {
    fidelity: value.fidelity,
    ...(source !== undefined ? { source } : {}),
    ...(ref !== undefined ? { ref } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(value.fidelity === "conflict" ? { readings: (value.readings ?? []).map((reading) => ({ ...reading })) } : {}),
  };
}

const nullIfBlank = (value: string | null) => (value === null || value.trim() === "" ? null : value);

/**
 * The document as it should be sent: an empty optional text means "not stated" (no provenance
 * source/note, no error value, no customerBelongsTo, no country code).
 */
export function normalizeCatalog(catalog: Catalog): Catalog {
  return {
    ...catalog,
    countryCode: nullIfBlank(catalog.countryCode),
    scopes: catalog.scopes.map((scope) => ({
      ...scope,
      errorValue: nullIfBlank(scope.errorValue),
      provenance: normalizeProvenance(scope.provenance),
      silentProvenance: normalizeProvenance(scope.silentProvenance),
      fieldsProvenance: normalizeProvenance(scope.fieldsProvenance),
      ...(scope.descriptionProvenance ? { descriptionProvenance: normalizeProvenance(scope.descriptionProvenance) } : {}),
    })),
    errorCodes: catalog.errorCodes.map((error) => ({ ...error, provenance: normalizeProvenance(error.provenance) })),
    jsapi: {
      ...catalog.jsapi,
      scopesProvenance: normalizeProvenance(catalog.jsapi.scopesProvenance),
      resultFields: catalog.jsapi.resultFields.map((field) => ({ ...field, provenance: normalizeProvenance(field.provenance) })),
      scopeErrorValues: catalog.jsapi.scopeErrorValues.map((value) => ({ ...value, provenance: normalizeProvenance(value.provenance) })),
      params: catalog.jsapi.params.map((param) => ({ ...param, provenance: normalizeProvenance(param.provenance) })),
      examplesProvenance: {
        request: normalizeProvenance(catalog.jsapi.examplesProvenance.request),
        success: normalizeProvenance(catalog.jsapi.examplesProvenance.success),
        fail: normalizeProvenance(catalog.jsapi.examplesProvenance.fail),
      },
      dataFlowProvenance: normalizeProvenance(catalog.jsapi.dataFlowProvenance),
    },
    serverApi: {
      ...catalog.serverApi,
      customerBelongsTo: nullIfBlank(catalog.serverApi.customerBelongsTo),
      provenance: normalizeProvenance(catalog.serverApi.provenance),
      lifetimesProvenance: normalizeProvenance(catalog.serverApi.lifetimesProvenance),
      endpoints: catalog.serverApi.endpoints.map((entry) => ({ ...entry, provenance: normalizeProvenance(entry.provenance) })),
    },
  };
}

/** Key → message(s). Several problems at one key are joined with "; ". */
export type ErrorMap = Readonly<Record<string, string>>;

export const NO_ERRORS: ErrorMap = Object.freeze({});

export function buildErrorMap(issues: readonly FieldIssue[]): ErrorMap {
  if (issues.length === 0) return NO_ERRORS;
  const map: Record<string, string> = {};
  for (const issue of issues) {
    const current = map[issue.key];
    if (current === undefined) map[issue.key] = issue.message;
    else if (!current.split("; ").includes(issue.message)) map[issue.key] = `${current}; ${issue.message}`;
  }
  return map;
}

function isWithin(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`);
}

/** Problems at `prefix` or anywhere below it. */
export function errorsWithin(map: ErrorMap, prefix: string): string[] {
  return Object.keys(map).filter((key) => isWithin(key, prefix));
}

export function countWithin(map: ErrorMap, prefix: string): number {
  return errorsWithin(map, prefix).length;
}

/**
 * Problems about the items of a list (`scopes[0].aliases[1]`) as one message for the list's input,
 * naming each item by its value: `"a b": scope name must not contain whitespace`.
 */
export function listItemErrors(map: ErrorMap, listKey: string, items: readonly string[]): string | undefined {
  const messages: string[] = [];
  const own = map[listKey];
  if (own !== undefined) messages.push(own);
  items.forEach((item, index) => {
    const message = map[`${listKey}[${index}]`];
    if (message !== undefined) messages.push(`"${item}": ${message}`);
  });
  return messages.length > 0 ? messages.join(" · ") : undefined;
}

/** The scope a path points into, if any. */
export function scopeIndexOf(path: readonly PathSegment[]): number | null {
  return path[0] === "scopes" && typeof path[1] === "number" ? path[1] : null;
}

/**
 * Problems of each scope row, keyed by the path inside the scope (`name`, `provenance.source`,
 * `aliases[1]`), so each row gets only its own (and can skip re-rendering when they are unchanged).
 */
export function scopeErrorMaps(issues: readonly FieldIssue[]): Map<number, ErrorMap> {
  const rows = new Map<number, FieldIssue[]>();
  for (const issue of issues) {
    const index = scopeIndexOf(issue.path);
    if (index === null || issue.path.length < 3) continue;
    const list = rows.get(index) ?? [];
    list.push({ ...issue, path: issue.path.slice(2), key: toKey(issue.path.slice(2)) });
    rows.set(index, list);
  }
  const out = new Map<number, ErrorMap>();
  for (const [index, list] of rows) out.set(index, buildErrorMap(list));
  return out;
}

export function sameErrorMap(a: ErrorMap | undefined, b: ErrorMap | undefined): boolean {
  if (a === b) return true;
  const aKeys = Object.keys(a ?? NO_ERRORS);
  const bKeys = Object.keys(b ?? NO_ERRORS);
  return aKeys.length === bKeys.length && aKeys.every((key) => (a ?? NO_ERRORS)[key] === (b ?? NO_ERRORS)[key]);
}

/** The value at a path of a JSON-like document (undefined when the path leads nowhere). */
export function valueAt(document: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = document;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * A server problem still applies while the value it was about is unchanged: once the person edits
 * that value (or the row moves), the stale message goes away; the next save checks again.
 */
export function serverIssueStillApplies(issue: FieldIssue, sent: unknown, current: unknown): boolean {
  if (issue.path.length === 0 || issue.key === "author") return true;
  return JSON.stringify(valueAt(sent, issue.path)) === JSON.stringify(valueAt(current, issue.path));
}

/**
 * Keys to try, most specific first, when focusing the input for a problem: the key itself, then each
 * parent (`scopes[2].aliases[1]` → `scopes[2].aliases` → `scopes[2]` → `scopes`).
 */
export function focusCandidates(key: string): string[] {
  const path = parsePath(key);
  const out: string[] = [];
  for (let length = path.length; length > 0; length--) out.push(toKey(path.slice(0, length)));
  return out;
}

/** Visible labels of the editor's inputs, shared by the inputs and by the problem summary. */
export const LABELS = {
  name: "Name",
  slug: "Slug",
  wallet: "Wallet",
  region: "Region",
  countryCode: "Country code",
  description: "Description",
  sources: "Sources",
  sourceTitle: "Title",
  sourceUrl: "URL",
  scopes: "Scopes",
  scopeName: "Scope name",
  scopeDescription: "Description",
  silent: "Silent",
  userInfoFields: "User-info fields",
  aliases: "Aliases",
  deprecated: "Deprecated",
  preassigned: "Preassigned",
  errorValue: "Error value",
  provenance: "Scope entry",
  ownDescriptionSource: "Description has its own source",
  silentProvenance: "Silent flag",
  fieldsProvenance: "User-info fields list",
  fidelity: "Fidelity",
  source: "Source URL",
  ref: "Where it was read",
  note: "Note",
  readings: "Readings",
  reading: "Reading",
  simulates: "Simulates",
  params: "my.getAuthCode parameters",
  paramName: "Parameter name",
  paramType: "Type",
  required: "Required",
  example: "Example value",
  examplesProvenance: "Examples",
  dataFlowProvenance: "Data flow",
  descriptionProvenance: "Description",
  errorCodes: "JSAPI error codes",
  code: "Code",
  errorName: "Error name",
  message: "Error message",
  meaning: "Meaning",
  advice: "Advice",
  jsapi: "JSAPI profile",
  scopesType: "Scopes parameter type",
  scopesRequired: "Scopes parameter is required",
  defaultScope: "Default scope",
  scopesProvenance: "Scopes parameter",
  resultFields: "Result fields",
  resultFieldName: "Field",
  resultFieldType: "Type",
  presence: "Presence",
  defaultScopeErrorValue: "Default scope error value",
  scopeErrorValues: "Scope error values",
  value: "Value",
  examples: "Examples",
  request: "Request example",
  success: "Success result example",
  fail: "Failure result example",
  serverApi: "Server API profile",
  version: "API version",
  endpoints: "Endpoints served",
  customerBelongsTo: "customerBelongsTo",
  pathPrefixes: "Path prefixes",
  requestTimeFormat: "Request-Time format",
  authCodeTtlSeconds: "authCode lifetime (seconds)",
  accessTokenTtlSeconds: "Access token lifetime (seconds)",
  refreshTokenTtlSeconds: "Refresh token lifetime (seconds)",
  rotateRefreshToken: "Rotate the refresh token on refresh",
  serverProvenance: "Server API",
  lifetimesProvenance: "Lifetimes",
  author: "Author name",
} as const;

function labelOf(segment: PathSegment, parent: PathSegment | undefined): string {
  if (typeof segment === "number") return `#${segment + 1}`;
  if (parent === "serverApi" && segment === "provenance") return LABELS.serverProvenance;
  if (typeof parent === "number" && segment === "name") return LABELS.errorName;
  if (segment === "message") return LABELS.message;
  if (segment === "type") return LABELS.resultFieldType;
  if (segment === "source") return LABELS.source;
  if (segment === "url") return LABELS.sourceUrl;
  if (segment === "title") return LABELS.sourceTitle;
  return (LABELS as Record<string, string>)[segment] ?? segment;
}

/** What naming a place needs of a document: the scopes' names and the error codes' numbers (a Catalog has both). */
export type NamedParts = {
  scopes: ReadonlyArray<{ name?: unknown } | undefined>;
  errorCodes: ReadonlyArray<{ code?: unknown } | undefined>;
};

/**
 * Where a problem is, in the words of the editor: `["scopes", 2, "provenance", "source"]` →
 * `Scope 3 (USER_ID) › Scope entry › Source URL`.
 */
export function describePath(path: readonly PathSegment[], catalog: NamedParts): string {
  if (path.length === 0) return "Catalog";
  const parts: string[] = [];
  let index = 0;
  const [first, second] = path;
  if (first === "scopes" && typeof second === "number") {
    const name = catalog.scopes[second]?.name;
    parts.push(`Scope ${second + 1}${typeof name === "string" && name ? ` (${name})` : ""}`);
    const field = path[2];
    if (field === "name") {
      parts.push(LABELS.scopeName);
      index = 3;
    } else if (field === "description") {
      parts.push(LABELS.scopeDescription);
      index = 3;
    } else {
      index = 2;
    }
  } else if (first === "errorCodes" && typeof second === "number") {
    const code = catalog.errorCodes[second]?.code;
    parts.push(`Error code ${second + 1}${typeof code === "number" && Number.isFinite(code) ? ` (${code})` : ""}`);
    index = 2;
  } else if (first === "sources" && typeof second === "number") {
    parts.push(`Source ${second + 1}`);
    index = 2;
  } else if (first === "jsapi" && path[1] === "resultFields" && typeof path[2] === "number") {
    parts.push(`${LABELS.jsapi} › Result field ${path[2] + 1}`);
    index = 3;
    if (path[3] === "name") {
      parts.push(LABELS.resultFieldName);
      index = 4;
    }
  } else if (first === "jsapi" && path[1] === "scopeErrorValues" && typeof path[2] === "number") {
    parts.push(`${LABELS.jsapi} › Scope error value ${path[2] + 1}`);
    index = 3;
  } else if (first === "jsapi" && path[1] === "params" && typeof path[2] === "number") {
    parts.push(`${LABELS.jsapi} › Parameter ${path[2] + 1}`);
    index = 3;
    if (path[3] === "name") {
      parts.push(LABELS.paramName);
      index = 4;
    }
  } else if (first === "serverApi" && path[1] === "pathPrefixes" && typeof path[2] === "number") {
    parts.push(`${LABELS.serverApi} › Path prefix ${path[2] + 1}`);
    index = 3;
  } else if (first === "serverApi" && path[1] === "endpoints" && typeof path[2] === "number") {
    parts.push(`${LABELS.serverApi} › Endpoint ${path[2] + 1}`);
    index = 3;
  }
  for (; index < path.length; index++) {
    const segment = path[index];
    if (segment === undefined) continue;
    parts.push(labelOf(segment, path[index - 1]));
  }
  return parts.join(" › ");
}

/** Which editor section a problem belongs to (for the section links and their counts). */
export type SectionId = "general" | "scopes" | "error-codes" | "jsapi" | "server-api" | "author";

export function sectionOf(path: readonly PathSegment[]): SectionId {
  switch (path[0]) {
    case "scopes":
      return "scopes";
    case "errorCodes":
      return "error-codes";
    case "jsapi":
      return "jsapi";
    case "serverApi":
      return "server-api";
    case "author":
      return "author";
    default:
      return "general";
  }
}
