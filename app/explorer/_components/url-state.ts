/**
 * The explorer's view state lives in the URL, so a link reproduces what someone saw. The nuqs
 * parsers below define it (read with `useUrlState` on the page, or `loadSearchState` /
 * `serializeSearch` anywhere, server or client).
 */
import { createLoader, createSerializer, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import { SLUG_PATTERN } from "@/server/domain/catalog/slug";
import { parseAsBoundedInteger, parseAsCommaList, parseAsFlag, parseAsRepeatedList, parseAsText } from "@/app/_components/url-parsers";

export const PAGE_SIZE = 50;
/** The compare procedure accepts at most this many catalogs. */
export const MAX_COMPARE = 12;

export type Mode = "silent" | "consent";

// Mirror the router's input limits so a hand-edited URL never produces a rejected request.
const MAX_QUERY = 200;
const MAX_FILTER_VALUES = 50;
const MAX_FILTER_LENGTH = 80;
const MAX_PAGE = Math.floor(1_000_000 / PAGE_SIZE) + 1;

/** `?q=…&wallet=…&wallet=…&region=…&mode=…&fidelity=…&page=…`; defaults are left out of the URL. */
export const searchParsers = {
  q: parseAsText(MAX_QUERY).withDefault(""),
  wallets: parseAsRepeatedList({ limit: MAX_FILTER_VALUES, maxLength: MAX_FILTER_LENGTH }),
  regions: parseAsRepeatedList({ limit: MAX_FILTER_VALUES, maxLength: MAX_FILTER_LENGTH }),
  mode: parseAsStringLiteral(["silent", "consent"] as const),
  fidelity: parseAsStringLiteral(["documented", "assumed", "conflict"] as const),
  /** 1-based. */
  page: parseAsBoundedInteger(1, MAX_PAGE).withDefault(1),
};
export const searchUrlKeys = { wallets: "wallet", regions: "region" } as const;

export type SearchState = inferParserType<typeof searchParsers>;

export const EMPTY_SEARCH: SearchState = { q: "", wallets: [], regions: [], mode: null, fidelity: null, page: 1 };

export const loadSearchState = createLoader(searchParsers, { urlKeys: searchUrlKeys });
export const serializeSearch = createSerializer(searchParsers, { urlKeys: searchUrlKeys });

export function parseSearchState(params: URLSearchParams): SearchState {
  return loadSearchState(params);
}

/** Only non-default values are written, in a stable order. */
export function searchStateToQuery(state: SearchState): string {
  return serializeSearch(state);
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.q.trim() || state.wallets.length || state.regions.length || state.mode || state.fidelity);
}

/** Input of `explorer.search` for this state. */
export function searchInput(state: SearchState) {
  return {
    query: state.q.trim() || undefined,
    wallets: state.wallets.length ? state.wallets : undefined,
    regions: state.regions.length ? state.regions : undefined,
    mode: state.mode ?? undefined,
    fidelity: state.fidelity ?? undefined,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}

/** `?catalogs=dana,gcash&q=…&diff=1`; no `catalogs` means the default selection. */
export const compareParsers = {
  catalogs: parseAsCommaList({ limit: MAX_COMPARE, accept: (slug) => SLUG_PATTERN.test(slug) }),
  q: parseAsText(MAX_QUERY).withDefault(""),
  onlyDifferences: parseAsFlag,
};
export const compareUrlKeys = { onlyDifferences: "diff" } as const;

/** `catalogs` null: nothing chosen in the URL, use the default selection. */
export type CompareState = inferParserType<typeof compareParsers>;

export const loadCompareState = createLoader(compareParsers, { urlKeys: compareUrlKeys });
export const serializeCompare = createSerializer(compareParsers, { urlKeys: compareUrlKeys });

export function parseCompareState(params: URLSearchParams): CompareState {
  return loadCompareState(params);
}

export function compareStateToQuery(state: CompareState): string {
  return serializeCompare(state);
}

/** Catalogs shown when the URL names none: all of them when they fit, otherwise the first six. */
export function defaultCompareSelection(slugs: readonly string[]): string[] {
  return slugs.length <= 8 ? [...slugs] : slugs.slice(0, 6);
}

export function scopeHref(name: string): string {
  return `/explorer/scope/${encodeURIComponent(name)}`;
}

export function catalogHref(slug: string): string {
  return `/catalogs/${encodeURIComponent(slug)}`;
}

export function compareHref(slugs: readonly string[], q = ""): string {
  return `/explorer/compare${compareStateToQuery({ catalogs: [...slugs], q, onlyDifferences: false })}`;
}
