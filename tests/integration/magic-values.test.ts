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
import { BUILTIN_CATALOGS, getBuiltinCatalog } from "@/server/domain/catalog/builtin";
import type { EndpointKind } from "@/server/domain/wallet-api/endpoint-paths";
import { endpointSpec } from "@/server/domain/wallet-api/endpoint-specs";
import { requestBody, type FlowCall } from "@/server/domain/wallet-api/request-builder";
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

type Call = FlowCall["step"];
type Case = { value: string; v2: string; v1: string; calls: Call[] };

/** What each magic value answers, written out (the table the server prints must agree). */
const CASES: Case[] = [
  { value: "magic_code_expired", v2: "EXPIRED_AUTHCODE", v1: "EXPIRED_CODE", calls: ["applyToken"] },
  { value: "magic_code_used", v2: "USED_AUTHCODE", v1: "USED_CODE", calls: ["applyToken"] },
  { value: "magic_code_other_client", v2: "INVALID_AUTHCODE", v1: "INVALID_CODE", calls: ["applyToken"] },
  { value: "magic_code_process_fail", v2: "PROCESS_FAIL", v1: "PROCESS_FAIL", calls: ["applyToken"] },
  { value: "magic_refresh_expired", v2: "EXPIRED_REFRESH_TOKEN", v1: "EXPIRED_REFRESH_TOKEN", calls: ["refresh"] },
  { value: "magic_refresh_used", v2: "USED_REFRESH_TOKEN", v1: "USED_REFRESH_TOKEN", calls: ["refresh"] },
  { value: "magic_access_expired", v2: "EXPIRED_ACCESS_TOKEN", v1: "EXPIRED_ACCESS_TOKEN", calls: ["inquiryUserInfo", "revoke"] },
  { value: "magic_access_revoked", v2: "INVALID_ACCESS_TOKEN", v1: "INVALID_ACCESS_TOKEN", calls: ["inquiryUserInfo", "revoke"] },
];

const KIND: Record<Call, EndpointKind> = { applyToken: "applyToken", refresh: "applyToken", inquiryUserInfo: "inquiryUserInfo", revoke: "revoke" };

function flowCall(step: Call, value: string): FlowCall {
  if (step === "applyToken") return { step, authCode: value };
  if (step === "refresh") return { step, refreshToken: value };
  return { step, accessToken: value };
}

async function send(slug: string, uri: string, body: Record<string, unknown>) {
  const clientId = clientOf.get(slug) ?? "";
  const reply = await rawRequest(gateway.origin, "POST", `/api/wallets/${slug}${uri}`, { "Content-Type": "application/json", "Client-Id": clientId, "Request-Time": new Date().toISOString() }, JSON.stringify(body));
  return JSON.parse(reply.text) as { result: { resultCode: string }; accessToken?: string; userInfo?: unknown };
}

describe("magic values", () => {
  it.each(BUILTIN_CATALOGS.map((catalog) => catalog.slug))("give their documented answers on %s, v1 and v2", async (slug) => {
    const catalog = getBuiltinCatalog(slug);
    if (!catalog) throw new Error(`${slug} is built in`);
    const clientId = clientOf.get(slug) ?? "";
    // Every endpoint the catalog serves, in that endpoint's own naming.
    for (const served of catalog.serverApi.endpoints) {
      const spec = endpointSpec(served.spec);
      for (const magic of CASES) {
        for (const step of magic.calls.filter((call) => KIND[call] === spec.kind)) {
          const answer = await send(slug, spec.path, requestBody(spec, catalog, clientId, flowCall(step, magic.value)));
          expect(answer.result.resultCode, `${magic.value} on ${slug} ${spec.path}`).toBe(magic[spec.version]);
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
    const dana = getBuiltinCatalog("dana");
    if (!dana) throw new Error("dana is built in");
    const answer = await send("dana", "/v2/authorizations/applyToken", requestBody(endpointSpec("v2.applyToken"), dana, clientOf.get("dana") ?? "", flowCall("applyToken", "magic_code_slow")));
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
