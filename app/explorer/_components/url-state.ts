/**
 * The explorer's view state lives in the URL, so a link reproduces what someone saw.
 * Pure helpers (no React): parse search params into state and back.
 */
import type { Fidelity } from "@/server/domain/catalog/schema";
import { SLUG_PATTERN } from "@/server/domain/catalog/slug";

export const PAGE_SIZE = 50;
/** The compare procedure accepts at most this many catalogs. */
export const MAX_COMPARE = 12;

type ParamsLike = { get(name: string): string | null; getAll(name: string): string[] };

export type Mode = "silent" | "consent";

export type SearchState = {
  q: string;
  wallets: string[];
  regions: string[];
  mode: Mode | null;
  fidelity: Fidelity | null;
  /** 1-based. */
  page: number;
};

export const EMPTY_SEARCH: SearchState = { q: "", wallets: [], regions: [], mode: null, fidelity: null, page: 1 };

// Mirror the router's input limits so a hand-edited URL never produces a rejected request.
const MAX_QUERY = 200;
const MAX_FILTER_VALUES = 50;
const MAX_FILTER_LENGTH = 80;
const MAX_PAGE = Math.floor(1_000_000 / PAGE_SIZE) + 1;

function filterValues(values: string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (!value || value.length > MAX_FILTER_LENGTH || out.includes(value)) continue;
    out.push(value);
    if (out.length === MAX_FILTER_VALUES) break;
  }
  return out;
}

export function parseSearchState(params: ParamsLike): SearchState {
  const mode = params.get("mode");
  const fidelity = params.get("fidelity");
  const page = Number.parseInt(params.get("page") ?? "", 10);
  return {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY),
    wallets: filterValues(params.getAll("wallet")),
    regions: filterValues(params.getAll("region")),
    mode: mode === "silent" || mode === "consent" ? mode : null,
    fidelity: fidelity === "documented" || fidelity === "assumed" ? fidelity : null,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** Only non-default values are written, in a stable order. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const wallet of state.wallets) params.append("wallet", wallet);
  for (const region of state.regions) params.append("region", region);
  if (state.mode) params.set("mode", state.mode);
  if (state.fidelity) params.set("fidelity", state.fidelity);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
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

export type CompareState = {
  /** null: nothing chosen in the URL, use the default selection. */
  catalogs: string[] | null;
  q: string;
  onlyDifferences: boolean;
};

export function parseCompareState(params: ParamsLike): CompareState {
  const raw = params.get("catalogs");
  const catalogs =
    raw === null
      ? null
      : [...new Set(raw.split(",").map((slug) => slug.trim()))].filter((slug) => SLUG_PATTERN.test(slug)).slice(0, MAX_COMPARE);
  return { catalogs, q: (params.get("q") ?? "").slice(0, MAX_QUERY), onlyDifferences: params.get("diff") === "1" };
}

export function compareStateToQuery(state: CompareState): string {
  const params = new URLSearchParams();
  if (state.catalogs !== null) params.set("catalogs", state.catalogs.join(","));
  if (state.q) params.set("q", state.q);
  if (state.onlyDifferences) params.set("diff", "1");
  // Commas in slug lists read better unescaped; slugs never contain one.
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
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
