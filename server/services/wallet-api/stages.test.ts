/**
 * The database-backed stages of the mock wallet pipeline, each on its own, against an in-memory
 * database migrated from db/migrations (the pure stages are tested in server/domain/wallet-api).
 */
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { activity, activityLinks, apiCalls, authCodes, catalogs, grants, tokens, walletKeys } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import { clockAt } from "@/server/domain/clock";
import { contentToSign, formatSignatureHeader, signContent, verifyContent } from "@/server/domain/signing/signature";
import { draftResponse, answer } from "@/server/domain/wallet-api/request";
import { seedBuiltinCatalogs } from "../catalog-store";
import { registerClient, updateClient } from "../clients";
import { runSimulation } from "../simulations";
import { authenticate } from "./authenticate";
import { commitOperation, NO_EFFECTS } from "./commit";
import { MAX_RECORDED_BODY, recordCall, type CallRecord } from "./record";
import { signResponse } from "./sign";
import { walletStore, type ClientContext, type WalletContext, type WalletStore } from "./store";

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
const fixtures = path.join(process.cwd(), "server/domain/signing/__fixtures__");
const PRIVATE_KEY = fs.readFileSync(path.join(fixtures, "test-private-key.pem"), "utf8");
const PUBLIC_KEY = fs.readFileSync(path.join(fixtures, "test-public-key.pem"), "utf8");
const clock = clockAt(T0, 0);

let db: DB;
let store: WalletStore;
let wallet: WalletContext;
let client: ClientContext;

function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

function issueCode(scopes = ["USER_LOGIN_ID"]): string {
  return need(runSimulation(db, { workspaceId: "local", catalogSlug: "dana", scopes, outcome: { kind: "approve" }, clientId: client.clientId, source: "api", clock }).authCode, "authCode");
}

beforeEach(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, T0);
  const dana = need(db.select({ id: catalogs.id }).from(catalogs).where(eq(catalogs.slug, "dana")).get(), "dana");
  db.insert(walletKeys).values({ catalogId: dana.id, keyVersion: 1, publicKeyPem: PUBLIC_KEY, privateKeyPem: PRIVATE_KEY, createdAt: T0 }).run();
  const registered = await registerClient(db, { workspaceId: "local", catalogSlug: "dana", name: "Stage tests", publicKey: PUBLIC_KEY, now: T0 });
  store = walletStore(db);
  wallet = need(store.wallet("dana"), "wallet");
  client = need(store.client(registered.client.clientId), "client");
});

describe("store", () => {
  it("caches the validated catalog document per version: an edit is seen at once", () => {
    expect(store.wallet("dana")?.document).toBe(wallet.document);
    db.update(catalogs).set({ version: 99 }).where(eq(catalogs.slug, "dana")).run();
    expect(store.wallet("dana")?.document).not.toBe(wallet.document);
    expect(store.wallet("nowhere")).toBeNull();
  });

  it("reads the client's settings on every call (another process may have changed them)", () => {
    updateClient(db, { workspaceId: "local", clientId: client.clientId, signatureMode: "off", now: T0 });
    expect(store.client(client.clientId)?.signatureMode).toBe("off");
    expect(store.client(client.clientId)?.publicKey).toBe(client.publicKey);
  });
});

describe("authenticate", () => {
  const uri = "/api/wallets/dana/v2/authorizations/applyToken";
  const body = Buffer.from('{"grantType":"AUTHORIZATION_CODE","authCode":"x"}');
  const request = (headers: Record<string, string>) => ({ method: "POST", uri, header: (name: string) => headers[name], body });
  const signed = (uriSigned: string) => {
    const time = new Date(T0).toISOString();
    return { "client-id": client.clientId, "request-time": time, signature: formatSignatureHeader(signContent(contentToSign({ method: "POST", uri: uriSigned, clientId: client.clientId, time, body: body.toString() }), PRIVATE_KEY)) };
  };

  it("accepts a request signed over the full path or over the path without the mount", async () => {
    expect(await authenticate(store, wallet, request(signed(uri)), clock)).toMatchObject({ ok: true, client: { id: client.id }, signature: { ok: true, signedUri: uri } });
    expect(await authenticate(store, wallet, request(signed("/v2/authorizations/applyToken")), clock)).toMatchObject({ ok: true, signature: { signedUri: "/v2/authorizations/applyToken" } });
  });

  it("refuses a missing or unknown Client-Id, another wallet's client and a bad signature", async () => {
    expect(await authenticate(store, wallet, request({}), clock)).toMatchObject({ ok: false, answer: { code: "PARAM_ILLEGAL" } });
    expect(await authenticate(store, wallet, request({ "client-id": "nobody" }), clock)).toMatchObject({ ok: false, answer: { code: "INVALID_AUTH_CLIENT" } });
    const tng = need(store.wallet("touch-n-go"), "tng");
    expect(await authenticate(store, tng, request(signed(uri)), clock)).toMatchObject({ ok: false, answer: { code: "INVALID_AUTH_CLIENT", detail: expect.stringContaining("dana") } });
    const stale = await authenticate(store, wallet, request(signed(uri)), clockAt(T0 + 3_600_000, 0));
    expect(stale).toMatchObject({ ok: false, answer: { code: "INVALID_SIGNATURE", sign: false }, signature: { ok: false, failure: "STALE_REQUEST_TIME" } });
  });
});

