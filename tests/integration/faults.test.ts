/**
 * Fault rules over real HTTP, one effect kind at a time: a rule for the next call affects exactly
 * that call and stops; `times`, `until` and `percent` hold; another client is untouched; Activity
 * names the rule. Rules are made through the headless API (`/api/faults`), as CI would.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { clockAt } from "@/server/domain/clock";
import { contentToSign, formatSignatureHeader, parseSignatureHeader, signContent, verifyContent } from "@/server/domain/signing/signature";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { registerClient } from "@/server/services/clients";
import { listActivity } from "@/server/services/activity";
import { runSimulation } from "@/server/services/simulations";
import { rawRequest, startGateway, type RawReply, type RunningGateway } from "@/tests/support/gateway";
import { withV2Fields } from "@/tests/support/wallet-body";

const fixtures = path.join(process.cwd(), "server/domain/signing/__fixtures__");
const PRIVATE_KEY = fs.readFileSync(path.join(fixtures, "test-private-key.pem"), "utf8");
const PUBLIC_KEY = fs.readFileSync(path.join(fixtures, "test-public-key.pem"), "utf8");

let db: DB;
let gateway: RunningGateway;
const clients: Record<string, { clientId: string; walletKey: string }> = {};

beforeAll(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db);
  for (const [name, catalog] of [
    ["main", "dana"],
    ["other", "dana"],
    ["v1", "touch-n-go"],
  ] as const) {
    const registered = await registerClient(db, { workspaceId: "local", catalogSlug: catalog, name, publicKey: PUBLIC_KEY, now: Date.now() });
    clients[name] = { clientId: registered.client.clientId, walletKey: registered.wallet.publicKeyPem };
  }
});

afterAll(() => gateway.close());

function client(name: string) {
  const found = clients[name];
  if (!found) throw new Error(`no client ${name}`);
  return found;
}

const json = { "Content-Type": "application/json" };

async function addFault(rule: Record<string, unknown>): Promise<string> {
  const reply = await rawRequest(gateway.origin, "POST", "/api/faults", json, JSON.stringify(rule));
  expect(reply.status, reply.text).toBe(201);
  return (JSON.parse(reply.text) as { id: string }).id;
}

async function removeFault(id: string) {
  expect((await rawRequest(gateway.origin, "DELETE", `/api/faults/${id}`)).status).toBe(200);
}

function code(catalog = "dana", who = "main"): string {
  const sim = runSimulation(db, { workspaceId: "local", catalogSlug: catalog, scopes: catalog === "dana" ? ["USER_LOGIN_ID"] : ["auth_base"], outcome: { kind: "approve" }, clientId: client(who).clientId, source: "api", clock: clockAt(Date.now(), 0) });
  return sim.authCode ?? "";
}

async function call(who: string, endpoint: string, body: unknown, slug = "dana"): Promise<RawReply> {
  const uri = `/api/wallets/${slug}${endpoint}`;
  const { clientId } = client(who);
  const text = JSON.stringify(withV2Fields(endpoint, body, clientId));
  const time = new Date().toISOString();
  const signature = formatSignatureHeader(signContent(contentToSign({ method: "POST", uri, clientId, time, body: text }), PRIVATE_KEY));
  return rawRequest(gateway.origin, "POST", uri, { ...json, "Client-Id": clientId, "Request-Time": time, Signature: signature }, text);
}

const exchange = (who = "main", authCode = code()) => call(who, "/v2/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode, customerBelongsTo: "DANA" });
const resultOf = (reply: RawReply) => (JSON.parse(reply.text) as { result: { resultCode: string } }).result.resultCode;

function signatureVerifies(reply: RawReply, who: string, uri: string): boolean {
  const header = parseSignatureHeader(String(reply.headers.signature ?? ""));
  if (!header) return false;
  const content = contentToSign({ method: "POST", uri, clientId: String(reply.headers["client-id"]), time: String(reply.headers["response-time"]), body: reply.text });
  return verifyContent(content, header.signature, client(who).walletKey);
}

describe("effect: result", () => {
  it("answers the chosen code for exactly the next call, leaves the code unredeemed, and is named in Activity", async () => {
    const id = await addFault({ client: client("main").clientId, endpoint: "applyToken:AUTHORIZATION_CODE", effect: { kind: "result", resultCode: "PROCESS_FAIL" }, times: 1 });
    const authCode = code();
    const first = await exchange("main", authCode);
    expect(resultOf(first)).toBe("PROCESS_FAIL");
    expect(signatureVerifies(first, "main", "/api/wallets/dana/v2/authorizations/applyToken")).toBe(true);
    expect(resultOf(await exchange("main", authCode))).toBe("SUCCESS");
    const summary = listActivity(db, { workspaceId: "local", filter: { outcome: "PROCESS_FAIL" }, now: Date.now() }).items[0]?.summary;
    expect(summary).toContain(id);
    const listed = JSON.parse((await rawRequest(gateway.origin, "GET", `/api/faults?client=${client("main").clientId}`)).text) as { faults: Array<{ id: string; times: number; applied: number }> };
    expect(listed.faults.find((rule) => rule.id === id)).toMatchObject({ times: 0, applied: 1 });
    await removeFault(id);
  });

  it("leaves other clients alone, and other endpoints", async () => {
    const id = await addFault({ client: client("main").clientId, endpoint: "applyToken", effect: { kind: "result", resultCode: "UNKNOWN_EXCEPTION" } });
    expect(resultOf(await exchange("other", code("dana", "other")))).toBe("SUCCESS");
    expect(resultOf(await call("main", "/v2/users/inquiryUserInfo", { accessToken: "x".repeat(32) }))).toBe("INVALID_ACCESS_TOKEN");
    expect(resultOf(await exchange("main"))).toBe("UNKNOWN_EXCEPTION");
    expect(resultOf(await exchange("main"))).toBe("UNKNOWN_EXCEPTION");
    await removeFault(id);
    expect(resultOf(await exchange("main"))).toBe("SUCCESS");
  });

  it("answers in the endpoint's naming: a v2 code name on a v1 path is its v1 name", async () => {
    const id = await addFault({ client: client("v1").clientId, effect: { kind: "result", resultCode: "EXPIRED_AUTHCODE" }, times: 1 });
    const reply = await call("v1", "/v1/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode: code("touch-n-go", "v1"), extendInfo: '{"customerBelongsTo":"TNG"}' }, "touch-n-go");
    expect(resultOf(reply)).toBe("EXPIRED_CODE");
    await removeFault(id);
  });
});

describe("effects that break the transport", () => {
  it("http: a bare gateway error, unsigned", async () => {
    const id = await addFault({ endpoint: "*", effect: { kind: "http", status: 502 }, times: 1 });
    const reply = await exchange();
    expect(reply.status).toBe(502);
    expect(reply.text).toBe("502 Bad Gateway");
    expect(reply.headers.signature).toBeUndefined();
    expect(resultOf(await exchange())).toBe("SUCCESS");
    await removeFault(id);
  });

  it("drop: the connection closes with no answer", async () => {
    const id = await addFault({ effect: { kind: "drop" }, times: 1 });
    await expect(exchange()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(resultOf(await exchange())).toBe("SUCCESS");
    await removeFault(id);
  });

  it("malformed: a cut-off JSON body, or an HTML page", async () => {
    const id = await addFault({ effect: { kind: "malformed" }, times: 1 });
    const cut = await exchange();
    expect(cut.status).toBe(200);
    expect(() => JSON.parse(cut.text) as unknown).toThrow();
    expect(cut.text.startsWith('{"result"')).toBe(true);
    const html = await addFault({ effect: { kind: "malformed", form: "not-json" }, times: 1 });
    const page = await exchange();
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    await removeFault(id);
    await removeFault(html);
  });

  it("delay: the real answer, later", async () => {
    const id = await addFault({ effect: { kind: "delay", ms: 400 }, times: 1 });
    const started = Date.now();
    expect(resultOf(await exchange())).toBe("SUCCESS");
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    await removeFault(id);
  });

  it("bad-signature: the real answer, signed with another key or not at all", async () => {
    const uri = "/api/wallets/dana/v2/authorizations/applyToken";
    const wrong = await addFault({ effect: { kind: "bad-signature", mode: "wrong-key" }, times: 1 });
    const signedWrong = await exchange();
    expect(resultOf(signedWrong)).toBe("SUCCESS");
    expect(signedWrong.headers.signature).toBeDefined();
    expect(signatureVerifies(signedWrong, "main", uri)).toBe(false);
    const none = await addFault({ effect: { kind: "bad-signature", mode: "none" }, times: 1 });
    const unsigned = await exchange();
    expect(resultOf(unsigned)).toBe("SUCCESS");
    expect(unsigned.headers.signature).toBeUndefined();
    expect(signatureVerifies(await exchange(), "main", uri)).toBe(true);
    await removeFault(wrong);
    await removeFault(none);
  });
});

describe("when a rule applies", () => {
  it("times: exactly N calls, even when they race", async () => {
    const id = await addFault({ endpoint: "inquiryUserInfo", effect: { kind: "result", resultCode: "PROCESS_FAIL" }, times: 5 });
    const replies = await Promise.all(Array.from({ length: 20 }, () => call("main", "/v2/users/inquiryUserInfo", { accessToken: "x".repeat(32) })));
    expect(replies.filter((reply) => resultOf(reply) === "PROCESS_FAIL")).toHaveLength(5);
    await removeFault(id);
  });

  it("until: applies up to the time, then not", async () => {
    const past = await rawRequest(gateway.origin, "POST", "/api/faults", json, JSON.stringify({ effect: { kind: "drop" }, until: new Date(Date.now() - 1000).toISOString() }));
    expect(past.status).toBe(400);
    const id = await addFault({ endpoint: "inquiryUserInfo", effect: { kind: "result", resultCode: "PROCESS_FAIL" }, until: new Date(Date.now() + 600).toISOString() });
    expect(resultOf(await call("main", "/v2/users/inquiryUserInfo", { accessToken: "x".repeat(32) }))).toBe("PROCESS_FAIL");
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(resultOf(await call("main", "/v2/users/inquiryUserInfo", { accessToken: "x".repeat(32) }))).toBe("INVALID_ACCESS_TOKEN");
    await removeFault(id);
  });

  it("percent: about that share of calls", async () => {
    const id = await addFault({ endpoint: "inquiryUserInfo", effect: { kind: "result", resultCode: "PROCESS_FAIL" }, percent: 50 });
    let failed = 0;
    for (let i = 0; i < 200; i++) if (resultOf(await call("main", "/v2/users/inquiryUserInfo", { accessToken: "x".repeat(32) })) === "PROCESS_FAIL") failed++;
    expect(failed).toBeGreaterThan(60);
    expect(failed).toBeLessThan(140);
    await removeFault(id);
  });

  it("a bad rule is refused with the field named", async () => {
    for (const rule of [{ effect: { kind: "http", status: 418 } }, { effect: { kind: "result", resultCode: "NOPE" } }, { effect: { kind: "drop" }, times: 1, percent: 5 }, { client: "nobody", effect: { kind: "drop" } }]) {
      const reply = await rawRequest(gateway.origin, "POST", "/api/faults", json, JSON.stringify(rule));
      expect([400, 404]).toContain(reply.status);
      expect(JSON.parse(reply.text)).toHaveProperty("error.message");
    }
    expect(JSON.parse((await rawRequest(gateway.origin, "GET", "/api/faults")).text)).toEqual({ faults: [] });
  });
});

// Keep node from complaining about the dropped socket's unhandled error.
http.globalAgent.on("error", () => {});
