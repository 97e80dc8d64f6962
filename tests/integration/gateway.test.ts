/**
 * The gateway over real HTTP: what it serves itself (the headless API), what it hands to Next, and
 * the requests it answers with the JSON error shape instead of letting them reach a 5xx.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { rawRequest, startGateway, type RawReply, type RunningGateway } from "@/tests/support/gateway";

let db: DB;
let gateway: RunningGateway;
let origin = "";
/** What reached the handler standing in for Next's (method and URL, untouched). */
const handedOff: string[] = [];

beforeAll(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db, undefined, (req, res) => {
    handedOff.push(`${req.method ?? ""} ${req.url ?? ""}`);
    res.writeHead(200, { "Content-Type": "text/plain" }).end("from next");
  });
  origin = gateway.origin;
});

afterAll(() => gateway.close());

function raw(method: string, path: string, body?: string): Promise<RawReply> {
  return rawRequest(origin, method, path, body ? { "Content-Type": "application/json" } : {}, body);
}

function errorShape(text: string) {
  return JSON.parse(text) as { error: { code: string; message: string; issues: unknown[] } };
}

describe("requests Next would answer with a 5xx", () => {
  it.each([
    ["TRACE", "/", 405, "METHOD_NOT_ALLOWED"],
    ["PROPFIND", "/api/catalogs", 405, "METHOD_NOT_ALLOWED"],
    ["POST", "/api/wallets/%zz/v2/authorizations/applyToken", 400, "BAD_REQUEST"],
    ["GET", "/api/catalogs/%E0%A4%A/export", 400, "BAD_REQUEST"],
    ["GET", "/explorer/%C0%AF", 400, "BAD_REQUEST"],
  ])("%s %s answers %i with the JSON error shape", async (method, path, status, code) => {
    const response = await raw(method, path);
    expect(response.status).toBe(status);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(errorShape(response.text).error).toMatchObject({ code, message: expect.any(String), issues: [] });
    expect(handedOff).not.toContain(`${method} ${path}`);
  });

  it("TRACE on a wallet path is the wallet's own INVALID_API answer", async () => {
    const response = await raw("TRACE", "/api/wallets/dana/v2/authorizations/applyToken");
    expect(response.status).toBe(405);
    expect(JSON.parse(response.text)).toMatchObject({ result: { resultCode: "INVALID_API", resultStatus: "F" } });
  });

  it("CONNECT gets a 405 instead of a dropped connection", async () => {
    const { port } = gateway;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.write("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 405 /);
    expect(reply).toContain('"code":"METHOD_NOT_ALLOWED"');
  });
});

describe("hand-off to Next", () => {
  it("passes pages, the tRPC API and the rest of /api through untouched", async () => {
    for (const path of ["/", "/explorer?q=%zz", "/api/catalogs", "/api/trpc/catalog.list?input=%7B%7D"]) {
      const response = await raw("GET", path);
      expect(response.text).toBe("from next");
      expect(handedOff).toContain(`GET ${path}`);
    }
  });

  it("answers /api paths that are in no route table with 404 itself", async () => {
    for (const path of ["/api/simulations/extra", "/api/nothing", "/api/catalogs/dana/export/more"]) {
      const response = await raw("GET", path);
      expect(response.status).toBe(404);
      expect(errorShape(response.text).error.code).toBe("NOT_FOUND");
      expect(handedOff).not.toContain(`GET ${path}`);
    }
  });
});

describe("the headless API", () => {
  it("POST /api/simulations issues a code; bad input is a 400 naming the field, and changes nothing", async () => {
    const ok = await raw("POST", "/api/simulations", JSON.stringify({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve" }));
    expect(ok.status).toBe(201);
    expect(JSON.parse(ok.text)).toMatchObject({ callback: "success", authCode: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/), grantedScopes: ["USER_LOGIN_ID"] });
    const before = db.$client.prepare("SELECT count(*) AS n FROM simulations").get();
    const bad = await raw("POST", "/api/simulations", JSON.stringify({ catalog: "dana", outcome: "maybe" }));
    expect(bad.status).toBe(400);
    expect(errorShape(bad.text).error).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "outcome" }] });
    const unknown = await raw("POST", "/api/simulations", JSON.stringify({ catalog: "nowhere", outcome: "approve" }));
    expect(unknown.status).toBe(404);
    expect((await raw("POST", "/api/simulations", "{nope")).status).toBe(400);
    expect(db.$client.prepare("SELECT count(*) AS n FROM simulations").get()).toEqual(before);
  });

  it("POST /api/clients registers a client with a generated key pair, shown once", async () => {
    const response = await raw("POST", "/api/clients", JSON.stringify({ name: "CI backend", catalog: "dana" }));
    expect(response.status).toBe(201);
    expect(JSON.parse(response.text)).toMatchObject({
      clientId: expect.any(String),
      privateKey: expect.stringContaining("PRIVATE KEY"),
      walletPublicKey: expect.stringContaining("PUBLIC KEY"),
      baseUrl: `${origin}/api/wallets/dana`,
    });
    const conflict = await raw("POST", "/api/clients", JSON.stringify({ name: "x", catalog: "dana", publicKey: "not a key" }));
    expect(conflict.status).toBe(400);
  });

  it("GET and POST /api/clock move the mock clock; other methods are 405 with Allow", async () => {
    const moved = await raw("POST", "/api/clock", JSON.stringify({ advanceSeconds: 601 }));
    expect(JSON.parse(moved.text)).toMatchObject({ offsetSeconds: 601 });
    expect(JSON.parse((await raw("GET", "/api/clock")).text)).toMatchObject({ offsetSeconds: 601 });
    expect(JSON.parse((await raw("POST", "/api/clock", JSON.stringify({ reset: true }))).text)).toMatchObject({ offsetSeconds: 0 });
    const put = await raw("PUT", "/api/clock");
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe("GET, POST");
    expect((await raw("GET", "/api/simulations")).status).toBe(405);
  });

  it("a body over 64 KB is refused with 413 without being read", async () => {
    const response = await raw("POST", "/api/simulations", JSON.stringify({ catalog: "dana", outcome: "approve", pad: "x".repeat(70_000) }));
    expect(response.status).toBe(413);
    expect(errorShape(response.text).error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
