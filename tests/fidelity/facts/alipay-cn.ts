/**
 * Mainland Alipay: wallet-domain.md §1.7 (scopes auth_base silent, auth_user proactive, auth_zhima;
 * scopes optional with default auth_base; error codes 4 / 3 / 11 — 11 = user tapped deny, 3 = no
 * result / user closed the pop-up) and the typings of §6.1 (success: authCode, authErrorScopes,
 * authSuccessScopes; fail: error, errorMessage). The error meanings are paraphrased in the
 * reference, so only the codes are checked. The real server API is alipay.system.oauth.token (§2.1):
 * the mock's v2 endpoints are a stand-in, assumed.
 */
import { COMPLETE_ASSUMED, callbackRow, errorRows, notServedRows, resultFieldRows, scopeRows, tokenRow, v2ApplyTokenRows, v2TokenRows } from "./build";
import { ALL_ENDPOINTS, type EndpointId, type FactRow } from "./types";

const C = "alipay-cn" as const;
const M = "wallet-domain.md §1.7" as const;
const SERVED: EndpointId[] = ["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"];
const API = { catalog: C, fidelity: "assumed" as const, source: "wallet-domain.md §2.1" as const, prefix: "" };

export const alipayCnFacts: FactRow[] = [
  ...scopeRows(C, [
    { name: "auth_base", source: M, silent: true, silentFidelity: "documented" },
    { name: "auth_user", source: M, silent: false, silentFidelity: "documented" },
    { name: "auth_zhima", source: M, silent: null, silentFidelity: "assumed" },
  ]),
  {
    id: `${C}/scope-list`,
    catalog: C,
    kind: "scope-list",
    fidelity: "documented",
    source: M,
    expected: {
      documented: ["auth_base", "auth_user", "auth_zhima"],
      // Scope literals typed in @mini-types/my (§1.7, §6.1), meaning undocumented: a catalog may list them.
      mayAlsoBeDocumented: ["order_service", "trip_ticket", "ride_hailing", "charging_pile", "ptjob_order_sync", "indr_order_sync", "car_rental_auth", "hospital_order", "consumer_finance"],
    },
  },
  ...errorRows(
    C,
    [
      { code: 4, source: M },
      { code: 3, source: M },
      { code: 11, source: M },
    ],
    M,
  ),
  ...resultFieldRows(
    C,
    (["authCode", "authSuccessScopes", "authErrorScopes", "error", "errorMessage"] as const).map((name) => ({ name, fidelity: "documented" as const, source: "wallet-domain.md §6.1" as const })),
  ),
  callbackRow(C, "approve", "documented", "wallet-domain.md §6.1", {
    scopes: ["auth_user"],
    outcome: "approve",
    callback: "success",
    keys: ["authCode"],
    optionalKeys: ["authSuccessScopes", "authErrorScopes"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "approve-default-scope", "documented", M, {
    outcome: "approve",
    callback: "success",
    keys: ["authCode"],
    optionalKeys: ["authSuccessScopes", "authErrorScopes"],
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  // 11 = the user tapped "deny" (§1.7) — not an authErrorScopes map.
  callbackRow(C, "deny", "documented", M, {
    scopes: ["auth_user"],
    outcome: "deny",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 11,
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  // 3 = no authorization result: the user closed the pop-up (§1.7, §5.4).
  callbackRow(C, "cancel", "documented", M, {
    scopes: ["auth_user"],
    outcome: "cancel",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 3,
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  callbackRow(C, "timeout", "assumed", M, {
    scopes: ["auth_user"],
    outcome: "timeout",
    callback: "fail",
    keys: ["error", "errorMessage"],
    reliesOnAssumed: ["mainland Alipay documents no timeout code", COMPLETE_ASSUMED],
  }),
  callbackRow(C, "error-4", "documented", M, {
    scopes: ["auth_user"],
    outcome: "error:4",
    callback: "fail",
    keys: ["error", "errorMessage"],
    error: 4,
    reliesOnAssumed: [COMPLETE_ASSUMED],
  }),
  ...v2ApplyTokenRows(API),
  ...v2TokenRows(API, "v2.inquiryUserInfo"),
  ...v2TokenRows(API, "v2.revoke"),
  ...notServedRows(API, SERVED, ALL_ENDPOINTS),
  tokenRow(C, "assumed", "wallet-domain.md §2.1", {
    endpoint: "v2.applyToken",
    prefix: "",
    scopes: ["auth_user"],
    extra: { appId: "3333010071465913000", authClientId: "$CLIENT", customerBelongsTo: "ALIPAY_CN" },
  }),
];
