/**
 * Alipay+ generic: the seed page seeds/000_990cf4b666aceb78.txt (copied as
 * docs/sources/alipay-plus-getauthcode.txt) for everything JSAPI; the server API from
 * wallet-domain.md §2.1–§3.3 (Alipay+ v2 main docs [OFF]).
 *
 * The seed contradicts itself on silent flags: its table (lines 37–40) marks auth_base, USER_ID,
 * USER_LOGIN_ID and HASH_LOGIN_ID silent, its note (line 51) says only auth_base is silent and "All
 * the other scopes are used for proactive user authorization". auth_base agrees in both (documented);
 * USER_ID, USER_LOGIN_ID and HASH_LOGIN_ID are `conflict` (DECISIONS.md "Conflicts"), the studio using
 * the table (silent).
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
  v2ApplyTokenRows,
  v2TokenRows,
} from "./build";
import { ALL_ENDPOINTS, SEED_ALIPAY_PLUS, type EndpointId, type FactRow } from "./types";

const C = "alipay-plus" as const;
const S = SEED_ALIPAY_PLUS;
const SERVED: EndpointId[] = ["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"];
const API = { catalog: C, fidelity: "documented" as const, source: "wallet-domain.md §2.1" as const, prefix: "" };

export const alipayPlusFacts: FactRow[] = [
  ...scopeRows(C, [
    { name: "auth_base", source: `${S}:37`, silent: true, silentFidelity: "documented", silentSource: `${S}:50-51` },
    { name: "USER_ID", source: `${S}:38`, silent: true, silentFidelity: "conflict", silentSource: `${S}:38` },
    { name: "USER_LOGIN_ID", source: `${S}:39`, silent: true, silentFidelity: "conflict", silentSource: `${S}:39` },
    { name: "HASH_LOGIN_ID", source: `${S}:40`, silent: true, silentFidelity: "conflict", silentSource: `${S}:40` },
    { name: "auth_user", source: `${S}:41`, silent: false, silentFidelity: "documented" },
    { name: "USER_NAME", source: `${S}:42`, silent: false, silentFidelity: "documented" },
    { name: "USER_AVATAR", source: `${S}:43`, silent: false, silentFidelity: "documented" },
    { name: "USER_GENDER", source: `${S}:44`, silent: false, silentFidelity: "documented" },
    { name: "USER_BIRTHDAY", source: `${S}:45`, silent: false, silentFidelity: "documented" },
    { name: "USER_NATIONALITY", source: `${S}:46`, silent: false, silentFidelity: "documented" },
    { name: "USER_CONTACTINFO", source: `${S}:47`, silent: false, silentFidelity: "documented" },
    { name: "NOTIFICATION_INBOX", source: `${S}:48`, silent: false, silentFidelity: "documented" },
    { name: "AGREEMENT_PAY", source: `${S}:49`, silent: false, silentFidelity: "documented" },
  ]),
  {
    id: `${C}/scope-list`,
    catalog: C,
    kind: "scope-list",
    fidelity: "documented",
    source: `${S}:36-49`,
    expected: {
      documented: [
        "auth_base",
        "USER_ID",
        "USER_LOGIN_ID",
        "HASH_LOGIN_ID",
        "auth_user",
        "USER_NAME",
        "USER_AVATAR",
        "USER_GENDER",
        "USER_BIRTHDAY",
        "USER_NATIONALITY",
        "USER_CONTACTINFO",
        "NOTIFICATION_INBOX",
        "AGREEMENT_PAY",
      ],
    },
  },
  ...errorRows(
    C,
    [
      { code: 3, name: "ERROR_CODE_UNKNOWN_ERROR", source: `${S}:71` },
      { code: 1000, name: "ERROR_CODE_UNKNOWN_ERROR", source: `${S}:72` },
      { code: 1001, name: "ERROR_CODE_USER_CANCEL", source: `${S}:73` },
      { code: 1002, name: "ERROR_CODE_APP_SERVICE_ERROR", source: `${S}:74` },
      { code: 1003, name: "ERROR_CODE_TIMEOUT", source: `${S}:75` },
      { code: 2001, name: "ERRORLCODE_AUTH_PENDING_AGREEMENT", source: `${S}:76` },
    ],
    `${S}:68-76`,
  ),
  ...resultFieldRows(C, [
    { name: "authCode", fidelity: "documented", source: `${S}:55` },
    { name: "authErrorScopes", fidelity: "documented", source: `${S}:56` },
    { name: "authSuccessScopes", fidelity: "documented", source: `${S}:57` },
    { name: "error", fidelity: "assumed", source: "wallet-domain.md §1.1" },
    { name: "errorMessage", fidelity: "assumed", source: "wallet-domain.md §1.1" },
  ]),
  // Success example (lines 58–61) has only authCode; authSuccessScopes is "Required: No" (line 57).
  callbackRow(C, "approve-consent", "documented", `${S}:58-61`, {
    scopes: ["auth_user"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "approve-silent", "documented", `${S}:58-61`, {
    scopes: ["auth_base"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "partial", "assumed", "wallet-domain.md §5.4", {
    scopes: ["auth_user", "USER_NAME"],
    outcome: "partial",
    refuse: ["USER_NAME"],
    callback: "success",
    keys: ["authCode", "authSuccessScopes", "authErrorScopes"],
    successScopes: ["auth_user"],
    errorScopes: ["USER_NAME"],
    reliesOnAssumed: [PARTIAL_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "deny", "documented", `${S}:62-67`, {
    scopes: ["auth_user"],
    outcome: "deny",
    callback: "fail",
    keys: ["authErrorScopes"],
    errorScopes: ["auth_user"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "cancel", "assumed", `${S}:73`, {
    scopes: ["auth_user"],
    outcome: "cancel",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 1001,
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "timeout", "assumed", `${S}:75`, {
    scopes: ["auth_user"],
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 1003,
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "error-2001", "assumed", `${S}:76`, {
    scopes: ["AGREEMENT_PAY"],
    outcome: "error:2001",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 2001,
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  ...v2ApplyTokenRows(API),
  ...v2TokenRows({ ...API, source: "wallet-domain.md §3.1" }, "v2.inquiryUserInfo"),
  ...v2TokenRows({ ...API, source: "wallet-domain.md §3.3" }, "v2.revoke"),
  ...notServedRows(API, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "documented", "wallet-domain.md §2.3", {
    endpoint: "v2.applyToken",
    prefix: "",
    scopes: ["auth_user"],
    extra: { appId: "3333010071465913000", authClientId: "$CLIENT" },
  }),
  {
    id: `${C}/provenance-ref`,
    catalog: C,
    kind: "provenance-ref",
    fidelity: "documented",
    source: `${S}:1`,
    expected: { ref: S },
  },
];
