/**
 * Activity bench: 1,000,000 stored runs and calls (seeded by `bench/activity-seed.ts` into a
 * temporary file, reused between runs), then the Activity list as the page asks for it — the first
 * page, every single filter, combined filters, a text search, a page deep down the cursor chain and
 * the live poll — each through `listActivity` (SQL + the page's catalog/client/scope/code lookups).
 * Prints median/p95 per case and the EXPLAIN QUERY PLAN of each query. Goal: p95 ≤ 20 ms.
 *
 *   node --import tsx bench/activity.ts [rows] [--fresh]
 */
import { pathToFileURL } from "node:url";
import type { DB } from "@/db/client";
import { decodeCursor, encodeCursor } from "@/server/domain/activity/cursor";
import type { ActivityFilter } from "@/server/domain/activity/types";
import { buildListQuery, cursorKey, listActivity, liveActivity, pageQuery, resolveFilter, SCAN_BUDGET } from "@/server/services/activity";
import { DEFAULT_ROWS, seedActivityBench } from "./activity-seed";
import { formatTable, measure, type BenchResult } from "./harness";

export const GOAL_P95_MS = 20;

type Case = { name: string; filter: ActivityFilter; cursorAt?: number };

function one<T>(db: DB, sql: string, ...params: unknown[]): T {
  return db.$client.prepare(sql).get(...params) as T;
}

