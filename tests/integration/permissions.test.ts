/**
 * The permission matrix in team mode: every tRPC procedure (read from the router itself) and every
 * REST/headless route (from the gateway's route table, checked against the route files) called by
 * each kind of caller — anonymous, each role signed in, a CI key of each role — is allowed or
 * refused exactly as the table below says. A procedure or route without an access rule fails.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { resolveActor, type Access } from "@/server/auth/actor";
import { REST_ROUTES } from "@/server/gateway/routes";
import { appRouter } from "@/server/routers/_app";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { createInnerContext, type Meta } from "@/server/trpc";
import { rawRequest, startGateway, type RunningGateway } from "@/tests/support/gateway";
import { teamCallers, type Credentials } from "@/tests/support/team";

process.env.AUTH = "on";

const CALLERS = ["anonymous", "viewer", "developer", "admin", "owner", "key:viewer", "key:developer", "key:admin", "key:owner"] as const;
type Caller = (typeof CALLERS)[number];

/** The table, written out: who may reach what each access rule guards (the README prints the same). */
const ALLOWED: Record<Access, readonly Caller[]> = {
  public: CALLERS,
  account: ["viewer", "developer", "admin", "owner"],
  read: ["viewer", "developer", "admin", "owner", "key:viewer", "key:developer", "key:admin", "key:owner"],
  simulate: ["viewer", "developer", "admin", "owner", "key:viewer", "key:developer", "key:admin", "key:owner"],
  "catalog.write": ["developer", "admin", "owner", "key:developer", "key:admin", "key:owner"],
  "client.write": ["developer", "admin", "owner", "key:developer", "key:admin", "key:owner"],
  "clock.write": ["developer", "admin", "owner", "key:developer", "key:admin", "key:owner"],
  "activity.delete": ["developer", "admin", "owner", "key:developer", "key:admin", "key:owner"],
  "members.manage": ["admin", "owner", "key:admin", "key:owner"],
  "keys.manage": ["admin", "owner", "key:admin", "key:owner"],
  "settings.write": ["admin", "owner", "key:admin", "key:owner"],
};

/** What each procedure needs, written out: a new procedure fails here until it is given a rule. */
const PROCEDURE_ACCESS: Record<string, Access> = {
  "account.status": "public",
  "account.permissions": "public",
  "account.invitation": "public",
  "account.switchWorkspace": "account",
  "account.createWorkspace": "account",
  "account.acceptInvitation": "account",
  "account.members": "read",
  "account.invite": "members.manage",
  "account.cancelInvitation": "members.manage",
  "account.changeRole": "members.manage",
  "account.removeMember": "members.manage",
  "account.retention": "read",
  "account.setRetention": "settings.write",
  "account.keys": "keys.manage",
  "account.createKey": "keys.manage",
  "account.revokeKey": "keys.manage",
  "catalog.list": "read",
  "catalog.bySlug": "read",
  "catalog.versions": "read",
  "catalog.version": "read",
  "catalog.diff": "read",
  "catalog.builtins": "read",
  "catalog.create": "catalog.write",
  "catalog.update": "catalog.write",
  "catalog.clone": "catalog.write",
  "catalog.delete": "catalog.write",
  "catalog.restoreVersion": "catalog.write",
  "catalog.restoreBuiltin": "catalog.write",
  "catalog.import": "catalog.write",
  "explorer.search": "read",
  "explorer.facets": "read",
  "explorer.scope": "read",
  "explorer.compare": "read",
  "simulator.run": "simulate",
  "simulator.send": "simulate",
  "simulator.session": "read",
  "simulator.clock": "read",
  "simulator.setClock": "clock.write",
  "client.list": "read",
  "client.byId": "read",
  "client.walletKey": "read",
  "client.create": "client.write",
  "client.update": "client.write",
  "client.rotateKey": "client.write",
  "client.delete": "client.write",
  "fault.list": "read",
  "fault.create": "client.write",
  "fault.pause": "client.write",
  "fault.delete": "client.write",
  "testUser.list": "read",
  "testUser.create": "client.write",
  "testUser.update": "client.write",
  "testUser.delete": "client.write",
  "activity.list": "read",
  "activity.live": "read",
  "activity.filterOptions": "read",
  "activity.run": "read",
  "activity.apiCall": "read",
  "activity.code": "read",
  "activity.token": "read",
  "activity.cleanupPreview": "read",
  "activity.revokeToken": "simulate",
  "activity.revokeGrant": "simulate",
  "activity.cleanup": "activity.delete",
};

