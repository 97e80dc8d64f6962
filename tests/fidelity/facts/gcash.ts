/**
 * GCash: wallet-domain.md §1.3 (auth_base silent, auth_user; both "legacy scopes and not recommended
 * to be used"; fail example {"authErrorScopes":{"auth_user":"40006"}}), the success example of §1.1
 * ({authCode, authSuccessScopes}, seen on GCash [OFF]), and the server API of §2.1 / §3.1: v2
 * applyToken (GCash v2_applytoken, `/api` URL shape), v2 inquiryUserInfo in its docs-demo / GCash-old
 * form (accessToken required, authClientId optional, no appId), v1 applyToken and v1
 * inquiryUserInfoByAccessToken (GCash-old, `/miniprogram/api` URL shape). No revoke is documented.
 */
import {
  COMPLETE_ASSUMED,
  ERROR_FIELDS_ASSUMED,
  INVALID_ACCESS_TOKEN_MESSAGE,
  PARTIAL_ASSUMED,
  UNKNOWN_TOKEN,
  callbackRow,
  errorRows,
  notServedRows,
  resultFieldRows,
  scopeRows,
  tokenRow,
  v1ApplyTokenRows,
  v1TokenRows,
  v2ApplyTokenRows,
} from "./build";
import { ALL_ENDPOINTS, type EndpointId, type FactRow } from "./types";

const C = "gcash" as const;
const G = "wallet-domain.md §1.3" as const;
const SERVED: EndpointId[] = ["v2.applyToken", "v2.inquiryUserInfo", "v1.applyToken", "v1.inquiryUserInfoByAccessToken"];
const V2 = { catalog: C, fidelity: "documented" as const, source: "wallet-domain.md §2.1" as const, prefix: "/api" };
const V1 = { ...V2, prefix: "/miniprogram/api" };

export const gcashFacts: FactRow[] = [
  ...scopeRows(C, [
    { name: "auth_base", source: G, deprecated: true, silent: true, silentFidelity: "documented" },
    // The page marks auth_base (silent) and lists auth_user without the mark.
    { name: "auth_user", source: G, deprecated: true, silent: false, silentFidelity: "documented" },
  ]),
  // The current (non-legacy) scope list is not in the sources (§1.3, §8 item 4): others may exist, labelled assumed.
  { id: `${C}/scope-list`, catalog: C, kind: "scope-list", fidelity: "documented", source: G, expected: { documented: ["auth_base", "auth_user"] } },
  ...errorRows(C, [], "wallet-domain.md §1.10"),
  ...resultFieldRows(C, [
    { name: "authCode", fidelity: "documented", source: "wallet-domain.md §1.1" },
    { name: "authSuccessScopes", fidelity: "documented", source: "wallet-domain.md §1.1" },
    { name: "authErrorScopes", fidelity: "documented", source: G },
    { name: "error", fidelity: "assumed", source: "wallet-domain.md §1.1" },
    { name: "errorMessage", fidelity: "assumed", source: "wallet-domain.md §1.1" },
  ]),
  callbackRow(C, "approve", "documented", "wallet-domain.md §1.1", {
    scopes: ["auth_user"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["auth_user"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "approve-silent", "documented", "wallet-domain.md §1.1", {
    scopes: ["auth_base"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["auth_base"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "partial", "assumed", "wallet-domain.md §5.4", {
    scopes: ["auth_base", "auth_user"],
    outcome: "partial",
    refuse: ["auth_user"],
    callback: "success",
    keys: ["authCode", "authSuccessScopes", "authErrorScopes"],
    successScopes: ["auth_base"],
    errorScopes: ["auth_user"],
    reliesOnAssumed: [PARTIAL_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "deny", "documented", G, {
    scopes: ["auth_user"],
    outcome: "deny",
    callback: "fail",
    keys: ["authErrorScopes"],
    errorScopes: ["auth_user"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "cancel", "assumed", "wallet-domain.md §1.10", {
    scopes: ["auth_user"],
    outcome: "cancel",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 11,
    reliesOnAssumed: ["GCash documents no JSAPI error code; 11 = user cancelled on every platform that documents it (§1.10)", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "timeout", "assumed", "wallet-domain.md §1.10", {
    scopes: ["auth_user"],
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    reliesOnAssumed: ["GCash documents no timeout code", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  ...v2ApplyTokenRows(V2),
  // docs-demo / GCash-old v2 inquiryUserInfo (§3.1): only accessToken is required.
  {
    id: `${C}/api/v2.inquiryUserInfo/unknown-token-is-INVALID_ACCESS_TOKEN`,
    catalog: C,
    kind: "api",
    fidelity: "documented",
    source: "wallet-domain.md §3.1",
    expected: { endpoint: "v2.inquiryUserInfo", prefix: "/api", body: { accessToken: UNKNOWN_TOKEN }, resultCode: "INVALID_ACCESS_TOKEN", resultStatus: "F", messageStartsWith: INVALID_ACCESS_TOKEN_MESSAGE },
  },
  {
    id: `${C}/api/v2.inquiryUserInfo/accessToken-required`,
    catalog: C,
    kind: "api",
    fidelity: "documented",
    source: "wallet-domain.md §3.1",
    expected: { endpoint: "v2.inquiryUserInfo", prefix: "/api", body: { authClientId: "$CLIENT" }, resultCode: "PARAM_ILLEGAL", resultStatus: "F", httpStatus: 400, messageMentions: ["accessToken"] },
  },
  ...v1ApplyTokenRows({ ...V1, customerBelongsTo: "GCASH" }),
  ...v1TokenRows({ ...V1, source: "wallet-domain.md §3.1" }, "v1.inquiryUserInfoByAccessToken"),
  ...notServedRows(V2, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "documented", "wallet-domain.md §2.3", {
    endpoint: "v2.applyToken",
    prefix: "/api",
    scopes: ["auth_user"],
    extra: { appId: "3333010071465913000", authClientId: "$CLIENT", customerBelongsTo: "GCASH" },
  }),
  tokenRow(C, "documented", "wallet-domain.md §2.3", {
    endpoint: "v1.applyToken",
    prefix: "/miniprogram/api",
    scopes: ["auth_user"],
    extra: { extendInfo: JSON.stringify({ customerBelongsTo: "GCASH" }) },
  }),
];
