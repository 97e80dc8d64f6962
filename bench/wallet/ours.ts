/**
 * Talking to our mock wallet for the bench: register a client, get auth codes, and build signed
 * requests (README "Signing") — all before the clock starts. Signing uses the async
 * `crypto.sign(..., callback)`, so the libuv thread pool spreads pool preparation over every core.
 */
import crypto, { type KeyObject } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cleanupAtExit, type ServerSpec } from "./children";
import { describeFetchError, type PreparedRequest } from "./load";

export const CATALOG = "dana";
export const APPLY_TOKEN_URI = `/api/wallets/${CATALOG}/v2/authorizations/applyToken`;
export const INQUIRY_URI = `/api/wallets/${CATALOG}/v2/users/inquiryUserInfo`;
export const SIMULATIONS_URI = "/api/simulations";
/** Matched, not compared, so a change of JSON formatting does not break the check. */
export const SUCCESS = /"resultCode"\s*:\s*"SUCCESS"/;
/** Requests in flight while preparing pools: enough to keep both cores of the server busy. */
const PREP_CONCURRENCY = 16;
const MAX_PREP_FAILURE_SHARE = 0.01;
const MIN_PREP_FAILURES = 10;

export const OUR_SERVER_SCRIPT = path.join(process.cwd(), "dist", "server.mjs");

