import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS } from "../catalog/builtin";
import type { Catalog } from "../catalog/schema";
import { answer, checkRequestTime, draftResponse, isAnswer, parseCall, peekOperation, routeRequest, type Route } from "./request";

function builtin(slug: string): Catalog {
  const found = BUILTIN_CATALOGS.find((catalog) => catalog.slug === slug);
  if (!found) throw new Error(`no built-in ${slug}`);
  return found;
}

const dana = builtin("dana");
const tng = builtin("touch-n-go");
const gcash = builtin("gcash");
const superqi = builtin("superqi");
const hk = builtin("alipay-hk");
const apply: Route = { endpoint: "v2.applyToken", spec: "v2.applyToken", kind: "applyToken" };
const body = (value: unknown) => Buffer.from(JSON.stringify(value));
/** What a v2 call must carry besides its own fields. */
const V2 = { appId: "3333010071465913xxx", authClientId: "c1" };

describe("routeRequest", () => {
  it("finds the endpoint under each of the catalog's gateway prefixes, with the profile the catalog serves it with", () => {
    expect(routeRequest(dana, { path: "/v2/authorizations/applyToken", method: "POST", bodyTooLarge: false })).toEqual(apply);
    expect(routeRequest(dana, { path: "/api/open/v2/users/inquiryUserInfo/", method: "POST", bodyTooLarge: false })).toEqual({ endpoint: "v2.inquiryUserInfo", spec: "v2.inquiryUserInfo", kind: "inquiryUserInfo" });
    expect(routeRequest(tng, { path: "/acl/api/v1/authorizations/cancelToken", method: "POST", bodyTooLarge: false })).toEqual({ endpoint: "v1.cancelToken", spec: "v1.cancelToken", kind: "revoke" });
    expect(routeRequest(superqi, { path: "/v1/authorizations/applyToken", method: "POST", bodyTooLarge: false })).toEqual({ endpoint: "v1.applyToken", spec: "v1.applyToken.superqi", kind: "applyToken" });
  });

  it("answers INVALID_API for unknown paths and other methods, 413 for bodies over the limit", () => {
    expect(routeRequest(dana, { path: "/acl/api/v2/authorizations/applyToken", method: "POST", bodyTooLarge: false })).toMatchObject({ code: "INVALID_API", sign: true });
    expect(routeRequest(dana, { path: "/v2/authorizations/applyToken", method: "GET", bodyTooLarge: false })).toMatchObject({ code: "INVALID_API", status: 405 });
    expect(routeRequest(dana, { path: "/v2/authorizations/applyToken", method: "POST", bodyTooLarge: true })).toMatchObject({ code: "PARAM_ILLEGAL", status: 413 });
  });

  it("answers INVALID_API naming the offered paths for an endpoint the catalog does not serve", () => {
    const refused = routeRequest(dana, { path: "/v1/authorizations/applyToken", method: "POST", bodyTooLarge: false });
    expect(refused).toMatchObject({ code: "INVALID_API", rule: "unserved" });
    expect(isAnswer(refused) && refused.detail).toContain("/v2/authorizations/applyToken, /v2/users/inquiryUserInfo, /v2/authorizations/revoke");
    expect(routeRequest(gcash, { path: "/v2/authorizations/revoke", method: "POST", bodyTooLarge: false })).toMatchObject({ code: "INVALID_API" });
    expect(routeRequest(gcash, { path: "/api/v1/authorizations/applyToken", method: "POST", bodyTooLarge: false })).toMatchObject({ spec: "v1.applyToken" });
    expect(routeRequest(hk, { path: "/api/open/v2/users/inquiryUserInfo", method: "POST", bodyTooLarge: false })).toMatchObject({ code: "INVALID_API", detail: expect.stringContaining("/v2/authorizations/applyToken (gateway") });
  });
});

describe("checkRequestTime", () => {
  it("holds Request-Time to the catalog's format", () => {
    expect(checkRequestTime(dana, "2019-04-04T12:08:56.253+05:30")).toBeNull();
    expect(checkRequestTime(dana, undefined)).toBeNull();
    expect(checkRequestTime(dana, "1685599933871")).toMatchObject({ code: "PARAM_ILLEGAL", rule: "request-time", detail: expect.stringContaining("Request-Time") });
    const epoch: Catalog = { ...dana, serverApi: { ...dana.serverApi, requestTimeFormat: "epoch-ms" } };
    expect(checkRequestTime(epoch, "1685599933871")).toBeNull();
    expect(checkRequestTime(epoch, "2019-04-04T12:08:56Z")).toMatchObject({ code: "PARAM_ILLEGAL" });
    const either: Catalog = { ...dana, serverApi: { ...dana.serverApi, requestTimeFormat: "either" } };
    expect(checkRequestTime(either, "1685599933871")).toBeNull();
    expect(checkRequestTime(either, "yesterday")).toMatchObject({ code: "PARAM_ILLEGAL" });
  });
});

