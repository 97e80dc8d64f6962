/**
 * Code and token lifecycle of the mock wallet: single-use, expiring, client-bound auth codes;
 * access/refresh tokens with expiry; refresh-token rotation with reuse detection (a rotated
 * refresh token coming back revokes the whole grant); revoke kills both tokens.
 * Every check-then-write is one synchronous transaction whose write is conditional, so a code
 * redeemed by many parallel requests succeeds exactly once.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { authCodes, grants, type merchantClients, testUsers, tokens } from "@/db/schema";
import { GRANT_REUSE_REASON } from "@/server/domain/activity/describe";
import { unlockedFields } from "@/server/domain/flow/engine";
import type { Catalog } from "@/server/domain/catalog/schema";
import { hashSecret, newSecret, secretPrefix } from "@/server/domain/secrets";
import { codeFailure, type ResultCode } from "@/server/domain/wallet-api/result-codes";
import { projectProfile, type Profile } from "@/server/domain/wallet-api/user-info";

export type CatalogContext = { id: number; slug: string; document: Catalog };
export type ClientRow = typeof merchantClients.$inferSelect;

export type Refusal = { ok: false; code: ResultCode; detail: string };

export type IssuedTokens = {
  ok: true;
  grantId: number;
  /** Rows touched, for the Activity history: the redeemed code (code exchange only) and the tokens issued. */
  authCodeId?: number;
  accessTokenId: number;
  refreshTokenId: number;
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string;
  refreshTokenExpiresAt: number;
  customerId: string;
  scopes: string[];
};

const refuse = (code: ResultCode, detail: string): Refusal => ({ ok: false, code, detail });

function insertToken(db: DB, grantId: number, kind: "access" | "refresh", issuedAt: number, expiresAt: number): { secret: string; id: number } {
  const secret = newSecret();
  const row = db
    .insert(tokens)
    .values({ grantId, kind, tokenHash: hashSecret(secret), tokenPrefix: secretPrefix(secret), issuedAt, expiresAt })
    .returning({ id: tokens.id })
    .get();
  return { secret, id: row.id };
}

function customerIdOf(db: DB, testUserId: number): string {
  return db.select({ userId: testUsers.userId }).from(testUsers).where(eq(testUsers.id, testUserId)).get()?.userId ?? "";
}

function notAllowed(client: ClientRow, scopes: string[]): string[] {
  if (!client.allowedScopes) return [];
  const allowed = new Set(client.allowedScopes);
  return scopes.filter((scope) => !allowed.has(scope));
}

/** applyToken with grantType AUTHORIZATION_CODE. */
export function exchangeAuthCode(db: DB, args: { catalog: CatalogContext; client: ClientRow; authCode: string; now: number }): IssuedTokens | Refusal {
  const { catalog, client, now } = args;
  const version = catalog.document.serverApi.version;
  return db.transaction(() => {
    const code = db.select().from(authCodes).where(eq(authCodes.codeHash, hashSecret(args.authCode))).get();
    if (!code || code.catalogId !== catalog.id) return refuse(codeFailure("invalid", version), "No such authorization code for this wallet.");
    if (code.clientRowId !== null && code.clientRowId !== client.id) {
      return refuse(codeFailure("invalid", version), "The code was issued for another client.");
    }
    if (code.redeemedAt !== null) return refuse(codeFailure("used", version), "It was redeemed before; codes are single-use.");
    if (now >= code.expiresAt) return refuse(codeFailure("expired", version), "Its lifetime ended before this request.");
    const denied = notAllowed(client, code.scopes);
    if (denied.length > 0) return refuse("ACCESS_DENIED", `This client may not be granted: ${denied.join(", ")}.`);
    // The conditional write is the single-use guarantee: only one request can flip redeemed_at.
    const claimed = db
      .update(authCodes)
      .set({ redeemedAt: now })
      .where(and(eq(authCodes.id, code.id), isNull(authCodes.redeemedAt)))
      .run();
    if (claimed.changes !== 1) return refuse(codeFailure("used", version), "It was redeemed before; codes are single-use.");
    const { accessTokenTtlSeconds, refreshTokenTtlSeconds } = catalog.document.serverApi;
    const refreshExpiresAt = now + refreshTokenTtlSeconds * 1000;
    const grant = db
      .insert(grants)
      .values({
        catalogId: catalog.id,
        clientRowId: client.id,
        testUserId: code.testUserId,
        authCodeId: code.id,
        scopes: code.scopes,
        refreshExpiresAt,
        createdAt: now,
      })
      .returning({ id: grants.id })
      .get();
    const accessTokenExpiresAt = now + accessTokenTtlSeconds * 1000;
    const access = insertToken(db, grant.id, "access", now, accessTokenExpiresAt);
    const refresh = insertToken(db, grant.id, "refresh", now, refreshExpiresAt);
    return {
      ok: true as const,
      grantId: grant.id,
      authCodeId: code.id,
      accessTokenId: access.id,
      refreshTokenId: refresh.id,
      accessToken: access.secret,
      accessTokenExpiresAt,
      refreshToken: refresh.secret,
      refreshTokenExpiresAt: refreshExpiresAt,
      customerId: customerIdOf(db, code.testUserId),
      scopes: code.scopes,
    };
  });
}

