import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { catalogs, walletKeys } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import { contentToSign, formatSignatureHeader, signContent } from "@/server/domain/signing/signature";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { registerClient } from "@/server/services/clients";
import { runSimulation } from "@/server/services/simulations";
import { clockAt } from "@/server/domain/clock";
import { handleWalletRequest } from "@/server/services/wallet-api";
import { createInnerContext } from "@/server/trpc";
import { createCaller } from "./_app";
import { withV2Fields } from "@/tests/support/wallet-body";

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
const fixtures = path.join(process.cwd(), "server/domain/signing/__fixtures__");
const PRIVATE_KEY = fs.readFileSync(path.join(fixtures, "test-private-key.pem"), "utf8");
const PUBLIC_KEY = fs.readFileSync(path.join(fixtures, "test-public-key.pem"), "utf8");

let db: DB;
let clientId: string;
let caller: ReturnType<typeof createCaller>;

beforeEach(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, T0);
  const dana = db.select({ id: catalogs.id }).from(catalogs).where(eq(catalogs.slug, "dana")).get();
  if (dana) db.insert(walletKeys).values({ catalogId: dana.id, keyVersion: 1, publicKeyPem: PUBLIC_KEY, privateKeyPem: PRIVATE_KEY, createdAt: T0 }).run();
  clientId = (await registerClient(db, { workspaceId: "local", catalogSlug: "dana", name: "Router backend", publicKey: PUBLIC_KEY, now: T0 })).client.clientId;
  caller = createCaller(createInnerContext({ db, now: () => T0 }));
});

/** A signed request from the registered merchant backend, in-process. */
async function wallet(endpoint: string, body: unknown) {
  const uri = `/api/wallets/dana${endpoint}`;
  const raw = JSON.stringify(withV2Fields(endpoint, body, clientId));
  const time = new Date(T0).toISOString();
  const headers = new Headers({
    "Client-Id": clientId,
    "Request-Time": time,
    Signature: formatSignatureHeader(signContent(contentToSign({ method: "POST", uri, clientId, time, body: raw }), PRIVATE_KEY)),
  });
  const response = await handleWalletRequest(db, { slug: "dana", path: endpoint, uri, method: "POST", header: (name) => headers.get(name) ?? undefined, body: Buffer.from(raw), realNow: T0 });
  return JSON.parse(response.body) as Record<string, unknown> & { result: { resultCode: string } };
}

async function authorize() {
  const sim = runSimulation(db, { workspaceId: "local", catalogSlug: "dana", scopes: ["USER_LOGIN_ID"], outcome: { kind: "approve" }, clientId, source: "api", clock: clockAt(T0, 0) });
  const tokens = await wallet("/v2/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode: sim.authCode });
  expect(tokens.result.resultCode).toBe("SUCCESS");
  return { sim, accessToken: String(tokens.accessToken), refreshToken: String(tokens.refreshToken) };
}

async function rejects(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }
  throw new Error("expected the procedure to fail");
}

describe("activity.revokeGrant / revokeToken", () => {
  it("revoking a grant from the UI procedure makes its tokens fail at inquiryUserInfo and refresh", async () => {
    const { accessToken, refreshToken } = await authorize();
    expect((await await wallet("/v2/users/inquiryUserInfo", { accessToken })).result.resultCode).toBe("SUCCESS");

    const token = await caller.activity.token({ key: accessToken.slice(0, 8) });
    expect(token).toMatchObject({ kind: "access", state: "active", grant: { revokedAt: null } });
    expect(await caller.activity.revokeGrant({ grantId: token.grant.id })).toEqual({ revoked: true });

    const info = await wallet("/v2/users/inquiryUserInfo", { accessToken });
    expect(info.result.resultCode).toBe("INVALID_ACCESS_TOKEN");
    expect(info.result).toMatchObject({ resultMessage: expect.stringContaining("revoked from the studio") });
    expect((await await wallet("/v2/authorizations/applyToken", { grantType: "REFRESH_TOKEN", refreshToken })).result.resultCode).toBe("INVALID_REFRESH_TOKEN");

    const after = await caller.activity.token({ key: String(token.id) });
    expect(after.state).toBe("revoked");
    expect(after.chain.map((t) => t.state)).toEqual(["revoked", "revoked"]);
    // The refused call shows up in the token's history with its result code and advice.
    expect(after.history.at(-1)).toMatchObject({ role: "presented", resultCode: "INVALID_ACCESS_TOKEN", advice: expect.stringContaining("revoked") });
    // Revoking again changes nothing and says so.
    expect(await caller.activity.revokeGrant({ grantId: token.grant.id })).toEqual({ revoked: false });
  });

  it("revoking one token leaves the rest of the grant working", async () => {
    const { accessToken, refreshToken } = await authorize();
    const token = await caller.activity.token({ key: accessToken.slice(0, 8) });
    expect(await caller.activity.revokeToken({ tokenId: token.id })).toEqual({ revoked: true });
    expect((await await wallet("/v2/users/inquiryUserInfo", { accessToken })).result.resultCode).toBe("INVALID_ACCESS_TOKEN");
    const refreshed = await wallet("/v2/authorizations/applyToken", { grantType: "REFRESH_TOKEN", refreshToken });
    expect(refreshed.result.resultCode).toBe("SUCCESS");
    expect((await await wallet("/v2/users/inquiryUserInfo", { accessToken: refreshed.accessToken })).result.resultCode).toBe("SUCCESS");
    const chain = (await caller.activity.token({ key: String(token.id) })).chain.map((t) => [t.kind, t.state]);
    expect(chain).toEqual([
      ["access", "revoked"],
      ["refresh", "rotated"],
      ["refresh", "active"],
      ["access", "active"],
    ]);
    expect((await rejects(caller.activity.revokeToken({ tokenId: 99_999 }))).code).toBe("NOT_FOUND");
  });
});

describe("activity.list input", () => {
  it("answers bad filters and cursors with BAD_REQUEST and a message naming the field", async () => {
    await authorize();
    const page = await caller.activity.list({ filter: { catalog: "dana" }, limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toEqual(expect.any(String));

    const kind = await rejects(caller.activity.list({ filter: { kind: "party" as never } }));
    expect(kind.code).toBe("BAD_REQUEST");
    expect(kind.message).toContain("filter.kind: kind is one of simulation, api-call");
    const outcome = await rejects(caller.activity.list({ filter: { outcome: "sometimes" } }));
    expect(outcome.message).toContain("filter.outcome");
    const extra = await rejects(caller.activity.list({ filter: { color: "red" } as never }));
    expect(extra.code).toBe("BAD_REQUEST");
    const tampered = await rejects(caller.activity.list({ filter: { catalog: "dana" }, cursor: `${page.nextCursor ?? ""}A` }));
    expect(tampered.code).toBe("BAD_REQUEST");
    expect(tampered.message).toContain("cursor is not valid");
    const unknownCatalog = await rejects(caller.activity.live({ filter: { catalog: "nowhere" } }));
    expect(unknownCatalog.message).toContain('no catalog "nowhere"');
    expect((await rejects(caller.activity.run({ ref: "sim_doesnotexist" }))).code).toBe("NOT_FOUND");
    expect((await rejects(caller.activity.apiCall({ ref: "sim_wrongkind" }))).code).toBe("BAD_REQUEST");
    expect((await rejects(caller.activity.code({ key: "../../etc" }))).code).toBe("BAD_REQUEST");
  });
});
