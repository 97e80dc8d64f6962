import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { activity, authCodes, catalogs, simulations, walletKeys } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import type { ActivityFilter, ActivityItem } from "@/server/domain/activity/types";
import { parseFilterParams } from "@/server/domain/activity/url-state";
import { DomainError } from "@/server/domain/errors";
import type { Outcome } from "@/server/domain/flow/engine";
import { contentToSign, formatSignatureHeader, signContent } from "@/server/domain/signing/signature";
import { iterateActivity, listActivity, liveActivity } from "./activity";
import { cleanupActivity, previewCleanup } from "./activity-cleanup";
import { getCallView, getCodeView, getRunView, getTokenView } from "./activity-details";
import { exportActivity } from "./activity-export";
import { seedBuiltinCatalogs } from "./catalog-store";
import { registerClient } from "./clients";
import { setClockOffset } from "./clock";
import { runSimulation } from "./simulations";
import { clockAt } from "@/server/domain/clock";
import { handleWalletRequest } from "./wallet-api";
import { withV2Fields } from "@/tests/support/wallet-body";

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
const fixtures = path.join(process.cwd(), "server/domain/signing/__fixtures__");
const PRIVATE_KEY = fs.readFileSync(path.join(fixtures, "test-private-key.pem"), "utf8");
const PUBLIC_KEY = fs.readFileSync(path.join(fixtures, "test-public-key.pem"), "utf8");

let db: DB;
let clientId: string;

beforeEach(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, T0);
  const dana = db.select({ id: catalogs.id }).from(catalogs).where(eq(catalogs.slug, "dana")).get();
  if (dana) db.insert(walletKeys).values({ catalogId: dana.id, keyVersion: 1, publicKeyPem: PUBLIC_KEY, privateKeyPem: PRIVATE_KEY, createdAt: T0 }).run();
  clientId = (await registerClient(db, { workspaceId: "local", catalogSlug: "dana", name: "Activity backend", publicKey: PUBLIC_KEY, now: T0 })).client.clientId;
});

function simulate(at: number, opts: { scopes?: string[]; outcome?: Outcome; catalog?: string; client?: string | null } = {}) {
  const catalog = opts.catalog ?? "dana";
  return runSimulation(db, { workspaceId: "local",
    catalogSlug: catalog,
    scopes: opts.scopes ?? ["USER_LOGIN_ID"],
    outcome: opts.outcome ?? { kind: "approve" },
    clientId: opts.client === null ? undefined : (opts.client ?? (catalog === "dana" ? clientId : undefined)),
    source: "api",
    clock: clockAt(at, 0),
  });
}

async function call(endpoint: string, body: unknown, at = T0) {
  const uri = `/api/wallets/dana${endpoint}`;
  const raw = JSON.stringify(withV2Fields(endpoint, body, clientId));
  const time = new Date(at).toISOString();
  const headers = new Headers({
    "Client-Id": clientId,
    "Request-Time": time,
    Signature: formatSignatureHeader(signContent(contentToSign({ method: "POST", uri, clientId, time, body: raw }), PRIVATE_KEY)),
    "Content-Type": "application/json",
  });
  const response = await handleWalletRequest(db, { slug: "dana", path: endpoint, uri, method: "POST", header: (name) => headers.get(name) ?? undefined, body: Buffer.from(raw), realNow: at });
  return { ...response, json: JSON.parse(response.body) as Record<string, unknown> & { result: { resultCode: string } } };
}

const APPLY = "/v2/authorizations/applyToken";
const INQUIRY = "/v2/users/inquiryUserInfo";

function all(filter: ActivityFilter = {}, limit = 50, budget?: number): ActivityItem[] {
  const out: ActivityItem[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page = listActivity(db, { workspaceId: "local", filter, cursor, limit, now: T0, budget });
    out.push(...page.items);
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
  throw new Error("too many pages");
}

function badRequest(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("BAD_REQUEST");
    return error as DomainError;
  }
  throw new Error("expected a BAD_REQUEST");
}