function revokeGrantRows(db: DB, grantId: number, now: number, reason: string) {
  db.update(grants)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(eq(grants.id, grantId), isNull(grants.revokedAt)))
    .run();
  db.update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.grantId, grantId), isNull(tokens.revokedAt)))
    .run();
}

/** applyToken with grantType REFRESH_TOKEN. */
export function refreshGrant(db: DB, args: { catalog: CatalogContext; client: ClientRow; refreshToken: string; now: number }): IssuedTokens | Refusal {
  const { catalog, client, now } = args;
  return db.transaction(() => {
    const found = db
      .select({ token: tokens, grant: grants })
      .from(tokens)
      .innerJoin(grants, eq(tokens.grantId, grants.id))
      .where(and(eq(tokens.tokenHash, hashSecret(args.refreshToken)), eq(tokens.kind, "refresh")))
      .get();
    if (!found || found.grant.catalogId !== catalog.id || found.grant.clientRowId !== client.id) {
      return refuse("INVALID_REFRESH_TOKEN", "No such refresh token for this client.");
    }
    const { token, grant } = found;
    if (grant.revokedAt !== null) {
      return refuse("INVALID_REFRESH_TOKEN", `The grant was revoked${grant.revokeReason ? ` (${grant.revokeReason})` : ""}.`);
    }
    if (token.revokedAt !== null) return refuse("INVALID_REFRESH_TOKEN", "This refresh token was revoked.");
    if (token.rotatedAt !== null) {
      revokeGrantRows(db, grant.id, now, GRANT_REUSE_REASON);
      return refuse("USED_REFRESH_TOKEN", "It was already exchanged for a newer one; the whole grant is now revoked.");
    }
    if (now >= token.expiresAt) return refuse("EXPIRED_REFRESH_TOKEN", "Its lifetime ended; authorize again.");
    const { accessTokenTtlSeconds, rotateRefreshToken } = catalog.document.serverApi;
    const accessTokenExpiresAt = Math.min(now + accessTokenTtlSeconds * 1000, grant.refreshExpiresAt);
    let refreshToken = args.refreshToken;
    let refreshTokenId = token.id;
    if (rotateRefreshToken) {
      const retired = db
        .update(tokens)
        .set({ rotatedAt: now })
        .where(and(eq(tokens.id, token.id), isNull(tokens.rotatedAt)))
        .run();
      if (retired.changes !== 1) return refuse("USED_REFRESH_TOKEN", "It was already exchanged for a newer one.");
      const rotated = insertToken(db, grant.id, "refresh", now, grant.refreshExpiresAt);
      refreshToken = rotated.secret;
      refreshTokenId = rotated.id;
    }
    const access = insertToken(db, grant.id, "access", now, accessTokenExpiresAt);
    return {
      ok: true as const,
      grantId: grant.id,
      accessTokenId: access.id,
      refreshTokenId,
      accessToken: access.secret,
      accessTokenExpiresAt,
      refreshToken,
      refreshTokenExpiresAt: grant.refreshExpiresAt,
      customerId: customerIdOf(db, grant.testUserId),
      scopes: grant.scopes,
    };
  });
}