/** Filter values taken from the seeded data: a popular and a rare one of each. */
function buildCases(db: DB): Case[] {
  const catalogs = db.$client.prepare("SELECT c.slug, count(*) AS n FROM activity a JOIN catalogs c ON c.id = a.catalog_id GROUP BY c.slug ORDER BY n DESC").all() as Array<{
    slug: string;
    n: number;
  }>;
  const popular = catalogs[0]?.slug ?? "alipay-plus";
  const rare = catalogs[catalogs.length - 1]?.slug ?? popular;
  const client = one<{ clientId: string }>(db, "SELECT m.client_id AS clientId FROM merchant_clients m JOIN catalogs c ON c.id = m.catalog_id WHERE c.slug = ? ORDER BY m.id LIMIT 1", popular).clientId;
  const rareClient = one<{ clientId: string }>(db, "SELECT m.client_id AS clientId FROM merchant_clients m JOIN catalogs c ON c.id = m.catalog_id WHERE c.slug = ? ORDER BY m.id LIMIT 1", rare).clientId;
  const scopes = db.$client.prepare("SELECT scope, count(*) AS n FROM activity_scopes GROUP BY scope ORDER BY n DESC").all() as Array<{ scope: string; n: number }>;
  const commonScope = scopes[0]?.scope ?? "auth_user";
  const rareScope = scopes[scopes.length - 1]?.scope ?? commonScope;
  const rareCatalogScope = (
    db.$client
      .prepare("SELECT s.scope FROM activity_scopes s JOIN activity a ON a.id = s.activity_id JOIN catalogs c ON c.id = a.catalog_id WHERE c.slug = ? AND s.activity_id > (SELECT max(id) - 20000 FROM activity) LIMIT 1")
      .get(rare) as { scope: string } | undefined
  )?.scope;
  const sample = one<{ codePrefix: string; ref: string }>(db, "SELECT code_prefix AS codePrefix, ref FROM activity WHERE code_prefix IS NOT NULL AND id = (SELECT max(id) / 2 FROM activity)") ??
    one<{ codePrefix: string; ref: string }>(db, "SELECT code_prefix AS codePrefix, ref FROM activity WHERE code_prefix IS NOT NULL LIMIT 1");
  const newest = one<{ at: number }>(db, "SELECT max(created_at) AS at FROM activity").at;
  const day = 86_400_000;
  return [
    { name: "first page (no filter)", filter: {} },
    { name: `catalog = ${popular} (popular)`, filter: { catalog: popular } },
    { name: `catalog = ${rare} (rare)`, filter: { catalog: rare } },
    { name: "client (popular catalog)", filter: { client } },
    { name: "outcome = SUCCESS", filter: { outcome: "SUCCESS" } },
    { name: "outcome = USED_AUTHCODE", filter: { outcome: "USED_AUTHCODE" } },
    { name: "outcome = error:2 (run)", filter: { outcome: "error:2" } },
    { name: "kind = simulation", filter: { kind: "simulation" } },
    { name: "kind = revoke", filter: { kind: "revoke" } },
    { name: "errors only", filter: { errorsOnly: true } },
    { name: `scope = ${commonScope} (common)`, filter: { scope: commonScope } },
    { name: `scope = ${rareScope} (rare)`, filter: { scope: rareScope } },
    { name: "time: last 24 h", filter: { from: newest - day } },
    { name: "time: a 1-hour window 45 days ago", filter: { from: newest - 45 * day, to: newest - 45 * day + 3_600_000 } },
    { name: "search: code prefix (6 chars)", filter: { q: sample.codePrefix.slice(0, 6) } },
    { name: "search: run/call id", filter: { q: sample.ref } },
    { name: `catalog ${rare} + errors only`, filter: { catalog: rare, errorsOnly: true } },
    { name: `catalog ${popular} + kind redeem + USED_AUTHCODE`, filter: { catalog: popular, kind: "redeem", outcome: "USED_AUTHCODE" } },
    { name: `client (rare catalog) + USED_AUTHCODE`, filter: { client: rareClient, outcome: "USED_AUTHCODE" } },
    { name: `scope ${commonScope} + errors + 7 days`, filter: { scope: commonScope, errorsOnly: true, from: newest - 7 * day } },
    ...(rareCatalogScope ? [{ name: `catalog ${rare} + scope ${rareCatalogScope}`, filter: { catalog: rare, scope: rareCatalogScope } }] : []),
    { name: "errors + time window 30–31 days ago", filter: { errorsOnly: true, from: newest - 31 * day, to: newest - 30 * day } },
    // Combinations whose sets are each large but share few or no rows: bounded by the scan budget.
    { name: "kind other + SUCCESS (never together)", filter: { kind: "other", outcome: "SUCCESS" } },
    { name: `client (popular) + INVALID_API (none)`, filter: { client, outcome: "INVALID_API" } },
    { name: `scope ${commonScope} + USED_CODE (none)`, filter: { scope: commonScope, outcome: "USED_CODE" } },
    { name: `scope ${commonScope} + EXPIRED_REFRESH_TOKEN`, filter: { scope: commonScope, outcome: "EXPIRED_REFRESH_TOKEN" } },
    { name: `catalog ${popular} + errors + kind user-info + 7 days`, filter: { catalog: popular, errorsOnly: true, kind: "user-info", from: newest - 7 * day } },
    { name: "deep page: cursor at row 900,000", filter: {}, cursorAt: 900_000 },
    { name: `deep page: catalog ${popular}, row 300,000`, filter: { catalog: popular }, cursorAt: 300_000 },
  ];
}

/** The statement the page runs (the planner's, or a budgeted walk of the most selective filter) and its plan. */
function explain(db: DB, filter: ActivityFilter, cursor: string | null): string[] {
  const resolved = resolveFilter(db, filter, "local");
  const { sql, params, choice } = pageQuery(db, resolved, cursor ? decodeCursor(cursor, cursorKey(db)) : undefined, 50);
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ id: number; parent: number; detail: string }>;
  const depth = new Map<number, number>([[0, 0]]);
  const how =
    choice.plan.mode === "planner"
      ? "  [planner: one index in list order]"
      : `  [walk ${choice.plan.driver}, probed entries: ${Object.entries(choice.plan.counts)
          .map(([key, n]) => `${key}=${n === SCAN_BUDGET ? `≥${SCAN_BUDGET}` : n}`)
          .join(", ")}]`;
  return [
    how,
    ...rows.map((row) => {
      const level = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, level);
      return `${"  ".repeat(level)}${row.detail}`;
    }),
  ];
}

