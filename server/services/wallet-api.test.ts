import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { apiCalls, authCodes, catalogs, grants, tokens, walletKeys } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import type { Outcome } from "@/server/domain/flow/engine";
import { contentToSign, formatSignatureHeader, signContent, verifyContent } from "@/server/domain/signing/signature";
import { seedBuiltinCatalogs } from "./catalog-store";
import { registerClient, updateClient } from "./clients";
import { setClockOffset } from "./clock";
import { runSimulation } from "./simulations";
import { clockAt } from "@/server/domain/clock";
import { STUDIO_APP_ID } from "@/server/domain/wallet-api/endpoint-specs";
import { startGateway, type RunningGateway } from "@/tests/support/gateway";
import { withV2Fields } from "@/tests/support/wallet-body";

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);

// Fixed keys keep the suite fast: generating RSA-2048 pairs per test costs far more than the tests.
const fixtures = path.join(process.cwd(), "server/domain/signing/__fixtures__");
const PRIVATE_KEY = fs.readFileSync(path.join(fixtures, "test-private-key.pem"), "utf8");
const PUBLIC_KEY = fs.readFileSync(path.join(fixtures, "test-public-key.pem"), "utf8");

async function register(catalogSlug: string, name: string) {
  const registered = await registerClient(db, { workspaceId: "local", catalogSlug, name, publicKey: PUBLIC_KEY, now: T0 });
  return { clientId: registered.client.clientId, privateKeyPem: PRIVATE_KEY, walletPublicKeyPem: registered.wallet.publicKeyPem };
}

let db: DB;
let gateway: RunningGateway;
/** The gateway's real time: pinned, so expiry times in answers are exact. */
let serverNow = T0;
let client: { clientId: string; privateKeyPem: string; walletPublicKeyPem: string };

type Call = { path?: string; body?: unknown; rawBody?: Buffer | null; headers?: Record<string, string | null>; method?: string; slug?: string; realNow?: number };

type CallResponse = { status: number; headers: Record<string, string>; body: string; json: Record<string, unknown> };

/**
 * A signed call to the mock wallet over real HTTP (`rawBody: null` sends a body over the 64 KB limit).
 * A `body` for a v2 path gets the fields every v2 call carries (appId, authClientId) unless it sets them.
 */
async function call(endpoint: string, opts: Call = {}): Promise<CallResponse> {
  const slug = opts.slug ?? "dana";
  const path = opts.path ?? endpoint;
  const uri = `/api/wallets/${slug}${path}`;
  const sent = withV2Fields(path, opts.body ?? {}, client.clientId);
  const raw = opts.rawBody !== undefined ? (opts.rawBody ?? Buffer.alloc(65 * 1024, 0x20)) : Buffer.from(JSON.stringify(sent));
  serverNow = opts.realNow ?? T0;
  const time = new Date(opts.realNow ?? T0).toISOString();
  const signature = formatSignatureHeader(signContent(contentToSign({ method: "POST", uri, clientId: client.clientId, time, body: raw.toString("utf8") }), client.privateKeyPem));
  const headers: Record<string, string> = {};
  const defaults: Record<string, string | null> = { "Client-Id": client.clientId, "Request-Time": time, Signature: signature, "Content-Type": "application/json" };
  for (const [name, value] of Object.entries({ ...defaults, ...opts.headers })) if (value !== null) headers[name] = value;
  const method = opts.method ?? "POST";
  const response = await fetch(`${gateway.origin}${uri}`, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : new Uint8Array(raw) });
  const body = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), body, json: JSON.parse(body) as Record<string, unknown> };
}

function simulate(scopes: unknown, outcome: Outcome = { kind: "approve" }, extra: { clientId?: string; now?: number } = {}) {
  return runSimulation(db, { workspaceId: "local", catalogSlug: "dana", scopes, outcome, clientId: extra.clientId ?? client.clientId, source: "api", clock: clockAt(extra.now ?? T0, 0) });
}

