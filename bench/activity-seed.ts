/**
 * Fills a temporary database with realistic Activity: by default 1,000,000 rows (45% simulation
 * runs, 55% wallet API calls) over the last 90 days, across the built-in catalogs and 100 clients,
 * with their scopes, code/token links and the auth codes the runs issued. Prepared statements,
 * one transaction per 10,000 rows; prints rows/s.
 *
 *   node --import tsx bench/activity-seed.ts [rows] [--file=path]   (always seeds afresh)
 *
 * Runs and calls are indexed only (no request/response payload rows), which is what the Activity
 * list reads; detail pages need the payloads and are not part of the bench.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { openDatabase, type DB } from "@/db/client";
import { callSummary, runSummary } from "@/server/domain/activity/describe";
import type { ActivityEvent } from "@/server/domain/activity/types";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";

export const DEFAULT_ROWS = 1_000_000;
export const BENCH_DIR = path.join(os.tmpdir(), "authcode-studio-bench");
const BATCH = 10_000;
const DAY = 86_400_000;
const MARKER = "bench.activity.rows";

/** Deterministic pseudo-random numbers (mulberry32), so every seed has the same shape. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX = "0123456789abcdef";

function weighted<T>(random: () => number, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [value, weight] of table) {
    pick -= weight;
    if (pick <= 0) return value;
  }
  const last = table[table.length - 1];
  if (!last) throw new Error("empty table");
  return last[0];
}

const RUN_OUTCOMES = [
  ["approve", 55],
  ["partial", 15],
  ["deny", 10],
  ["cancel", 10],
  ["timeout", 3],
  ["error:11", 4],
  ["error:2", 3],
] as const;

const CALL_EVENTS: ReadonlyArray<readonly [ActivityEvent, number]> = [
  ["redeem", 45],
  ["user-info", 35],
  ["refresh", 12],
  ["revoke", 5],
  ["other", 3],
];

const RESULTS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  redeem: [
    ["SUCCESS", 82],
    ["USED_AUTHCODE", 6],
    ["EXPIRED_AUTHCODE", 3],
    ["INVALID_AUTHCODE", 2],
    ["INVALID_SIGNATURE", 4],
    ["PARAM_ILLEGAL", 2],
    ["ACCESS_DENIED", 1],
  ],
  "user-info": [
    ["SUCCESS", 88],
    ["EXPIRED_ACCESS_TOKEN", 5],
    ["INVALID_ACCESS_TOKEN", 3],
    ["INVALID_SIGNATURE", 3],
    ["UNKNOWN_EXCEPTION", 1],
  ],
  refresh: [
    ["SUCCESS", 85],
    ["USED_REFRESH_TOKEN", 4],
    ["EXPIRED_REFRESH_TOKEN", 4],
    ["INVALID_REFRESH_TOKEN", 4],
    ["INVALID_SIGNATURE", 3],
  ],
  revoke: [
    ["SUCCESS", 92],
    ["INVALID_ACCESS_TOKEN", 8],
  ],
  other: [
    ["INVALID_API", 80],
    ["PARAM_ILLEGAL", 20],
  ],
};

export type SeedResult = { db: DB; file: string; rows: number; seconds: number; reused: boolean };

/** Open the bench database, seeding it first unless it already holds `rows` rows (or `fresh` is set). */
export function seedActivityBench(opts: { rows?: number; file?: string; fresh?: boolean; log?: (line: string) => void } = {}): SeedResult {
  const rows = opts.rows ?? DEFAULT_ROWS;
  const file = opts.file ?? path.join(BENCH_DIR, `activity-${rows}.db`);
  const log = opts.log ?? ((line: string) => console.log(line));
  if (!opts.fresh && fs.existsSync(file)) {
    const existing = openDatabase(file);
    const marker = existing.$client.prepare("SELECT value FROM meta WHERE key = ?").get(MARKER) as { value: string } | undefined;
    if (marker?.value === String(rows)) {
      log(`[seed] reusing ${file} (${rows.toLocaleString("en")} activity rows; --fresh to reseed)`);
      return { db: existing, file, rows, seconds: 0, reused: true };
    }
    existing.$client.close();
  }
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const started = performance.now();
  const db = openDatabase(file);
  seedBuiltinCatalogs(db, Date.now());
  const sqlite = db.$client;
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("temp_store = MEMORY");
  // Rows are written parent-first and consistent; skipping the per-row foreign-key checks only saves time.
  sqlite.pragma("foreign_keys = OFF");

  const random = rng(20261123);
  const text = (length: number, alphabet = ALPHABET) => {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };

  // Catalogs (skewed: the first ones see most traffic), their scopes, a test user and clients each.
  const catalogRows = sqlite.prepare("SELECT id, slug, document FROM catalogs ORDER BY id").all() as Array<{ id: number; slug: string; document: string }>;
  const now = Date.now();
  const catalogsInfo = catalogRows.map((row, index) => {
    const document = JSON.parse(row.document) as { scopes: Array<{ name: string }> };
    const user = sqlite
      .prepare("INSERT INTO test_users (catalog_id, user_id, display_name, profile, created_at, updated_at) VALUES (?, ?, ?, '{}', ?, ?) RETURNING id")
      .get(row.id, `bench-user-${row.slug}`, `Bench user ${index}`, now, now) as { id: number };
    const clients: number[] = [];
    const clientCount = Math.max(4, 24 - index * 3);
    for (let c = 0; c < clientCount; c++) {
      const client = sqlite
        .prepare(
          "INSERT INTO merchant_clients (client_id, name, catalog_id, allowed_scopes, public_key_pem, key_origin, signature_mode, created_at, updated_at) VALUES (?, ?, ?, NULL, 'bench', 'pasted', 'off', ?, ?) RETURNING id",
        )
        .get(`BENCH_${row.slug.toUpperCase().replace(/-/g, "_")}_${c}`, `Bench client ${c}`, row.id, now, now) as { id: number };
      clients.push(client.id);
    }
    return { id: row.id, slug: row.slug, weight: 1 / (index + 1), scopes: document.scopes.map((s) => s.name), userId: user.id, clients };
  });
  const catalogTable = catalogsInfo.map((info) => [info, info.weight] as const);

  const insertActivity = sqlite.prepare(
    "INSERT INTO activity (id, kind, event, ref, catalog_id, client_row_id, outcome, is_error, summary, code_prefix, token_prefix, auth_code_id, grant_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
  );
  const insertScope = sqlite.prepare("INSERT OR IGNORE INTO activity_scopes (activity_id, scope, created_at) VALUES (?, ?, ?)");
  const insertLink = sqlite.prepare("INSERT INTO activity_links (activity_id, target, target_id, role, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  const insertCode = sqlite.prepare(
    "INSERT INTO auth_codes (id, code_hash, code_prefix, catalog_id, client_row_id, test_user_id, scopes, issued_at, expires_at, redeemed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );

  const start = now - 90 * DAY;
  const step = (90 * DAY) / rows;
  let codeId = 0;
  let written = 0;
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let id = from; id < to; id++) {
      const at = Math.floor(start + id * step + random() * step);
      const catalog = weighted(random, catalogTable);
      const client = catalog.clients[Math.floor(random() * catalog.clients.length)] ?? null;
      const scopeCount = 1 + Math.floor(random() * 3);
      const scopes = new Set<string>();
      for (let s = 0; s < scopeCount; s++) {
        const scope = catalog.scopes[Math.floor(Math.pow(random(), 2) * catalog.scopes.length)];
        if (scope) scopes.add(scope);
      }
      const scopeList = [...scopes];
      const isRun = random() < 0.45;
      if (isRun) {
        const outcome = weighted(random, RUN_OUTCOMES);
        const success = outcome === "approve" || outcome === "partial";
        let codePrefix: string | null = null;
        let authCodeId: number | null = null;
        if (success) {
          codePrefix = text(8);
          authCodeId = ++codeId;
          const redeemed = random() < 0.8 ? at + 2000 : null;
          insertCode.run(authCodeId, text(64, HEX), codePrefix, catalog.id, client, catalog.userId, JSON.stringify(scopeList), at, at + 600_000, redeemed);
        }
        const summary = runSummary({
          callback: success ? "success" : "fail",
          grantedScopes: success ? scopeList : [],
          refusedScopes: [],
          errorCode: success ? null : outcome.startsWith("error:") ? Number(outcome.slice(6)) : 11,
        });
        insertActivity.run(id, "simulation", "run", `sim_${text(12)}`, catalog.id, client, outcome, success ? 0 : 1, summary, codePrefix, null, authCodeId, at);
        if (codePrefix) insertLink.run(id, "code", authCodeId, "issued", codePrefix, at);
      } else {
        const event = weighted(random, CALL_EVENTS);
        const resultCode = weighted(random, RESULTS[event] ?? [["SUCCESS", 1]]);
        const ok = resultCode === "SUCCESS";
        let codePrefix: string | null = null;
        let tokenPrefix: string | null = null;
        if (event === "redeem") {
          codePrefix = text(8);
          insertLink.run(id, "code", codeId > 0 ? Math.ceil(random() * codeId) : null, "presented", codePrefix, at);
          if (ok) {
            tokenPrefix = text(8);
            insertLink.run(id, "access-token", null, "issued", tokenPrefix, at);
            insertLink.run(id, "refresh-token", null, "issued", text(8), at);
          }
        } else if (event === "refresh") {
          tokenPrefix = text(8);
          insertLink.run(id, "refresh-token", null, "presented", tokenPrefix, at);
          if (ok) insertLink.run(id, "access-token", null, "issued", text(8), at);
        } else if (event !== "other") {
          tokenPrefix = text(8);
          insertLink.run(id, "access-token", null, "presented", tokenPrefix, at);
        }
        const endpoint = event === "user-info" ? "v2.inquiryUserInfo" : event === "revoke" ? "v2.revoke" : event === "other" ? "unknown" : "v2.applyToken";
        const summary = callSummary({ event, endpoint, method: "POST", path: "/api/wallets/x/v3/unknown", resultCode });
        insertActivity.run(id, "api-call", event, `call_${text(12)}`, catalog.id, event === "other" ? null : client, resultCode, ok ? 0 : 1, summary, codePrefix, tokenPrefix, null, at);
      }
      for (const scope of scopeList) insertScope.run(id, scope, at);
    }
  });
  let lastReport = performance.now();
  for (let from = 1; from <= rows; from += BATCH) {
    const to = Math.min(rows + 1, from + BATCH);
    batch(from, to);
    written = to - 1;
    if (performance.now() - lastReport > 5000) {
      lastReport = performance.now();
      const seconds = (lastReport - started) / 1000;
      log(`[seed] ${written.toLocaleString("en")} rows, ${Math.round(written / seconds).toLocaleString("en")} rows/s`);
    }
  }
  const insertSeconds = (performance.now() - started) / 1000;
  sqlite.exec("ANALYZE");
  sqlite.prepare("INSERT INTO meta (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(MARKER, String(rows), Date.now());
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const seconds = (performance.now() - started) / 1000;
  const counts = sqlite.prepare("SELECT (SELECT count(*) FROM activity) AS activity, (SELECT count(*) FROM activity_scopes) AS scopes, (SELECT count(*) FROM activity_links) AS links, (SELECT count(*) FROM auth_codes) AS codes").get() as Record<string, number>;
  log(
    `[seed] ${rows.toLocaleString("en")} activity rows (+${counts.scopes?.toLocaleString("en")} scope rows, ${counts.links?.toLocaleString("en")} links, ${counts.codes?.toLocaleString("en")} auth codes) in ${insertSeconds.toFixed(1)} s = ${Math.round(rows / insertSeconds).toLocaleString("en")} rows/s; ANALYZE + checkpoint: ${(seconds - insertSeconds).toFixed(1)} s; file ${(fs.statSync(file).size / 1e6).toFixed(0)} MB at ${file}`,
  );
  return { db, file, rows, seconds, reused: false };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const rows = Number(args.find((arg) => /^\d+$/.test(arg)) ?? DEFAULT_ROWS);
  const file = args.find((arg) => arg.startsWith("--file="))?.slice("--file=".length);
  const result = seedActivityBench({ rows, file, fresh: true });
  result.db.$client.close();
}
