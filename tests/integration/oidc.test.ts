/**
 * Sign-in with the company's OpenID Connect provider, end to end over HTTP: oauth2-mock-server
 * plays the provider (discovery, authorize, token, userinfo); the studio sends the browser there,
 * takes the code back on its callback and signs the person in. They have an account but belong to
 * no workspace until invited.
 */
import { OAuth2Server } from "oauth2-mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { resolveActor } from "@/server/auth/actor";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { rawRequest, startGateway, type RawReply, type RunningGateway } from "@/tests/support/gateway";

const provider = new OAuth2Server();
let db: DB;
let gateway: RunningGateway;

beforeAll(async () => {
  await provider.issuer.keys.generate("RS256");
  await provider.start(0, "127.0.0.1");
  provider.service.on("beforeUserinfo", (response: { body: Record<string, unknown> }) => {
    response.body = { sub: "employee-42", email: "employee@company.example", email_verified: true, name: "Company Employee" };
  });
  process.env.AUTH = "on";
  process.env.OIDC_ISSUER = provider.issuer.url ?? "";
  process.env.OIDC_CLIENT_ID = "studio";
  process.env.OIDC_CLIENT_SECRET = "studio-secret";
  process.env.OIDC_NAME = "Company SSO";
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db);
});

afterAll(async () => {
  await gateway.close();
  await provider.stop();
});

function cookiesOf(reply: RawReply): string[] {
  return ([] as string[]).concat(reply.headers["set-cookie"] ?? []).map((line) => line.split(";")[0] ?? "");
}

describe("OpenID Connect sign-in", () => {
  it("sends the browser to the provider and signs the person in on the way back", async () => {
    const start = await rawRequest(gateway.origin, "POST", "/api/auth/sign-in/social", { "Content-Type": "application/json" }, JSON.stringify({ provider: "oidc", callbackURL: "/" }));
    expect(start.status).toBe(200);
    const { url } = JSON.parse(start.text) as { url: string };
    expect(url.startsWith(`${provider.issuer.url ?? ""}/authorize`)).toBe(true);
    const jar = cookiesOf(start);

    // The provider approves at once and redirects back with a code.
    const authorize = await fetch(url, { redirect: "manual" });
    expect(authorize.status).toBe(302);
    const callback = new URL(authorize.headers.get("location") ?? "");
    expect(callback.pathname).toBe("/api/auth/callback/oidc");

    const back = await rawRequest(gateway.origin, "GET", `${callback.pathname}${callback.search}`, { cookie: jar.join("; ") });
    expect(back.status).toBe(302);
    const session = cookiesOf(back).filter((cookie) => cookie.startsWith("authcode-studio.session_token="));
    expect(session).toHaveLength(1);

    const actor = await resolveActor(db, new Headers({ cookie: session.join("; ") }));
    expect(actor).toMatchObject({ kind: "user", email: "employee@company.example", name: "Company Employee", workspaceId: null, role: null });
  });
});