function resultCode(response: { json: Record<string, unknown> }): string {
  const result = response.json.result as { resultCode: string };
  return result.resultCode;
}

function domainCounts() {
  return {
    codes: db.select({ n: count() }).from(authCodes).get()?.n,
    grants: db.select({ n: count() }).from(grants).get()?.n,
    tokens: db.select({ n: count() }).from(tokens).get()?.n,
    redeemed: db.select().from(authCodes).all().filter((c) => c.redeemedAt !== null).length,
  };
}

const applyToken = "/v2/authorizations/applyToken";
const inquiry = "/v2/users/inquiryUserInfo";
const revoke = "/v2/authorizations/revoke";

afterEach(() => gateway.close());

beforeEach(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, T0);
  for (const slug of ["dana", "touch-n-go"]) {
    const row = db.select({ id: catalogs.id }).from(catalogs).where(eq(catalogs.slug, slug)).get();
    if (row) db.insert(walletKeys).values({ catalogId: row.id, keyVersion: 1, publicKeyPem: PUBLIC_KEY, privateKeyPem: PRIVATE_KEY, createdAt: T0 }).run();
  }
  client = await register("dana", "Test backend");
  gateway = await startGateway(db, () => serverNow);
});

describe("recorded bodies", () => {
  it("store no usable code or token, even one sent under a JSON-escaped key or with escaped characters", async () => {
    const code = simulate(["USER_LOGIN_ID"]).authCode ?? "";
    const exchanged = await call(applyToken, { rawBody: Buffer.from(`{"appId":"${STUDIO_APP_ID}","authClientId":"${client.clientId}","grantType":"AUTHORIZATION_CODE","auth\\u0043ode":"${code}","customerBelongsTo":"DANA"}`) });
    expect(resultCode(exchanged)).toBe("SUCCESS");
    const accessToken = String(exchanged.json.accessToken);
    const escaped = `${accessToken.slice(0, 10)}\\u00${accessToken.charCodeAt(10).toString(16)}${accessToken.slice(11)}`;
    const inquired = await call(inquiry, { rawBody: Buffer.from(`{"appId":"${STUDIO_APP_ID}","authClientId":"${client.clientId}","acc\\u0065ssToken":"${escaped}"}`) });
    expect(resultCode(inquired)).toBe("SUCCESS");
    const stored = JSON.stringify(db.select().from(apiCalls).all());
    for (const secret of [code, accessToken, String(exchanged.json.refreshToken)]) {
      expect(stored).not.toContain(secret);
      expect(stored).toContain(`${secret.slice(0, 8)}…`);
    }
  });
});

