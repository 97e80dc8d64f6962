/**
 * VodaPay (South Africa): wallet-domain.md §1.8 — scopes USER_ID, NOTIFICATION_INBOX, auth_base and
 * auth_user; "USER_ID and auth_base silent" (the other two need consent). No callback table, JSAPI
 * error table or server API is in the sources: the mock's v2 endpoints are assumed.
 */
import { COMPLETE_ASSUMED, ERROR_FIELDS_ASSUMED, PARTIAL_ASSUMED, callbackRow, errorRows, notServedRows, resultFieldRows, scopeRows, tokenRow, v2ApplyTokenRows, v2TokenRows } from "./build";
import { ALL_ENDPOINTS, type EndpointId, type FactRow } from "./types";

const C = "vodapay" as const;
const V = "wallet-domain.md §1.8" as const;
const SERVED: EndpointId[] = ["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"];
const API = { catalog: C, fidelity: "assumed" as const, source: V, prefix: "" };
const FIELDS_ASSUMED = "VodaPay's callback table is not in the sources; the fields follow the common Alipay-family shape (wallet-domain.md §1.1)";

export const vodaPayFacts: FactRow[] = [
  ...scopeRows(C, [
    { name: "USER_ID", source: V, silent: true, silentFidelity: "documented" },
    { name: "NOTIFICATION_INBOX", source: V, silent: false, silentFidelity: "documented" },
    { name: "auth_base", source: V, silent: true, silentFidelity: "documented" },
    { name: "auth_user", source: V, silent: false, silentFidelity: "documented" },
  ]),
  { id: `${C}/scope-list`, catalog: C, kind: "scope-list", fidelity: "documented", source: V, expected: { documented: ["USER_ID", "NOTIFICATION_INBOX", "auth_base", "auth_user"] } },
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
    reliesOnAssumed: [FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "approve-silent", "assumed", V, {
    scopes: ["USER_ID"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["USER_ID"],
    reliesOnAssumed: [FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "partial", "assumed", "wallet-domain.md §5.4", {
    scopes: ["auth_user", "NOTIFICATION_INBOX"],
    outcome: "partial",
    refuse: ["NOTIFICATION_INBOX"],
    callback: "success",
    keys: ["authCode", "authSuccessScopes", "authErrorScopes"],
    successScopes: ["auth_user"],
    errorScopes: ["NOTIFICATION_INBOX"],
    reliesOnAssumed: [PARTIAL_ASSUMED, FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "deny", "assumed", "wallet-domain.md §1.1", {
    scopes: ["auth_user"],
    outcome: "deny",
    callback: "fail",
    keys: ["authErrorScopes"],
    errorScopes: ["auth_user"],
    reliesOnAssumed: [FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "cancel", "assumed", "wallet-domain.md §1.10", {
    scopes: ["auth_user"],
    outcome: "cancel",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 11,
    reliesOnAssumed: ["VodaPay documents no JSAPI error code; 11 = user cancelled on every platform that documents it (§1.10)", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "timeout", "assumed", "wallet-domain.md §1.10", {
    scopes: ["auth_user"],
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    reliesOnAssumed: ["VodaPay documents no timeout code", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  ...v2ApplyTokenRows(API),
  ...v2TokenRows(API, "v2.inquiryUserInfo"),
  ...v2TokenRows(API, "v2.revoke"),
  ...notServedRows(API, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "assumed", V, { endpoint: "v2.applyToken", prefix: "", scopes: ["auth_user"], extra: { appId: "3333010071465913000", authClientId: "$CLIENT" } }),
];
