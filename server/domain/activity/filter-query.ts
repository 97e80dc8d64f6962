/**
 * Activity filters written back into a URL query, apart from reading them (`url-state.ts`, which
 * checks them with the zod schema) so the pages can link to a view without loading zod.
 */
import type { Issue } from "../errors";
import type { ActivityFilter } from "./types";

/** Only set filters are written, in a stable order; times as ISO 8601 UTC. */
export function filterToParams(filter: ActivityFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.catalog) params.set("catalog", filter.catalog);
  if (filter.client) params.set("client", filter.client);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.outcome) params.set("outcome", filter.outcome);
  if (filter.scope) params.set("scope", filter.scope);
  if (filter.errorsOnly) params.set("errors", "1");
  if (filter.from !== undefined) params.set("from", new Date(filter.from).toISOString());
  if (filter.to !== undefined) params.set("to", new Date(filter.to).toISOString());
  if (filter.q) params.set("q", filter.q);
  return params;
}

export function filterToQuery(filter: ActivityFilter): string {
  const query = filterToParams(filter).toString();
  return query ? `?${query}` : "";
}

export function hasFilters(filter: ActivityFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== false);
}

// Reading single parameters needs no schema either: the nuqs parsers on the page use these.

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** ISO 8601 (a date, or a date-time with or without zone; without one it is UTC) or epoch milliseconds. */
export function parseTimeParam(value: string): number | null {
  if (/^\d{1,15}$/.test(value)) return Number(value);
  if (!ISO_TIME.test(value)) return null;
  const withZone = value.length > 10 && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? ms : null;
}

/** `errors=1` (or `true`): only failures; `0` or `false`: everything; null for anything else. */
export function parseErrorsParam(value: string): boolean | null {
  return value === "1" || value === "true" ? true : value === "0" || value === "false" ? false : null;
}

export const ERRORS_PARAM_ISSUE: Issue = { path: "errors", message: 'errors is "1" (only failures) or absent' };

/** The issue of a `from`/`to` value that is not a time. */
export function timeParamIssue(name: "from" | "to", value: string): Issue {
  return { path: name, message: `"${value.slice(0, 40)}" is not a time: use ISO 8601 such as 2026-11-23T10:00:00Z, or epoch milliseconds` };
}