/** Cursor for the position of the `offset`-th row of a filter (found once, with OFFSET, outside the timing). */
function cursorAt(db: DB, filter: ActivityFilter, offset: number): string | null {
  const resolved = resolveFilter(db, filter, "local");
  const { sql, params } = buildListQuery(resolved, {}, 1, "a.created_at AS createdAt, a.id AS id");
  const row = db.$client.prepare(`${sql} OFFSET ${offset}`).get(...params) as { createdAt: number; id: number } | undefined;
  return row ? encodeCursor(row, cursorKey(db)) : null;
}

export function runActivityBench(opts: { rows?: number; fresh?: boolean; iterations?: number } = {}): { results: BenchResult[]; plans: Array<{ name: string; plan: string[] }>; db: DB } {
  const { db } = seedActivityBench({ rows: opts.rows ?? DEFAULT_ROWS, fresh: opts.fresh });
  const iterations = opts.iterations ?? 60;
  const results: BenchResult[] = [];
  const plans: Array<{ name: string; plan: string[] }> = [];
  const now = Date.now();
  for (const c of buildCases(db)) {
    const cursor = c.cursorAt !== undefined ? cursorAt(db, c.filter, c.cursorAt) : null;
    results.push(
      measure(
        c.name,
        () => {
          const page = listActivity(db, { workspaceId: "local", filter: c.filter, cursor, limit: 50, now });
          const searched = page.scannedTo !== null ? `, searched back to ${new Date(page.scannedTo).toISOString().slice(0, 10)}` : "";
          return `${page.items.length} rows${page.nextCursor ? ", more" : ""}${searched}`;
        },
        { iterations, warmup: 5 },
      ),
    );
    plans.push({ name: c.name, plan: explain(db, c.filter, cursor) });
  }
  const head = liveActivity(db, { workspaceId: "local", filter: {}, now }).head;
  results.push(measure("live poll (nothing new)", () => `${liveActivity(db, { workspaceId: "local", filter: {}, since: head, now }).count} new`, { iterations, warmup: 5 }));
  results.push(measure("live poll: errors only (nothing new)", () => `${liveActivity(db, { workspaceId: "local", filter: { errorsOnly: true }, since: head, now }).count} new`, { iterations, warmup: 5 }));
  // A list left open while 100,000 rows arrived: the poll looks at the newest SCAN_BUDGET of them only.
  const weekOld = cursorAt(db, {}, 100_000);
  const anyClient = one<{ clientId: string }>(db, "SELECT client_id AS clientId FROM merchant_clients ORDER BY id LIMIT 1").clientId;
  results.push(
    measure(
      "live poll, 100k rows arrived, client + INVALID_API",
      () => {
        const live = liveActivity(db, { workspaceId: "local", filter: { client: anyClient, outcome: "INVALID_API" }, since: weekOld, now });
        return `${live.count} new${live.truncated ? ", truncated" : ""}`;
      },
      { iterations, warmup: 5 },
    ),
  );
  return { results, plans, db };
}

/** For `bench/run.ts`: prints the table and the plans; true when every case's p95 is within the goal. */
export function printActivityBench(opts: { rows?: number; fresh?: boolean } = {}): boolean {
  const rows = opts.rows ?? DEFAULT_ROWS;
  const { results, plans, db } = runActivityBench(opts);
  console.log(formatTable(`Activity list over ${rows.toLocaleString("en")} rows (page of 50, server time incl. lookups; goal p95 ≤ ${GOAL_P95_MS} ms)`, results, GOAL_P95_MS));
  console.log("\nQuery plans (EXPLAIN QUERY PLAN of each list query):");
  for (const { name, plan } of plans) console.log(`- ${name}\n${plan.join("\n")}`);
  db.$client.close();
  const slow = results.filter((result) => result.p95Ms > GOAL_P95_MS);
  if (slow.length > 0) console.log(`\np95 over ${GOAL_P95_MS} ms: ${slow.map((result) => result.name).join("; ")}`);
  return slow.length === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const rows = Number(args.find((arg) => /^\d+$/.test(arg)) ?? DEFAULT_ROWS);
  const ok = printActivityBench({ rows, fresh: args.includes("--fresh") });
  process.exitCode = ok ? 0 : 1;
}
