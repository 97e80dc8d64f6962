import { describe, expect, it } from "vitest";
import {
  authCodeState,
  decideAccess,
  decideCodeExchange,
  decideRefresh,
  GRANT_REUSE_REASON,
  tokenState,
  type CodeSnapshot,
  type DecisionContext,
  type GrantSnapshot,
  type TokenSnapshot,
} from "./lifecycle";

const NOW = 1_800_000_000_000;
const policy = { accessTokenTtlSeconds: 3600, refreshTokenTtlSeconds: 86_400, rotateRefreshToken: true };
const ctx = (over: Partial<DecisionContext> = {}): DecisionContext => ({ catalogId: 1, client: { id: 7, workspaceId: "local", allowedScopes: null }, version: "v2", now: NOW, ...over });

const code = (over: Partial<CodeSnapshot> = {}): CodeSnapshot => ({
  id: 3,
  catalogId: 1,
  clientRowId: 7,
  workspaceId: "local",
  testUserId: 9,
  scopes: ["USER_LOGIN_ID"],
  expiresAt: NOW + 600_000,
  redeemedAt: null,
  ...over,
});

const grant = (over: Partial<GrantSnapshot> = {}): GrantSnapshot => ({
  id: 11,
  catalogId: 1,
  clientRowId: 7,
  testUserId: 9,
  scopes: ["USER_LOGIN_ID"],
  refreshExpiresAt: NOW + 1_000_000,
  revokedAt: null,
  revokeReason: null,
  ...over,
});

const token = (over: Partial<TokenSnapshot> = {}): TokenSnapshot => ({ id: 21, kind: "refresh", expiresAt: NOW + 500_000, rotatedAt: null, revokedAt: null, grant: grant(), ...over });

describe("states", () => {
  it("an auth code is issued, redeemed, expired, or refused (redeemed, grant revoked by reuse detection)", () => {
    expect(authCodeState(code(), null, NOW)).toBe("issued");
    expect(authCodeState(code(), null, NOW + 600_000)).toBe("expired");
    expect(authCodeState(code({ redeemedAt: NOW }), null, NOW + 600_000)).toBe("redeemed");
    expect(authCodeState(code({ redeemedAt: NOW }), { revokedAt: NOW, revokeReason: "revoked by the merchant" }, NOW)).toBe("redeemed");
    expect(authCodeState(code({ redeemedAt: NOW }), { revokedAt: NOW, revokeReason: GRANT_REUSE_REASON }, NOW)).toBe("refused");
  });

  it("a token is revoked before rotated before expired", () => {
    expect(tokenState(token(), grant(), NOW)).toBe("active");
    expect(tokenState(token({ expiresAt: NOW }), grant(), NOW)).toBe("expired");
    expect(tokenState(token({ rotatedAt: NOW, expiresAt: NOW }), grant(), NOW)).toBe("rotated");
    expect(tokenState(token({ rotatedAt: NOW }), grant({ revokedAt: NOW }), NOW)).toBe("revoked");
  });
});

describe("decideCodeExchange", () => {
  it("accepts an issued code of this client and sets both expiries from the catalog's TTLs", () => {
    expect(decideCodeExchange(code(), ctx(), policy)).toEqual({ ok: true, code: code(), accessTokenExpiresAt: NOW + 3_600_000, refreshTokenExpiresAt: NOW + 86_400_000 });
    expect(decideCodeExchange(code({ clientRowId: null }), ctx(), policy)).toMatchObject({ ok: true });
  });

  it.each<[string, CodeSnapshot | null, Partial<DecisionContext>, string]>([
    ["unknown", null, {}, "INVALID_AUTHCODE"],
    ["another wallet's", code({ catalogId: 2 }), {}, "INVALID_AUTHCODE"],
    ["another client's", code({ clientRowId: 8 }), {}, "INVALID_AUTHCODE"],
    ["redeemed", code({ redeemedAt: NOW - 1 }), {}, "USED_AUTHCODE"],
    ["expired", code({ expiresAt: NOW }), {}, "EXPIRED_AUTHCODE"],
    ["redeemed, in v1 naming", code({ redeemedAt: NOW - 1 }), { version: "v1" }, "USED_CODE"],
    ["unknown, in v1 naming", null, { version: "v1" }, "INVALID_CODE"],
    ["for scopes the client may not have", code({ scopes: ["KYC_INFO"] }), { client: { id: 7, workspaceId: "local", allowedScopes: ["USER_LOGIN_ID"] } }, "ACCESS_DENIED"],
    ["another workspace's (for any client of the catalog)", code({ clientRowId: null, workspaceId: "other" }), {}, "INVALID_AUTHCODE"],
  ])("refuses a %s code", (_label, snapshot, over, expected) => {
    expect(decideCodeExchange(snapshot, ctx(over), policy)).toMatchObject({ ok: false, code: expected, detail: expect.any(String) });
  });

  it("judges a redeemed code used even after it expired (redeemed wins)", () => {
    expect(decideCodeExchange(code({ redeemedAt: NOW - 1, expiresAt: NOW - 1 }), ctx(), policy)).toMatchObject({ code: "USED_AUTHCODE" });
  });
});