describe("recording", () => {
  it("a run and the calls that redeem its code appear in Activity with the code's state and history", async () => {
    const sim = simulate(T0, { scopes: ["USER_LOGIN_ID", "KYC_INFO"] });
    const code = sim.authCode ?? "";
    let [run] = all();
    expect(run).toMatchObject({ kind: "simulation", event: "run", ref: sim.id, outcome: "approve", isError: false, scopes: ["USER_LOGIN_ID", "KYC_INFO"] });
    expect(run?.code).toMatchObject({ prefix: code.slice(0, 8), state: "issued" });
    expect(run?.codePrefix).toBe(code.slice(0, 8));

    const first = await call(APPLY, { grantType: "AUTHORIZATION_CODE", authCode: code }, T0 + 1000);
    expect(first.json.result.resultCode).toBe("SUCCESS");
    const second = await call(APPLY, { grantType: "AUTHORIZATION_CODE", authCode: code }, T0 + 2000);
    expect(second.json.result.resultCode).toBe("USED_AUTHCODE");

    const items = all();
    expect(items.map((item) => item.ref)).toEqual([second.callId, first.callId, sim.id]);
    run = items[2];
    expect(run?.code?.state).toBe("redeemed");
    expect(items[0]).toMatchObject({ kind: "api-call", event: "redeem", outcome: "USED_AUTHCODE", isError: true, codePrefix: code.slice(0, 8), summary: "v2 applyToken (code) → USED_AUTHCODE" });
    expect(items[1]).toMatchObject({ outcome: "SUCCESS", isError: false, tokenPrefix: String(first.json.accessToken).slice(0, 8), scopes: ["USER_LOGIN_ID", "KYC_INFO"] });

    const codeView = getCodeView(db, { workspaceId: "local", key: code.slice(0, 8), now: T0 + 3000 });
    expect(codeView.state).toBe("redeemed");
    expect(codeView.attempts.map((a) => [a.ref, a.resultCode])).toEqual([
      [first.callId, "SUCCESS"],
      [second.callId, "USED_AUTHCODE"],
    ]);
    expect(codeView.attempts[1]?.advice).toContain("single-use");
    expect(codeView.grant?.tokens.map((t) => [t.kind, t.state])).toEqual([
      ["access", "active"],
      ["refresh", "active"],
    ]);
    expect(codeView.requestedScopes).toEqual(["USER_LOGIN_ID", "KYC_INFO"]);

    const failed = getCallView(db, { workspaceId: "local", ref: second.callId, now: T0 + 3000 });
    expect(failed.resultAdvice?.advice).toContain("single-use");
    expect(failed.code).toMatchObject({ id: codeView.id, state: "redeemed" });
    // Codes and tokens in recorded bodies are shown masked to their prefix.
    expect(failed.requestBody).not.toContain(code);
    expect(failed.requestBody).toContain(`${code.slice(0, 8)}…`);
    expect(failed.requestBody).not.toContain(code);
    expect(getCallView(db, { workspaceId: "local", ref: first.callId, now: T0 }).responseBody).not.toContain(String(first.json.accessToken));
    expect(getRunView(db, { workspaceId: "local", ref: sim.id, now: T0 }).attempts).toHaveLength(2);

    // The token's history: issued by the first call, presented to inquiryUserInfo.
    const accessToken = String(first.json.accessToken);
    const info = await call(INQUIRY, { accessToken }, T0 + 4000);
    expect(info.json.result.resultCode).toBe("SUCCESS");
    const token = getTokenView(db, { workspaceId: "local", key: accessToken.slice(0, 8), now: T0 + 5000 });
    expect(token.history.map((h) => [h.ref, h.role])).toEqual([
      [first.callId, "issued"],
      [info.callId, "presented"],
    ]);
    expect(token.unlockedFields.length).toBeGreaterThan(0);
  });

  it("judges expiry on the mock clock and records runs at real time", async () => {
    setClockOffset(db, "local", 3_600_000, T0);
    const sim = runSimulation(db, { workspaceId: "local", catalogSlug: "dana", scopes: ["USER_LOGIN_ID"], outcome: { kind: "approve" }, source: "api", clock: clockAt(T0, 3_600_000) });
    expect(db.select({ at: simulations.createdAt }).from(simulations).get()?.at).toBe(T0);
    expect(db.select({ at: activity.createdAt }).from(activity).get()?.at).toBe(T0);
    expect(all()[0]?.code?.state).toBe("issued");
    setClockOffset(db, "local", 3_600_000 + 3_600_000, T0);
    expect(listActivity(db, { workspaceId: "local", filter: {}, now: T0 }).items[0]?.code?.state).toBe("expired");
    expect(getCodeView(db, { workspaceId: "local", key: (sim.authCode ?? "").slice(0, 8), now: T0 }).state).toBe("expired");
  });

  it("links a failed call to the code it presented even when the signature was refused, and records unknown codes by prefix", async () => {
    const sim = simulate(T0);
    const code = sim.authCode ?? "";
    const uri = `/api/wallets/dana${APPLY}`;
    const headers = new Headers({ "Client-Id": clientId, "Request-Time": new Date(T0).toISOString(), Signature: "algorithm=RSA256, keyVersion=1, signature=junk" });
    const refused = await handleWalletRequest(db, {
      slug: "dana",
      path: APPLY,
      uri,
      method: "POST",
      header: (name) => headers.get(name) ?? undefined,
      body: Buffer.from(JSON.stringify({ grantType: "AUTHORIZATION_CODE", authCode: code })),
      realNow: T0 + 10,
    });
    expect(refused.resultCode).toBe("INVALID_SIGNATURE");
    const unknown = await call(APPLY, { grantType: "AUTHORIZATION_CODE", authCode: "NOTACODE1234567890" }, T0 + 20);
    expect(unknown.json.result.resultCode).toBe("INVALID_AUTHCODE");
    expect(getCodeView(db, { workspaceId: "local", key: code.slice(0, 8), now: T0 }).attempts.map((a) => a.resultCode)).toEqual(["INVALID_SIGNATURE"]);
    expect(getCallView(db, { workspaceId: "local", ref: unknown.callId, now: T0 }).unknownCodePrefix).toBe("NOTACODE");
    expect(all({ q: "NOTACODE" }).map((item) => item.ref)).toEqual([unknown.callId]);
  });
});

