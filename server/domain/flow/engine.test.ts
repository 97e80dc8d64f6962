import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../catalog/builtin";
import type { Catalog } from "../catalog/schema";
import { FlowInputError, formatOutcome, parseOutcome, runFlow, unlockedFields, type FlowInput, type Outcome } from "./engine";

function builtin(slug: string): Catalog {
  const catalog = getBuiltinCatalog(slug);
  if (!catalog) throw new Error(`no built-in ${slug}`);
  return catalog;
}

const alipay = builtin("alipay-plus");
const dana = builtin("dana");
const user = { userId: "1000001119398804", displayName: "Test User" };

function run(catalog: Catalog, scopes: unknown, outcome: Outcome, code = "CODE_1"): ReturnType<typeof runFlow> {
  const input: FlowInput = { catalog, scopes, outcome, user, issueCode: () => code };
  return runFlow(input);
}

/** The seed pages' examples, read leniently (DANA's uses single quotes inside an array). */
function example(catalog: Catalog, which: "success" | "fail"): Record<string, unknown> {
  return JSON.parse(catalog.jsapi.examples[which].replace(/'/g, '"')) as Record<string, unknown>;
}

/** Same keys, and for each key the same JSON type (and, for maps, the same value types). */
function expectSameShape(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key];
    expect(Array.isArray(got)).toBe(Array.isArray(value));
    expect(typeof got).toBe(typeof value);
    if (value && typeof value === "object" && !Array.isArray(value) && got && typeof got === "object") {
      for (const inner of Object.values(got)) expect(typeof inner).toBe(typeof Object.values(value)[0]);
    }
  }
}

describe("runFlow on Alipay+ (seed 000)", () => {
  it("approve: success with just the authCode, as in the seed's success example", () => {
    const result = run(alipay, ["auth_user"], { kind: "approve" });
    expect(result.callback).toBe("success");
    expect(result.payload).toEqual({ authCode: "CODE_1" });
    expectSameShape({ ...result.payload }, example(alipay, "success"));
    expect(result.completePayload).toBe(result.payload);
    expect(result.consentShown).toBe(true);
  });

  it("deny: fail with authErrorScopes holding the seed's value, as in the fail example", () => {
    const result = run(alipay, ["auth_user"], { kind: "deny" });
    expect(result.callback).toBe("fail");
    expect(result.payload).toEqual({ authErrorScopes: { auth_user: "10001" } });
    expect(result.payload).toEqual(example(alipay, "fail"));
    expect(result.authCode).toBeNull();
  });

  it("partial: authCode for the granted scopes, the refused ones in authErrorScopes", () => {
    const result = run(alipay, ["USER_NAME", "USER_AVATAR", "auth_base"], { kind: "partial", refuse: ["USER_AVATAR"] });
    expect(result.payload).toEqual({
      authCode: "CODE_1",
      authSuccessScopes: ["USER_NAME", "auth_base"],
      authErrorScopes: { USER_AVATAR: "10001" },
    });
    expect(result.grantedScopes).toEqual(["USER_NAME", "auth_base"]);
    expect(result.assumptions.join(" ")).toMatch(/partial grant/);
  });

  it("silent-only requests skip the consent page", () => {
    const result = run(alipay, ["auth_base", "USER_ID"], { kind: "approve" });
    expect(result.consentShown).toBe(false);
    expect(result.steps.find((s) => s.id === "consent")?.status).toBe("skipped");
    expect(() => run(alipay, ["auth_base"], { kind: "deny" })).toThrow(FlowInputError);
    expect(run(alipay, ["auth_base"], { kind: "timeout" }).callback).toBe("fail");
  });

  it("cancel and timeout use the catalog's documented codes", () => {
    expect(run(alipay, ["auth_user"], { kind: "cancel" }).payload).toEqual({ error: 1001, errorMessage: "ERROR_CODE_USER_CANCEL" });
    expect(run(alipay, ["auth_user"], { kind: "timeout" }).payload).toEqual({ error: 1003, errorMessage: "ERROR_CODE_TIMEOUT" });
  });

  it.each(alipay.errorCodes.map((code) => [code.code, code.name]))("error:%i fails with its documented name", (code, name) => {
    const result = run(alipay, ["auth_user"], { kind: "error", code });
    expect(result.callback).toBe("fail");
    expect(result.payload).toEqual({ error: code, errorMessage: name });
    expect(typeof result.payload.error).toBe("number");
  });

  it("answers missing, empty, wrongly typed and unknown scopes with a JSAPI error", () => {
    for (const scopes of [undefined, [], "auth_base", 42, [1, 2], ["NOT_A_SCOPE"]]) {
      const result = run(alipay, scopes, { kind: "approve" });
      expect(result.callback).toBe("fail");
      expect(result.payload).toEqual({ error: 3, errorMessage: "ERROR_CODE_UNKNOWN_ERROR" });
      expect(result.assumptions.length).toBeGreaterThan(0);
    }
  });

  it("lists the data-flow steps in order", () => {
    const result = run(alipay, ["auth_user"], { kind: "approve" });
    expect(result.steps.map((s) => s.id)).toEqual([
      "call",
      "validate",
      "consent",
      "decision",
      "authorize",
      "issue",
      "callback",
      "send-code",
      "apply-token",
      "tokens",
      "user-info",
    ]);
    expect(result.steps.filter((s) => s.status === "pending").length).toBe(4);
  });
});

