/**
 * Magic values over real HTTP: each gives its documented answer on every built-in catalog, on the
 * v1 and the v2 paths, stores nothing and issues no token; `GET /api/magic-values` and the README
 * print the same table.
 */
import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { grants, tokens } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import { magicValueTable } from "@/server/domain/wallet-api/magic";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { registerClient } from "@/server/services/clients";
import { rawRequest, startGateway, type RunningGateway } from "@/tests/support/gateway";

const PUBLIC_KEY = fs.readFileSync(path.join(process.cwd(), "server/domain/signing/__fixtures__/test-public-key.pem"), "utf8");

let db: DB;
let gateway: RunningGateway;
const clientOf = new Map<string, string>();

beforeAll(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db);
  for (const catalog of BUILTIN_CATALOGS) {
    // Signature checking off: this test is about the answers, not the signing.
    const registered = await registerClient(db, { workspaceId: "local", catalogSlug: catalog.slug, name: "magic", publicKey: PUBLIC_KEY, signatureMode: "off", now: Date.now() });
    clientOf.set(catalog.slug, registered.client.clientId);
  }
});

afterAll(() => gateway.close());

type Case = { value: string; v2: string; v1: string; calls: Array<{ v2: string; v1: string; body: (value: string) => Record<string, unknown> }> };

const applyCode = { v2: "/v2/authorizations/applyToken", v1: "/v1/authorizations/applyToken", body: (value: string) => ({ grantType: "AUTHORIZATION_CODE", authCode: value }) };
const applyRefresh = { v2: "/v2/authorizations/applyToken", v1: "/v1/authorizations/applyToken", body: (value: string) => ({ grantType: "REFRESH_TOKEN", refreshToken: value }) };
const userInfo = { v2: "/v2/users/inquiryUserInfo", v1: "/v1/users/inquiryUserInfo", body: (value: string) => ({ accessToken: value }) };
const revoke = { v2: "/v2/authorizations/revoke", v1: "/v1/authorizations/cancelToken", body: (value: string) => ({ accessToken: value }) };

/** What each magic value answers, written out (the table the server prints must agree). */
const CASES: Case[] = [
  { value: "magic_code_expired", v2: "EXPIRED_AUTHCODE", v1: "EXPIRED_CODE", calls: [applyCode] },
  { value: "magic_code_used", v2: "USED_AUTHCODE", v1: "USED_CODE", calls: [applyCode] },
  { value: "magic_code_other_client", v2: "INVALID_AUTHCODE", v1: "INVALID_CODE", calls: [applyCode] },
  { value: "magic_code_process_fail", v2: "PROCESS_FAIL", v1: "PROCESS_FAIL", calls: [applyCode] },
  { value: "magic_refresh_expired", v2: "EXPIRED_REFRESH_TOKEN", v1: "EXPIRED_REFRESH_TOKEN", calls: [applyRefresh] },
  { value: "magic_refresh_used", v2: "USED_REFRESH_TOKEN", v1: "USED_REFRESH_TOKEN", calls: [applyRefresh] },
  { value: "magic_access_expired", v2: "EXPIRED_ACCESS_TOKEN", v1: "EXPIRED_ACCESS_TOKEN", calls: [userInfo, revoke] },
  { value: "magic_access_revoked", v2: "INVALID_ACCESS_TOKEN", v1: "INVALID_ACCESS_TOKEN", calls: [userInfo, revoke] },
];

async function send(slug: string, uri: string, body: Record<string, unknown>) {
  const clientId = clientOf.get(slug) ?? "";
  const reply = await rawRequest(gateway.origin, "POST", `/api/wallets/${slug}${uri}`, { "Content-Type": "application/json", "Client-Id": clientId, "Request-Time": new Date().toISOString() }, JSON.stringify(body));
  return JSON.parse(reply.text) as { result: { resultCode: string }; accessToken?: string; userInfo?: unknown };
}

describe("magic values", () => {
  it.each(BUILTIN_CATALOGS.map((catalog) => catalog.slug))("give their documented answers on %s, v1 and v2", async (slug) => {
    for (const magic of CASES) {
      for (const call of magic.calls) {
        for (const version of ["v2", "v1"] as const) {
          const answer = await send(slug, call[version], call.body(magic.value));
          expect(answer.result.resultCode, `${magic.value} on ${slug} ${call[version]}`).toBe(magic[version]);
          expect(answer.accessToken).toBeUndefined();
          expect(answer.userInfo).toBeUndefined();
        }
      }
    }
    expect(db.select({ n: count() }).from(grants).get()?.n).toBe(0);
    expect(db.select({ n: count() }).from(tokens).get()?.n).toBe(0);
  });

  it("the slow code answers after 3 seconds, with UNKNOWN_EXCEPTION", async () => {
    const started = Date.now();
    const answer = await send("dana", applyCode.v2, applyCode.body("magic_code_slow"));
    expect(answer.result.resultCode).toBe("UNKNOWN_EXCEPTION");
    expect(Date.now() - started).toBeGreaterThanOrEqual(2990);
  });

  it("GET /api/magic-values, the README and the list written here agree", async () => {
    const served = JSON.parse((await rawRequest(gateway.origin, "GET", "/api/magic-values")).text) as ReturnType<typeof magicValueTable>;
    expect(served).toEqual(magicValueTable());
    for (const magic of CASES) {
      const entry = served.find((row) => row.value === magic.value);
      expect(entry?.result).toBe(magic.v1 === magic.v2 ? magic.v2 : `${magic.v2} (v1: ${magic.v1})`);
    }
    const readme = fs.readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    for (const row of served) expect(readme).toContain(`| \`${row.value}\` | ${row.endpoint} | \`${row.result}\` | ${row.description} |`);
  });
});
