/**
 * Races against the real server, as separate processes on one SQLite file: 1 process, then 2
 * (WORKERS=2, node:cluster). Many parallel redemptions of one code must succeed exactly once;
 * parallel refreshes of one refresh token must rotate it exactly once; nothing answers 5xx
 * (in particular no `database is locked`), whichever process takes which request; the mock clock
 * is the same in every process. And a server killed with SIGKILL has lost no write it acknowledged.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentToSign, formatSignatureHeader, signContent } from "@/server/domain/signing/signature";
import { withV2Fields } from "@/tests/support/wallet-body";

const fixtures = path.join(process.cwd(), "server/domain/signing/__fixtures__");
const PRIVATE_KEY = fs.readFileSync(path.join(fixtures, "test-private-key.pem"), "utf8");
const PUBLIC_KEY = fs.readFileSync(path.join(fixtures, "test-public-key.pem"), "utf8");
const ROUNDS = 20;
const APPLY = "/api/wallets/dana/v2/authorizations/applyToken";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-races-"));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
  fs.rmSync(tmp, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The server from source (gateway only, no Next), `workers` processes on a fresh database file. */
async function startServer(workers: number, database = `races-${workers}`): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "--no-next"], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", WORKERS: String(workers), DATABASE_URL: path.join(tmp, `${database}.db`) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  // Ready when every worker said it listens.
  while ((output.match(/\[server\] listening/g) ?? []).length < workers) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return origin;
}

async function post(origin: string, uri: string, body: unknown, clientId?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const raw = JSON.stringify(clientId ? withV2Fields(uri, body, clientId) : body);
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (clientId) {
    const time = new Date().toISOString();
    headers["Client-Id"] = clientId;
    headers["Request-Time"] = time;
    headers.Signature = formatSignatureHeader(signContent(contentToSign({ method: "POST", uri, clientId, time, body: raw }), PRIVATE_KEY));
  }
  const response = await fetch(`${origin}${uri}`, { method: "POST", headers, body: raw });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** The same signed request `n` times at once. */
async function burst(origin: string, n: number, body: unknown, clientId: string) {
  const raw = JSON.stringify(withV2Fields(APPLY, body, clientId));
  const time = new Date().toISOString();
  const headers = {
    "Content-Type": "application/json",
    "Client-Id": clientId,
    "Request-Time": time,
    Signature: formatSignatureHeader(signContent(contentToSign({ method: "POST", uri: APPLY, clientId, time, body: raw }), PRIVATE_KEY)),
  };
  const responses = await Promise.all(
    Array.from({ length: n }, async () => {
      const response = await fetch(`${origin}${APPLY}`, { method: "POST", headers, body: raw });
      const json = (await response.json()) as { result: { resultCode: string } };
      return { status: response.status, code: json.result.resultCode };
    }),
  );
  return { fivexx: responses.filter((r) => r.status >= 500).length, codes: responses.map((r) => r.code) };
}

describe.each([1, 2])("races with %i server process(es) on one database file", (workers) => {
  let origin = "";
  let clientId = "";

  it("starts and registers a client", async () => {
    origin = await startServer(workers);
    const registered = await post(origin, "/api/clients", { name: `races ${workers}`, catalog: "dana", publicKey: PUBLIC_KEY });
    expect(registered.status).toBe(201);
    clientId = String(registered.json.clientId);
  }, 60_000);

  it(`${ROUNDS} rounds × 50 parallel redemptions of one code: exactly one success each, 0 5xx`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const sim = await post(origin, "/api/simulations", { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: clientId });
      expect(sim.status).toBe(201);
      const { fivexx, codes } = await burst(origin, 50, { grantType: "AUTHORIZATION_CODE", authCode: sim.json.authCode }, clientId);
      expect(fivexx).toBe(0);
      expect(codes.filter((code) => code === "SUCCESS")).toHaveLength(1);
      expect(new Set(codes.filter((code) => code !== "SUCCESS"))).toEqual(new Set(["USED_AUTHCODE"]));
    }
  }, 120_000);

  it(`${ROUNDS} rounds × 20 parallel refreshes of one refresh token: exactly one rotation each, 0 5xx`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const sim = await post(origin, "/api/simulations", { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: clientId });
      const tokens = await post(origin, APPLY, { grantType: "AUTHORIZATION_CODE", authCode: sim.json.authCode }, clientId);
      expect(tokens.json.result).toMatchObject({ resultCode: "SUCCESS" });
      const { fivexx, codes } = await burst(origin, 20, { grantType: "REFRESH_TOKEN", refreshToken: tokens.json.refreshToken }, clientId);
      expect(fivexx).toBe(0);
      expect(codes.filter((code) => code === "SUCCESS")).toHaveLength(1);
      // The rest came after the rotation: reuse (which revokes the grant), then a revoked grant.
      expect(codes.every((code) => ["SUCCESS", "USED_REFRESH_TOKEN", "INVALID_REFRESH_TOKEN"].includes(code))).toBe(true);
    }
  }, 120_000);

  it("the mock clock is one for every process: a moved clock expires codes whichever process answers", async () => {
    const sim = await post(origin, "/api/simulations", { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: clientId });
    expect((await post(origin, "/api/clock", { advanceSeconds: 601 })).json).toMatchObject({ offsetSeconds: 601 });
    try {
      const { fivexx, codes } = await burst(origin, 20, { grantType: "AUTHORIZATION_CODE", authCode: sim.json.authCode }, clientId);
      expect(fivexx).toBe(0);
      expect(new Set(codes)).toEqual(new Set(["EXPIRED_AUTHCODE"]));
    } finally {
      await post(origin, "/api/clock", { reset: true });
    }
  }, 60_000);
});

describe("durability", () => {
  it("kill -9 loses no acknowledged write: every code redeemed with SUCCESS has its grant and its recorded call", async () => {
    const origin = await startServer(1, "durability");
    const registered = await post(origin, "/api/clients", { name: "durability", catalog: "dana", publicKey: PUBLIC_KEY });
    const clientId = String(registered.json.clientId);
    const codes = await Promise.all(
      Array.from({ length: 40 }, async () => String((await post(origin, "/api/simulations", { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: clientId })).json.authCode)),
    );
    const server = children.at(-1);
    // Redeem them all at once and kill the server the moment the first half is acknowledged.
    const acknowledged: string[] = [];
    await Promise.allSettled(
      codes.map(async (code) => {
        const answer = await post(origin, APPLY, { grantType: "AUTHORIZATION_CODE", authCode: code }, clientId);
        if ((answer.json.result as { resultCode: string }).resultCode === "SUCCESS") acknowledged.push(String(answer.json.accessToken).slice(0, 8));
        if (acknowledged.length === 20) server?.kill("SIGKILL");
      }),
    );
    await new Promise((resolve) => (server && server.exitCode === null && server.signalCode === null ? server.once("exit", resolve) : resolve(null)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    const { openDatabase } = await import("@/db/client");
    const db = openDatabase(path.join(tmp, "durability.db"));
    const stored = new Set(db.$client.prepare("SELECT token_prefix FROM tokens WHERE kind = 'access'").pluck().all() as string[]);
    const recorded = db.$client.prepare("SELECT count(*) FROM api_calls WHERE result_code = 'SUCCESS' AND endpoint = 'v2.applyToken'").pluck().get() as number;
    db.$client.close();
    for (const prefix of acknowledged) expect(stored.has(prefix)).toBe(true);
    expect(recorded).toBeGreaterThanOrEqual(acknowledged.length);
  }, 60_000);
});