describe("keyset pagination", () => {
  it("stays stable while new rows arrive: no duplicates, no gaps", async () => {
    // 130 runs, several sharing a millisecond, so the id breaks ties.
    const original = Array.from({ length: 130 }, (_, i) => simulate(T0 + Math.floor(i / 3)).id);
    const head = liveActivity(db, { workspaceId: "local", filter: {}, now: T0 }).head;
    const page1 = listActivity(db, { workspaceId: "local", filter: {}, limit: 50, now: T0 });
    expect(page1.items.map((item) => item.ref)).toEqual(original.slice(-50).reverse());
    // New rows arrive between pages, some in the same millisecond as the newest old row.
    const arrived = Array.from({ length: 40 }, (_, i) => simulate(T0 + 43 + Math.floor(i / 2)).id);
    const page2 = listActivity(db, { workspaceId: "local", filter: {}, cursor: page1.nextCursor, limit: 50, now: T0 });
    arrived.push(simulate(T0 + 100).id);
    const page3 = listActivity(db, { workspaceId: "local", filter: {}, cursor: page2.nextCursor, limit: 50, now: T0 });
    expect(page3.nextCursor).toBeNull();
    const seen = [...page1.items, ...page2.items, ...page3.items].map((item) => item.ref);
    expect(seen).toEqual([...original].reverse());
    expect(new Set(seen).size).toBe(130);

    // The live poll sees exactly the arrivals, newest first, and its head moves past them.
    const live = liveActivity(db, { workspaceId: "local", filter: {}, since: head, now: T0 });
    expect(live.count).toBe(41);
    expect(live.items.map((item) => item.ref)).toEqual([...arrived].reverse());
    const after = liveActivity(db, { workspaceId: "local", filter: {}, since: live.head, now: T0 });
    expect(after).toMatchObject({ count: 0, items: [] });
    // A list started from the new head shows the arrivals first, then the original rows.
    expect(all().map((item) => item.ref)).toEqual([...original, ...arrived].reverse());
  });

  it("refuses a tampered, truncated or foreign cursor with a clear message", async () => {
    for (let i = 0; i < 5; i++) simulate(T0 + i);
    const { nextCursor } = listActivity(db, { workspaceId: "local", filter: {}, limit: 2, now: T0 });
    const cursor = nextCursor ?? "";
    const [payload = "", signature = ""] = cursor.split(".");
    const forged = Buffer.from(JSON.stringify({ v: 1, c: T0 + 100, i: 999 })).toString("base64url");
    for (const bad of [`${forged}.${signature}`, cursor.slice(0, -2), "not-a-cursor", `${payload}.${signature}x`, "{}"]) {
      const error = badRequest(() => listActivity(db, { workspaceId: "local", filter: {}, cursor: bad, now: T0 }));
      expect(error.message).toMatch(/cursor is not valid .*Reload the Activity list/);
      expect(error.issues[0]?.path).toBe("cursor");
    }
    // The same cursor from another database is foreign.
    const other = createTestDb();
    seedBuiltinCatalogs(other, T0);
    expect(() => listActivity(other, { workspaceId: "local", filter: {}, cursor, now: T0 })).toThrow(/issued by another database/);
    expect(listActivity(db, { workspaceId: "local", filter: {}, cursor, limit: 2, now: T0 }).items).toHaveLength(2);
  });
});

