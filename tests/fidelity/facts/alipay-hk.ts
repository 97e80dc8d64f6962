/**
 * AlipayHK: wallet-domain.md §1.6 — the eKYC getAuthCode JSAPI page (required authClientId, USER_NAME,
 * the error table 3/11/12/13/14/15/101) and the Auto Earn flow (auth_base and SCOPE_USER_BILL, then
 * /api/open/v2/authorizations/applyToken). No silent flag, callback table, user-info or revoke API is
 * documented. Every simulation passes the documented authClientId (`params`, DECISIONS.md).
 */
import { COMPLETE_ASSUMED, ERROR_FIELDS_ASSUMED, callbackRow, errorRows, notServedRows, resultFieldRows, scopeRows, tokenRow, v2ApplyTokenRows } from "./build";
import { ALL_ENDPOINTS, type EndpointId, type FactRow } from "./types";

const C = "alipay-hk" as const;
const H = "wallet-domain.md §1.6" as const;
const SERVED: EndpointId[] = ["v2.applyToken"];
const API = { catalog: C, fidelity: "documented" as const, source: H, prefix: "/api/open" };
/** The HK merchant id of the documented request example (§1.6). */
const PARAMS = { authClientId: "2160010200871872" };
const FIELDS_ASSUMED = "AlipayHK's callback fields are not in the sources; they follow the common Alipay-family shape (wallet-domain.md §1.1)";
const SILENT_ASSUMED = "AlipayHK states no silent flag";

export const alipayHkFacts: FactRow[] = [
  ...scopeRows(C, [
    { name: "USER_NAME", source: H, silent: null, silentFidelity: "assumed" },
    { name: "auth_base", source: H, silent: null, silentFidelity: "assumed" },
    { name: "SCOPE_USER_BILL", source: H, silent: null, silentFidelity: "assumed" },
  ]),
  { id: `${C}/scope-list`, catalog: C, kind: "scope-list", fidelity: "documented", source: H, expected: { documented: ["USER_NAME", "auth_base", "SCOPE_USER_BILL"] } },
  { id: `${C}/jsapi-param/authClientId`, catalog: C, kind: "jsapi-param", fidelity: "documented", source: H, expected: { name: "authClientId", required: true } },
  ...errorRows(
    C,
    [
      { code: 3, message: "No Authorization Result", source: H },
      { code: 11, message: "Cancel Authorization by User", source: H },
      { code: 12, message: "Network Error", source: H },
      { code: 13, message: "Authorization Timeout", source: H },
      { code: 14, message: "User Authorization Timeout", source: H },
      { code: 15, message: "System Error", source: H },
      { code: 101, message: "No eKYC", source: H },
    ],
    H,
  ),
  ...resultFieldRows(
    C,
    (["authCode", "authSuccessScopes", "authErrorScopes", "error", "errorMessage"] as const).map((name) => ({ name, fidelity: "assumed" as const, source: "wallet-domain.md §1.1" as const })),
  ),
  callbackRow(C, "approve", "assumed", H, {
    scopes: ["USER_NAME"],
    params: PARAMS,
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["USER_NAME"],
    reliesOnAssumed: [FIELDS_ASSUMED, SILENT_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "deny", "assumed", H, {
    scopes: ["USER_NAME"],
    params: PARAMS,
    outcome: "deny",
    callback: "fail",
    keys: ["authErrorScopes"],
    errorScopes: ["USER_NAME"],
    reliesOnAssumed: [FIELDS_ASSUMED, SILENT_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "cancel", "assumed", H, {
    scopes: ["USER_NAME"],
    params: PARAMS,
    outcome: "cancel",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 11,
    errorMessage: "Cancel Authorization by User",
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  // Consent page open, the user does not answer: 14 (DECISIONS.md); not 13.
  callbackRow(C, "timeout-consent", "assumed", H, {
    scopes: ["USER_NAME"],
    params: PARAMS,
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 14,
    errorMessage: "User Authorization Timeout",
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, SILENT_ASSUMED, COMPLETE_ASSUMED],
  }),
  // No consent page (auth_base, assumed silent): the wallet does not answer, 13.
  callbackRow(C, "timeout-silent", "assumed", H, {
    scopes: ["auth_base"],
    params: PARAMS,
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 13,
    errorMessage: "Authorization Timeout",
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, SILENT_ASSUMED, COMPLETE_ASSUMED],
  }),
  // authClientId is required (§1.6); how a call without it is answered is assumed (DECISIONS.md: the catalog's code 3).
  callbackRow(C, "missing-authClientId", "assumed", H, {
    scopes: ["USER_NAME"],
    outcome: "approve",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 3,
    errorMessage: "No Authorization Result",
    reliesOnAssumed: ["how a call without authClientId is answered is not documented", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "error-101", "assumed", H, {
    scopes: ["USER_NAME"],
    params: PARAMS,
    outcome: "error:101",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 101,
    errorMessage: "No eKYC",
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  ...v2ApplyTokenRows(API),
  ...notServedRows(API, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "documented", "wallet-domain.md §2.3", {
    endpoint: "v2.applyToken",
    prefix: "/api/open",
    scopes: ["USER_NAME"],
    // The studio's client id is the authClientId the "super app" assigned.
    params: { authClientId: "$CLIENT" },
    extra: { appId: "3333010071465913000", authClientId: "$CLIENT", customerBelongsTo: "ALIPAY_HK" },
  }),
];
