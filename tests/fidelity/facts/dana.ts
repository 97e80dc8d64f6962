/**
 * DANA: the seed page seeds/002_8c0ea364592096bb.txt (copied as docs/sources/dana-getauthcode.txt)
 * for everything JSAPI. The seed gives no silent/consent column (wallet-domain.md §1.5: [UNCONF]) and
 * no callback field for JSAPI-level errors; DANA's mini-program server API is not in the sources
 * (§3.2, §8 item 5), so the mock's v2 endpoints are assumed (DECISIONS.md "Mock wallet API").
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
import { ALL_ENDPOINTS, SEED_DANA, type EndpointId, type FactRow, type SourceRef } from "./types";

const C = "dana" as const;
const S = SEED_DANA;
const SERVED: EndpointId[] = ["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"];
const API = { catalog: C, fidelity: "assumed" as const, source: "wallet-domain.md §8" as const, prefix: "" };

/** The 25 scopes of the seed's Scopes Description table, in order: line 79 + 4·i. */
const SCOPES = [
  "USER_LOGIN_ID",
  "KYC_INFO",
  "USER_CONTACTINFO_EMAIL",
  "USER_BIOLOGICAL_MOTHER_NAME",
  "USER_EDUCATION_LEVEL",
  "USER_OCCUPATION",
  "USER_MONTHLY_INCOME",
  "USER_INCOME_SOURCE",
  "INVESTMENT_PURPOSE",
  "USER_INVESTING_EXPERIENCE",
  "USER_POSTAL_CODE",
  "USER_OFFICE_NAME",
  "EMPLOYER_BIZ_CTG",
  "USER_JOB",
  "USER_WORKING_EXPERIENCE",
  "USER_OFFICE_ADDRESS",
  "USER_OFFICE_PROVINCE",
  "USER_OFFICE_REGENCY",
  "USER_OFFICE_DISTRICT",
  "USER_OFFICE_VILLAGE",
  "USER_OFFICE_POSTAL_CODE",
  "USER_BANK_NAME",
  "USER_BANK_ACCOUNT_NUMBER",
  "USER_ACCOUNT_HOLDER_NAME",
  "SUBSCRIPTION",
];

const SILENT_UNSTATED: SourceRef = "wallet-domain.md §1.5";

export const danaFacts: FactRow[] = [
  ...scopeRows(
    C,
    SCOPES.map((name, i) => ({ name, source: `${S}:${79 + 4 * i}` as SourceRef, silent: null, silentFidelity: "assumed" as const, silentSource: SILENT_UNSTATED })),
  ),
  { id: `${C}/scope-list`, catalog: C, kind: "scope-list", fidelity: "documented", source: `${S}:70-177`, expected: { documented: SCOPES } },
  ...errorRows(
    C,
    [
      { code: 3, message: "Unknown Error", source: `${S}:266-268` },
      { code: 10, message: "Empty Data", source: `${S}:270-272` },
      { code: 11, message: "Unauthorized to Get User Info", source: `${S}:274-276` },
    ],
    `${S}:257-276`,
  ),
  ...resultFieldRows(C, [
    { name: "authCode", fidelity: "documented", source: `${S}:209-217` },
    { name: "authErrorScopes", fidelity: "documented", source: `${S}:219-227` },
    { name: "authSuccessScopes", fidelity: "documented", source: `${S}:229-237` },
    { name: "error", fidelity: "assumed", source: "wallet-domain.md §1.1" },
    { name: "errorMessage", fidelity: "assumed", source: "wallet-domain.md §1.1" },
  ]),
  callbackRow(C, "approve", "documented", `${S}:245-248`, {
    scopes: ["USER_LOGIN_ID"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode", "authSuccessScopes"],
    successScopes: ["USER_LOGIN_ID"],
    reliesOnAssumed: ["DANA's silent flags are not documented (wallet-domain.md §1.5)", COMPLETE_ASSUMED],
  }),
  callbackRow(C, "partial", "assumed", "wallet-domain.md §5.4", {
    scopes: ["USER_LOGIN_ID", "KYC_INFO"],
    outcome: "partial",
    refuse: ["KYC_INFO"],
    callback: "success",
    keys: ["authCode", "authSuccessScopes", "authErrorScopes"],
    successScopes: ["USER_LOGIN_ID"],
    errorScopes: ["KYC_INFO"],
    reliesOnAssumed: [PARTIAL_ASSUMED, "DANA's silent flags are not documented (wallet-domain.md §1.5)", COMPLETE_ASSUMED],
  }),
  callbackRow(C, "deny", "documented", `${S}:252-256`, {
    scopes: ["USER_LOGIN_ID"],
    outcome: "deny",
    callback: "fail",
    keys: ["authErrorScopes"],
    errorScopes: ["USER_LOGIN_ID"],
    reliesOnAssumed: ["DANA's silent flags are not documented (wallet-domain.md §1.5)", COMPLETE_ASSUMED],
  }),
  callbackRow(C, "cancel", "assumed", `${S}:274-276`, {
    scopes: ["USER_LOGIN_ID"],
    outcome: "cancel",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 11,
    errorMessage: "Unauthorized to Get User Info",
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  // DANA's table (lines 257–276) has no timeout code: any of its codes, labelled assumed.
  callbackRow(C, "timeout", "assumed", `${S}:257-276`, {
    scopes: ["USER_LOGIN_ID"],
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: [3, 10, 11],
    reliesOnAssumed: ["DANA documents no timeout code", ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "error-3", "assumed", `${S}:266-268`, {
    scopes: ["USER_LOGIN_ID"],
    outcome: "error:3",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 3,
    errorMessage: "Unknown Error",
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  callbackRow(C, "error-10", "assumed", `${S}:270-272`, {
    scopes: ["USER_LOGIN_ID"],
    outcome: "error:10",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 10,
    errorMessage: "Empty Data",
    reliesOnAssumed: [ERROR_FIELDS_ASSUMED, COMPLETE_ASSUMED],
  }),
  ...v2ApplyTokenRows(API),
  ...v2TokenRows(API, "v2.inquiryUserInfo"),
  ...v2TokenRows(API, "v2.revoke"),
  ...notServedRows(API, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "assumed", "wallet-domain.md §8", {
    endpoint: "v2.applyToken",
    prefix: "",
    scopes: ["USER_LOGIN_ID"],
    extra: { appId: "3333010071465913000", authClientId: "$CLIENT", customerBelongsTo: "DANA" },
  }),
  { id: `${C}/provenance-ref`, catalog: C, kind: "provenance-ref", fidelity: "documented", source: `${S}:1`, expected: { ref: S } },
];
