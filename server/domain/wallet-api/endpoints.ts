/**
 * The mock wallet API's endpoints: which paths exist (under each of the catalog's gateway
 * prefixes), the zod schemas their request bodies are validated with (also the source of the
 * OpenAPI document), and the response shapes.
 */
import { z } from "zod";
import type { Catalog } from "../catalog/schema";
import { isoAtOffset, walletOffsetMinutes } from "./wallet-time";
import { ENDPOINTS, WALLET_API_BASE, type EndpointId, type EndpointKind } from "./endpoint-paths";

export { ENDPOINTS, WALLET_API_BASE, type EndpointId, type EndpointKind };

/** Largest request body the mock accepts. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Resolve the path after `/api/wallets/<slug>` to an endpoint, honouring the catalog's gateway
 * prefixes (`""`, `/api/open`, `/acl/api`, …). Returns the prefix used, or null for an unknown path.
 */
export function resolveEndpoint(catalog: Catalog, path: string): { id: EndpointId; kind: EndpointKind; prefix: string; walletPath: string } | null {
  const normalized = path.replace(/\/+$/, "");
  for (const prefix of catalog.serverApi.pathPrefixes) {
    if (!normalized.startsWith(`${prefix}/`)) continue;
    const rest = normalized.slice(prefix.length);
    const endpoint = ENDPOINTS.find((e) => e.path === rest);
    if (endpoint) return { id: endpoint.id, kind: endpoint.kind, prefix, walletPath: normalized };
  }
  return null;
}

const str = (max: number) => z.string().max(max, `at most ${max} characters`);
const optionalStr = (max: number) => str(max).optional();

const grantType = z.string().min(1, "grantType is required").max(64);

export const applyTokenV2Request = z.object({
  appId: optionalStr(32),
  authClientId: optionalStr(128),
  grantType,
  customerBelongsTo: optionalStr(64),
  authCode: optionalStr(128),
  refreshToken: optionalStr(128),
  extendInfo: optionalStr(4096),
});

export const applyTokenV1Request = z.object({
  referenceClientId: optionalStr(128),
  grantType,
  authCode: optionalStr(128),
  refreshToken: optionalStr(128),
  extendInfo: optionalStr(4096),
});

const accessToken = z.string({ error: "accessToken is required" }).min(1, "accessToken is required").max(128, "at most 128 characters");

export const inquiryUserInfoV2Request = z.object({
  appId: optionalStr(32),
  accessToken,
  authClientId: optionalStr(128),
  extendInfo: optionalStr(4096),
});

export const inquiryUserInfoV1Request = z.object({ appId: optionalStr(32), accessToken, extendInfo: optionalStr(4096) });

export const inquiryUserInfoByAccessTokenRequest = z.object({
  accessToken,
  authClientId: optionalStr(128),
  extendInfo: optionalStr(4096),
});

export const revokeV2Request = z.object({ appId: optionalStr(32), accessToken, authClientId: optionalStr(128), extendInfo: optionalStr(4096) });

export const cancelTokenV1Request = z.object({ accessToken, extendInfo: optionalStr(4096) });

export const REQUEST_SCHEMAS = {
  "v2.applyToken": applyTokenV2Request,
  "v1.applyToken": applyTokenV1Request,
  "v2.inquiryUserInfo": inquiryUserInfoV2Request,
  "v1.inquiryUserInfo": inquiryUserInfoV1Request,
  "v1.inquiryUserInfoByAccessToken": inquiryUserInfoByAccessTokenRequest,
  "v2.revoke": revokeV2Request,
  "v1.cancelToken": cancelTokenV1Request,
} as const satisfies Record<EndpointId, z.ZodType>;

export const resultSchema = z.object({
  resultCode: z.string(),
  resultStatus: z.enum(["S", "F", "U"]),
  resultMessage: z.string(),
});

export const applyTokenResponse = z.object({
  result: resultSchema,
  accessToken: z.string().optional(),
  accessTokenExpiryTime: z.string().optional(),
  refreshToken: z.string().optional(),
  refreshTokenExpiryTime: z.string().optional(),
  customerId: z.string().optional(),
  extendInfo: z.string().optional(),
});

export const inquiryUserInfoResponse = z.object({ result: resultSchema, userInfo: z.record(z.string(), z.unknown()).optional() });

export const revokeResponse = z.object({ result: resultSchema });

/** `extendInfo` is a JSON string; v1 carries `customerBelongsTo` inside it. */
export function readExtendInfo(value: string | undefined): { ok: true; data: Record<string, unknown> } | { ok: false } {
  if (value === undefined || value === "") return { ok: true, data: {} };
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return { ok: true, data: parsed as Record<string, unknown> };
    return { ok: false };
  } catch {
    return { ok: false };
  }
}

/** `2019-06-06T12:12:12+08:00`: ISO 8601 at second precision in the wallet's local offset. */
export function formatWalletTime(ms: number, countryCode: string | null): string {
  return isoAtOffset(ms, walletOffsetMinutes(countryCode));
}
