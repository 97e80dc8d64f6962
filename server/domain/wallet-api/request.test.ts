import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS } from "../catalog/builtin";
import type { Catalog } from "../catalog/schema";
import { answer, draftResponse, isAnswer, parseCall, peekOperation, routeRequest, type Route } from "./request";

function builtin(slug: string): Catalog {
  const found = BUILTIN_CATALOGS.find((catalog) => catalog.slug === slug);
  if (!found) throw new Error(`no built-in ${slug}`);
  return found;
}

const dana = builtin("dana");
const tng = builtin("touch-n-go");
const apply: Route = { endpoint: "v2.applyToken", kind: "applyToken" };
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe("routeRequest", () => {
  it("finds the endpoint under each of the catalog's gateway prefixes", () => {
    expect(routeRequest(dana, { path: "/v2/authorizations/applyToken", method: "POST", bodyTooLarge: false })).toEqual(apply);
    expect(routeRequest(dana, { path: "/api/open/v2/users/inquiryUserInfo/", method: "POST", bodyTooLarge: false })).toEqual({ endpoint: "v2.inquiryUserInfo", kind: "inquiryUserInfo" });
    expect(routeRequest(tng, { path: "/acl/api/v1/authorizations/cancelToken", method: "POST", bodyTooLarge: false })).toEqual({ endpoint: "v1.cancelToken", kind: "revoke" });
  });

  it("answers INVALID_API for unknown paths and other methods, 413 for bodies over the limit", () => {
    expect(routeRequest(dana, { path: "/acl/api/v2/authorizations/applyToken", method: "POST", bodyTooLarge: false })).toMatchObject({ code: "INVALID_API", sign: true });
    expect(routeRequest(dana, { path: "/v2/authorizations/applyToken", method: "GET", bodyTooLarge: false })).toMatchObject({ code: "INVALID_API", status: 405 });
    expect(routeRequest(dana, { path: "/v2/authorizations/applyToken", method: "POST", bodyTooLarge: true })).toMatchObject({ code: "PARAM_ILLEGAL", status: 413 });
  });
});

describe("parseCall", () => {
  it("turns a valid body into one typed operation", () => {
    expect(parseCall(dana, apply, body({ grantType: "AUTHORIZATION_CODE", authCode: "abc", customerBelongsTo: "DANA" }))).toEqual({
      route: apply,
      operation: { kind: "exchange-code", authCode: "abc" },
      authClientId: undefined,
    });
    expect(parseCall(dana, apply, body({ grantType: "REFRESH_TOKEN", refreshToken: "r", authClientId: "c1" }))).toMatchObject({ operation: { kind: "refresh", refreshToken: "r" }, authClientId: "c1" });
    expect(parseCall(dana, { endpoint: "v2.revoke", kind: "revoke" }, body({ accessToken: "t" }))).toMatchObject({ operation: { kind: "revoke", accessToken: "t" } });
    expect(parseCall(dana, { endpoint: "v2.inquiryUserInfo", kind: "inquiryUserInfo" }, body({ accessToken: "t" }))).toMatchObject({ operation: { kind: "user-info", accessToken: "t" } });
  });

  it.each<[string, Buffer, string, RegExp]>([
    ["not JSON", Buffer.from("{nope"), "PARAM_ILLEGAL", /UTF-8 JSON/],
    ["not UTF-8", Buffer.from([0x7b, 0xff, 0x7d]), "PARAM_ILLEGAL", /UTF-8 JSON/],
    ["an array", body([]), "PARAM_ILLEGAL", /JSON object/],
    ["wrongly typed", body({ grantType: 42 }), "PARAM_ILLEGAL", /grantType/],
    ["too long", body({ grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(129) }), "PARAM_ILLEGAL", /authCode: at most 128/],
    ["without authCode", body({ grantType: "AUTHORIZATION_CODE" }), "PARAM_ILLEGAL", /authCode is required/],
    ["without refreshToken", body({ grantType: "REFRESH_TOKEN" }), "PARAM_ILLEGAL", /refreshToken is required/],
    ["of an unknown grant type", body({ grantType: "PASSWORD" }), "AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE", /PASSWORD/],
    ["for another wallet", body({ grantType: "AUTHORIZATION_CODE", authCode: "x", customerBelongsTo: "GCASH" }), "PARAM_ILLEGAL", /customerBelongsTo/],
    ["with extendInfo that is not a JSON object", body({ grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: "[1]" }), "PARAM_ILLEGAL", /extendInfo/],
  ])("refuses a body %s with the field named", (_label, raw, code, message) => {
    const parsed = parseCall(dana, apply, raw);
    expect(isAnswer(parsed)).toBe(true);
    expect(parsed).toMatchObject({ code, detail: expect.stringMatching(message) });
  });

  it("reads customerBelongsTo from v1's extendInfo", () => {
    const v1: Route = { endpoint: "v1.applyToken", kind: "applyToken" };
    expect(parseCall(tng, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: '{"customerBelongsTo":"TNG"}' }))).toMatchObject({ operation: { kind: "exchange-code" } });
    expect(parseCall(tng, v1, body({ grantType: "AUTHORIZATION_CODE", authCode: "x", extendInfo: '{"customerBelongsTo":"DANA"}' }))).toMatchObject({ code: "PARAM_ILLEGAL" });
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