describe("commit", () => {
  it("redeems a code exactly once, in one transaction with its grant and two tokens", () => {
    const code = issueCode();
    const first = commitOperation(store, { wallet, client, operation: { kind: "exchange-code", authCode: code }, clock, version: "v2" });
    expect(first.answer).toMatchObject({ code: "SUCCESS", fields: { accessToken: expect.any(String), refreshToken: expect.any(String), accessTokenExpiryTime: "2026-11-24T10:00:00+07:00" } });
    expect(first.effects).toMatchObject({ presented: { target: "code", targetId: expect.any(Number) }, grantId: expect.any(Number), scopes: ["USER_LOGIN_ID"] });
    expect(first.effects.issued.map((link) => link.target)).toEqual(["access-token", "refresh-token"]);
    const second = commitOperation(store, { wallet, client, operation: { kind: "exchange-code", authCode: code }, clock, version: "v2" });
    expect(second.answer.code).toBe("USED_AUTHCODE");
    expect(db.select().from(grants).all()).toHaveLength(1);
    expect(db.select().from(tokens).all()).toHaveLength(2);
  });

  it("a failure inside the transaction leaves no half-written grant", () => {
    const code = issueCode();
    const original = store.issueToken.bind(store);
    let calls = 0;
    store.issueToken = (...args) => {
      if (++calls === 2) throw new Error("disk full");
      return original(...args);
    };
    try {
      expect(() => commitOperation(store, { wallet, client, operation: { kind: "exchange-code", authCode: code }, clock, version: "v2" })).toThrow("disk full");
    } finally {
      store.issueToken = original;
    }
    expect(db.select().from(grants).all()).toHaveLength(0);
    expect(db.select().from(tokens).all()).toHaveLength(0);
    expect(db.select({ redeemedAt: authCodes.redeemedAt }).from(authCodes).get()?.redeemedAt).toBeNull();
  });

  it("a rotated refresh token coming back revokes the grant (and the refusal is what is recorded)", () => {
    const issued = commitOperation(store, { wallet, client, operation: { kind: "exchange-code", authCode: issueCode() }, clock, version: "v2" });
    const refreshToken = String(issued.answer.fields?.refreshToken);
    const rotated = commitOperation(store, { wallet, client, operation: { kind: "refresh", refreshToken }, clock, version: "v2" });
    expect(rotated.answer.code).toBe("SUCCESS");
    expect(rotated.effects.issued.map((link) => link.target)).toEqual(["access-token", "refresh-token"]);
    const replay = commitOperation(store, { wallet, client, operation: { kind: "refresh", refreshToken }, clock, version: "v2" });
    expect(replay.answer.code).toBe("USED_REFRESH_TOKEN");
    expect(replay.effects.grantId).toBe(issued.effects.grantId);
    expect(db.select({ revokedAt: grants.revokedAt }).from(grants).get()?.revokedAt).toBe(T0);
    const info = commitOperation(store, { wallet, client, operation: { kind: "user-info", accessToken: String(rotated.answer.fields?.accessToken) }, clock, version: "v2" });
    expect(info.answer.code).toBe("INVALID_ACCESS_TOKEN");
  });

  it("inquiryUserInfo answers only the fields the grant's scopes unlock", () => {
    const issued = commitOperation(store, { wallet, client, operation: { kind: "exchange-code", authCode: issueCode(["USER_LOGIN_ID"]) }, clock, version: "v2" });
    const info = commitOperation(store, { wallet, client, operation: { kind: "user-info", accessToken: String(issued.answer.fields?.accessToken) }, clock, version: "v2" });
    expect(Object.keys(info.answer.fields?.userInfo as object)).toEqual(["loginIdInfos"]);
  });
});

