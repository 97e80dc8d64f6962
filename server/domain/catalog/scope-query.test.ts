import { describe, expect, it } from "vitest";
import { makeScope } from "./fixtures";
import { scopeMatchesQuery } from "./scope-query";

describe("scopeMatchesQuery", () => {
  const scope = makeScope("USER_BANK_NAME", { description: "Bank name", aliases: ["BANK"], userInfoFields: ["bankAccount.bankName"] });

  it.each(["", "  ", "user_bank", "bank name", "bank", "bankaccount.bank"])("matches %j", (query) => {
    expect(scopeMatchesQuery(scope, query)).toBe(true);
  });

  it("does not match unrelated text", () => {
    expect(scopeMatchesQuery(scope, "KYC")).toBe(false);
  });
});
