/**
 * The Activity filters in a URL (`/activity?catalog=dana&outcome=USED_AUTHCODE&from=2026-11-23T10:00:00.000Z`),
 * shared by the page (its nuqs parsers, `app/activity/_components/url-state.ts`) and `GET /api/activity/export`,
 * so a link and an export reproduce the same view.
 * Pure: no React, no database.
 */
import { formatPath, type Issue } from "../errors";
import { ERRORS_PARAM_ISSUE, filterToParams, filterToQuery, hasFilters, parseErrorsParam, parseTimeParam, timeParamIssue } from "./filter-query";
import { activityFilterSchema, type ActivityFilter } from "./types";

export { ERRORS_PARAM_ISSUE, filterToParams, filterToQuery, hasFilters, parseErrorsParam, parseTimeParam, timeParamIssue };

export const FILTER_PARAMS = ["catalog", "client", "outcome", "scope", "kind", "errors", "from", "to", "q"] as const;

type ParamsLike = { getAll(name: string): string[]; keys(): Iterable<string> };

export type ParsedFilter = { ok: true; filter: ActivityFilter } | { ok: false; issues: Issue[]; message: string };

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
    const only = parseErrorsParam(errors);
    if (only === null) issues.push(ERRORS_PARAM_ISSUE);
    else if (only) raw.errorsOnly = true;
  }
  for (const name of ["from", "to"] as const) {
    const value = single(name);
    if (value === undefined) continue;
    const ms = parseTimeParam(value);
    if (ms === null) issues.push(timeParamIssue(name, value));
    else raw[name] = ms;
  }
  if (opts.rejectUnknownParams) {
    const known = new Set<string>([...FILTER_PARAMS, ...(opts.extraParams ?? [])]);
    for (const name of new Set(params.keys())) {
      if (!known.has(name)) issues.push({ path: name, message: `unknown parameter (known: ${[...known].join(", ")})` });
    }
  }
  return checkFilter(raw, issues);
}

/**
 * The filter of values read from a URL, checked against the schema; `issues` are those found
 * while reading them. Values that failed there are left out of `raw`, so the schema reports only
 * the others: every bad parameter is named once.
 */
export function checkFilter(raw: Record<string, unknown>, issues: Issue[]): ParsedFilter {
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