describe("filters", () => {
  it("combine: every combination returns exactly the rows that match all of its filters", async () => {
    const login = simulate(T0, { scopes: ["USER_LOGIN_ID"] });
    simulate(T0 + 1, { scopes: ["KYC_INFO"], outcome: { kind: "deny" } });
    simulate(T0 + 2, { scopes: ["USER_LOGIN_ID", "KYC_INFO"], outcome: { kind: "partial", refuse: ["KYC_INFO"] } });
    simulate(T0 + 3, { catalog: "alipay-plus", scopes: ["auth_user"] });
    simulate(T0 + 4, { catalog: "alipay-plus", scopes: ["auth_user"], outcome: { kind: "cancel" } });
    simulate(T0 + 5, { scopes: ["KYC_INFO"], outcome: { kind: "cancel" }, client: null });
    await call(APPLY, { grantType: "AUTHORIZATION_CODE", authCode: login.authCode }, T0 + 6);
    await call(APPLY, { grantType: "AUTHORIZATION_CODE", authCode: login.authCode }, T0 + 7);
    await call(INQUIRY, { accessToken: "unknown-token-123" }, T0 + 8);

    const everything = all();
    expect(everything).toHaveLength(9);
    const cases: Array<[ActivityFilter, (item: ActivityItem) => boolean]> = [
      [{ catalog: "dana" }, (i) => i.catalog?.slug === "dana"],
      [{ catalog: "dana", kind: "simulation" }, (i) => i.catalog?.slug === "dana" && i.kind === "simulation"],
      [{ catalog: "dana", errorsOnly: true }, (i) => i.catalog?.slug === "dana" && i.isError],
      [{ errorsOnly: true, kind: "api-call" }, (i) => i.isError && i.kind === "api-call"],
      [{ kind: "redeem", outcome: "USED_AUTHCODE" }, (i) => i.event === "redeem" && i.outcome === "USED_AUTHCODE"],
      [{ outcome: "cancel", catalog: "alipay-plus" }, (i) => i.outcome === "cancel" && i.catalog?.slug === "alipay-plus"],
      [{ scope: "KYC_INFO" }, (i) => i.scopes.includes("KYC_INFO")],
      [{ scope: "KYC_INFO", errorsOnly: true }, (i) => i.scopes.includes("KYC_INFO") && i.isError],
      [{ scope: "USER_LOGIN_ID", kind: "api-call", catalog: "dana" }, (i) => i.scopes.includes("USER_LOGIN_ID") && i.kind === "api-call"],
      [{ client: clientId }, (i) => i.client?.clientId === clientId],
      [{ client: clientId, kind: "simulation", outcome: "deny" }, (i) => i.client?.clientId === clientId && i.kind === "simulation" && i.outcome === "deny"],
      [{ from: T0 + 2, to: T0 + 7 }, (i) => i.createdAt >= T0 + 2 && i.createdAt < T0 + 7],
      [{ from: T0 + 2, to: T0 + 7, scope: "KYC_INFO" }, (i) => i.createdAt >= T0 + 2 && i.createdAt < T0 + 7 && i.scopes.includes("KYC_INFO")],
      [{ q: (login.authCode ?? "").slice(0, 6) }, (i) => i.codePrefix === (login.authCode ?? "").slice(0, 8)],
      [{ q: login.id, catalog: "dana" }, (i) => i.ref === login.id],
      [{ kind: "user-info", errorsOnly: true }, (i) => i.event === "user-info" && i.isError],
    ];
    for (const [filter, predicate] of cases) {
      const expected = everything.filter(predicate).map((item) => item.ref);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(all(filter, 2).map((item) => item.ref), JSON.stringify(filter)).toEqual(expected);
      // The same with a tiny scan budget: pages stop early and continue, still no gaps or duplicates.
      expect(all(filter, 2, 3).map((item) => item.ref), `${JSON.stringify(filter)} budget 3`).toEqual(expected);
    }
    // A filter that matches nothing is an empty page, not an error.
    expect(all({ catalog: "alipay-plus", outcome: "USED_AUTHCODE" })).toEqual([]);
  });

  it("bounds the work of a combined filter with few matches, and says how far back it searched", async () => {
    for (let i = 0; i < 30; i++) simulate(T0 + i * 1000, { scopes: ["KYC_INFO"], outcome: { kind: i === 3 ? "deny" : "approve" } });
    for (let i = 0; i < 30; i++) simulate(T0 + 30_000 + i * 1000, { scopes: ["KYC_INFO"], outcome: { kind: "deny" }, client: null });
    const filter: ActivityFilter = { client: clientId, outcome: "deny" };
    const first = listActivity(db, { workspaceId: "local", filter, limit: 10, now: T0, budget: 8 });
    // The rarer index (this client: 30 rows; deny: 31 rows) is walked 8 entries at a time.
    expect(first.items).toEqual([]);
    expect(first.scannedTo).toBe(T0 + 22_000);
    expect(first.nextCursor).not.toBeNull();
    const pages = [first];
    while (pages.at(-1)?.nextCursor) pages.push(listActivity(db, { workspaceId: "local", filter, cursor: pages.at(-1)?.nextCursor, limit: 10, now: T0, budget: 8 }));
    expect(pages.flatMap((page) => page.items.map((item) => item.createdAt))).toEqual([T0 + 3000]);
    expect(pages.at(-1)?.scannedTo).toBeNull();
    // With the default budget the same filter answers in one page.
    expect(listActivity(db, { workspaceId: "local", filter, limit: 10, now: T0 })).toMatchObject({ nextCursor: null, scannedTo: null, items: [{ outcome: "deny" }] });
  });

  it("reports unknown or contradictory filter values instead of an empty page", async () => {
    simulate(T0);
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { kind: "simulation", outcome: "USED_AUTHCODE" }, now: T0 })).message).toContain("result code of API calls");
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { kind: "redeem", outcome: "approve" }, now: T0 })).message).toContain("outcome of simulation runs");
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { errorsOnly: true, outcome: "SUCCESS" }, now: T0 })).message).toContain("never a failure");
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { client: clientId, scope: "auth_user" }, now: T0 })).message).toContain("the catalog of client");
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { catalog: "nowhere" }, now: T0 })).message).toContain('no catalog "nowhere"');
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { client: "NOPE" }, now: T0 })).issues[0]?.path).toBe("client");
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { client: clientId, catalog: "alipay-plus" }, now: T0 })).message).toContain("belongs to dana");
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { scope: "NO_SUCH_SCOPE" }, now: T0 })).message).toContain("no catalog has a scope");
    expect(badRequest(() => listActivity(db, { workspaceId: "local", filter: { scope: "auth_user", catalog: "dana" }, now: T0 })).message).toContain('no scope "auth_user"');
  });

  it("reads the page's URL parameters, and names every bad one", async () => {
    const ok = parseFilterParams(new URLSearchParams("catalog=dana&kind=redeem&outcome=USED_AUTHCODE&errors=1&from=2026-11-23T03:00:00Z&to=1795500000000&q=abcd1234"));
    expect(ok).toEqual({
      ok: true,
      filter: { catalog: "dana", kind: "redeem", outcome: "USED_AUTHCODE", errorsOnly: true, from: T0, to: 1795500000000, q: "abcd1234" },
    });
    const bad = parseFilterParams(new URLSearchParams("kind=party&outcome=sometimes&from=yesterday&q=ab&catalog=Not A Slug&errors=maybe"));
    expect(bad.ok ? [] : bad.issues.map((issue) => issue.path).sort()).toEqual(["catalog", "errors", "from", "kind", "outcome", "q"]);
    const unknown = parseFilterParams(new URLSearchParams("catalgo=dana"), { rejectUnknownParams: true });
    expect(unknown.ok ? "" : unknown.message).toContain("catalgo: unknown parameter");
    const reversed = parseFilterParams(new URLSearchParams("from=2026-11-24&to=2026-11-23"));
    expect(reversed.ok ? "" : reversed.message).toBe("to: from must be before to");
  });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text, chunks };
    chunks++;
    text += decoder.decode(value, { stream: true });
  }
}