describe("the whole flow", () => {
  it("code → tokens → user info (granted fields only) → refresh → revoke, every response signed", async () => {
    const sim = simulate(["USER_LOGIN_ID", "USER_OFFICE_PROVINCE", "KYC_INFO"], { kind: "partial", refuse: ["KYC_INFO"] });
    expect(sim.callback).toBe("success");
    const code = sim.authCode;
    expect(code).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const exchanged = await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: code, customerBelongsTo: "DANA" } });
    expect(exchanged.status).toBe(200);
    expect(exchanged.json).toMatchObject({
      result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" },
      accessToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      accessTokenExpiryTime: "2026-11-24T10:00:00+07:00",
      customerId: sim.user.userId,
    });
    const signed = contentToSign({
      method: "POST",
      uri: `/api/wallets/dana${applyToken}`,
      clientId: client.clientId,
      time: exchanged.headers["response-time"] ?? "",
      body: exchanged.body,
    });
    const signatureValue = /signature=([^,\s]+)/.exec(exchanged.headers.signature ?? "")?.[1] ?? "";
    expect(verifyContent(signed, signatureValue, client.walletPublicKeyPem)).toBe(true);

    const accessToken = String(exchanged.json.accessToken);
    const info = await call(inquiry, { body: { accessToken } });
    expect(resultCode(info)).toBe("SUCCESS");
    const userInfo = info.json.userInfo as Record<string, unknown>;
    expect(Object.keys(userInfo).sort()).toEqual(["loginIdInfos", "officeAddress"]);
    expect(userInfo.officeAddress).toEqual({ province: "DKI Jakarta" });
    expect(userInfo).not.toHaveProperty("kycInfo");

    const refreshed = await call(applyToken, { body: { grantType: "REFRESH_TOKEN", refreshToken: exchanged.json.refreshToken } });
    expect(resultCode(refreshed)).toBe("SUCCESS");
    expect(refreshed.json.refreshToken).not.toBe(exchanged.json.refreshToken);

    const revoked = await call(revoke, { body: { accessToken: refreshed.json.accessToken } });
    expect(resultCode(revoked)).toBe("SUCCESS");
    expect(resultCode(await call(inquiry, { body: { accessToken: refreshed.json.accessToken } }))).toBe("INVALID_ACCESS_TOKEN");
    expect(resultCode(await call(inquiry, { body: { accessToken } }))).toBe("INVALID_ACCESS_TOKEN");
    expect(resultCode(await call(applyToken, { body: { grantType: "REFRESH_TOKEN", refreshToken: refreshed.json.refreshToken } }))).toBe("INVALID_REFRESH_TOKEN");
  });

  it("stores only hashes of codes and tokens", async () => {
    const sim = simulate(["USER_LOGIN_ID"]);
    const exchanged = await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    const dump = JSON.stringify(db.$client.prepare("SELECT * FROM auth_codes").all()) + JSON.stringify(db.$client.prepare("SELECT * FROM tokens").all());
    const simRows = JSON.stringify(db.$client.prepare("SELECT * FROM simulations").all());
    const callRows = JSON.stringify(db.$client.prepare("SELECT * FROM api_calls").all());
    const activityRows = JSON.stringify(db.$client.prepare("SELECT * FROM activity").all()) + JSON.stringify(db.$client.prepare("SELECT * FROM activity_links").all());
    for (const secret of [sim.authCode, exchanged.json.accessToken, exchanged.json.refreshToken]) {
      for (const rows of [dump, simRows, callRows, activityRows]) expect(rows).not.toContain(String(secret));
    }
    expect(callRows).toContain(`${String(exchanged.json.accessToken).slice(0, 8)}…`);
  });
});

