/**
 * Activity filters written back into a URL query, apart from reading them (`url-state.ts`, which
 * checks them with the zod schema) so the pages can link to a view without loading zod.
 */
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
