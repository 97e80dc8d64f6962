import { beforeEach, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { clockAt } from "@/server/domain/clock";
import { createCatalog, getCatalogRecord, seedBuiltinCatalogs } from "./catalog-store";
import { PAGE_LOOKUPS } from "./page-lookups";
import { runSimulation } from "./simulations";

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
let db: DB;

beforeEach(() => {
  db = createTestDb();
  seedBuiltinCatalogs(db, T0);
});

describe("PAGE_LOOKUPS", () => {
  it("finds a catalog the workspace sees, and not one of another workspace", () => {
    const own = getCatalogRecord(db, "dana", "local").document;
    createCatalog(db, { workspaceId: "ws-a", catalog: { ...own, slug: "team-a-only", name: "Team A" }, author: "Ana", now: T0 });
    expect(PAGE_LOOKUPS.catalog(db, "local", "dana")).toBe(true);
    expect(PAGE_LOOKUPS.catalog(db, "ws-a", "team-a-only")).toBe(true);
    expect(PAGE_LOOKUPS.catalog(db, "ws-b", "team-a-only")).toBe(false);
    expect(PAGE_LOOKUPS.catalog(db, "local", "no-such-catalog")).toBe(false);
    expect(PAGE_LOOKUPS.catalog(db, "local", "Not A Slug")).toBe(false);
  });

  it("finds a scope by name or alias in some catalog", () => {
    expect(PAGE_LOOKUPS.scope(db, "local", "USER_LOGIN_ID")).toBe(true);
    expect(PAGE_LOOKUPS.scope(db, "local", "NO_SUCH_SCOPE")).toBe(false);
  });

  it("finds a run and its code in their workspace only; calls, tokens and invitations that do not exist are not found", () => {
    const run = runSimulation(db, {
      workspaceId: "local",
      catalogSlug: "dana",
      scopes: ["USER_LOGIN_ID"],
      outcome: { kind: "approve" },
      source: "api",
      clock: clockAt(T0, 0),
    });
    expect(PAGE_LOOKUPS.run(db, "local", run.id)).toBe(true);
    expect(PAGE_LOOKUPS.run(db, "ws-b", run.id)).toBe(false);
    expect(PAGE_LOOKUPS.run(db, "local", "sim_unknown")).toBe(false);
    expect(PAGE_LOOKUPS.code(db, "local", (run.authCode ?? "").slice(0, 8))).toBe(true);
    expect(PAGE_LOOKUPS.code(db, "ws-b", (run.authCode ?? "").slice(0, 8))).toBe(false);
    expect(PAGE_LOOKUPS.code(db, "local", "999999")).toBe(false);
    expect(PAGE_LOOKUPS.call(db, "local", "call_unknown")).toBe(false);
    expect(PAGE_LOOKUPS.token(db, "local", "999999")).toBe(false);
    expect(PAGE_LOOKUPS.token(db, "local", "not a token")).toBe(false);
    expect(PAGE_LOOKUPS.invitation(db, "local", "no-such-invitation")).toBe(false);
  });
});
