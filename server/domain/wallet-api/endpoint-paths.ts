/**
 * The mock wallet API's mount point and endpoint paths, apart from their zod request schemas
 * (`endpoints.ts`) so pages can show them without loading zod.
 */

/** Where the mock wallet API is mounted: `/api/wallets/<catalog slug>[<gateway prefix>]/v1|v2/…`. */
export const WALLET_API_BASE = "/api/wallets";

export type EndpointId =
  | "v2.applyToken"
  | "v1.applyToken"
  | "v2.inquiryUserInfo"
  | "v1.inquiryUserInfo"
  | "v1.inquiryUserInfoByAccessToken"
  | "v2.revoke"
  | "v1.cancelToken";

export type EndpointKind = "applyToken" | "inquiryUserInfo" | "revoke";

export const ENDPOINTS: ReadonlyArray<{ id: EndpointId; path: string; kind: EndpointKind; summary: string }> = [
  { id: "v2.applyToken", path: "/v2/authorizations/applyToken", kind: "applyToken", summary: "Exchange an authCode or refresh token for tokens (v2)" },
  { id: "v1.applyToken", path: "/v1/authorizations/applyToken", kind: "applyToken", summary: "Exchange an authCode or refresh token for tokens (v1)" },
  { id: "v2.inquiryUserInfo", path: "/v2/users/inquiryUserInfo", kind: "inquiryUserInfo", summary: "Read the user info the token's scopes unlock (v2)" },
  { id: "v1.inquiryUserInfo", path: "/v1/users/inquiryUserInfo", kind: "inquiryUserInfo", summary: "Read the user info the token's scopes unlock (v1)" },
  {
    id: "v1.inquiryUserInfoByAccessToken",
    path: "/v1/customers/user/inquiryUserInfoByAccessToken",
    kind: "inquiryUserInfo",
    summary: "Read the user info the token's scopes unlock (v1, Touch 'n Go naming)",
  },
  { id: "v2.revoke", path: "/v2/authorizations/revoke", kind: "revoke", summary: "Revoke the access token and its refresh token (v2)" },
  { id: "v1.cancelToken", path: "/v1/authorizations/cancelToken", kind: "revoke", summary: "Revoke the access token and its refresh token (v1)" },
];

/**
 * The endpoint profiles the studio knows: the seven endpoints, plus SuperQi's own profile of v1
 * applyToken and the docs-demo / GCash-old profile of v2 inquiryUserInfo (only accessToken required).
 */
export type EndpointSpecId = EndpointId | "v1.applyToken.superqi" | "v2.inquiryUserInfo.demo";

/** Each profile's endpoint and short name, for pages (the full profiles are in `endpoint-specs.ts`). */
export const ENDPOINT_SPEC_LIST = [
  { id: "v2.applyToken", endpoint: "v2.applyToken", label: "v2 applyToken" },
  { id: "v1.applyToken", endpoint: "v1.applyToken", label: "v1 applyToken" },
  { id: "v1.applyToken.superqi", endpoint: "v1.applyToken", label: "v1 applyToken (SuperQi)" },
  { id: "v2.inquiryUserInfo", endpoint: "v2.inquiryUserInfo", label: "v2 inquiryUserInfo" },
  { id: "v2.inquiryUserInfo.demo", endpoint: "v2.inquiryUserInfo", label: "v2 inquiryUserInfo (docs-demo / GCash-old)" },
  { id: "v1.inquiryUserInfo", endpoint: "v1.inquiryUserInfo", label: "v1 inquiryUserInfo" },
  { id: "v1.inquiryUserInfoByAccessToken", endpoint: "v1.inquiryUserInfoByAccessToken", label: "v1 inquiryUserInfoByAccessToken" },
  { id: "v2.revoke", endpoint: "v2.revoke", label: "v2 revoke" },
  { id: "v1.cancelToken", endpoint: "v1.cancelToken", label: "v1 cancelToken" },
] as const satisfies ReadonlyArray<{ id: EndpointSpecId; endpoint: EndpointId; label: string }>;

export const ENDPOINT_SPEC_IDS = ENDPOINT_SPEC_LIST.map((entry) => entry.id) as [EndpointSpecId, ...EndpointSpecId[]];

/** A profile's short name, path and version, without loading the full profiles. */
export function specSummary(id: EndpointSpecId): { id: EndpointSpecId; label: string; path: string; version: "v1" | "v2" } {
  const entry = ENDPOINT_SPEC_LIST.find((candidate) => candidate.id === id);
  const endpoint = ENDPOINTS.find((candidate) => candidate.id === entry?.endpoint);
  return { id, label: entry?.label ?? id, path: endpoint?.path ?? "", version: id.startsWith("v1.") ? "v1" : "v2" };
}

/** Whether a catalog's served endpoints (`serverApi.endpoints`) include one of this kind. */
export function servesKind(endpoints: ReadonlyArray<{ spec: EndpointSpecId }>, kind: EndpointKind): boolean {
  return endpoints.some((entry) => {
    const endpoint = ENDPOINT_SPEC_LIST.find((candidate) => candidate.id === entry.spec)?.endpoint;
    return ENDPOINTS.some((candidate) => candidate.id === endpoint && candidate.kind === kind);
  });
}

/**
 * The mini program id the studio's own calls send as `appId` (console, onboarding script,
 * generated clients' examples). The mock has no mini program registry, so it accepts any appId of
 * the documented form (at most 32 characters, no @ # ?); this is the v2 applyToken page's example.
 */
export const STUDIO_APP_ID = "3333010071465913xxx";