/** And each REST/headless route. */
const ROUTE_ACCESS: Record<string, Access> = {
  "POST /api/simulations": "simulate",
  "POST /api/clients": "client.write",
  "GET /api/clock": "read",
  "POST /api/clock": "clock.write",
  "POST /api/faults": "client.write",
  "GET /api/faults": "read",
  "DELETE /api/faults/<id>": "client.write",
  "GET /api/magic-values": "public",
  "GET /api/jsapi/<slug>/my.js": "public",
  "POST /api/jsapi/<slug>/getAuthCode": "simulate",
  "POST /api/setup": "public",
  "POST /api/invitations/<id>": "public",
  "GET /api/catalogs": "read",
  "GET /api/catalogs/schema.json": "public",
  "POST /api/catalogs/import": "catalog.write",
  "GET /api/catalogs/<slug>/export": "read",
  "GET /api/catalogs/<slug>/sdk.zip": "read",
  "GET /api/catalogs/<slug>/snippets/<file>": "read",
  "GET /api/activity/export": "read",
  "GET /api/openapi.json": "public",
};

let db: DB;
let callers: Credentials;
let gateway: RunningGateway;

beforeAll(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  callers = await teamCallers(db);
  gateway = await startGateway(db, undefined, (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/plain" }).end("from next");
  });
});

afterAll(() => gateway.close());

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta; type: string } }>);

/** Refused by the access check, as opposed to anything else (bad input, not found, success). */
function isAccessRefusal(code: unknown): boolean {
  return code === "UNAUTHORIZED" || code === "FORBIDDEN";
}

async function callProcedure(procedurePath: string, caller: Caller): Promise<"allowed" | "refused"> {
  const headers = new Headers(callers[caller]);
  const ctx = createInnerContext({ db, actor: await resolveActor(db, headers), headers });
  let target: unknown = appRouter.createCaller(ctx);
  for (const segment of procedurePath.split(".")) target = Reflect.get(target as object, segment);
  if (typeof target !== "function") throw new Error(`no procedure ${procedurePath}`);
  try {
    // Input that no procedure accepts: an allowed call stops at validation (or runs, when it takes none).
    await (target as (input: unknown) => Promise<unknown>)({ "not-an-input": true });
    return "allowed";
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? error.code : null;
    return isAccessRefusal(code) ? "refused" : "allowed";
  }
}

describe("tRPC procedures", () => {
  it("every procedure declares the access rule written here", () => {
    const declared = Object.fromEntries(procedures.map(([name, procedure]) => [name, procedure._def.meta?.access ?? "(none)"]));
    expect(declared).toEqual(PROCEDURE_ACCESS);
  });

  it.each(Object.entries(PROCEDURE_ACCESS))("%s (%s)", async (name, access) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const caller of CALLERS) {
      seen[caller] = await callProcedure(name, caller);
      expected[caller] = ALLOWED[access].includes(caller) ? "allowed" : "refused";
    }
    expect(seen).toEqual(expected);
  });
});

describe("REST and headless routes", () => {
  it("the route table names every route file of the app", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") files.push(full);
      }
    };
    walk(path.join(process.cwd(), "app", "api"));
    const routed = files
      .map((file) => `/${path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep).join("/")}`.replace(/\[([a-z]+)\]/g, "<$1>"))
      .filter((route) => !route.startsWith("/api/trpc"));
    const inTable = new Set(REST_ROUTES.filter((route) => route.servedBy === "next").map((route) => route.path));
    expect(routed.filter((route) => !inTable.has(route))).toEqual([]);
  });

  it("every route declares the access rule written here", () => {
    expect(Object.fromEntries(REST_ROUTES.map((route) => [`${route.method} ${route.path}`, route.access]))).toEqual(ROUTE_ACCESS);
  });

  it.each(REST_ROUTES.map((route) => [`${route.method} ${route.path}`, ROUTE_ACCESS[`${route.method} ${route.path}`] ?? "public", route] as const))("%s (%s)", async (_name, access, route) => {
    const url = route.path.replace("<slug>", "dana").replace("<file>", "getauthcode.ts").replace("<id>", "no-such-invitation");
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const caller of CALLERS) {
      const headers: Record<string, string> = { ...callers[caller], ...(route.method === "POST" ? { "Content-Type": "application/json" } : {}) };
      const reply = await rawRequest(gateway.origin, route.method, url, headers, route.method === "POST" ? "{}" : undefined);
      let code: unknown = null;
      try {
        code = (JSON.parse(reply.text) as { error?: { code?: string } }).error?.code;
      } catch {
        code = null;
      }
      seen[caller] = (reply.status === 401 || reply.status === 403) && isAccessRefusal(code) ? "refused" : "allowed";
      expected[caller] = ALLOWED[access].includes(caller) ? "allowed" : "refused";
    }
    expect(seen).toEqual(expected);
  });

  it("a refused request without credentials says how to authenticate", async () => {
    const reply = await rawRequest(gateway.origin, "GET", "/api/clock");
    expect(reply.status).toBe(401);
    expect(reply.headers["www-authenticate"]).toBe("Bearer");
    expect(reply.text).toContain("Authorization: Bearer");
  });

  it("a revoked or made-up key is refused, and says so", async () => {
    const reply = await rawRequest(gateway.origin, "GET", "/api/clock", { authorization: "Bearer acs_made_up_key" });
    expect(reply.status).toBe(401);
    expect(reply.text).toContain("not valid");
  });
});
