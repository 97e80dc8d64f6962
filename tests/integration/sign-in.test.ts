/**
 * Signing in to a team studio over real HTTP: the first-run page (open once, to loopback), closed
 * sign-up, session cookies, the sign-in rate limit, and the auth endpoints behind the same
 * cross-site rules as every other state-changing request.
 */
import { beforeEach, afterEach, describe, expect, it } from "vitest";
import { createTestDb } from "@/db/testing";
import type { DB } from "@/db/client";
import { resolveActor } from "@/server/auth/actor";
import { SIGN_IN_ATTEMPTS_PER_MINUTE } from "@/server/auth/auth";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { rawRequest, startGateway, type RunningGateway } from "@/tests/support/gateway";

process.env.AUTH = "on";

let db: DB;
let gateway: RunningGateway;
const json = { "Content-Type": "application/json" };
const OWNER = { name: "First Owner", email: "first@example.com", password: "a long enough password" };

beforeEach(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db);
});

afterEach(() => gateway.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => rawRequest(gateway.origin, "POST", path, { ...json, ...headers }, JSON.stringify(body));

describe("first run", () => {
  it("creates the first owner from loopback, signs them in, then closes", async () => {
    const created = await post("/api/setup", OWNER);
    expect(created.status).toBe(201);
    const cookies = ([] as string[]).concat(created.headers["set-cookie"] ?? []);
    const session = cookies.find((line) => line.startsWith("authcode-studio.session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i);
    const cookie = cookies.map((line) => line.split(";")[0]).join("; ");
    expect(await resolveActor(db, new Headers({ cookie }))).toMatchObject({ kind: "user", email: OWNER.email, workspaceId: "local", role: "owner" });

    const again = await post("/api/setup", { ...OWNER, email: "second@example.com" });
    expect(again.status).toBe(403);
    expect(JSON.parse(again.text)).toMatchObject({ error: { code: "SETUP_CLOSED" } });
  });

  it("refuses a weak password with the field named, and creates nothing", async () => {
    const refused = await post("/api/setup", { ...OWNER, password: "short" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("password");
    expect((await post("/api/setup", OWNER)).status).toBe(201);
  });
});

describe("sign-in", () => {
  beforeEach(async () => {
    expect((await post("/api/setup", OWNER)).status).toBe(201);
  });

  it("sign-up is closed: accounts come by invitation", async () => {
    const signUp = await post("/api/auth/sign-up/email", { name: "Stranger", email: "stranger@example.com", password: "a long enough password" });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(signUp.status).toBeLessThan(500);
    expect(signUp.text).toContain("invitation");
  });

  it(`allows ${SIGN_IN_ATTEMPTS_PER_MINUTE} attempts a minute per address, then answers 429`, async () => {
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_MINUTE; i++) {
      expect((await post("/api/auth/sign-in/email", { email: OWNER.email, password: "wrong password!" })).status).toBe(401);
    }
    const limited = await post("/api/auth/sign-in/email", { email: OWNER.email, password: OWNER.password });
    expect(limited.status).toBe(429);
  });

  it("a client cannot pick the address the limit counts", async () => {
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_MINUTE; i++) {
      await post("/api/auth/sign-in/email", { email: OWNER.email, password: "wrong password!" }, { "x-studio-client-ip": `10.0.0.${i}`, "x-forwarded-for": `10.0.1.${i}` });
    }
    expect((await post("/api/auth/sign-in/email", { email: OWNER.email, password: OWNER.password }, { "x-studio-client-ip": "10.9.9.9" })).status).toBe(429);
  });

  it("cross-site sign-in posts are refused before the auth library sees them", async () => {
    expect((await rawRequest(gateway.origin, "POST", "/api/auth/sign-in/email", { "Content-Type": "text/plain" }, JSON.stringify({ email: OWNER.email, password: OWNER.password }))).status).toBe(415);
    expect((await post("/api/auth/sign-in/email", { email: OWNER.email, password: OWNER.password }, { Origin: "https://evil.example" })).status).toBe(403);
  });
});
