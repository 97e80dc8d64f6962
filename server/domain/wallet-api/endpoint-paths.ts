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
