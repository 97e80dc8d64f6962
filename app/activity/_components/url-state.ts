/**
 * The Activity page's filters in its URL, as nuqs parsers (`?catalog=dana&kind=redeem&errors=1&from=…`):
 * the same parameter names and values `GET /api/activity/export` reads. What a value means is checked
 * on the server by the domain's rules (`server/domain/activity/url-state.ts`, with zod), so a
 * mistyped link is reported, never silently shown as "no data".
 */
import { createLoader, createParser, createSerializer, type inferParserType } from "nuqs/server";
import type { ActivityFilter } from "@/server/domain/activity/types";
import { parseErrorsParam, parseTimeParam } from "@/server/domain/activity/filter-query";

/** A value as written in the URL (trimmed) with what it reads as; `value` null when it cannot be read. */
export type Checked<T> = { text: string; value: T | null };

function parseAsChecked<T>(read: (text: string) => T | null, write: (value: T) => string) {
  return createParser<Checked<T>>({
    parse: (raw) => {
      const text = raw.trim();
      return text === "" ? null : { text, value: read(text) };
    },
    serialize: (checked) => (checked.value === null ? checked.text : write(checked.value)),
    eq: (a, b) => a.text === b.text,
  });
}

const parseAsTrimmed = createParser<string>({ parse: (raw) => raw.trim() || null, serialize: (value) => value });
const parseAsTime = parseAsChecked(parseTimeParam, (ms) => new Date(ms).toISOString());

/** In the order they are written. */
export const activityParsers = {
  catalog: parseAsTrimmed,
  client: parseAsTrimmed,
  kind: parseAsTrimmed,
  outcome: parseAsTrimmed,
  scope: parseAsTrimmed,
  errorsOnly: parseAsChecked(parseErrorsParam, (only) => (only ? "1" : "0")),
  from: parseAsTime,
  to: parseAsTime,
  q: parseAsTrimmed,
};
export const activityUrlKeys = { errorsOnly: "errors" } as const;

export type ActivityParams = inferParserType<typeof activityParsers>;

export const loadActivityParams = createLoader(activityParsers, { urlKeys: activityUrlKeys });
const serializeActivityParams = createSerializer(activityParsers, { urlKeys: activityUrlKeys });

const checkedTime = (ms: number | undefined): Checked<number> | null => (ms === undefined ? null : { text: new Date(ms).toISOString(), value: ms });

/** Every parameter for a filter: set ones with their value, the others null (cleared). */
export function paramsFromFilter(filter: ActivityFilter): ActivityParams {
  return {
    catalog: filter.catalog ?? null,
    client: filter.client ?? null,
    kind: filter.kind ?? null,
    outcome: filter.outcome ?? null,
    scope: filter.scope ?? null,
    errorsOnly: filter.errorsOnly ? { text: "1", value: true } : null,
    from: checkedTime(filter.from),
    to: checkedTime(filter.to),
    q: filter.q ?? null,
  };
}

/** `base` (a path, maybe with its own query) with the filter's parameters: only set filters, times as ISO 8601 UTC. */
export function filterHref(base: string, filter: ActivityFilter): string {
  return serializeActivityParams(base, paramsFromFilter(filter));
}

/** How many filters are set (the narrow-screen toggle shows it); from and to count one each. */
export function activeFilterCount(filter: ActivityFilter): number {
  return Object.values(filter).filter((value) => value !== undefined && value !== false).length;
}
