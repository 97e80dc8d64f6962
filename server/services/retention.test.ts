import { beforeEach, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import type { DB } from "@/db/client";
import { activity, type apiCalls, simulations } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import { clockAt } from "@/server/domain/clock";
import { seedBuiltinCatalogs } from "./catalog-store";
import { DEFAULT_RETENTION, getRetention, pruneAll, pruneWorkspace, retentionStatus, setRetention } from "./retention";
import { runSimulation } from "./simulations";

const T0 = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;
let db: DB;

function run(at: number) {
  runSimulation(db, { workspaceId: "local", catalogSlug: "dana", scopes: ["USER_LOGIN_ID"], outcome: { kind: "approve" }, source: "api", clock: clockAt(at, 0) });
}

const rows = (table: typeof simulations | typeof activity | typeof apiCalls) => db.select({ n: count() }).from(table).get()?.n ?? 0;

beforeEach(() => {
  db = createTestDb();
  seedBuiltinCatalogs(db, T0);
});

describe("retention", () => {
  it("defaults, and keeps what is set", () => {
    expect(getRetention(db, "local")).toEqual(DEFAULT_RETENTION);
    setRetention(db, "local", { maxRows: 500, maxDays: 7 }, T0);
    expect(getRetention(db, "local")).toEqual({ maxRows: 500, maxDays: 7 });
    expect(getRetention(db, "other")).toEqual(DEFAULT_RETENTION);
  });

  it("prunes runs older than the age bound, with their Activity rows", () => {
    setRetention(db, "local", { maxRows: 1000, maxDays: 7 }, T0);
    for (const days of [30, 10, 8, 6, 1]) run(T0 - days * DAY);
    expect(pruneWorkspace(db, "local", T0)).toEqual({ calls: 0, runs: 3 });
    expect(rows(simulations)).toBe(2);
    expect(rows(activity)).toBe(2);
  });

  it("prunes the oldest beyond the row bound, a batch at a time", () => {
    setRetention(db, "local", { maxRows: 100, maxDays: 3650 }, T0);
    for (let i = 0; i < 130; i++) run(T0 - (130 - i) * 1000);
    expect(pruneAll(db, T0, 20)).toEqual({ calls: 0, runs: 20 });
    expect(pruneAll(db, T0, 20)).toEqual({ calls: 0, runs: 10 });
    expect(pruneAll(db, T0, 20)).toEqual({ calls: 0, runs: 0 });
    expect(retentionStatus(db, "local")).toMatchObject({ runs: 100, calls: 0, oldest: T0 - 100 * 1000 });
  });
});