describe("decideRefresh", () => {
  it("rotates an active refresh token; the access token never outlives the grant", () => {
    const short = token({ grant: grant({ refreshExpiresAt: NOW + 60_000 }) });
    expect(decideRefresh(short, ctx(), policy)).toEqual({ ok: true, token: short, rotate: true, accessTokenExpiresAt: NOW + 60_000, refreshTokenExpiresAt: NOW + 60_000 });
    expect(decideRefresh(token(), ctx(), { ...policy, rotateRefreshToken: false })).toMatchObject({ ok: true, rotate: false });
  });

  it("a rotated token coming back is refused and revokes its grant", () => {
    expect(decideRefresh(token({ rotatedAt: NOW - 1 }), ctx(), policy)).toMatchObject({ ok: false, code: "USED_REFRESH_TOKEN", revokeGrant: { grantId: 11, reason: GRANT_REUSE_REASON } });
  });

  it.each<[string, TokenSnapshot | null, string]>([
    ["unknown", null, "INVALID_REFRESH_TOKEN"],
    ["an access token", token({ kind: "access" }), "INVALID_REFRESH_TOKEN"],
    ["another client's", token({ grant: grant({ clientRowId: 8 }) }), "INVALID_REFRESH_TOKEN"],
    ["another wallet's", token({ grant: grant({ catalogId: 2 }) }), "INVALID_REFRESH_TOKEN"],
    ["of a revoked grant", token({ grant: grant({ revokedAt: NOW - 1, revokeReason: "revoked by the merchant" }) }), "INVALID_REFRESH_TOKEN"],
    ["revoked", token({ revokedAt: NOW - 1 }), "INVALID_REFRESH_TOKEN"],
    ["expired", token({ expiresAt: NOW }), "EXPIRED_REFRESH_TOKEN"],
  ])("refuses %s refresh token without touching the grant", (_label, snapshot, expected) => {
    const decision = decideRefresh(snapshot, ctx(), policy);
    expect(decision).toMatchObject({ ok: false, code: expected });
    expect(decision).not.toHaveProperty("revokeGrant");
  });
});

describe("decideAccess", () => {
  const access = (over: Partial<TokenSnapshot> = {}) => token({ kind: "access", ...over });

  it("accepts an active access token of this client", () => {
    expect(decideAccess(access(), ctx())).toEqual({ ok: true, token: access() });
  });

  it.each<[string, TokenSnapshot | null, string]>([
    ["unknown", null, "INVALID_ACCESS_TOKEN"],
    ["a refresh token", token(), "INVALID_ACCESS_TOKEN"],
    ["another client's", access({ grant: grant({ clientRowId: 8 }) }), "INVALID_ACCESS_TOKEN"],
    ["revoked", access({ revokedAt: NOW - 1 }), "INVALID_ACCESS_TOKEN"],
    ["of a revoked grant", access({ grant: grant({ revokedAt: NOW - 1 }) }), "INVALID_ACCESS_TOKEN"],
    ["expired", access({ expiresAt: NOW }), "EXPIRED_ACCESS_TOKEN"],
  ])("refuses %s access token", (_label, snapshot, expected) => {
    expect(decideAccess(snapshot, ctx())).toMatchObject({ ok: false, code: expected });
  });
});
