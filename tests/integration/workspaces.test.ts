/**
 * Two workspaces on one team studio: nothing of one is visible or reachable from the other — not
 * its catalogs, clients, test users, runs, calls, codes or clock — through tRPC, the REST routes or
 * the mock wallet itself; and a signed wallet call lands only in the Activity of its client's
 * workspace.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { activity, apiCalls } from "@/db/schema";
import { LOCAL_WORKSPACE_ID, resolveActor } from "@/server/auth/actor";
import { authFor } from "@/server/auth/auth";
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import { contentToSign, formatSignatureHeader, signContent } from "@/server/domain/signing/signature";
import { createCaller } from "@/server/routers/_app";
import { getDb } from "@/server/database";
import { createInnerContext } from "@/server/trpc";
import { rawRequest, startGateway, type RunningGateway } from "@/tests/support/gateway";
import { addPerson } from "@/tests/support/team";
import { withV2Fields } from "@/tests/support/wallet-body";

process.env.AUTH = "on";
// The route handlers read the app database through getDb(): the same in-memory one as the test.
process.env.DATABASE_URL = ":memory:";

const PUBLIC_KEY = fs.readFileSync(path.join(process.cwd(), "server/domain/signing/__fixtures__/test-public-key.pem"), "utf8");
const PRIVATE_KEY = fs.readFileSync(path.join(process.cwd(), "server/domain/signing/__fixtures__/test-private-key.pem"), "utf8");

let db: DB;
let gateway: RunningGateway;
let alice: { cookie: string };
let bob: { cookie: string };
let workspaceB = "";

async function callerFor(cookie: string) {
  const headers = new Headers({ cookie });
  return createCaller(createInnerContext({ db, actor: await resolveActor(db, headers), headers }));
}

/** A signed mock-wallet call over HTTP. */
async function walletCall(clientId: string, endpoint: string, body: unknown) {
  const uri = `/api/wallets/dana${endpoint}`;
  const text = JSON.stringify(withV2Fields(endpoint, body, clientId));
  const time = new Date().toISOString();
  const signature = formatSignatureHeader(signContent(contentToSign({ method: "POST", uri, clientId, time, body: text }), PRIVATE_KEY));
  const reply = await rawRequest(gateway.origin, "POST", uri, { "Content-Type": "application/json", "Client-Id": clientId, "Request-Time": time, Signature: signature }, text);
  return JSON.parse(reply.text) as { result: { resultCode: string }; accessToken?: string };
}

const danaDocument = BUILTIN_CATALOGS.find((catalog) => catalog.slug === "dana");

let clientA = "";
let clientB = "";
let refA = "";