describe("export", () => {
  it("streams the filtered view as CSV and JSON in keyset batches", async () => {
    for (let i = 0; i < 23; i++) simulate(T0 + i, { outcome: i % 2 ? { kind: "deny" } : { kind: "approve" }, scopes: i % 2 ? ["KYC_INFO"] : ["USER_LOGIN_ID"] });
    const filter: ActivityFilter = { outcome: "deny" };
    const expected = all(filter).map((item) => item.ref);
    expect(expected).toHaveLength(11);

    const csv = await readAll(exportActivity(db, { workspaceId: "local", filter, format: "csv", now: T0, origin: "http://studio.test", batch: 4 }));
    // header chunk + ceil(11/4) batches of rows
    expect(csv.chunks).toBe(4);
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,time,kind,event,ref,catalog,client,outcome,is_error,summary,scopes,code_prefix,code_state,token_prefix,grant_id,url");
    expect(lines.slice(1).map((line) => line.split(",")[4])).toEqual(expected);
    expect(lines[1]).toContain(`http://studio.test/activity/runs/${expected[0]}`);

    const json = await readAll(exportActivity(db, { workspaceId: "local", filter, format: "json", now: T0, origin: "http://studio.test", batch: 5 }));
    const parsed = JSON.parse(json.text) as Array<{ ref: string; outcome: string; scopes: string[] }>;
    expect(parsed.map((row) => row.ref)).toEqual(expected);
    expect(parsed[0]).toMatchObject({ outcome: "deny", scopes: ["KYC_INFO"] });

    const empty = await readAll(exportActivity(db, { workspaceId: "local", filter: { outcome: "timeout" }, format: "json", now: T0, origin: "" }));
    expect(JSON.parse(empty.text)).toEqual([]);
    expect(() => exportActivity(db, { workspaceId: "local", filter: { catalog: "nowhere" }, format: "csv", now: T0, origin: "" })).toThrow(/no catalog/);
  });

  it("does not repeat or add rows that arrive while it streams", async () => {
    for (let i = 0; i < 10; i++) simulate(T0 + i);
    const pages = iterateActivity(db, { workspaceId: "local", filter: {}, now: T0, batch: 4 });
    const first = pages.next();
    for (let i = 0; i < 5; i++) simulate(T0 + 100 + i);
    const refs = first.done ? [] : first.value.map((item) => item.ref);
    for (let page = pages.next(); !page.done; page = pages.next()) refs.push(...page.value.map((item) => item.ref));
    expect(refs).toHaveLength(10);
    expect(new Set(refs).size).toBe(10);
  });
});

