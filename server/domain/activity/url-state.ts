/**
 * The Activity filters in a URL (`/activity?catalog=dana&outcome=USED_AUTHCODE&from=2026-11-23T10:00:00.000Z`),
 * shared by the page and `GET /api/activity/export`, so a link and an export reproduce the same view.
 * Pure: no React, no database.
 */
import { formatPath, type Issue } from "../errors";
import { filterToParams, filterToQuery, hasFilters } from "./filter-query";
import { activityFilterSchema, type ActivityFilter } from "./types";

export { filterToParams, filterToQuery, hasFilters };

export const FILTER_PARAMS = ["catalog", "client", "outcome", "scope", "kind", "errors", "from", "to", "q"] as const;

type ParamsLike = { getAll(name: string): string[]; keys(): Iterable<string> };

export type ParsedFilter = { ok: true; filter: ActivityFilter } | { ok: false; issues: Issue[]; message: string };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** ISO 8601 (a date, or a date-time with or without zone; without one it is UTC) or epoch milliseconds. */
export function parseTimeParam(value: string): number | null {
  if (/^\d{1,15}$/.test(value)) return Number(value);
  if (!ISO_TIME.test(value)) return null;
  const withZone = value.length > 10 && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? ms : null;
}

function message(issues: Issue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
}

/**
 * Read the filters from URL parameters. Unknown values are reported (never silently dropped, so
 * a mistyped link does not look like "no data"); `extraParams` lists other parameters the caller
 * accepts, and with `rejectUnknownParams` any other parameter is an issue too.
 */
export function parseFilterParams(params: ParamsLike, opts: { extraParams?: readonly string[]; rejectUnknownParams?: boolean } = {}): ParsedFilter {
  const issues: Issue[] = [];
  const raw: Record<string, unknown> = {};
  const single = (name: string): string | undefined => {
    const values = params.getAll(name).map((value) => value.trim());
    const present = values.filter((value) => value !== "");
    if (present.length > 1) issues.push({ path: name, message: `give ${name} once, not ${present.length} times` });
    return present[0];
  };
  for (const name of ["catalog", "client", "outcome", "scope", "kind", "q"] as const) {
    const value = single(name);
    if (value !== undefined) raw[name] = value;
  }
  const errors = single("errors");
  if (errors !== undefined) {
    if (errors === "1" || errors === "true") raw.errorsOnly = true;
    else if (errors !== "0" && errors !== "false") issues.push({ path: "errors", message: 'errors is "1" (only failures) or absent' });
  }
  for (const name of ["from", "to"] as const) {
    const value = single(name);
    if (value === undefined) continue;
    const ms = parseTimeParam(value);
    if (ms === null) issues.push({ path: name, message: `"${value.slice(0, 40)}" is not a time: use ISO 8601 such as 2026-11-23T10:00:00Z, or epoch milliseconds` });
    else raw[name] = ms;
  }
  if (opts.rejectUnknownParams) {
    const known = new Set<string>([...FILTER_PARAMS, ...(opts.extraParams ?? [])]);
    for (const name of new Set(params.keys())) {
      if (!known.has(name)) issues.push({ path: name, message: `unknown parameter (known: ${[...known].join(", ")})` });
    }
  }
  // Values that failed above are left out, so the schema reports only the others: every bad parameter is named once.
  const parsed = activityFilterSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...parsed.error.issues.map((issue) => ({ path: paramName(formatPath(issue.path)), message: issue.message })));
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues, message: message(issues) };
  return { ok: true, filter: parsed.data };
}

function paramName(path: string): string {
  return path === "errorsOnly" ? "errors" : path;
}