beforeAll(async () => {
  db = getDb();
  gateway = await startGateway(db);
  alice = await addPerson(db, "alice@example.com", "owner");
  bob = await addPerson(db, "bob@example.com", "owner");
  // Bob leaves the default workspace for one of his own.
  const created = await authFor(db).api.createOrganization({ headers: new Headers({ cookie: bob.cookie }), body: { name: "Team B", slug: "team-b" } });
  workspaceB = created.id;
  await authFor(db).api.setActiveOrganization({ headers: new Headers({ cookie: bob.cookie }), body: { organizationId: workspaceB } });
  await authFor(db).api.removeMember({ headers: new Headers({ cookie: alice.cookie }), body: { memberIdOrEmail: "bob@example.com", organizationId: LOCAL_WORKSPACE_ID } });

  const a = await callerFor(alice.cookie);
  const b = await callerFor(bob.cookie);
  if (!danaDocument) throw new Error("no dana built-in");
  await a.catalog.create({ catalog: { ...danaDocument, slug: "team-a-dana", name: "Team A DANA" } });
  clientA = (await a.client.create({ catalog: "dana", name: "A backend", publicKey: PUBLIC_KEY })).client.clientId;
  clientB = (await b.client.create({ catalog: "dana", name: "B backend", publicKey: PUBLIC_KEY })).client.clientId;
  // A run in A whose code any client of the catalog may redeem (issued to no client).
  const run = await a.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", clientId: clientA });
  const exchanged = await walletCall(clientA, "/v2/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode: run.authCode, customerBelongsTo: "DANA" });
  expect(exchanged.result.resultCode).toBe("SUCCESS");
  refA = (await a.activity.list({})).items.find((item) => item.kind === "api-call")?.ref ?? "";
  expect(refA).toMatch(/^call_/);
});

afterAll(() => gateway.close());

describe("tRPC", () => {
  it("each person sees their workspace's catalogs and clients only", async () => {
    const a = await callerFor(alice.cookie);
    const b = await callerFor(bob.cookie);
    expect((await a.catalog.list()).map((c) => c.slug)).toContain("team-a-dana");
    expect((await b.catalog.list()).map((c) => c.slug)).not.toContain("team-a-dana");
    expect((await b.catalog.list()).map((c) => c.slug)).toContain("dana");
    expect((await a.client.list({})).map((c) => c.clientId)).toEqual([clientA]);
    expect((await b.client.list({})).map((c) => c.clientId)).toEqual([clientB]);
  });

  it("the other workspace's things are not found by id either", async () => {
    const b = await callerFor(bob.cookie);
    await expect(b.catalog.bySlug({ slug: "team-a-dana" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.client.byId({ clientId: clientA })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.client.rotateKey({ clientId: clientA })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.activity.apiCall({ ref: refA })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", clientId: clientA })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.simulator.run({ catalog: "team-a-dana", scopes: ["USER_LOGIN_ID"], outcome: "approve" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await b.explorer.search({ query: "" })).items.some((hit) => hit.catalog.slug === "team-a-dana")).toBe(false);
    expect((await b.activity.filterOptions()).clients.map((c) => c.clientId)).toEqual([clientB]);
  });

  it("Activity and the clock are per workspace", async () => {
    const a = await callerFor(alice.cookie);
    const b = await callerFor(bob.cookie);
    expect((await a.activity.list({})).items.length).toBeGreaterThanOrEqual(2);
    expect((await b.activity.list({})).items).toEqual([]);
    await b.simulator.setClock({ advanceSeconds: 3600 });
    expect((await b.simulator.clock()).offsetMs).toBe(3_600_000);
    expect((await a.simulator.clock()).offsetMs).toBe(0);
  });

  it("built-in catalogs are read-only in team mode; a clone is the team's own", async () => {
    const b = await callerFor(bob.cookie);
    const dana = await b.catalog.bySlug({ slug: "dana" });
    await expect(b.catalog.update({ slug: "dana", expectedVersion: dana.version, catalog: dana.document })).rejects.toThrow(/read-only/);
    await expect(b.catalog.delete({ slug: "dana", expectedVersion: dana.version })).rejects.toThrow(/read-only/);
    const clone = await b.catalog.clone({ slug: "dana", newSlug: "team-b-dana", newName: "Team B DANA" });
    expect(clone.builtin).toBe(false);
    const a = await callerFor(alice.cookie);
    expect((await a.catalog.list()).map((c) => c.slug)).not.toContain("team-b-dana");
  });
});

describe("the mock wallet", () => {
  it("records a call only in the workspace of the client it names", async () => {
    const before = db.select().from(activity).all().length;
    await walletCall(clientB, "/v2/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(32), customerBelongsTo: "DANA" });
    const rows = db.select().from(activity).all();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)?.workspaceId).toBe(workspaceB);
    const calls = db.select().from(apiCalls).all();
    expect(calls.at(-1)?.workspaceId).toBe(workspaceB);
  });

  it("a code issued in one workspace is no code at all to another workspace's client", async () => {
    const a = await callerFor(alice.cookie);
    const run = await a.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", clientId: clientA });
    const stolen = await walletCall(clientB, "/v2/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode: run.authCode, customerBelongsTo: "DANA" });
    expect(stolen.result.resultCode).toBe("INVALID_AUTHCODE");
  });

  it("a call naming no registered client is answered but kept nowhere in team mode", async () => {
    const before = db.select().from(apiCalls).all().length;
    const reply = await walletCall("0000000000000000", "/v2/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode: "x".repeat(32) });
    expect(reply.result.resultCode).toBe("INVALID_AUTH_CLIENT");
    expect(db.select().from(apiCalls).all().length).toBe(before);
  });
});

describe("REST", () => {
  it("the headless clock is the caller's workspace's", async () => {
    const bobs = await rawRequest(gateway.origin, "GET", "/api/clock", { cookie: bob.cookie });
    expect(JSON.parse(bobs.text)).toMatchObject({ offsetSeconds: 3600 });
    const alices = await rawRequest(gateway.origin, "GET", "/api/clock", { cookie: alice.cookie });
    expect(JSON.parse(alices.text)).toMatchObject({ offsetSeconds: 0 });
  });

  it("another workspace's catalog cannot be exported, zipped or listed", async () => {
    const exportRoute = await import("@/app/api/catalogs/[slug]/export/route");
    const listRoute = await import("@/app/api/catalogs/route");
    const asBob = (url: string) => new Request(`http://localhost:3000${url}`, { headers: { cookie: bob.cookie } });
    const asAlice = (url: string) => new Request(`http://localhost:3000${url}`, { headers: { cookie: alice.cookie } });
    const params = { params: Promise.resolve({ slug: "team-a-dana" }) };
    expect((await exportRoute.GET(asBob("/api/catalogs/team-a-dana/export"), params)).status).toBe(404);
    expect((await exportRoute.GET(asAlice("/api/catalogs/team-a-dana/export"), params)).status).toBe(200);
    const listed = (await (await listRoute.GET(asBob("/api/catalogs"))).json()) as { catalogs: Array<{ slug: string }> };
    expect(listed.catalogs.map((c) => c.slug)).not.toContain("team-a-dana");
  });
});