describe("parseCall", () => {
  it("turns a valid body into one typed operation", () => {
    expect(parseCall(dana, apply, body({ ...V2, grantType: "AUTHORIZATION_CODE", authCode: "abc", customerBelongsTo: "DANA" }))).toEqual({
      route: apply,
      operation: { kind: "exchange-code", authCode: "abc" },
      authClientId: "c1",
    });
    expect(parseCall(dana, apply, body({ ...V2, grantType: "REFRESH_TOKEN", refreshToken: "r" }))).toMatchObject({ operation: { kind: "refresh", refreshToken: "r" }, authClientId: "c1" });
    expect(parseCall(dana, { endpoint: "v2.revoke", spec: "v2.revoke", kind: "revoke" }, body({ ...V2, accessToken: "t" }))).toMatchObject({ operation: { kind: "revoke", accessToken: "t" } });
    expect(parseCall(dana, { endpoint: "v2.inquiryUserInfo", spec: "v2.inquiryUserInfo", kind: "inquiryUserInfo" }, body({ ...V2, accessToken: "t" }))).toMatchObject({ operation: { kind: "user-info", accessToken: "t" } });
  });

  it.each<[string, Buffer, string, RegExp, string | undefined]>([
    ["not JSON", Buffer.from("{nope"), "PARAM_ILLEGAL", /UTF-8 JSON/, undefined],
    ["not UTF-8", Buffer.from([0x7b, 0xff, 0x7d]), "PARAM_ILLEGAL", /UTF-8 JSON/, undefined],
    ["an array", body([]), "PARAM_ILLEGAL", /JSON object/, undefined],
    ["wrongly typed", body({ ...V2, grantType: 42 }), "PARAM_ILLEGAL", /grantType/, "field:grantType:required"],
    ["without appId", body({ authClientId: "c1", grantType: "AUTHORIZATION_CODE", authCode: "x" }), "PARAM_ILLEGAL", /^appId: required\.$/, "field:appId:required"],
    ["without authClientId", body({ appId: "a", grantType: "AUTHORIZATION_CODE", authCode: "x" }), "PARAM_ILLEGAL", /^authClientId: required/, "field:authClientId:required"],
    ["with an appId over 32 characters", body({ ...V2, appId: "a".repeat(33), grantType: "AUTHORIZATION_CODE", authCode: "x" }), "PARAM_ILLEGAL", /appId: at most 32 characters/, "field:appId:maxLength"],
    ["with an authCode over 64 characters", body({ ...V2, grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(65) }), "PARAM_ILLEGAL", /authCode: at most 64/, "field:authCode:maxLength"],
    ["with # in authCode", body({ ...V2, grantType: "AUTHORIZATION_CODE", authCode: "ab#c" }), "PARAM_ILLEGAL", /authCode: must not contain @, # or \?/, "field:authCode:charset"],
    ["with @ in appId", body({ ...V2, appId: "a@b", grantType: "AUTHORIZATION_CODE", authCode: "x" }), "PARAM_ILLEGAL", /appId: must not contain/, "field:appId:charset"],
    ["without authCode", body({ ...V2, grantType: "AUTHORIZATION_CODE" }), "PARAM_ILLEGAL", /authCode: required when grantType is AUTHORIZATION_CODE/, "field:authCode:required"],
    ["without refreshToken", body({ ...V2, grantType: "REFRESH_TOKEN" }), "PARAM_ILLEGAL", /refreshToken: required when grantType is REFRESH_TOKEN/, "field:refreshToken:required"],
    ["of an unknown grant type", body({ ...V2, grantType: "PASSWORD" }), "AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE", /PASSWORD/, undefined],
    ["for another wallet", body({ ...V2, grantType: "AUTHORIZATION_CODE", authCode: "x", customerBelongsTo: "GCASH" }), "PARAM_ILLEGAL", /customerBelongsTo/, "customer-belongs-to"],
    ["with extendInfo that is not a JSON object", body({ ...V2, grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: "[1]" }), "PARAM_ILLEGAL", /extendInfo/, "field:extendInfo:json"],
  ])("refuses a body %s with the field named", (_label, raw, code, message, rule) => {
    const parsed = parseCall(dana, apply, raw);
    expect(isAnswer(parsed)).toBe(true);
    expect(parsed).toMatchObject({ code, detail: expect.stringMatching(message) });
    if (isAnswer(parsed)) expect(parsed.rule).toBe(rule);
  });

  it("lets extendInfo hold @ # ? (a JSON string)", () => {
    expect(parseCall(dana, apply, body({ ...V2, grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: '{"memo":"a@b#c?"}' }))).toMatchObject({ operation: { kind: "exchange-code" } });
  });

  it("v2 user info and revoke require appId, authClientId and accessToken", () => {
    const info: Route = { endpoint: "v2.inquiryUserInfo", spec: "v2.inquiryUserInfo", kind: "inquiryUserInfo" };
    expect(parseCall(dana, info, body({ accessToken: "t", authClientId: "c1" }))).toMatchObject({ code: "PARAM_ILLEGAL", detail: "appId: required." });
    expect(parseCall(dana, info, body({ accessToken: "t", appId: "a" }))).toMatchObject({ code: "PARAM_ILLEGAL", detail: "authClientId: required." });
    expect(parseCall(dana, info, body({ ...V2, accessToken: "x".repeat(129) }))).toMatchObject({ code: "PARAM_ILLEGAL", detail: "accessToken: at most 128 characters." });
  });

  it("v1 applyToken requires extendInfo with customerBelongsTo, the wallet's when it has one, and its own lengths", () => {
    const v1: Route = { endpoint: "v1.applyToken", spec: "v1.applyToken", kind: "applyToken" };
    expect(parseCall(tng, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: '{"customerBelongsTo":"TNG"}' }))).toMatchObject({ operation: { kind: "exchange-code" } });
    expect(parseCall(tng, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: '{"customerBelongsTo":"DANA"}' }))).toMatchObject({ code: "PARAM_ILLEGAL" });
    expect(parseCall(tng, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x" }))).toMatchObject({ code: "PARAM_ILLEGAL", detail: "extendInfo: required: a JSON object as a string that carries customerBelongsTo." });
    expect(parseCall(tng, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: "{}" }))).toMatchObject({ code: "PARAM_ILLEGAL", rule: "field:extendInfo:json" });
    const ok = { extendInfo: '{"customerBelongsTo":"TNG"}' };
    expect(parseCall(tng, v1, body({ ...ok, grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(33) }))).toMatchObject({ code: "PARAM_ILLEGAL", detail: "authCode: at most 32 characters." });
    // The documented 16 conflicts with the documented AUTHORIZATION_CODE (18): the studio accepts 18.
    expect(parseCall(tng, v1, body({ ...ok, grantType: "AUTHORIZATION_CODE_X" }))).toMatchObject({ code: "PARAM_ILLEGAL", detail: "grantType: at most 18 characters." });
  });

  it("SuperQi's v1 applyToken takes a 64-character authCode and no extendInfo", () => {
    const v1: Route = { endpoint: "v1.applyToken", spec: "v1.applyToken.superqi", kind: "applyToken" };
    expect(parseCall(superqi, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(64) }))).toMatchObject({ operation: { kind: "exchange-code" } });
    expect(parseCall(superqi, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(65) }))).toMatchObject({ code: "PARAM_ILLEGAL" });
  });
});