type AccessLookup = { ok: true; token: typeof tokens.$inferSelect; grant: typeof grants.$inferSelect } | Refusal;

function lookupAccessToken(db: DB, args: { catalog: CatalogContext; client: ClientRow; accessToken: string; now: number }): AccessLookup {
  const found = db
    .select({ token: tokens, grant: grants })
    .from(tokens)
    .innerJoin(grants, eq(tokens.grantId, grants.id))
    .where(and(eq(tokens.tokenHash, hashSecret(args.accessToken)), eq(tokens.kind, "access")))
    .get();
  if (!found || found.grant.catalogId !== args.catalog.id || found.grant.clientRowId !== args.client.id) {
    return refuse("INVALID_ACCESS_TOKEN", "No such access token for this client.");
  }
  if (found.token.revokedAt !== null || found.grant.revokedAt !== null) {
    return refuse("INVALID_ACCESS_TOKEN", `It was revoked${found.grant.revokeReason ? ` (${found.grant.revokeReason})` : ""}.`);
  }
  if (args.now >= found.token.expiresAt) return refuse("EXPIRED_ACCESS_TOKEN", "Refresh it with grantType REFRESH_TOKEN.");
  return { ok: true, ...found };
}

/** inquiryUserInfo: only the fields the grant's scopes unlock. */
export function inquireUserInfo(
  db: DB,
  args: { catalog: CatalogContext; client: ClientRow; accessToken: string; now: number },
): { ok: true; userInfo: Profile; grantId: number; fields: string[] } | Refusal {
  const lookup = lookupAccessToken(db, args);
  if (!lookup.ok) return lookup;
  const user = db.select({ profile: testUsers.profile }).from(testUsers).where(eq(testUsers.id, lookup.grant.testUserId)).get();
  const fields = unlockedFields(args.catalog.document, lookup.grant.scopes);
  return { ok: true, userInfo: projectProfile(user?.profile ?? {}, fields), grantId: lookup.grant.id, fields };
}

/** revoke / cancelToken: the grant ends; its access and refresh tokens stop working. */
export function revokeByAccessToken(
  db: DB,
  args: { catalog: CatalogContext; client: ClientRow; accessToken: string; now: number },
): { ok: true; grantId: number } | Refusal {
  return db.transaction(() => {
    const lookup = lookupAccessToken(db, args);
    if (!lookup.ok) return lookup;
    revokeGrantRows(db, lookup.grant.id, args.now, "revoked by the merchant");
    return { ok: true as const, grantId: lookup.grant.id };
  });
}

/** Revoke a grant from the studio UI. */
export function revokeGrant(db: DB, args: { grantId: number; now: number; reason: string }): boolean {
  return db.transaction(() => {
    const grant = db.select({ id: grants.id, revokedAt: grants.revokedAt }).from(grants).where(eq(grants.id, args.grantId)).get();
    if (!grant || grant.revokedAt !== null) return false;
    revokeGrantRows(db, grant.id, args.now, args.reason);
    return true;
  });
}

/** Revoke one access or refresh token from the studio UI (its grant and the other tokens stay). */
export function revokeToken(db: DB, args: { tokenId: number; now: number }): boolean {
  const done = db
    .update(tokens)
    .set({ revokedAt: args.now })
    .where(and(eq(tokens.id, args.tokenId), isNull(tokens.revokedAt)))
    .run();
  return done.changes === 1;
}

/** Counts for tests and the UI: how many grants/tokens exist for a code. */
export function grantCountForCode(db: DB, authCode: string): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(grants)
    .innerJoin(authCodes, eq(grants.authCodeId, authCodes.id))
    .where(eq(authCodes.codeHash, hashSecret(authCode)))
    .get();
  return row?.n ?? 0;
}