describe("applyToken result codes", () => {
  it("USED_AUTHCODE on a second redemption, without a second grant", async () => {
    const sim = simulate(["USER_LOGIN_ID"]);
    expect(resultCode(await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } }))).toBe("SUCCESS");
    const again = await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    expect(again.status).toBe(200);
    expect(again.json.result).toMatchObject({ resultCode: "USED_AUTHCODE", resultStatus: "F" });
    expect(domainCounts().grants).toBe(1);
  });

  it("EXPIRED_AUTHCODE after the TTL on the mock clock", async () => {
    const sim = simulate(["USER_LOGIN_ID"]);
    setClockOffset(db, "local", 601_000, T0);
    expect(resultCode(await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } }))).toBe("EXPIRED_AUTHCODE");
  });

  it("INVALID_AUTHCODE for unknown codes and codes of another client", async () => {
    expect(resultCode(await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: "nope" } }))).toBe("INVALID_AUTHCODE");
    const other = await register("dana", "Other");
    const sim = simulate(["USER_LOGIN_ID"], { kind: "approve" }, { clientId: other.clientId });
    const response = await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    expect(response.json.result).toMatchObject({ resultCode: "INVALID_AUTHCODE", resultMessage: expect.stringContaining("another client") });
  });

  it("uses v1 naming on v1 catalogs", async () => {
    client = await register("touch-n-go", "TNG backend");
    const response = await call("/v1/authorizations/applyToken", { slug: "touch-n-go", path: "/acl/api/v1/authorizations/applyToken", body: { grantType: "AUTHORIZATION_CODE", authCode: "nope", extendInfo: '{"customerBelongsTo":"TNG"}' } });
    expect(resultCode(response)).toBe("INVALID_CODE");
    const sim = runSimulation(db, { workspaceId: "local", catalogSlug: "touch-n-go", scopes: "auth_base", outcome: { kind: "approve" }, clientId: client.clientId, source: "api", clock: clockAt(T0, 0) });
    const ok = await call("", { slug: "touch-n-go", path: "/v1/authorizations/applyToken", body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode, extendInfo: '{"customerBelongsTo":"TNG"}' } });
    expect(resultCode(ok)).toBe("SUCCESS");
    expect(resultCode(await call("", { slug: "touch-n-go", path: "/v1/authorizations/applyToken", body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode, extendInfo: '{"customerBelongsTo":"TNG"}' } }))).toBe("USED_CODE");
    const info = await call("", { slug: "touch-n-go", path: "/v1/customers/user/inquiryUserInfoByAccessToken", body: { accessToken: ok.json.accessToken } });
    expect(info.json.userInfo).toEqual({ userId: sim.user.userId });
    expect(resultCode(await call("", { slug: "touch-n-go", path: "/v1/authorizations/cancelToken", body: { accessToken: ok.json.accessToken } }))).toBe("SUCCESS");
  });

  it("rotates refresh tokens and revokes the grant when a rotated one comes back", async () => {
    const sim = simulate(["USER_LOGIN_ID"]);
    const first = await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    const second = await call(applyToken, { body: { grantType: "REFRESH_TOKEN", refreshToken: first.json.refreshToken } });
    expect(resultCode(second)).toBe("SUCCESS");
    const replay = await call(applyToken, { body: { grantType: "REFRESH_TOKEN", refreshToken: first.json.refreshToken } });
    expect(replay.json.result).toMatchObject({ resultCode: "USED_REFRESH_TOKEN", resultMessage: expect.stringContaining("revoked") });
    expect(resultCode(await call(inquiry, { body: { accessToken: second.json.accessToken } }))).toBe("INVALID_ACCESS_TOKEN");
    expect(resultCode(await call(applyToken, { body: { grantType: "REFRESH_TOKEN", refreshToken: second.json.refreshToken } }))).toBe("INVALID_REFRESH_TOKEN");
  });

  it("EXPIRED_REFRESH_TOKEN and EXPIRED_ACCESS_TOKEN on the mock clock", async () => {
    const sim = simulate(["USER_LOGIN_ID"]);
    const tokensResponse = await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    setClockOffset(db, "local", 86_400_000, T0);
    expect(resultCode(await call(inquiry, { body: { accessToken: tokensResponse.json.accessToken } }))).toBe("EXPIRED_ACCESS_TOKEN");
    expect(resultCode(await call(revoke, { body: { accessToken: tokensResponse.json.accessToken } }))).toBe("EXPIRED_ACCESS_TOKEN");
    setClockOffset(db, "local", 172_800_000, T0);
    expect(resultCode(await call(applyToken, { body: { grantType: "REFRESH_TOKEN", refreshToken: tokensResponse.json.refreshToken } }))).toBe("EXPIRED_REFRESH_TOKEN");
  });

  it("INVALID_REFRESH_TOKEN for unknown tokens; ACCESS_DENIED for scopes the client may not have", async () => {
    expect(resultCode(await call(applyToken, { body: { grantType: "REFRESH_TOKEN", refreshToken: "nope" } }))).toBe("INVALID_REFRESH_TOKEN");
    const unbound = runSimulation(db, { workspaceId: "local", catalogSlug: "dana", scopes: ["KYC_INFO"], outcome: { kind: "approve" }, source: "api", clock: clockAt(T0, 0) });
    updateClient(db, { workspaceId: "local", clientId: client.clientId, allowedScopes: ["USER_LOGIN_ID"], now: T0 });
    expect(resultCode(await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: unbound.authCode } }))).toBe("ACCESS_DENIED");
  });
});