describe("peekOperation", () => {
  it("reads what a body names without validating it, for the record of an early refusal", () => {
    expect(peekOperation("applyToken", body({ grantType: "REFRESH_TOKEN", refreshToken: "r" }))).toEqual({ kind: "refresh", refreshToken: "r" });
    expect(peekOperation("applyToken", body({ authCode: 5 }))).toEqual({ kind: "exchange-code", authCode: "" });
    expect(peekOperation("revoke", body({ accessToken: "t" }))).toEqual({ kind: "revoke", accessToken: "t" });
    expect(peekOperation("inquiryUserInfo", Buffer.from("{nope"))).toBeNull();
    expect(peekOperation("applyToken", null)).toBeNull();
  });
});

describe("draftResponse", () => {
  it("is the result body with its fields, the result code's status and the call id", () => {
    const draft = draftResponse(answer("SUCCESS", undefined, { fields: { accessToken: "t" } }), "call_1");
    expect(draft.status).toBe(200);
    expect(JSON.parse(draft.body)).toEqual({ result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" }, accessToken: "t" });
    expect(draft.headers).toMatchObject({ "Cache-Control": "no-store", "X-Call-Id": "call_1" });
  });

  it("appends the detail to the documented message; a 405 says which method to use", () => {
    const draft = draftResponse(answer("INVALID_API", "Use POST, not GET.", { status: 405 }), "call_2");
    expect(draft.status).toBe(405);
    expect(draft.headers.Allow).toBe("POST");
    expect(JSON.parse(draft.body).result.resultMessage).toBe("The called API is invalid or not active. Use POST, not GET.");
  });

  it("never signs an INVALID_SIGNATURE answer", () => {
    expect(answer("INVALID_SIGNATURE").sign).toBe(false);
    expect(answer("INVALID_AUTH_CLIENT").sign).toBe(true);
  });
});