describe("sign", () => {
  it("signs the answer with the wallet's key over the request's method and URI", async () => {
    const draft = draftResponse(answer("SUCCESS"), "call_x");
    const signed = await signResponse(store, draft, { wallet, clientId: client.clientId, method: "POST", uri: "/api/wallets/dana/v2/authorizations/revoke" }, clock);
    expect(signed.headers["Response-Time"]).toBe("2026-11-23T10:00:00+07:00");
    const value = /signature=(\S+)/.exec(signed.headers.Signature ?? "")?.[1] ?? "";
    const content = contentToSign({ method: "POST", uri: "/api/wallets/dana/v2/authorizations/revoke", clientId: client.clientId, time: signed.headers["Response-Time"] ?? "", body: draft.body });
    expect(verifyContent(content, value, PUBLIC_KEY)).toBe(true);
    expect(await signResponse(store, draft, null, clock)).toBe(draft);
  });

  it("generates a wallet key on first use, once, even when asked concurrently", async () => {
    const tng = need(store.wallet("touch-n-go"), "tng");
    const [a, b] = await Promise.all([store.signingKey(tng.catalogId, T0), store.signingKey(tng.catalogId, T0)]);
    expect(a).toBe(b);
    expect(db.select().from(walletKeys).where(eq(walletKeys.catalogId, tng.catalogId)).all()).toHaveLength(1);
  });
});

describe("record", () => {
  const record = (over: Partial<CallRecord> = {}): CallRecord => ({
    callId: `call_${Math.random().toString(36).slice(2)}`,
    workspaceId: "local",
    fault: null,
    catalogId: wallet.catalogId,
    clientRowId: client.id,
    endpoint: "v2.applyToken",
    operation: "exchange-code",
    method: "POST",
    uri: "/api/wallets/dana/v2/authorizations/applyToken",
    requestHeaders: (name) => ({ "content-type": "application/json", "x-other": "not kept" })[name],
    requestBody: Buffer.from('{"grantType":"AUTHORIZATION_CODE","authCode":"SECRETCODE0123456789abcdefghij"}'),
    status: 200,
    resultCode: "USED_AUTHCODE",
    responseHeaders: { "X-Call-Id": "x" },
    responseBody: '{"result":{"resultCode":"USED_AUTHCODE"}}',
    signature: { ok: true, signedUri: "/api/wallets/dana/v2/authorizations/applyToken", notes: [] },
    effects: NO_EFFECTS,
    createdAt: T0,
    ...over,
  });

  it("stores every call of one turn of the event loop, masked and bounded, with its Activity row", async () => {
    const long = `{"accessToken":"TOKEN${"x".repeat(30)}","pad":"${"y".repeat(MAX_RECORDED_BODY)}"}`;
    await Promise.all([recordCall(db, record()), recordCall(db, record({ responseBody: long })), recordCall(db, record({ requestBody: null }))]);
    const calls = db.select().from(apiCalls).all();
    expect(calls).toHaveLength(3);
    expect(calls[0]?.requestBody).toContain("SECRETCO…");
    expect(calls[0]?.requestBody).not.toContain("SECRETCODE0123456789abcdefghij");
    expect(calls[0]?.requestHeaders).toEqual({ "content-type": "application/json" });
    expect(calls[1]?.responseBody.length).toBeLessThan(MAX_RECORDED_BODY + 100);
    expect(calls[1]?.responseBody).toContain("TOKENxxx…");
    expect(calls[2]?.requestBody).toBe("(larger than 64 KB, not recorded)");
    expect(db.select().from(activity).all().map((row) => row.event)).toEqual(["redeem", "redeem", "redeem"]);
  });

  it("links what the call presented and issued", async () => {
    await recordCall(
      db,
      record({
        resultCode: "SUCCESS",
        effects: { presented: { target: "code", targetId: null, prefix: "SECRETCO" }, grantId: null, scopes: ["USER_LOGIN_ID"], issued: [{ target: "access-token", id: 5, prefix: "TOKENxxx" }] },
      }),
    );
    expect(db.select({ role: activityLinks.role, target: activityLinks.target, prefix: activityLinks.prefix }).from(activityLinks).all()).toEqual([
      { role: "presented", target: "code", prefix: "SECRETCO" },
      { role: "issued", target: "access-token", prefix: "TOKENxxx" },
    ]);
  });

  it("one record that cannot be stored does not lose the others of its batch", async () => {
    await Promise.all([recordCall(db, record()), recordCall(db, record({ catalogId: 999_999 })), recordCall(db, record())]);
    expect(db.select().from(apiCalls).all()).toHaveLength(2);
  });
});