describe("inquiryUserInfo and revoke result codes", () => {
  it("INVALID_ACCESS_TOKEN for unknown tokens, refresh tokens and another client's token", async () => {
    expect((await call(inquiry, { body: { accessToken: "nope" } })).json.result).toMatchObject({ resultCode: "INVALID_ACCESS_TOKEN", resultStatus: "F" });
    expect(resultCode(await call(revoke, { body: { accessToken: "nope" } }))).toBe("INVALID_ACCESS_TOKEN");
    const sim = simulate(["USER_LOGIN_ID"]);
    const issued = await call(applyToken, { body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    expect(resultCode(await call(inquiry, { body: { accessToken: issued.json.refreshToken } }))).toBe("INVALID_ACCESS_TOKEN");
    const owner = client;
    client = await register("dana", "Someone else");
    expect(resultCode(await call(inquiry, { body: { accessToken: issued.json.accessToken } }))).toBe("INVALID_ACCESS_TOKEN");
    expect(resultCode(await call(revoke, { body: { accessToken: issued.json.accessToken } }))).toBe("INVALID_ACCESS_TOKEN");
    client = owner;
    expect(resultCode(await call(inquiry, { body: { accessToken: issued.json.accessToken } }))).toBe("SUCCESS");
  });

  it("a missing accessToken is PARAM_ILLEGAL on every user-info and revoke path", async () => {
    const superqi = await register("superqi", "SuperQi backend");
    const cases: Array<[slug: string, path: string]> = [["dana", "/v2/users/inquiryUserInfo"], ["superqi", "/v1/users/inquiryUserInfo"], ["dana", "/v2/authorizations/revoke"], ["superqi", "/v1/authorizations/cancelToken"]];
    const owner = client;
    for (const [slug, path] of cases) {
      client = slug === "superqi" ? superqi : owner;
      const response = await call(path, { slug, body: {} });
      expect(response.status).toBe(400);
      expect(response.json.result).toMatchObject({ resultCode: "PARAM_ILLEGAL", resultMessage: expect.stringContaining("accessToken") });
    }
    client = owner;
  });

  it("answers INVALID_API naming the paths a catalog serves for one it does not", async () => {
    const response = await call("/v1/users/inquiryUserInfo", { body: { accessToken: "x" } });
    expect(response.status).toBe(404);
    expect(response.json.result).toMatchObject({ resultCode: "INVALID_API", resultMessage: expect.stringContaining("It serves /v2/authorizations/applyToken, /v2/users/inquiryUserInfo, /v2/authorizations/revoke") });
    expect(response.headers["x-applied-rule"]).toBe("unserved");
    expect(response.headers.signature).toEqual(expect.any(String));
  });

  it("holds Request-Time to the catalog's format: epoch milliseconds on an ISO 8601 wallet is PARAM_ILLEGAL", async () => {
    const epoch = String(T0);
    const uri = "/api/wallets/dana/v2/users/inquiryUserInfo";
    const raw = JSON.stringify({ appId: STUDIO_APP_ID, authClientId: client.clientId, accessToken: "x" });
    const signature = formatSignatureHeader(signContent(contentToSign({ method: "POST", uri, clientId: client.clientId, time: epoch, body: raw }), client.privateKeyPem));
    const response = await call("/v2/users/inquiryUserInfo", { rawBody: Buffer.from(raw), headers: { "Request-Time": epoch, Signature: signature } });
    expect(response.status).toBe(400);
    expect(response.json.result).toMatchObject({ resultCode: "PARAM_ILLEGAL", resultMessage: expect.stringContaining("Request-Time") });
    expect(response.headers["x-applied-rule"]).toBe("request-time");
  });

  it("INVALID_ACCESS_TOKEN carries the documented message", async () => {
    const response = await call("/v2/users/inquiryUserInfo", { body: { accessToken: "nope" } });
    expect(response.json.result).toMatchObject({ resultCode: "INVALID_ACCESS_TOKEN", resultMessage: expect.stringMatching(/^The access token is expired, revoked, or does not exist\./) });
    expect(response.headers["x-endpoint-spec"]).toBe("v2.inquiryUserInfo");
  });
});

describe("bad input: the documented result, never a changed row", () => {
  it.each<[string, Call, number, string]>([
    ["malformed JSON", { rawBody: Buffer.from("{nope") }, 400, "PARAM_ILLEGAL"],
    ["invalid UTF-8", { rawBody: Buffer.from([0x7b, 0xff, 0x7d]) }, 400, "PARAM_ILLEGAL"],
    ["a JSON array", { rawBody: Buffer.from("[]") }, 400, "PARAM_ILLEGAL"],
    ["wrong types", { body: { grantType: 42, authCode: ["x"] } }, 400, "PARAM_ILLEGAL"],
    ["an oversized field", { body: { grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(129) } }, 400, "PARAM_ILLEGAL"],
    ["an oversized body", { rawBody: null }, 413, "PARAM_ILLEGAL"],
    ["an unknown grant type", { body: { grantType: "PASSWORD" } }, 400, "AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE"],
    ["a missing authCode", { body: { grantType: "AUTHORIZATION_CODE" } }, 400, "PARAM_ILLEGAL"],
    ["a missing Client-Id", { headers: { "Client-Id": null } }, 400, "PARAM_ILLEGAL"],
    ["an unknown Client-Id", { headers: { "Client-Id": "UNKNOWN" } }, 401, "INVALID_AUTH_CLIENT"],
    ["a missing Signature", { headers: { Signature: null } }, 401, "INVALID_SIGNATURE"],
    ["a junk Signature", { headers: { Signature: "algorithm=RSA256, keyVersion=1, signature=AAAA" } }, 401, "INVALID_SIGNATURE"],
    ["a stale Request-Time", { realNow: T0 + 3_600_000, headers: { "Request-Time": new Date(T0).toISOString() } }, 401, "INVALID_SIGNATURE"],
    ["the wrong customerBelongsTo", { body: { grantType: "AUTHORIZATION_CODE", authCode: "x", customerBelongsTo: "GCASH" } }, 400, "PARAM_ILLEGAL"],
    ["a GET", { method: "GET" }, 405, "INVALID_API"],
    ["an unknown path", { path: "/v2/payments/pay" }, 404, "INVALID_API"],
    ["an unknown wallet", { slug: "nowhere" }, 404, "INVALID_API"],
  ])("%s", async (_label, opts, status, code) => {
    const sim = simulate(["USER_LOGIN_ID"]);
    const before = domainCounts();
    const response = await call(applyToken, { ...opts, body: opts.body ?? { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    expect(response.status).toBe(status);
    expect(response.json.result).toMatchObject({ resultCode: code, resultStatus: "F", resultMessage: expect.any(String) });
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(domainCounts()).toEqual(before);
  });

  it("signature failures are unsigned and recorded with the debugger's findings", async () => {
    const response = await call(applyToken, { headers: { Signature: "algorithm=RSA256, keyVersion=1, signature=AAAA" } });
    expect(response.headers.signature).toBeUndefined();
    const logged = db.select().from(apiCalls).all().at(-1);
    expect(logged?.resultCode).toBe("INVALID_SIGNATURE");
    expect(logged?.signature).toMatchObject({ ok: false, failure: "SIGNATURE_MISMATCH" });
  });

  it("a client with signature checking off is served without a signature", async () => {
    updateClient(db, { workspaceId: "local", clientId: client.clientId, signatureMode: "off", now: T0 });
    const sim = simulate(["USER_LOGIN_ID"]);
    const response = await call(applyToken, { headers: { Signature: null }, body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } });
    expect(resultCode(response)).toBe("SUCCESS");
  });

  it("answers under the catalog's gateway prefixes only", async () => {
    const sim = simulate(["USER_LOGIN_ID"]);
    expect(resultCode(await call("", { path: `/api/open${applyToken}`, body: { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode } }))).toBe("SUCCESS");
    expect((await call("", { path: `/acl/api${applyToken}`, body: {} })).status).toBe(404);
  });
});
