import { describe, expect, it } from "vitest";
import { checkProfileJson, fieldRows, formatValue, valueAtPath } from "./profile-fields";

const profile = {
  userId: "1000",
  nickName: "Budi",
  userName: { fullName: "Budi Santoso", firstName: "Budi" },
  loginIdInfos: [
    { loginId: "62-81", maskLoginId: "62-****1" },
    { loginId: "62-82", maskLoginId: "62-****2" },
  ],
  contactInfos: [{ contactNo: "x", contactType: "EMAIL" }],
  extendInfo: "{}",
};

describe("valueAtPath", () => {
  it("reads plain and nested paths", () => {
    expect(valueAtPath(profile, "nickName")).toEqual({ present: true, value: "Budi" });
    expect(valueAtPath(profile, "userName.fullName")).toEqual({ present: true, value: "Budi Santoso" });
    expect(valueAtPath(profile, "userName.lastName")).toEqual({ present: false, value: undefined });
  });
  it("collects values through arrays", () => {
    expect(valueAtPath(profile, "loginIdInfos[].maskLoginId")).toEqual({ present: true, value: ["62-****1", "62-****2"] });
    expect(valueAtPath(profile, "contactInfos[]")).toEqual({ present: true, value: [{ contactNo: "x", contactType: "EMAIL" }] });
    expect(valueAtPath(profile, "nickName[]").present).toBe(false);
  });
});

describe("fieldRows", () => {
  it("lists each path with the scopes unlocking it, then unreleased keys", () => {
    const rows = fieldRows(
      [
        { name: "auth_base", userInfoFields: ["userId"] },
        { name: "auth_user", userInfoFields: ["userId", "nickName", "userName.fullName"] },
        { name: "MASK_PHONE", userInfoFields: ["loginIdInfos[].maskLoginId"] },
      ],
      profile,
    );
    expect(rows.map((row) => [row.path, row.scopes])).toEqual([
      ["userId", ["auth_base", "auth_user"]],
      ["nickName", ["auth_user"]],
      ["userName.fullName", ["auth_user"]],
      ["loginIdInfos[].maskLoginId", ["MASK_PHONE"]],
      ["contactInfos", []],
      ["extendInfo", []],
    ]);
  });
});

describe("checkProfileJson", () => {
  it("accepts an object", () => {
    expect(checkProfileJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  it("refuses arrays and empty text", () => {
    expect(checkProfileJson("[1]").ok).toBe(false);
    expect(checkProfileJson("  ").ok).toBe(false);
  });
  it("says where the syntax error is", () => {
    const result = checkProfileJson('{\n  "a": 1\n  "b": 2\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line).toBe(3);
      expect(result.column).toBe(3);
      expect(result.message).not.toMatch(/position/);
    }
  });
  it("points at the end for truncated input", () => {
    const result = checkProfileJson('{\n  "a": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.line).toBe(2);
  });
});

describe("formatValue", () => {
  it("shortens long values", () => {
    expect(formatValue("x".repeat(10), 5)).toBe("xxxx…");
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });
});