describe("runFlow on DANA (seed 002)", () => {
  it("approve: authCode and authSuccessScopes, as in the seed's success example", () => {
    const result = run(dana, ["USER_LOGIN_ID"], { kind: "approve" }, "1591797390204");
    expect(result.payload).toEqual({ authCode: "1591797390204", authSuccessScopes: ["USER_LOGIN_ID"] });
    expect(result.payload).toEqual(example(dana, "success"));
  });

  it("deny: authErrorScopes with 40006, as in the seed's failure example", () => {
    const result = run(dana, ["USER_LOGIN_ID"], { kind: "deny" });
    expect(result.payload).toEqual(example(dana, "fail"));
    expect(result.payload).not.toHaveProperty("authCode");
    expect(result.payload).not.toHaveProperty("authSuccessScopes");
  });

  it("partial grant keeps conditional fields consistent", () => {
    const result = run(dana, ["USER_LOGIN_ID", "KYC_INFO"], { kind: "partial", refuse: ["KYC_INFO"] });
    expect(result.payload).toEqual({ authCode: "CODE_1", authSuccessScopes: ["USER_LOGIN_ID"], authErrorScopes: { KYC_INFO: "40006" } });
  });

  it("every DANA scope needs consent (assumed) and says so", () => {
    const result = run(dana, ["USER_LOGIN_ID"], { kind: "approve" });
    const consent = result.steps.find((s) => s.id === "consent");
    expect(consent).toMatchObject({ status: "done", fidelity: "assumed" });
  });

  it.each([
    [3, "Unknown Error"],
    [10, "Empty Data"],
    [11, "Unauthorized to Get User Info"],
  ])("error:%i fails with its documented message", (code, message) => {
    expect(run(dana, ["USER_LOGIN_ID"], { kind: "error", code }).payload).toEqual({ error: code, errorMessage: message });
  });

  it("cancel and timeout fall back to documented codes and record the assumption", () => {
    const cancel = run(dana, ["USER_LOGIN_ID"], { kind: "cancel" });
    expect(cancel.payload.error).toBe(11);
    const timeout = run(dana, ["USER_LOGIN_ID"], { kind: "timeout" });
    expect(timeout.payload).toEqual({ error: 3, errorMessage: "Unknown Error" });
    expect(timeout.assumptions.join(" ")).toMatch(/names no JSAPI error for a consent page left unanswered/);
  });

  it("requires scopes and refuses a bare string", () => {
    expect(run(dana, undefined, { kind: "approve" }).callback).toBe("fail");
    expect(run(dana, "USER_LOGIN_ID", { kind: "approve" }).callback).toBe("fail");
  });

  it("refuses impossible inputs", () => {
    expect(() => run(dana, ["USER_LOGIN_ID"], { kind: "error", code: 1001 })).toThrow(/not a JSAPI error code/);
    expect(() => run(dana, ["USER_LOGIN_ID"], { kind: "partial", refuse: ["USER_LOGIN_ID"] })).toThrow(/denial/);
    expect(() => run(dana, ["USER_LOGIN_ID", "KYC_INFO"], { kind: "partial", refuse: [] })).toThrow(/at least one/);
    expect(() => run(dana, ["USER_LOGIN_ID", "KYC_INFO"], { kind: "partial", refuse: ["SUBSCRIPTION"] })).toThrow(/not: SUBSCRIPTION/);
  });
});

describe("catalogs with optional scopes", () => {
  it("uses the default scope when scopes are missing", () => {
    const tng = builtin("touch-n-go");
    const result = run(tng, undefined, { kind: "approve" });
    expect(result.callback).toBe("success");
    expect(result.requestedScopes).toEqual(["auth_base"]);
    expect(run(tng, "BASE_USER_INFO", { kind: "approve" }).grantedScopes).toEqual(["BASE_USER_INFO"]);
  });
});

