/**
 * The request a merchant backend sends for each step, in the catalog's API profile (v1 or v2
 * paths and fields, customerBelongsTo where the wallet wants it).
 */
import type { Catalog } from "../catalog/schema";
import type { EndpointId } from "./endpoints";

export type FlowCall =
  | { step: "applyToken"; authCode: string }
  | { step: "refresh"; refreshToken: string }
  | { step: "inquiryUserInfo"; accessToken: string }
  | { step: "revoke"; accessToken: string };

export function buildWalletRequest(catalog: Catalog, clientId: string, call: FlowCall): { endpoint: EndpointId; body: Record<string, unknown> } {
  const { version, customerBelongsTo } = catalog.serverApi;
  const v1Extend = customerBelongsTo ? { extendInfo: JSON.stringify({ customerBelongsTo }) } : {};
  switch (call.step) {
    case "applyToken":
      return version === "v2"
        ? {
            endpoint: "v2.applyToken",
            body: { authClientId: clientId, grantType: "AUTHORIZATION_CODE", authCode: call.authCode, ...(customerBelongsTo ? { customerBelongsTo } : {}) },
          }
        : { endpoint: "v1.applyToken", body: { grantType: "AUTHORIZATION_CODE", authCode: call.authCode, ...v1Extend } };
    case "refresh":
      return version === "v2"
        ? {
            endpoint: "v2.applyToken",
            body: { authClientId: clientId, grantType: "REFRESH_TOKEN", refreshToken: call.refreshToken, ...(customerBelongsTo ? { customerBelongsTo } : {}) },
          }
        : { endpoint: "v1.applyToken", body: { grantType: "REFRESH_TOKEN", refreshToken: call.refreshToken, ...v1Extend } };
    case "inquiryUserInfo":
      return version === "v2"
        ? { endpoint: "v2.inquiryUserInfo", body: { accessToken: call.accessToken, authClientId: clientId } }
        : { endpoint: "v1.inquiryUserInfoByAccessToken", body: { accessToken: call.accessToken, ...v1Extend } };
    case "revoke":
      return version === "v2"
        ? { endpoint: "v2.revoke", body: { accessToken: call.accessToken, authClientId: clientId } }
        : { endpoint: "v1.cancelToken", body: { accessToken: call.accessToken, ...v1Extend } };
  }
}
