import { describe, expect, it } from "vitest";
import {
  EMPTY_SEARCH,
  loadSearchState,
  MAX_COMPARE,
  compareStateToQuery,
  defaultCompareSelection,
  parseCompareState,
  parseSearchState,
  scopeHref,
  searchInput,
  searchStateToQuery,
} from "./url-state";

const params = (query: string) => new URLSearchParams(query);

describe("search state in the URL", () => {
  it("round-trips every filter", () => {
    const state = { q: "login id", wallets: ["DANA", "Touch 'n Go eWallet"], regions: ["Indonesia"], mode: "consent" as const, fidelity: "assumed" as const, page: 3 };
    const query = searchStateToQuery(state);
    expect(query).toBe("?q=login+id&wallet=DANA&wallet=Touch+%27n+Go+eWallet&region=Indonesia&mode=consent&fidelity=assumed&page=3");
    expect(parseSearchState(params(query.slice(1)))).toEqual(state);
  });

  it("writes nothing for the default view", () => {
    expect(searchStateToQuery(EMPTY_SEARCH)).toBe("");
  });

  it("drops values the API would refuse instead of failing the request", () => {
    const state = parseSearchState(params(`mode=sometimes&fidelity=x&page=-2&wallet=&wallet=DANA&wallet=DANA&region=${"r".repeat(81)}`));
    expect(state).toEqual({ ...EMPTY_SEARCH, wallets: ["DANA"] });
    expect(parseSearchState(params("page=99999999")).page * 50).toBeLessThanOrEqual(1_000_050);
  });

  it("turns the page into limit/offset", () => {
    expect(searchInput({ ...EMPTY_SEARCH, q: "  ", page: 2 })).toEqual({
      query: undefined,
      wallets: undefined,
      regions: undefined,
      mode: undefined,
      fidelity: undefined,
      limit: 50,
      offset: 50,
    });
  });
});

describe("compare state in the URL", () => {
  it("keeps the chosen catalogs in order, readable, without duplicates or invalid slugs", () => {
    const state = parseCompareState(params("catalogs=dana,alipay-plus,dana,Bad Slug&q=LOGIN&diff=1"));
    expect(state).toEqual({ catalogs: ["dana", "alipay-plus"], q: "LOGIN", onlyDifferences: true });
    expect(compareStateToQuery(state)).toBe("?catalogs=dana,alipay-plus&q=LOGIN&diff=1");
  });

  it("distinguishes 'nothing in the URL' (default selection) from an empty choice", () => {
    expect(parseCompareState(params("")).catalogs).toBeNull();
    expect(parseCompareState(params("catalogs=")).catalogs).toEqual([]);
  });

  it("caps the selection at the API maximum and defaults to all catalogs when they fit", () => {
    const many = Array.from({ length: 20 }, (_, index) => `c-${index}`);
    expect(parseCompareState(params(`catalogs=${many.join(",")}`)).catalogs).toHaveLength(MAX_COMPARE);
    expect(defaultCompareSelection(many.slice(0, 8))).toHaveLength(8);
    expect(defaultCompareSelection(many)).toEqual(many.slice(0, 6));
  });
});

describe("scopeHref", () => {
  it("encodes names so markup, slashes and percent signs survive the trip", () => {
    expect(scopeHref("<script>alert(1)</script>")).toBe("/explorer/scope/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(scopeHref("a%41/b")).toBe("/explorer/scope/a%2541%2Fb");
  });
});

describe("the same definitions on the server", () => {
  it("load a server page's searchParams into the state the client reads", async () => {
    const record = { q: "login", wallet: ["DANA", "DANA", "GCash"], mode: "consent", page: "2" };
    const state = await loadSearchState(Promise.resolve(record));
    expect(state).toEqual({ ...EMPTY_SEARCH, q: "login", wallets: ["DANA", "GCash"], mode: "consent", page: 2 });
    expect(parseSearchState(new URLSearchParams(searchStateToQuery(state).slice(1)))).toEqual(state);
  });
});