/** How our server is started — the one place to change it. */
export function ourServerSpec(opts: { port: number; workers: number; databaseUrl: string }): ServerSpec {
  return {
    name: `our server (WORKERS=${opts.workers})`,
    command: process.execPath,
    args: [OUR_SERVER_SCRIPT],
    env: {
      PORT: String(opts.port),
      HOST: "127.0.0.1",
      DATABASE_URL: opts.databaseUrl,
      WORKERS: String(opts.workers),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    readyUrl: `http://127.0.0.1:${opts.port}/api/catalogs`,
    readyTimeoutMs: 60_000,
  };
}

/** A fresh SQLite file per server, in its own directory so the -wal/-shm files go with it; removed at exit at the latest. */
export function freshDatabase(): { url: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-bench-"));
  return { url: path.join(dir, "bench.db"), remove: cleanupAtExit(() => fs.rmSync(dir, { recursive: true, force: true })) };
}

export type Client = { clientId: string; key: KeyObject };

async function postJson(origin: string, uri: string, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const res = await fetch(`${origin}${uri}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: text }).catch((error: unknown) => {
    throw new Error(`POST ${uri}: ${describeFetchError(error)}`);
  });
  const answer = await res.text();
  if (!res.ok) throw new Error(`POST ${uri} answered ${res.status}: ${answer.slice(0, 300)}`);
  const parsed: unknown = JSON.parse(answer);
  if (typeof parsed !== "object" || parsed === null) throw new Error(`POST ${uri} answered ${answer.slice(0, 300)}`);
  return parsed as Record<string, unknown>;
}

function stringField(answer: Record<string, unknown>, field: string, what: string): string {
  const value = answer[field];
  if (typeof value !== "string" || value === "") throw new Error(`${what}: no "${field}" in ${JSON.stringify(answer).slice(0, 300)}`);
  return value;
}

export async function registerClient(origin: string): Promise<Client> {
  const answer = await postJson(origin, "/api/clients", { name: "bench", catalog: CATALOG });
  const clientId = stringField(answer, "clientId", "POST /api/clients");
  const key = crypto.createPrivateKey(stringField(answer, "privateKey", "POST /api/clients"));
  return { clientId, key };
}

/** Body of `POST /api/simulations`; with a client the code is bound to it. */
export function simulationBody(clientId?: string): string {
  return JSON.stringify({ catalog: CATALOG, scopes: ["USER_LOGIN_ID"], outcome: "approve", ...(clientId ? { client: clientId } : {}) });
}

export async function createCode(origin: string, client: Client): Promise<string> {
  return stringField(await postJson(origin, SIMULATIONS_URI, simulationBody(client.clientId)), "authCode", "POST /api/simulations");
}

function signAsync(content: string, key: KeyObject): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.sign("sha256", Buffer.from(content), key, (error, signature) => (error ? reject(error) : resolve(signature)));
  });
}

/** A POST signed as README "Signing" says: over `POST <uri>\n<clientId>.<time>.<body>`. */
export async function signedRequest(client: Client, uri: string, body: string): Promise<PreparedRequest> {
  const time = new Date().toISOString();
  const signature = await signAsync(`POST ${uri}\n${client.clientId}.${time}.${body}`, client.key);
  return {
    method: "POST",
    path: uri,
    headers: {
      "Content-Type": "application/json",
      "Client-Id": client.clientId,
      "Request-Time": time,
      Signature: `algorithm=RSA256, keyVersion=1, signature=${encodeURIComponent(signature.toString("base64"))}`,
    },
    body,
  };
}

/** The mini program id the bench's calls send (v2 requires appId; the mock accepts any of the documented form). */
const APP_ID = "3333010071465913xxx";

export function applyTokenBody(authCode: string, clientId: string): string {
  return JSON.stringify({ appId: APP_ID, authClientId: clientId, grantType: "AUTHORIZATION_CODE", authCode });
}

export function refreshBody(refreshToken: string, clientId: string): string {
  return JSON.stringify({ appId: APP_ID, authClientId: clientId, grantType: "REFRESH_TOKEN", refreshToken });
}

export function inquiryBody(accessToken: string, clientId: string): string {
  return JSON.stringify({ appId: APP_ID, authClientId: clientId, accessToken });
}

/** Sends a prepared request; the answer must be `SUCCESS`. */
export async function send(origin: string, request: PreparedRequest): Promise<Record<string, unknown>> {
  const answer = await postJson(origin, request.path, request.body, request.headers);
  const result = answer.result;
  const code = typeof result === "object" && result !== null && "resultCode" in result ? result.resultCode : undefined;
  if (code !== "SUCCESS") throw new Error(`POST ${request.path} answered ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

/** Redeems a fresh code: the tokens of a new grant. */
export async function newGrant(origin: string, client: Client): Promise<{ accessToken: string; refreshToken: string }> {
  const code = await createCode(origin, client);
  const answer = await send(origin, await signedRequest(client, APPLY_TOKEN_URI, applyTokenBody(code, client.clientId)));
  return { accessToken: stringField(answer, "accessToken", "applyToken"), refreshToken: stringField(answer, "refreshToken", "applyToken") };
}

export type Prepared<T> = { results: T[]; failed: number; firstFailure?: string };

/**
 * Runs `task` up to `count` times with at most `PREP_CONCURRENCY` in flight, and starts no new one
 * after `budgetMs`: codes and Request-Times stay valid for 10 minutes only, and a slow server would
 * otherwise spend them all on preparation. A failed task is counted and skipped — a server that
 * drops the odd connection still gets measured, and the count is reported — but when more than
 * `MAX_PREP_FAILURE_SHARE` of them fail the preparation is abandoned.
 */
export async function prepare<T>(count: number, budgetMs: number, task: () => Promise<T>): Promise<Prepared<T>> {
  const prepared: Prepared<T> = { results: [], failed: 0 };
  const deadline = Date.now() + budgetMs;
  let started = 0;
  let abandoned = false;
  const worker = async () => {
    while (!abandoned && started < count && Date.now() < deadline) {
      started++;
      try {
        prepared.results.push(await task());
      } catch (error) {
        prepared.failed++;
        prepared.firstFailure ??= error instanceof Error ? error.message : String(error);
        if (prepared.failed > Math.max(MIN_PREP_FAILURES, started * MAX_PREP_FAILURE_SHARE)) {
          abandoned = true; // stops the other workers too
          throw error;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PREP_CONCURRENCY, count) }, worker));
  return prepared;
}
