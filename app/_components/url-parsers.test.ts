import { describe, expect, it } from "vitest";
import { createLoader, createSerializer } from "nuqs/server";
import { parseAsBoundedInteger, parseAsCommaList, parseAsFlag, parseAsRepeatedList, parseAsText } from "./url-parsers";

const parsers = {
  diff: parseAsFlag,
  q: parseAsText(5).withDefault(""),
  page: parseAsBoundedInteger(1, 10).withDefault(1),
  wallet: parseAsRepeatedList({ limit: 3, maxLength: 4 }),
  catalogs: parseAsCommaList({ limit: 2, accept: (value) => /^[a-z]+$/.test(value) }),
};
const load = createLoader(parsers);
const serialize = createSerializer(parsers);

describe("URL parsers", () => {
  it("read what a link holds, dropping what the API would refuse", () => {
    expect(load("diff=1&q=abcdefgh&page=99&wallet=+A+&wallet=A&wallet=&wallet=toolong&wallet=B&wallet=C&wallet=D&catalogs=dana,,Bad,gcash,tng")).toEqual({
      diff: true,
      q: "abcde",
      page: 10,
      wallet: ["A", "B", "C"],
      catalogs: ["dana", "gcash"],
    });
    expect(load("diff=true&page=0")).toMatchObject({ diff: false, page: 1 });
    expect(load("page=-3")).toMatchObject({ page: 1 });
    expect(load("page=x")).toMatchObject({ page: 1 });
  });

  it("tell no list in the URL from an empty one", () => {
    expect(load("").catalogs).toBeNull();
    expect(load("catalogs=").catalogs).toEqual([]);
  });

  it("write defaults as nothing, lists as repeated keys or one readable comma list", () => {
    expect(serialize({ diff: false, q: "", page: 1, wallet: [], catalogs: null })).toBe("");
    expect(serialize({ diff: true, page: 2, wallet: ["A B", "C"], catalogs: ["dana", "gcash"] })).toBe("?diff=1&page=2&wallet=A+B&wallet=C&catalogs=dana,gcash");
    expect(serialize({ catalogs: [] })).toBe("?catalogs=");
  });

  it("read what they write", () => {
    const values = { diff: true, q: "a&b", page: 3, wallet: ["x", "y%"], catalogs: ["dana"] };
    expect(load(serialize(values).slice(1))).toEqual(values);
  });
});