describe("migration backfill", () => {
  it("rebuilds the activity rows of runs and calls recorded before the Activity index existed", async () => {
    const sim = simulate(T0, { scopes: ["USER_LOGIN_ID", "KYC_INFO"] });
    simulate(T0 + 1, { scopes: ["KYC_INFO"], outcome: { kind: "deny" } });
    const tokens = await call(APPLY, { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode }, T0 + 2);
    await call(APPLY, { grantType: "REFRESH_TOKEN", refreshToken: tokens.json.refreshToken }, T0 + 3);
    await call(INQUIRY, { accessToken: "nope-nope-nope" }, T0 + 4);
    const columns = "kind, event, ref, simulation_id, api_call_id, catalog_id, client_row_id, outcome, is_error, created_at";
    const written = db.$client.prepare(`SELECT ${columns}, CASE WHEN kind = 'simulation' THEN code_prefix END AS p FROM activity ORDER BY ref`).all();
    const runScopes = db.$client.prepare("SELECT a.ref, s.scope FROM activity_scopes s JOIN activity a ON a.id = s.activity_id WHERE a.kind = 'simulation' ORDER BY a.ref, s.rowid").all();
    db.$client.exec("DELETE FROM activity");
    const sql = fs.readFileSync(path.join(process.cwd(), "db/migrations/0004_activity_backfill.sql"), "utf8");
    for (const statement of sql.split("--> statement-breakpoint")) db.$client.exec(statement);
    expect(db.$client.prepare(`SELECT ${columns}, CASE WHEN kind = 'simulation' THEN code_prefix END AS p FROM activity ORDER BY ref`).all()).toEqual(written);
    expect(db.$client.prepare("SELECT a.ref, s.scope FROM activity_scopes s JOIN activity a ON a.id = s.activity_id WHERE a.kind = 'simulation' ORDER BY a.ref, s.rowid").all()).toEqual(runScopes);
    expect(all({ q: (sim.authCode ?? "").slice(0, 8), kind: "simulation" }).map((item) => item.ref)).toEqual([sim.id]);
  });
});

