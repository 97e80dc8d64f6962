/**
 * Browser safety over real HTTP, at the gateway every request passes: foreign Host names, cross-site
 * state-changing requests (text/plain, forms, foreign Origin), oversized and deeply nested bodies,
 * and the headers every answer carries. Each refusal is checked to have changed nothing.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { merchantClients } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { readClock } from "@/server/services/clock";
import { rawRequest, startGateway, type RawReply, type RunningGateway } from "@/tests/support/gateway";

let db: DB;
let gateway: RunningGateway;
let port = 0;
/** Requests that reached the handler standing in for Next's, with the policy header it was given. */
const handedOff: Array<{ url: string; csp: string | undefined; nonce: string | undefined }> = [];

beforeAll(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db, undefined, (req, res) => {
    const csp = req.headers["content-security-policy"];
    const nonce = req.headers["x-nonce"];
    handedOff.push({ url: req.url ?? "", csp: typeof csp === "string" ? csp : undefined, nonce: typeof nonce === "string" ? nonce : undefined });
    res.writeHead(200, { "Content-Type": "text/html" }).end("<p>page</p>");
  });
  port = gateway.port;
});

afterAll(() => gateway.close());

type Reply = RawReply;

function send(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Reply> {
  return rawRequest(gateway.origin, method, path, { Host: `127.0.0.1:${port}`, ...headers }, body);
}

const errorCode = (reply: Reply) => (JSON.parse(reply.text) as { error: { code: string } }).error.code;
const clientCount = () => db.select().from(merchantClients).all().length;
const clockOffset = () => readClock(db, "local", Date.now()).offsetMs;
const clientBody = JSON.stringify({ name: "attacker", catalog: "dana" });

describe("Host allowlist", () => {
  it.each(["evil.example", "evil.example:3000", "studio.attacker.test", "192.168.1.20"])("refuses Host %s with 421 and the error shape", async (host) => {
    const before = handedOff.length;
    for (const path of ["/", "/api/clock", "/api/wallets/dana/v2/authorizations/applyToken"]) {
      const reply = await send("GET", path, { Host: host });
      expect(reply.status).toBe(421);
      expect(errorCode(reply)).toBe("MISDIRECTED_REQUEST");
    }
    const post = await send("POST", "/api/clock", { Host: host, "Content-Type": "application/json" }, JSON.stringify({ advanceSeconds: 60 }));
    expect(post.status).toBe(421);
    expect(clockOffset()).toBe(0);
    expect(handedOff.length).toBe(before);
  });

  it("answers loopback names", async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await send("GET", "/api/clock", { Host: host })).status).toBe(200);
    }
  });
});

describe("cross-site state-changing requests", () => {
  const attacks: Array<[string, Record<string, string>]> = [
    ["text/plain from another site", { "Content-Type": "text/plain", Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }],
    ["text/plain without Origin", { "Content-Type": "text/plain" }],
    ["an HTML form", { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" }],
    ["a multipart form", { "Content-Type": "multipart/form-data; boundary=x" }],
    ["JSON with a foreign Origin", { "Content-Type": "application/json", Origin: "https://evil.example" }],
    ["JSON marked cross-site", { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" }],
  ];

  it.each(attacks)("refuses %s on every headless endpoint and changes nothing", async (_name, headers) => {
    const clients = clientCount();
    const clock = await send("POST", "/api/clock", headers, JSON.stringify({ advanceSeconds: 31_622_400 }));
    const client = await send("POST", "/api/clients", headers, clientBody);
    const simulation = await send("POST", "/api/simulations", headers, JSON.stringify({ catalog: "dana", scopes: ["USER_ID"], outcome: "approve" }));
    for (const reply of [clock, client, simulation]) {
      expect([403, 415]).toContain(reply.status);
      expect(errorCode(reply)).toMatch(/^(CROSS_SITE_REQUEST|UNSUPPORTED_MEDIA_TYPE)$/);
    }
    expect(clockOffset()).toBe(0);
    expect(clientCount()).toBe(clients);
  });

  it("refuses the same on paths Next serves (tRPC) before Next sees them", async () => {
    const before = handedOff.length;
    for (const [, headers] of attacks) {
      const reply = await send("POST", "/api/trpc/client.create", headers, clientBody);
      expect([403, 415]).toContain(reply.status);
    }
    expect(handedOff.length).toBe(before);
  });

  it("lets the studio's own pages and non-browser clients through", async () => {
    const sameOrigin = await send("POST", "/api/clock", { "Content-Type": "application/json", Origin: `http://127.0.0.1:${port}`, "Sec-Fetch-Site": "same-origin" }, JSON.stringify({ advanceSeconds: 60 }));
    expect(sameOrigin.status).toBe(200);
    const curl = await send("POST", "/api/clock", { "Content-Type": "application/json" }, JSON.stringify({ reset: true }));
    expect(curl.status).toBe(200);
    expect(clockOffset()).toBe(0);
  });

  it("leaves the wallet API to its signatures (backends are not browsers)", async () => {
    const reply = await send("POST", "/api/wallets/dana/v2/authorizations/applyToken", { "Content-Type": "text/plain", Origin: "https://evil.example" }, "{}");
    expect(JSON.parse(reply.text)).toHaveProperty("result.resultStatus", "F");
  });
});

describe("bounds", () => {
  it("refuses a deeply nested headless body with 400, not a 5xx", async () => {
    const deep = `{"catalog":"dana","outcome":"approve","scopes":${"[".repeat(30_000)}${"]".repeat(30_000)}}`;
    const reply = await send("POST", "/api/simulations", { "Content-Type": "application/json" }, deep);
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe("BAD_REQUEST");
  });

  it("refuses bodies over 1 MB for Next by their declared length, and undeclared (chunked) bodies", async () => {
    const before = handedOff.length;
    const big = await send("POST", "/api/trpc/catalog.import", { "Content-Type": "application/json", "Content-Length": String(64 * 1024 * 1024) });
    expect(big.status).toBe(413);
    const chunked = await new Promise<Reply>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/api/trpc/catalog.import", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: "" }));
      });
      req.on("error", reject);
      req.write("{");
      req.end("}");
    });
    expect(chunked.status).toBe(411);
    expect(handedOff.length).toBe(before);
  });

  it("refuses a headless body over 64 KB", async () => {
    const reply = await send("POST", "/api/clients", { "Content-Type": "application/json" }, JSON.stringify({ name: "x".repeat(70_000), catalog: "dana" }));
    expect(reply.status).toBe(413);
  });
});

describe("headers", () => {
  it("gives every page a CSP with a fresh nonce, the same one Next is handed", async () => {
    const first = await send("GET", "/explorer");
    const second = await send("GET", "/explorer");
    const nonces = [first, second].map((reply) => /'nonce-([^']+)'/.exec(String(reply.headers["content-security-policy"]))?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    const seen = handedOff.slice(-2);
    expect(seen.map((entry) => entry.nonce)).toEqual(nonces);
    expect(seen[0]?.csp).toBe(first.headers["content-security-policy"]);
    expect(first.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("sends the security headers on pages, API and refusals alike", async () => {
    for (const reply of [await send("GET", "/"), await send("GET", "/api/clock"), await send("GET", "/", { Host: "evil.example" })]) {
      expect(reply.headers).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" });
    }
  });
});
