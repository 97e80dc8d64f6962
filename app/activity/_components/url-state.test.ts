import { describe, expect, it } from "vitest";
import { parseFilterParams } from "@/server/domain/activity/url-state";
import { activeFilterCount, filterHref, paramsFromFilter } from "./url-state";

const T0 = Date.parse("2026-11-23T03:00:00Z");
// The page reads a link's filters on the server (zod stays there); the nuqs parsers write them back.
const read = (query: string) => parseFilterParams(new URLSearchParams(query));

describe("Activity filters in the URL (nuqs)", () => {
  it("reads every filter with the names and values links have always used", () => {
    expect(read("catalog=dana&kind=redeem&outcome=USED_AUTHCODE&errors=1&from=2026-11-23T03:00:00Z&to=1795500000000&q=abcd1234")).toEqual({
      ok: true,
      filter: { catalog: "dana", kind: "redeem", outcome: "USED_AUTHCODE", errorsOnly: true, from: T0, to: 1795500000000, q: "abcd1234" },
    });
    expect(read("errors=true&from=2026-11-23")).toEqual({ ok: true, filter: { errorsOnly: true, from: Date.parse("2026-11-23T00:00:00Z") } });
    expect(read("errors=0&catalog=%20%20&scope=+USER_LOGIN_ID+")).toEqual({ ok: true, filter: { scope: "USER_LOGIN_ID" } });
    expect(read("")).toEqual({ ok: true, filter: {} });
  });

  it("names every bad parameter once, as the export does", () => {
    const query = "kind=party&outcome=sometimes&from=yesterday&q=ab&catalog=Not A Slug&errors=maybe";
    const page = read(query);
    const exported = parseFilterParams(new URLSearchParams(query));
    expect(page.ok ? [] : page.issues.map((issue) => issue.path).sort()).toEqual(["catalog", "errors", "from", "kind", "outcome", "q"]);
    expect(page).toEqual(exported);
    expect(page.ok ? "" : page.message).toContain('"yesterday" is not a time');
    expect(read("from=2026-11-24&to=2026-11-23")).toMatchObject({ ok: false, message: "to: from must be before to" });
  });

  it("writes only set filters, in a stable order, times as ISO 8601 UTC, and reads them back", () => {
    const filter = { q: "abcd1234", to: 1795500000000, from: T0, errorsOnly: true, scope: "USER_LOGIN_ID", outcome: "USED_AUTHCODE", kind: "redeem" as const, client: "c-1", catalog: "dana" };
    const href = filterHref("/activity", filter);
    expect(href).toBe(
      "/activity?catalog=dana&client=c-1&kind=redeem&outcome=USED_AUTHCODE&scope=USER_LOGIN_ID&errors=1&from=2026-11-23T03:00:00.000Z&to=2026-11-24T06:00:00.000Z&q=abcd1234",
    );
    expect(read(href.split("?")[1] ?? "")).toEqual({ ok: true, filter });
    expect(filterHref("/activity", {})).toBe("/activity");
    expect(filterHref("", { errorsOnly: false })).toBe("");
  });

  it("keeps a base query (the export's format) and clears every filter the new one leaves out", () => {
    expect(filterHref("/api/activity/export?format=csv", { catalog: "dana" })).toBe("/api/activity/export?format=csv&catalog=dana");
    expect(filterHref("/activity?catalog=dana&errors=1&from=2026-11-23", { kind: "simulation" })).toBe("/activity?kind=simulation");
    expect(paramsFromFilter({})).toEqual({ catalog: null, client: null, kind: null, outcome: null, scope: null, errorsOnly: null, from: null, to: null, q: null });
  });
});

describe("activeFilterCount", () => {
  it("counts the set filters, not a switched-off failures box", () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ errorsOnly: false, catalog: undefined })).toBe(0);
    expect(activeFilterCount({ catalog: "dana", errorsOnly: true, from: T0, to: T0 + 1 })).toBe(4);
  });
});
