/**
 * The code and token lifecycle of the mock wallet, as pure rules: the states an auth code and a
 * token can be in (judged on the mock wallet's clock), and what applyToken, inquiryUserInfo and
 * revoke decide for each state — which result code a failure gets (in the endpoint's v1/v2
 * naming) and which writes a success or a reuse makes. The API, Activity's pages and the tests
 * all read the states from here; the database layer only loads snapshots and applies decisions.
 */
import type { ApiVersion, Catalog } from "../catalog/schema";
import { codeFailure, type ResultCode } from "./result-codes";

export type AuthCodeState = "issued" | "redeemed" | "expired" | "refused";
export type TokenState = "active" | "expired" | "rotated" | "revoked";

/** `revokeReason` of a grant revoked because a rotated refresh token came back (reuse detection, RFC 9700 §4.14.2). */
export const GRANT_REUSE_REASON = "a rotated refresh token was presented again";
/** `revokeReason` of a grant the merchant revoked (revoke / cancelToken). */
export const MERCHANT_REVOKE_REASON = "revoked by the merchant";

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
      "Redeemed, but the whole authorization was later revoked: a rotated refresh token of its grant was presented again. Revoking the grant on reuse is the studio's choice (RFC 9700's reuse detection; no wallet documents it), so the grant and every token it produced stopped working.",
  },
};

export const TOKEN_STATES: Record<TokenState, { label: string; description: string }> = {
  active: { label: "active", description: "Accepted by the mock wallet now (not revoked, not rotated, not past its expiry on the mock clock)." },
  expired: { label: "expired", description: "Past its expiry time on the mock wallet clock." },
  rotated: { label: "rotated", description: "A refresh replaced this refresh token; presenting it again revokes the whole grant." },
  revoked: { label: "revoked", description: "Revoked by the merchant (revoke / cancelToken), from the studio, or by reuse detection." },
};

export type CodeSnapshot = {
  id: number;
  catalogId: number;
  /** The client the code was issued for; null = any client of the catalog in its workspace. */
  clientRowId: number | null;
  /** The workspace of the run that issued it. */
  workspaceId: string;
  testUserId: number;
  scopes: string[];
  expiresAt: number;
  redeemedAt: number | null;
};

export type GrantSnapshot = {
  id: number;
  catalogId: number;
  clientRowId: number;
  testUserId: number;
  scopes: string[];
  refreshExpiresAt: number;
  revokedAt: number | null;
  revokeReason: string | null;
};

export type TokenSnapshot = {
  id: number;
  kind: "access" | "refresh";
  expiresAt: number;
  rotatedAt: number | null;
  revokedAt: number | null;
  grant: GrantSnapshot;
};

export function authCodeState(code: { redeemedAt: number | null; expiresAt: number }, grant: { revokedAt: number | null; revokeReason: string | null } | null, mockNow: number): AuthCodeState {
  if (code.redeemedAt !== null) return grant?.revokedAt != null && grant.revokeReason === GRANT_REUSE_REASON ? "refused" : "redeemed";
  return mockNow >= code.expiresAt ? "expired" : "issued";
}

export function tokenState(token: { expiresAt: number; rotatedAt: number | null; revokedAt: number | null }, grant: { revokedAt: number | null }, mockNow: number): TokenState {
  if (token.revokedAt !== null || grant.revokedAt !== null) return "revoked";
  if (token.rotatedAt !== null) return "rotated";
  return mockNow >= token.expiresAt ? "expired" : "active";
}

export type Refusal = { ok: false; code: ResultCode; detail: string };

const refuse = (code: ResultCode, detail: string): Refusal => ({ ok: false, code, detail });

/** Who asks and when: the facts every decision needs. */
export type DecisionContext = {
  catalogId: number;
  client: { id: number; workspaceId: string; allowedScopes: readonly string[] | null };
  /** Result-code naming of the endpoint that was called. */
  version: ApiVersion;
  /** The mock wallet's clock (ms). */
  now: number;
};

/** Token lifetimes a catalog's server-API profile sets. */
export type TokenPolicy = Pick<Catalog["serverApi"], "accessTokenTtlSeconds" | "refreshTokenTtlSeconds" | "rotateRefreshToken">;

export type CodeExchange = {
  ok: true;
  code: CodeSnapshot;
  accessTokenExpiresAt: number;
  /** Also the grant's absolute end. */
  refreshTokenExpiresAt: number;
};

