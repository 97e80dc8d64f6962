/**
 * What the Activity pages say about codes, tokens and outcomes: states judged on the mock
 * wallet's clock, one-line summaries, and the plain-language advice that lives with the
 * result codes (`RESULT_CODES[code].advice`) and the catalog's JSAPI error codes (`errorCodes[].advice`).
 * Pure: used by the services and the pages.
 */
import type { Catalog, JsapiErrorCode } from "../catalog/schema";
import { RESULT_CODES, type ResultCodeInfo } from "../wallet-api/result-codes";
import type { ActivityEvent, AuthCodeState, TokenState } from "./types";

/** `revokeReason` of a grant revoked by refresh-token reuse detection. */
export const GRANT_REUSE_REASON = "a rotated refresh token was presented again";

export const AUTH_CODE_STATES: Record<AuthCodeState, { label: string; description: string }> = {
  issued: {
    label: "issued",
    description: "Not redeemed yet and still inside its lifetime on the mock wallet clock: applyToken would accept it now.",
  },
  redeemed: {
    label: "redeemed",
    description: "Exchanged for tokens by applyToken. Codes are single-use: presenting it again answers USED_AUTHCODE (v1: USED_CODE).",
  },
  expired: {
    label: "expired",
    description: "Never redeemed, and its lifetime has ended on the mock wallet clock: applyToken answers EXPIRED_AUTHCODE (v1: EXPIRED_CODE).",
  },
  refused: {
    label: "refused",
    description:
      "Redeemed, but the wallet later refused the whole authorization: a rotated refresh token of its grant was presented again, which the wallet treats as theft, so the grant and every token it produced were revoked.",
  },
};

export const TOKEN_STATES: Record<TokenState, { label: string; description: string }> = {
  active: { label: "active", description: "Accepted by the mock wallet now (not revoked, not rotated, not past its expiry on the mock clock)." },
  expired: { label: "expired", description: "Past its expiry time on the mock wallet clock." },
  rotated: { label: "rotated", description: "A refresh replaced this refresh token; presenting it again revokes the whole grant." },
  revoked: { label: "revoked", description: "Revoked by the merchant (revoke / cancelToken), from the studio, or by reuse detection." },
};

type CodeRow = { redeemedAt: number | null; expiresAt: number };
type GrantRow = { revokedAt: number | null; revokeReason: string | null } | null;

export function authCodeState(code: CodeRow, grant: GrantRow, mockNow: number): AuthCodeState {
  if (code.redeemedAt !== null) return grant?.revokedAt != null && grant.revokeReason === GRANT_REUSE_REASON ? "refused" : "redeemed";
  return mockNow >= code.expiresAt ? "expired" : "issued";
}

export function tokenState(
  token: { expiresAt: number; rotatedAt: number | null; revokedAt: number | null },
  grant: { revokedAt: number | null },
  mockNow: number,
): TokenState {
  if (token.revokedAt !== null || grant.revokedAt !== null) return "revoked";
  if (token.rotatedAt !== null) return "rotated";
  return mockNow >= token.expiresAt ? "expired" : "active";
}

export type ResultAdvice = { code: string; status: ResultCodeInfo["status"]; message: string; advice: string };

/** "Why this happens / what to do" for a wallet API result code, or null for an unknown one. */
export function resultCodeAdvice(code: string): ResultAdvice | null {
  const info = (RESULT_CODES as Record<string, ResultCodeInfo | undefined>)[code];
  return info ? { code, status: info.status, message: info.message, advice: info.advice } : null;
}

/** The catalog's entry for a JSAPI error code (with its advice), or null when the catalog does not list it. */
export function jsapiErrorAdvice(catalog: Catalog, code: number): JsapiErrorCode | null {
  return catalog.errorCodes.find((error) => error.code === code) ?? null;
}

/** Which operation a wallet API call asked for, read from its endpoint and (best effort) its body. */
export function callEvent(endpointKind: "applyToken" | "inquiryUserInfo" | "revoke" | null, body: unknown): ActivityEvent {
  if (endpointKind === "inquiryUserInfo") return "user-info";
  if (endpointKind === "revoke") return "revoke";
  if (endpointKind === "applyToken") {
    const grantType = typeof body === "object" && body !== null ? (body as Record<string, unknown>).grantType : undefined;
    return grantType === "REFRESH_TOKEN" ? "refresh" : "redeem";
  }
  return "other";
}

const EVENT_LABELS: Record<ActivityEvent, string> = {
  run: "my.getAuthCode run",
  redeem: "applyToken (code)",
  refresh: "applyToken (refresh)",
  "user-info": "inquiryUserInfo",
  revoke: "revoke",
  other: "call",
};

export function eventLabel(event: ActivityEvent): string {
  return EVENT_LABELS[event];
}

function list(names: readonly string[], max = 4): string {
  if (names.length === 0) return "none";
  return names.length > max ? `${names.slice(0, max).join(", ")} +${names.length - max}` : names.join(", ");
}

export function runSummary(run: { callback: "success" | "fail"; grantedScopes: readonly string[]; refusedScopes: readonly string[]; errorCode: number | null }): string {
  if (run.callback === "fail") return `fail callback${run.errorCode !== null ? ` · error ${run.errorCode}` : ""}`;
  const refused = run.refusedScopes.length > 0 ? ` · refused ${list(run.refusedScopes)}` : "";
  return `success callback · granted ${list(run.grantedScopes)}${refused}`;
}

export function callSummary(call: { event: ActivityEvent; endpoint: string; method: string; path: string; resultCode: string }): string {
  const version = /^(v\d)\./.exec(call.endpoint)?.[1];
  const what = call.event === "other" ? `${call.method} ${call.path}`.slice(0, 120) : `${version ? `${version} ` : ""}${EVENT_LABELS[call.event]}`;
  return `${what} → ${call.resultCode}`;
}