describe("cleanup", () => {
  it("deletes runs and calls older than N days, or all of a catalog's, with their activity rows", async () => {
    const DAY = 86_400_000;
    const old = simulate(T0 - 10 * DAY);
    await call(APPLY, { grantType: "AUTHORIZATION_CODE", authCode: old.authCode }, T0 - 9 * DAY);
    simulate(T0 - DAY);
    simulate(T0 - DAY, { catalog: "alipay-plus", scopes: ["auth_user"] });
    expect(previewCleanup(db, "local", { olderThanDays: 7 }, T0)).toMatchObject({ activity: 2, runs: 1, calls: 1 });
    expect(cleanupActivity(db, "local", { olderThanDays: 7 }, T0)).toMatchObject({ activity: 2, runs: 1, calls: 1 });
    expect(all()).toHaveLength(2);
    // The code itself is the wallet's state: it stays (without its run).
    expect(db.select().from(authCodes).all()).toHaveLength(3);
    expect(cleanupActivity(db, "local", { catalog: "alipay-plus" }, T0)).toMatchObject({ activity: 1, runs: 1, calls: 0 });
    expect(all().map((item) => item.catalog?.slug)).toEqual(["dana"]);
    expect(() => cleanupActivity(db, "local", { catalog: "nowhere" }, T0)).toThrow(/no catalog/);
  });
});