/** applyToken with grantType AUTHORIZATION_CODE: redeem the code (single-use, client-bound, expiring). */
export function decideCodeExchange(code: CodeSnapshot | null, ctx: DecisionContext, policy: TokenPolicy): CodeExchange | Refusal {
  // A code of another workspace is, to this client, no code at all.
  if (!code || code.catalogId !== ctx.catalogId || code.workspaceId !== ctx.client.workspaceId) return refuse(codeFailure("invalid", ctx.version), "No such authorization code for this wallet.");
  if (code.clientRowId !== null && code.clientRowId !== ctx.client.id) return refuse(codeFailure("invalid", ctx.version), "The code was issued for another client.");
  const state = authCodeState(code, null, ctx.now);
  if (state === "redeemed" || state === "refused") return refuse(codeFailure("used", ctx.version), "It was redeemed before; codes are single-use.");
  if (state === "expired") return refuse(codeFailure("expired", ctx.version), "Its lifetime ended before this request.");
  const denied = notAllowed(ctx.client.allowedScopes, code.scopes);
  if (denied.length > 0) return refuse("ACCESS_DENIED", `This client may not be granted: ${denied.join(", ")}.`);
  return {
    ok: true,
    code,
    accessTokenExpiresAt: ctx.now + policy.accessTokenTtlSeconds * 1000,
    refreshTokenExpiresAt: ctx.now + policy.refreshTokenTtlSeconds * 1000,
  };
}

export type RefreshDecision =
  | {
      ok: true;
      token: TokenSnapshot;
      /** Rotate: retire the presented refresh token and issue a new one; otherwise it stays valid. */
      rotate: boolean;
      accessTokenExpiresAt: number;
      refreshTokenExpiresAt: number;
    }
  /** A rotated refresh token came back: refuse and revoke the whole grant. */
  | (Refusal & { revokeGrant?: { grantId: number; reason: string } });

/** applyToken with grantType REFRESH_TOKEN, with rotation and reuse detection. */
export function decideRefresh(token: TokenSnapshot | null, ctx: DecisionContext, policy: TokenPolicy): RefreshDecision {
  if (!token || token.kind !== "refresh" || token.grant.catalogId !== ctx.catalogId || token.grant.clientRowId !== ctx.client.id) {
    return refuse("INVALID_REFRESH_TOKEN", "No such refresh token for this client.");
  }
  const { grant } = token;
  if (grant.revokedAt !== null) return refuse("INVALID_REFRESH_TOKEN", `The grant was revoked${grant.revokeReason ? ` (${grant.revokeReason})` : ""}.`);
  const state = tokenState(token, grant, ctx.now);
  if (state === "revoked") return refuse("INVALID_REFRESH_TOKEN", "This refresh token was revoked.");
  if (state === "rotated") {
    return {
      ...refuse("USED_REFRESH_TOKEN", "It was already exchanged for a newer one; the studio has revoked the whole grant (its choice: RFC 9700 refresh-token reuse detection)."),
      revokeGrant: { grantId: grant.id, reason: GRANT_REUSE_REASON },
    };
  }
  if (state === "expired") return refuse("EXPIRED_REFRESH_TOKEN", "Its lifetime ended; authorize again.");
  return {
    ok: true,
    token,
    rotate: policy.rotateRefreshToken,
    accessTokenExpiresAt: Math.min(ctx.now + policy.accessTokenTtlSeconds * 1000, grant.refreshExpiresAt),
    refreshTokenExpiresAt: grant.refreshExpiresAt,
  };
}

export type AccessDecision = { ok: true; token: TokenSnapshot } | Refusal;

/** inquiryUserInfo and revoke / cancelToken: is the access token usable by this client now? */
export function decideAccess(token: TokenSnapshot | null, ctx: DecisionContext): AccessDecision {
  if (!token || token.kind !== "access" || token.grant.catalogId !== ctx.catalogId || token.grant.clientRowId !== ctx.client.id) {
    return refuse("INVALID_ACCESS_TOKEN", "No such access token for this client.");
  }
  const state = tokenState(token, token.grant, ctx.now);
  if (state === "revoked") return refuse("INVALID_ACCESS_TOKEN", `It was revoked${token.grant.revokeReason ? ` (${token.grant.revokeReason})` : ""}.`);
  if (state === "expired") return refuse("EXPIRED_ACCESS_TOKEN", "Refresh it with grantType REFRESH_TOKEN.");
  return { ok: true, token };
}

function notAllowed(allowed: readonly string[] | null, scopes: readonly string[]): string[] {
  if (!allowed) return [];
  const set = new Set(allowed);
  return scopes.filter((scope) => !set.has(scope));
}
