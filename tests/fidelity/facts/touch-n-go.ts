/**
 * Touch 'n Go eWallet: wallet-domain.md §1.4 (scope table with Silent and Preassign columns, aliases
 * auth_base ≡ BASE_USER_INFO and auth_user ≡ USER_INFO, scopes optional with default auth_base) and the
 * v1 server API (§2.1, §2.2 v1, §3.1, §3.3), served under TNG's documented `/acl/api` gateway prefix
 * (§2.1 URL shapes). TNG's page gives no callback table and no JSAPI error table: those are assumed.
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
  v1ApplyTokenRows,
  v1TokenRows,
} from "./build";
import { ALL_ENDPOINTS, type EndpointId, type FactRow } from "./types";

const C = "touch-n-go" as const;
const T = "wallet-domain.md §1.4" as const;
const SERVED: EndpointId[] = ["v1.applyToken", "v1.inquiryUserInfoByAccessToken", "v1.cancelToken"];
const API = { catalog: C, fidelity: "documented" as const, source: "wallet-domain.md §2.1" as const, prefix: "/acl/api" };
const FIELDS_ASSUMED = "TNG's page gives no callback table; the fields follow the common Alipay-family shape (wallet-domain.md §1.1)";

export const touchNGoFacts: FactRow[] = [
  ...scopeRows(C, [
    { name: "auth_base", source: T, aliases: ["BASE_USER_INFO"], preassigned: true, silent: true, silentFidelity: "documented" },
    { name: "auth_user", source: T, aliases: ["USER_INFO"], preassigned: true, silent: false, silentFidelity: "documented" },
    { name: "USER_NAME", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
    { name: "USER_AVATAR", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
    { name: "USER_GENDER", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
    { name: "USER_BIRTHDAY", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
    { name: "USER_NATIONALITY", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
    { name: "USER_CONTACTINFO", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
    { name: "USER_ADDRESS", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
    { name: "USER_INFO_EKYC", source: T, preassigned: false, silent: false, silentFidelity: "documented" },
  ]),
  {
    id: `${C}/scope-list`,
    catalog: C,
    kind: "scope-list",
    fidelity: "documented",
    source: T,
    expected: {
      documented: ["auth_base", "auth_user", "USER_NAME", "USER_AVATAR", "USER_GENDER", "USER_BIRTHDAY", "USER_NATIONALITY", "USER_CONTACTINFO", "USER_ADDRESS", "USER_INFO_EKYC"],
    },
  },
  // No TNG JSAPI error table in the sources (§1.4; TNG is not a column of §1.10).
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
  // Scopes Mandatory N, default auth_base (§1.4); the payload fields are assumed.
  callbackRow(C, "approve-default-scope", "assumed", T, {
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["auth_base"],
    reliesOnAssumed: [FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "approve-alias", "assumed", T, {
    scopes: ["USER_INFO"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    reliesOnAssumed: [FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "partial", "assumed", "wallet-domain.md §5.4", {
    scopes: ["auth_user", "USER_NAME"],
    outcome: "partial",
    refuse: ["USER_NAME"],
    callback: "success",
    keys: ["authCode", "authSuccessScopes", "authErrorScopes"],
    successScopes: ["auth_user"],
    errorScopes: ["USER_NAME"],
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
    reliesOnAssumed: ["TNG documents no JSAPI error code; 11 = user cancelled on every platform that documents it (§1.10)", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "timeout", "assumed", "wallet-domain.md §1.10", {
    scopes: ["auth_user"],
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    reliesOnAssumed: ["TNG documents no timeout code", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  ...v1ApplyTokenRows({ ...API, customerBelongsTo: "TNG" }),
  ...v1TokenRows({ ...API, source: "wallet-domain.md §3.1" }, "v1.inquiryUserInfoByAccessToken"),
  ...v1TokenRows({ ...API, source: "wallet-domain.md §3.3" }, "v1.cancelToken"),
  ...notServedRows(API, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "documented", "wallet-domain.md §2.3", {
    endpoint: "v1.applyToken",
    prefix: "/acl/api",
    scopes: ["auth_user"],
    extra: { extendInfo: JSON.stringify({ customerBelongsTo: "TNG" }) },
  }),
];
