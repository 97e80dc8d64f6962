import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/server/domain/catalog/schema";
import { joinList, sameList, slugify, splitList } from "./format";

describe("slugify", () => {
  it("derives a valid slug from a catalog name", () => {
    expect(slugify("DANA (Indonesia)")).toBe("dana-indonesia");
    expect(slugify("Touch 'n Go eWallet")).toBe("touch-n-go-ewallet");
    expect(slugify("  Café São Paulo  ")).toBe("cafe-sao-paulo");
    expect(slugify("***")).toBe("");
  });

  it("stays within 48 characters without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(47)} b`);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });
});

describe("list boxes", () => {
  it("splits on newlines and spaces, and on commas when asked", () => {
    expect(splitList("userId, userName.fullName\n\nloginIdInfos[].loginId ", { commas: true })).toEqual([
      "userId",
      "userName.fullName",
      "loginIdInfos[].loginId",
    ]);
    expect(splitList("a,b\nc", { commas: false })).toEqual(["a,b", "c"]);
    expect(splitList("   ", { commas: true })).toEqual([]);
  });

  it("joins one item per line and compares lists", () => {
    expect(joinList(["a", "b"])).toBe("a\nb");
    expect(sameList(["a"], ["a"])).toBe(true);
    expect(sameList(["a"], ["a", "b"])).toBe(false);
  });
});
