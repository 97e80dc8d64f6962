/**
 * nuqs parsers the pages' URL state is built from. Imported from `nuqs/server` so server pages,
 * route handlers and client components can all read and write the same definitions.
 */
import { createMultiParser, createParser } from "nuqs/server";

/** A flag written `=1` (what the studio's links have always used); absent is off. */
export const parseAsFlag = createParser<boolean>({
  parse: (value) => (value === "1" ? true : null),
  serialize: () => "1",
}).withDefault(false);

/** Text cut to `max` characters (longer input would only be refused by the API). */
export function parseAsText(max: number) {
  return createParser<string>({ parse: (value) => value.slice(0, max), serialize: (value) => value });
}

/** A whole number from `min` up, capped at `max`; anything else reads as absent. */
export function parseAsBoundedInteger(min: number, max: number) {
  return createParser<number>({
    parse: (value) => {
      const number = Number.parseInt(value, 10);
      return Number.isFinite(number) && number >= min ? Math.min(number, max) : null;
    },
    serialize: (value) => String(value),
  });
}

/** Distinct values in first-seen order, at most `limit`. */
function distinct(values: Iterable<string>, limit: number): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (out.includes(value)) continue;
    out.push(value);
    if (out.length === limit) break;
  }
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * A list written as repeated keys (`wallet=A&wallet=B`): trimmed, blanks, duplicates and values
 * longer than `maxLength` dropped, at most `limit`.
 */
export function parseAsRepeatedList({ limit, maxLength = Number.POSITIVE_INFINITY, trim = true }: { limit: number; maxLength?: number; trim?: boolean }) {
  return createMultiParser<string[]>({
    parse: (values) => distinct(values.map((value) => (trim ? value.trim() : value)).filter((value) => value !== "" && value.length <= maxLength), limit),
    serialize: (values) => values,
    eq: sameList,
  }).withDefault([]);
}

/**
 * A list written in one value with commas (`catalogs=dana,gcash`, readable in a link), read from
 * every occurrence of the key: trimmed, blanks and duplicates dropped, only what `accept` allows,
 * at most `limit`. An empty value is an empty list.
 */
export function parseAsCommaList({ limit = Number.POSITIVE_INFINITY, accept = () => true }: { limit?: number; accept?: (value: string) => boolean } = {}) {
  return createMultiParser<string[]>({
    parse: (values) =>
      distinct(
        values.flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value !== "" && accept(value)),
        limit,
      ),
    serialize: (values) => [values.join(",")],
    eq: sameList,
  });
}