describe("callbacks per wallet, from each catalog's sources", () => {
  it.each(["touch-n-go", "gcash", "alipay-hk", "superqi", "vodapay", "dana"])("%s: approve sends authCode and authSuccessScopes", (slug) => {
    const catalog = builtin(slug);
    const consentScope = catalog.scopes.find((s) => !s.silent);
    if (!consentScope) throw new Error("no consent scope");
    const params = slug === "alipay-hk" ? { authClientId: "2160010200871872" } : undefined;
    const result = runFlow({ catalog, scopes: [consentScope.name], params, outcome: { kind: "approve" }, user, issueCode: () => "CODE_1" });
    expect(result.payload).toEqual({ authCode: "CODE_1", authSuccessScopes: [consentScope.name] });
  });

  it("AlipayHK: 14 when the user leaves the consent page open, 13 when the wallet does not answer", () => {
    const hk = builtin("alipay-hk");
    const params = { authClientId: "2160010200871872" };
    const consent = runFlow({ catalog: hk, scopes: ["USER_NAME"], params, outcome: { kind: "timeout" }, user, issueCode: () => "C" });
    expect(consent.payload).toEqual({ error: 14, errorMessage: "User Authorization Timeout" });
    expect(consent.steps.find((s) => s.id === "decision")?.fidelity).toBe("documented");
    const silent = runFlow({ catalog: hk, scopes: ["auth_base"], params, outcome: { kind: "timeout" }, user, issueCode: () => "C" });
    expect(silent.payload).toEqual({ error: 13, errorMessage: "Authorization Timeout" });
  });

  it("AlipayHK: a call without its required authClientId fails with error 3, and the rule is assumed", () => {
    const hk = builtin("alipay-hk");
    const result = run(hk, ["USER_NAME"], { kind: "approve" });
    expect(result.payload).toEqual({ error: 3, errorMessage: "No Authorization Result" });
    expect(result.assumptions.join(" ")).toMatch(/authClientId is required but missing/);
    expect(result.facts.find((f) => f.id === "param:authClientId")?.fidelity).toBe("documented");
    const typed = runFlow({ catalog: hk, scopes: ["USER_NAME"], params: { authClientId: 5 }, outcome: { kind: "approve" }, user, issueCode: () => "C" });
    expect(typed.callback).toBe("fail");
  });

  it("the pending steps name the endpoints the catalog serves, and skip what it does not serve", () => {
    const tng = run(builtin("touch-n-go"), ["auth_user"], { kind: "approve" });
    expect(tng.steps.find((s) => s.id === "user-info")?.detail).toContain("/v1/customers/user/inquiryUserInfoByAccessToken");
    const hk = runFlow({ catalog: builtin("alipay-hk"), scopes: ["USER_NAME"], params: { authClientId: "2160010200871872" }, outcome: { kind: "approve" }, user, issueCode: () => "C" });
    expect(hk.steps.find((s) => s.id === "apply-token")?.status).toBe("pending");
    expect(hk.steps.find((s) => s.id === "user-info")).toMatchObject({ status: "skipped", detail: expect.stringMatching(/no user-info API/) });
  });

  it("mainland Alipay: deny is error 11 (user tapped deny), cancel is error 3 (pop-up closed)", () => {
    const cn = builtin("alipay-cn");
    const deny = run(cn, ["auth_user"], { kind: "deny" });
    expect(deny.callback).toBe("fail");
    expect(deny.payload).toEqual({ error: 11, errorMessage: "User tapped deny (用户点击拒绝授权)" });
    const cancel = run(cn, ["auth_user"], { kind: "cancel" });
    expect(cancel.payload).toEqual({ error: 3, errorMessage: "Authorization result not found" });
  });

  it("lists every fact it relied on, and every assumed one among the assumptions", () => {
    const result = run(dana, ["USER_LOGIN_ID"], { kind: "cancel" });
    const ids = result.facts.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["data-flow", "scopes-param", "scope:USER_LOGIN_ID", "silent:USER_LOGIN_ID", "error-code:11", "field:error", "field:errorMessage", "complete"]));
    const assumedIds = result.facts.filter((f) => f.fidelity === "assumed").map((f) => f.id);
    expect(assumedIds).toEqual(expect.arrayContaining(["data-flow", "silent:USER_LOGIN_ID", "field:error", "complete"]));
    expect(result.assumptions).toHaveLength(assumedIds.length);
    // DANA's page shows no data flow: no step is labelled documented by it.
    expect(result.steps.filter((s) => ["call", "authorize", "send-code"].includes(s.id)).every((s) => s.fidelity === "assumed")).toBe(true);
  });

  it("labels the consent step a conflict where the source contradicts itself", () => {
    const result = run(alipay, ["USER_ID", "USER_NAME"], { kind: "approve" });
    const consent = result.steps.find((s) => s.id === "consent");
    expect(consent?.fidelity).toBe("conflict");
    expect(consent?.readings).toHaveLength(2);
    expect(result.facts.find((f) => f.id === "silent:USER_NAME")?.fidelity).toBe("documented");
  });
});

describe("outcome strings and unlocked fields", () => {
  it("parses and formats outcomes", () => {
    expect(parseOutcome("error:1001")).toEqual({ kind: "error", code: 1001 });
    expect(parseOutcome("partial", ["A"])).toEqual({ kind: "partial", refuse: ["A"] });
    expect(parseOutcome("error:x")).toBeNull();
    expect(parseOutcome("maybe")).toBeNull();
    expect(formatOutcome({ kind: "error", code: 3 })).toBe("error:3");
  });

  it("collects the fields granted scopes unlock", () => {
    expect(unlockedFields(alipay, ["auth_base", "USER_NAME"])).toEqual(expect.arrayContaining(["userId", "userName"]));
  });
});
