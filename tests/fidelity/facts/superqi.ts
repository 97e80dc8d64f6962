/**
 * SuperQi (Iraq): wallet-domain.md §1.8 (scopes Array, required; values auth_base, auth_user,
 * NOTIFICATION_INBOX; the Silent authorization column: auth_base, USER_ID and USER_LOGIN_ID Yes,
 * truncated from HASH_LOGIN_ID on) and the server API: v1 applyToken with authCode ≤ 64 and optional
 * extendInfo (§2.1, §2.2), v1 cancelToken (§3.3), v1 inquiryUserInfo only from a third-party client
 * (§3.1 [3P]: assumed). The scope descriptions are not in the stored copy (borrowed: assumed).
 */
import {
  COMPLETE_ASSUMED,
  ERROR_FIELDS_ASSUMED,
  PARTIAL_ASSUMED,
  callbackRow,
  errorRows,
  notServedRows,
  resultFieldRows,
  scopeRows,
  tokenRow,
  unknownCode,
  v1TokenRows,
} from "./build";
import { ALL_ENDPOINTS, type EndpointId, type FactRow } from "./types";

const C = "superqi" as const;
const Q = "wallet-domain.md §1.8" as const;
const SERVED: EndpointId[] = ["v1.applyToken", "v1.cancelToken", "v1.inquiryUserInfo"];
const API = { catalog: C, fidelity: "documented" as const, source: "wallet-domain.md §2.1" as const, prefix: "" };
const FIELDS_ASSUMED = "SuperQi's callback table is not in the sources; the fields follow the common Alipay-family shape (wallet-domain.md §1.1)";
const TRUNCATED = "SuperQi's Silent authorization column is truncated from HASH_LOGIN_ID on";
const SCOPES = ["auth_base", "USER_ID", "USER_LOGIN_ID", "HASH_LOGIN_ID", "auth_user", "NOTIFICATION_INBOX"];

export const superQiFacts: FactRow[] = [
  ...scopeRows(C, [
    { name: "auth_base", source: Q, silent: true, silentFidelity: "documented" },
    { name: "USER_ID", source: Q, silent: true, silentFidelity: "documented" },
    { name: "USER_LOGIN_ID", source: Q, silent: true, silentFidelity: "documented" },
    { name: "HASH_LOGIN_ID", source: Q, silent: null, silentFidelity: "assumed" },
    { name: "auth_user", source: Q, silent: null, silentFidelity: "assumed" },
    { name: "NOTIFICATION_INBOX", source: Q, silent: null, silentFidelity: "assumed" },
  ]),
  ...SCOPES.map(
    (scope): FactRow => ({ id: `${C}/scope-description/${scope}`, catalog: C, kind: "scope-description", fidelity: "assumed", source: Q, expected: { scope } }),
  ),
  { id: `${C}/scope-list`, catalog: C, kind: "scope-list", fidelity: "documented", source: Q, expected: { documented: SCOPES } },
  ...errorRows(C, [], "wallet-domain.md §1.10"),
  ...resultFieldRows(
    C,
    (["authCode", "authSuccessScopes", "authErrorScopes", "error", "errorMessage"] as const).map((name) => ({ name, fidelity: "assumed" as const, source: "wallet-domain.md §1.1" as const })),
  ),
  callbackRow(C, "approve", "assumed", "wallet-domain.md §1.1", {
    scopes: ["auth_user"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["auth_user"],
    reliesOnAssumed: [FIELDS_ASSUMED, TRUNCATED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "approve-silent", "assumed", Q, {
    scopes: ["USER_LOGIN_ID"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["USER_LOGIN_ID"],
    reliesOnAssumed: [FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "partial", "assumed", "wallet-domain.md §5.4", {
    scopes: ["auth_base", "auth_user"],
    outcome: "partial",
    refuse: ["auth_user"],
    callback: "success",
    keys: ["authCode", "authSuccessScopes", "authErrorScopes"],
    successScopes: ["auth_base"],
    errorScopes: ["auth_user"],
    reliesOnAssumed: [PARTIAL_ASSUMED, FIELDS_ASSUMED, TRUNCATED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "deny", "assumed", "wallet-domain.md §1.1", {
    scopes: ["auth_user"],
    outcome: "deny",
    callback: "fail",
    keys: ["authErrorScopes"],
    errorScopes: ["auth_user"],
    reliesOnAssumed: [FIELDS_ASSUMED, TRUNCATED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "cancel", "assumed", "wallet-domain.md §1.10", {
    scopes: ["auth_user"],
    outcome: "cancel",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 11,
    reliesOnAssumed: ["SuperQi documents no JSAPI error code; 11 = user cancelled on every platform that documents it (§1.10)", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "timeout", "assumed", "wallet-domain.md §1.10", {
    scopes: ["auth_user"],
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    reliesOnAssumed: ["SuperQi documents no timeout code", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  // v1 applyToken, SuperQi variant (§2.2): authCode ≤ 64, extendInfo optional; v1 naming INVALID_CODE (§2.4).
  {
    id: `${C}/api/v1.applyToken/authCode-64-allowed`,
    catalog: C,
    kind: "api",
    fidelity: "documented",
    source: "wallet-domain.md §2.2",
    expected: { endpoint: "v1.applyToken", prefix: "", body: { grantType: "AUTHORIZATION_CODE", authCode: unknownCode(64) }, resultCode: "INVALID_CODE", resultStatus: "F" },
  },
  {
    id: `${C}/api/v1.applyToken/authCode-max-64`,
    catalog: C,
    kind: "api",
    fidelity: "documented",
    source: "wallet-domain.md §2.2",
    expected: { endpoint: "v1.applyToken", prefix: "", body: { grantType: "AUTHORIZATION_CODE", authCode: unknownCode(65) }, resultCode: "PARAM_ILLEGAL", resultStatus: "F", httpStatus: 400, messageMentions: ["authCode"] },
  },
  {
    id: `${C}/api/v1.applyToken/grantType-required`,
    catalog: C,
    kind: "api",
    fidelity: "documented",
    source: "wallet-domain.md §2.2",
    expected: { endpoint: "v1.applyToken", prefix: "", body: { authCode: unknownCode(32) }, resultCode: "PARAM_ILLEGAL", resultStatus: "F", httpStatus: 400, messageMentions: ["grantType"] },
  },
  ...v1TokenRows({ ...API, source: "wallet-domain.md §3.3" }, "v1.cancelToken"),
  ...v1TokenRows({ ...API, fidelity: "assumed", source: "wallet-domain.md §3.1" }, "v1.inquiryUserInfo"),
  ...notServedRows(API, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "documented", "wallet-domain.md §2.3", { endpoint: "v1.applyToken", prefix: "", scopes: ["auth_user"], extra: {} }),
];
