/**
 * The Activity list: runs and wallet API calls, newest first, filtered in SQL and paged by keyset
 * (`(created_at, id)` below a signed cursor), so a page costs the same at row 50 and at row 900,000
 * and rows arriving meanwhile never shift the pages already loaded.
 *
 * Statements are plain SQL on the better-sqlite3 handle: each filter maps to an index
 * `(column, created_at, id)` walked backwards. One filter (or none, or a text search) is left to
 * SQLite's planner; combined filters walk the index of the filter with the fewest entries and
 * check the others per entry, at most `SCAN_BUDGET` entries per page, so even filters that share
 * no rows answer in bounded time. `bench/activity.ts` prints timings and EXPLAIN QUERY PLAN.
 */
import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { meta } from "@/db/schema";
import { authCodeState } from "@/server/domain/activity/describe";
import { boundAbove, decodeCursor, encodeCursor, ORIGIN, type Position } from "@/server/domain/activity/cursor";
import {
  LIVE_COUNT_CAP,
  LIVE_ITEMS,
  PAGE_SIZE_DEFAULT,
  type ActivityFilter,
  type ActivityItem,
  type ActivityLive,
  type ActivityPage,
  RUN_OUTCOME_PATTERN,
  type KindFilter,
} from "@/server/domain/activity/types";
import { DomainError } from "@/server/domain/errors";
import { getCatalogRecord } from "./catalog-store";
import { readClock } from "./clock";

// ---------------------------------------------------------------- statements and keys

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, cached per connection (the SQL text is the key). */
export function prepared(db: DB, sql: string): Database.Statement {
  let cache = statements.get(db.$client);
  if (!cache) {
    cache = new Map();
    statements.set(db.$client, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.$client.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

const CURSOR_KEY = "activity.cursorKey";
const keys = new WeakMap<Database.Database, Buffer>();

/** The HMAC key cursors are signed with: random, kept in `meta`, so cursors survive restarts. */
export function cursorKey(db: DB): Buffer {
  const cached = keys.get(db.$client);
  if (cached) return cached;
  db.insert(meta)
    .values({ key: CURSOR_KEY, value: randomBytes(32).toString("hex"), updatedAt: Date.now() })
    .onConflictDoNothing()
    .run();
  const row = db.select({ value: meta.value }).from(meta).where(eq(meta.key, CURSOR_KEY)).get();
  if (!row) throw new Error("cursor key was not stored");
  const key = Buffer.from(row.value, "hex");
  keys.set(db.$client, key);
  return key;
}

const analysed = new WeakSet<Database.Database>();

/**
 * Let SQLite keep its planner statistics current (once per connection; cheap when nothing changed),
 * for the queries left to the planner (the live poll, searches, the enrichment lookups).
 */
function ensureStatistics(db: DB) {
  if (analysed.has(db.$client)) return;
  analysed.add(db.$client);
  db.$client.pragma("analysis_limit = 1000");
  db.$client.pragma("optimize = 0x10002");
}

// ---------------------------------------------------------------- filters

export type ResolvedFilter = {
  /** Every query reads one workspace's rows (the first column of every list index). */
  workspaceId: string;
  catalogId?: number;
  clientRowId?: number;
  outcome?: string;
  scope?: string;
  kind?: KindFilter;
  errorsOnly?: boolean;
  from?: number;
  to?: number;
  /** Prefix search on code/token prefixes (first 8 characters of q). */
  prefix?: string;
  /** Prefix search on run/call ids. */
  refPrefix?: string;
};

function badFilter(path: string, message: string): DomainError {
  return new DomainError("BAD_REQUEST", `${path}: ${message}`, [{ path, message }]);
}

const SUCCESS_OUTCOMES = new Set(["SUCCESS", "approve", "partial"]);

/** Filters that can never match together get a message instead of a page that looks like "no data". */
function checkCombination(filter: ActivityFilter) {
  const { outcome, kind } = filter;
  if (outcome === undefined) return;
  const isRunOutcome = RUN_OUTCOME_PATTERN.test(outcome);
  if (kind !== undefined && kind !== "simulation" && isRunOutcome) {
    throw badFilter("outcome", `"${outcome}" is an outcome of simulation runs, but kind is ${kind}: use a result code such as USED_AUTHCODE, or kind=simulation`);
  }
  if (kind === "simulation" && !isRunOutcome) {
    throw badFilter("outcome", `"${outcome}" is a result code of API calls, but kind is simulation: use approve, partial, deny, cancel, timeout or error:<code>`);
  }
  if (filter.errorsOnly && SUCCESS_OUTCOMES.has(outcome)) {
    throw badFilter("errors", `"${outcome}" is never a failure: remove "errors only" or pick a failing outcome`);
  }
}

/** Check the filter's values against the database (unknown catalog, client or scope → a clear BAD_REQUEST). */
export function resolveFilter(db: DB, filter: ActivityFilter, workspaceId: string): ResolvedFilter {
  const resolved: ResolvedFilter = {
    workspaceId,
    outcome: filter.outcome,
    kind: filter.kind,
    errorsOnly: filter.errorsOnly || undefined,
    from: filter.from,
    to: filter.to,
  };
  let catalogSlug: string | undefined;
  if (filter.catalog !== undefined) {
    const row = prepared(db, "SELECT id, slug FROM catalogs WHERE slug = ? AND (workspace_id IS NULL OR workspace_id = ?)").get(filter.catalog, workspaceId) as { id: number; slug: string } | undefined;
    if (!row) throw badFilter("catalog", `no catalog "${filter.catalog}" (see the Catalogs page for the slugs)`);
    resolved.catalogId = row.id;
    catalogSlug = row.slug;
  }
  if (filter.client !== undefined) {
    const row = prepared(db, "SELECT m.id, c.slug FROM merchant_clients m JOIN catalogs c ON c.id = m.catalog_id WHERE m.client_id = ? AND m.workspace_id = ?").get(filter.client, workspaceId) as
      | { id: number; slug: string }
      | undefined;
    if (!row) throw badFilter("client", `no client "${filter.client}" is registered (it may have been deleted)`);
    if (catalogSlug !== undefined && row.slug !== catalogSlug) {
      throw badFilter("client", `client "${filter.client}" belongs to ${row.slug}, not ${catalogSlug}: the two filters exclude each other`);
    }
    resolved.clientRowId = row.id;
    // A client implies its catalog: a scope is then checked against that catalog.
    catalogSlug ??= row.slug;
  }
  if (filter.scope !== undefined) {
    const scope = filter.scope;
    if (catalogSlug !== undefined) {
      const document = getCatalogRecord(db, catalogSlug, workspaceId).document;
      const known = document.scopes.some((s) => s.name === scope || s.aliases.includes(scope));
      if (!known) throw badFilter("scope", `${document.name} has no scope "${scope}"${filter.catalog === undefined ? ` (the catalog of client ${filter.client ?? ""})` : ""}`);
    } else {
      const known =
        prepared(db, "SELECT 1 FROM catalog_scopes s JOIN catalogs c ON c.id = s.catalog_id WHERE s.name = ? AND (c.workspace_id IS NULL OR c.workspace_id = ?) LIMIT 1").get(scope, workspaceId) ??
        prepared(db, "SELECT 1 FROM activity_scopes WHERE workspace_id = ? AND scope = ? LIMIT 1").get(workspaceId, scope);
      if (!known) throw badFilter("scope", `no catalog has a scope "${scope}"`);
    }
    resolved.scope = scope;
  }
  checkCombination(filter);
  if (filter.q !== undefined) {
    resolved.prefix = filter.q.slice(0, 8);
    if (/^(sim|call)_[A-Za-z0-9_-]{3,}$/.test(filter.q)) resolved.refPrefix = filter.q;
  }
  return resolved;
}

// ---------------------------------------------------------------- SQL

const ROW_COLUMNS =
  "a.id, a.kind, a.event, a.ref, a.created_at AS createdAt, a.catalog_id AS catalogId, a.client_row_id AS clientRowId, a.outcome, a.is_error AS isError, a.summary, a.code_prefix AS codePrefix, a.token_prefix AS tokenPrefix, a.auth_code_id AS authCodeId, a.grant_id AS grantId";

/** Upper end of a prefix range: every base64url character sorts below "~". */
const rangeEnd = (prefix: string) => `${prefix}~`;

export type Bound = { older?: Position; atOrNewer?: Position };

type Clause = { sql: string; params: unknown[] };

/**
 * Most index entries one page may examine when it combines filters. Two large sets can share few
 * rows (a client and an outcome it never had): the page then stops after this many entries of its
 * most selective index and says how far back it searched; "Load older" continues from there.
 */
export const SCAN_BUDGET = 20_000;

/** One equality filter: as a condition on `activity a`, and as an index walk of its own. */
type Equality = {
  key: "catalog" | "client" | "outcome" | "kind" | "event" | "errors" | "scope";
  onActivity: Clause;
  walk: { from: string; at: string; id: string; where: Clause };
  /** The same test for a walked entry `d(did, dat)`, answered from this filter's own index (compact, cached) instead of the table row. */
  onEntry: Clause;
};

function equalities(filter: ResolvedFilter): Equality[] {
  const out: Equality[] = [];
  const ws = filter.workspaceId;
  const column = (key: Equality["key"], name: string, index: string, value: unknown) =>
    out.push({
      key,
      onActivity: { sql: `a.${name} = ?`, params: [value] },
      walk: { from: `activity INDEXED BY ${index}`, at: "created_at", id: "id", where: { sql: `workspace_id = ? AND ${name} = ?`, params: [ws, value] } },
      onEntry: { sql: `EXISTS (SELECT 1 FROM activity INDEXED BY ${index} WHERE workspace_id = ? AND ${name} = ? AND created_at = d.dat AND id = d.did)`, params: [ws, value] },
    });
  if (filter.scope !== undefined) {
    out.push({
      key: "scope",
      onActivity: { sql: "EXISTS (SELECT 1 FROM activity_scopes x WHERE x.activity_id = a.id AND x.scope = ?)", params: [filter.scope] },
      walk: {
        from: "activity_scopes INDEXED BY activity_scopes_ws_scope_created_idx",
        at: "created_at",
        id: "activity_id",
        where: { sql: "workspace_id = ? AND scope = ?", params: [ws, filter.scope] },
      },
      onEntry: { sql: "EXISTS (SELECT 1 FROM activity_scopes x WHERE x.activity_id = d.did AND x.scope = ?)", params: [filter.scope] },
    });
  }
  if (filter.clientRowId !== undefined) column("client", "client_row_id", "activity_ws_client_created_idx", filter.clientRowId);
  if (filter.outcome !== undefined) column("outcome", "outcome", "activity_ws_outcome_created_idx", filter.outcome);
  if (filter.catalogId !== undefined) column("catalog", "catalog_id", "activity_ws_catalog_created_idx", filter.catalogId);
  if (filter.kind === "simulation" || filter.kind === "api-call") column("kind", "kind", "activity_ws_kind_created_idx", filter.kind);
  else if (filter.kind !== undefined) column("event", "event", "activity_ws_event_created_idx", filter.kind);
  if (filter.errorsOnly) column("errors", "is_error", "activity_ws_error_created_idx", 1);
  return out;
}

/** Time range and keyset bounds on the walked index's `(at, id)` columns. */
function ranges(filter: ResolvedFilter, bound: Bound, at: string, id: string): Clause[] {
  const out: Clause[] = [];
  if (filter.from !== undefined) out.push({ sql: `${at} >= ?`, params: [filter.from] });
  if (filter.to !== undefined) out.push({ sql: `${at} < ?`, params: [filter.to] });
  if (bound.older) out.push({ sql: `(${at}, ${id}) < (?, ?)`, params: [bound.older.createdAt, bound.older.id] });
  if (bound.atOrNewer) out.push({ sql: `(${at}, ${id}) >= (?, ?)`, params: [bound.atOrNewer.createdAt, bound.atOrNewer.id] });
  return out;
}

function searchClause(filter: ResolvedFilter): Clause | null {
  if (filter.prefix === undefined) return null;
  const byRef = filter.refPrefix !== undefined ? " UNION SELECT id FROM activity WHERE ref >= ? AND ref < ?" : "";
  const params: unknown[] = [filter.prefix, rangeEnd(filter.prefix)];
  if (filter.refPrefix !== undefined) params.push(filter.refPrefix, rangeEnd(filter.refPrefix));
  return { sql: `a.id IN (SELECT activity_id FROM activity_links WHERE prefix >= ? AND prefix < ?${byRef})`, params };
}

function where(clauses: Clause[]): { sql: string; params: unknown[] } {
  return { sql: clauses.length ? ` WHERE ${clauses.map((c) => c.sql).join(" AND ")}` : "", params: clauses.flatMap((c) => c.params) };
}

/**
 * The list query left to SQLite's planner: used for no filter, one equality filter (all rows of its
 * index match, so a page reads ~50 entries) and text search (a handful of rows). With a scope filter
 * it walks `activity_scopes(scope, created_at, activity_id)` and joins each row.
 */
export function buildListQuery(filter: ResolvedFilter, bound: Bound, limit: number, columns = ROW_COLUMNS): { sql: string; params: unknown[] } {
  const viaScope = filter.scope !== undefined;
  const at = viaScope ? "s.created_at" : "a.created_at";
  const id = viaScope ? "s.activity_id" : "a.id";
  const clauses: Clause[] = [viaScope ? { sql: "s.workspace_id = ? AND s.scope = ?", params: [filter.workspaceId, filter.scope] } : { sql: "a.workspace_id = ?", params: [filter.workspaceId] }];
  for (const eq of equalities(filter)) if (eq.key !== "scope") clauses.push(eq.onActivity);
  const search = searchClause(filter);
  if (search) clauses.push(search);
  clauses.push(...ranges(filter, bound, at, id));
  const from = viaScope ? "activity_scopes s CROSS JOIN activity a ON a.id = s.activity_id" : "activity a";
  const w = where(clauses);
  return { sql: `SELECT ${columns} FROM ${from}${w.sql} ORDER BY ${at} DESC, ${id} DESC LIMIT ?`, params: [...w.params, limit] };
}

function walkClauses(filter: ResolvedFilter, eq: Equality, bound: Bound): Clause[] {
  return [eq.walk.where, ...ranges(filter, bound, eq.walk.at, eq.walk.id)];
}

/**
 * Combined filters: walk one filter's index for at most `budget` entries and check the others on
 * each entry with a seek in their own indexes; only matching entries read their table row.
 */
export function buildBudgetQuery(filter: ResolvedFilter, driver: Equality, bound: Bound, limit: number, budget: number, columns = ROW_COLUMNS) {
  const { at, id, from } = driver.walk;
  const inner = where(walkClauses(filter, driver, bound));
  const rest = where(equalities(filter).filter((eq) => eq.key !== driver.key).map((eq) => eq.onEntry));
  return {
    sql: `SELECT ${columns} FROM (SELECT ${id} AS did, ${at} AS dat FROM ${from}${inner.sql} ORDER BY ${at} DESC, ${id} DESC LIMIT ?) d CROSS JOIN activity a ON a.id = d.did${rest.sql} ORDER BY d.dat DESC, d.did DESC LIMIT ?`,
    params: [...inner.params, budget, ...rest.params, limit],
  };
}

/** How many entries (up to `budget`) a filter's own index holds between the bounds: picks the walk. */
function probe(db: DB, filter: ResolvedFilter, eq: Equality, bound: Bound, budget: number): number {
  const w = where(walkClauses(filter, eq, bound));
  return (prepared(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${eq.walk.from}${w.sql} LIMIT ?)`).get(...w.params, budget) as { n: number }).n;
}

/** The `budget`-th entry of a walk: where a page that ran out of budget stopped searching. */
function frontier(db: DB, filter: ResolvedFilter, eq: Equality, bound: Bound, budget: number): Position | null {
  const { at, id, from } = eq.walk;
  const w = where(walkClauses(filter, eq, bound));
  const row = prepared(db, `SELECT ${at} AS createdAt, ${id} AS id FROM ${from}${w.sql} ORDER BY ${at} DESC, ${id} DESC LIMIT 1 OFFSET ?`).get(...w.params, budget - 1) as
    | Position
    | undefined;
  return row ?? null;
}

export type PagePlan = { mode: "planner" } | { mode: "walk"; driver: Equality["key"]; counts: Partial<Record<Equality["key"], number>> };

export type RowPage = {
  rows: ActivityRow[];
  /** Position to continue below, or null when nothing older matches. */
  next: Position | null;
  /** Set when the page stopped at the scan budget: the time it searched back to. */
  scannedTo: number | null;
  plan: PagePlan;
};

type Choice = { driver: Equality | null; fewest: number; plan: PagePlan };

/** Planner for ≤ 1 equality filter or a text search; otherwise walk the filter whose own index holds the fewest entries here. */
function choose(db: DB, filter: ResolvedFilter, bound: Bound, limit: number, budget: number): Choice {
  const eqs = equalities(filter);
  if (filter.prefix !== undefined || eqs.length <= 1) return { driver: null, fewest: 0, plan: { mode: "planner" } };
  const counts: Partial<Record<Equality["key"], number>> = {};
  let driver = eqs[0] as Equality;
  let fewest = Number.POSITIVE_INFINITY;
  for (const eq of eqs) {
    const n = probe(db, filter, eq, bound, budget);
    counts[eq.key] = n;
    if (n < fewest) {
      fewest = n;
      driver = eq;
    }
    // Small enough to read whole: no need to probe the others.
    if (n <= limit) break;
  }
  return { driver, fewest, plan: { mode: "walk", driver: driver.key, counts } };
}

/** The statement a page runs, and why (for EXPLAIN QUERY PLAN in the bench). */
export function pageQuery(db: DB, filter: ResolvedFilter, older: Position | undefined, limit: number, budget = SCAN_BUDGET) {
  const bound: Bound = { older };
  const choice = choose(db, filter, bound, limit, budget);
  const query = choice.driver ? buildBudgetQuery(filter, choice.driver, bound, limit + 1, budget) : buildListQuery(filter, bound, limit + 1);
  return { ...query, choice };
}

/** One page of rows strictly older than `older` (or from the top), at most `limit`. */
export function selectPage(db: DB, filter: ResolvedFilter, older: Position | undefined, limit: number, budget = SCAN_BUDGET): RowPage {
  const bound: Bound = { older };
  const { sql, params, choice } = pageQuery(db, filter, older, limit, budget);
  const rows = prepared(db, sql).all(...params) as ActivityRow[];
  const last = rows[limit - 1];
  if (rows.length > limit && last) return { rows: rows.slice(0, limit), next: last, scannedTo: null, plan: choice.plan };
  if (!choice.driver || choice.fewest < budget) return { rows, next: null, scannedTo: null, plan: choice.plan };
  // The walk used its whole budget: continue below the last entry it examined.
  const stop = frontier(db, filter, choice.driver, bound, budget);
  return { rows, next: stop, scannedTo: stop?.createdAt ?? null, plan: choice.plan };
}

/** Rows at or above a position (the live poll's region), newest first: small, so left to the planner. */
function selectNewer(db: DB, filter: ResolvedFilter, since: Position, limit: number): ActivityRow[] {
  const { sql, params } = buildListQuery(filter, { atOrNewer: since }, limit);
  return prepared(db, sql).all(...params) as ActivityRow[];
}

// ---------------------------------------------------------------- rows → items

export type ActivityRow = {
  id: number;
  kind: ActivityItem["kind"];
  event: ActivityItem["event"];
  ref: string;
  createdAt: number;
  catalogId: number | null;
  clientRowId: number | null;
  outcome: string;
  isError: number;
  summary: string;
  codePrefix: string | null;
  tokenPrefix: string | null;
  authCodeId: number | null;
  grantId: number | null;
};

function ids(values: Array<number | null>): string {
  return JSON.stringify([...new Set(values.filter((value): value is number => value !== null))]);
}

/** Catalog, client, scopes and code state for a page of rows: four indexed lookups, not one per row. */
export function toItems(db: DB, rows: ActivityRow[], now: number, workspaceId: string): ActivityItem[] {
  if (rows.length === 0) return [];
  const catalogRows = prepared(db, "SELECT id, slug, name FROM catalogs WHERE id IN (SELECT value FROM json_each(?))").all(ids(rows.map((r) => r.catalogId))) as Array<{
    id: number;
    slug: string;
    name: string;
  }>;
  const clientRows = prepared(db, "SELECT id, client_id AS clientId, name FROM merchant_clients WHERE id IN (SELECT value FROM json_each(?))").all(
    ids(rows.map((r) => r.clientRowId)),
  ) as Array<{ id: number; clientId: string; name: string }>;
  const scopeRows = prepared(db, "SELECT activity_id AS activityId, scope FROM activity_scopes WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY rowid").all(
    ids(rows.map((r) => r.id)),
  ) as Array<{ activityId: number; scope: string }>;
  const codeRows = prepared(
    db,
    "SELECT c.id, c.code_prefix AS prefix, c.redeemed_at AS redeemedAt, c.expires_at AS expiresAt, g.revoked_at AS revokedAt, g.revoke_reason AS revokeReason FROM auth_codes c LEFT JOIN grants g ON g.auth_code_id = c.id WHERE c.id IN (SELECT value FROM json_each(?))",
  ).all(ids(rows.map((r) => r.authCodeId))) as Array<{
    id: number;
    prefix: string;
    redeemedAt: number | null;
    expiresAt: number;
    revokedAt: number | null;
    revokeReason: string | null;
  }>;
  const catalogById = new Map(catalogRows.map((row) => [row.id, { slug: row.slug, name: row.name }]));
  const clientById = new Map(clientRows.map((row) => [row.id, { clientId: row.clientId, name: row.name }]));
  const scopesById = new Map<number, string[]>();
  for (const row of scopeRows) scopesById.set(row.activityId, [...(scopesById.get(row.activityId) ?? []), row.scope]);
  const mock = readClock(db, workspaceId, now).mock;
  const codeById = new Map(codeRows.map((row) => [row.id, { id: row.id, prefix: row.prefix, state: authCodeState(row, row, mock) }]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    event: row.event,
    ref: row.ref,
    createdAt: row.createdAt,
    catalog: row.catalogId !== null ? (catalogById.get(row.catalogId) ?? null) : null,
    client: row.clientRowId !== null ? (clientById.get(row.clientRowId) ?? null) : null,
    outcome: row.outcome,
    isError: row.isError === 1,
    summary: row.summary,
    scopes: scopesById.get(row.id) ?? [],
    codePrefix: row.codePrefix,
    tokenPrefix: row.tokenPrefix,
    code: row.authCodeId !== null ? (codeById.get(row.authCodeId) ?? null) : null,
    grantId: row.grantId,
  }));
}

// ---------------------------------------------------------------- list and live

export function listActivity(db: DB, args: { workspaceId: string; filter: ActivityFilter; cursor?: string | null; limit?: number; now: number; budget?: number }): ActivityPage {
  ensureStatistics(db);
  const filter = resolveFilter(db, args.filter, args.workspaceId);
  const older = args.cursor ? decodeCursor(args.cursor, cursorKey(db)) : undefined;
  const page = selectPage(db, filter, older, args.limit ?? PAGE_SIZE_DEFAULT, args.budget);
  return {
    items: toItems(db, page.rows, args.now, args.workspaceId),
    nextCursor: page.next ? encodeCursor(page.next, cursorKey(db)) : null,
    scannedTo: page.scannedTo,
  };
}

/** Just above the newest stored row: rows at or above it are "new" for a list that starts below it. */
function currentHead(db: DB, workspaceId: string): Position {
  const newest = prepared(db, "SELECT created_at AS createdAt, id FROM activity WHERE workspace_id = ? ORDER BY created_at DESC, id DESC LIMIT 1").get(workspaceId) as Position | undefined;
  return newest ? boundAbove(newest) : ORIGIN;
}

/**
 * Rows at or above `since` (a head from an earlier call): what arrived since the list was loaded.
 * Without `since`, only the current head: the list then starts below it.
 */
export function liveActivity(db: DB, args: { workspaceId: string; filter: ActivityFilter; since?: string | null; now: number }): ActivityLive {
  ensureStatistics(db);
  const filter = resolveFilter(db, args.filter, args.workspaceId);
  const key = cursorKey(db);
  if (!args.since) return { head: encodeCursor(currentHead(db, args.workspaceId), key), count: 0, truncated: false, items: [] };
  const since = decodeCursor(args.since, key, "since");
  // A list left open through heavy traffic: look only at the newest SCAN_BUDGET rows above its head.
  const floor = prepared(db, "SELECT created_at AS createdAt, id FROM activity WHERE workspace_id = ? AND (created_at, id) >= (?, ?) ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?").get(
    args.workspaceId,
    since.createdAt,
    since.id,
    SCAN_BUDGET,
  ) as Position | undefined;
  const region = floor ? boundAbove(floor) : since;
  const rows = selectNewer(db, filter, region, LIVE_ITEMS);
  let count = rows.length;
  if (rows.length === LIVE_ITEMS) {
    const counted = buildListQuery(filter, { atOrNewer: region }, LIVE_COUNT_CAP, "1");
    count = (prepared(db, `SELECT count(*) AS n FROM (${counted.sql})`).get(...counted.params) as { n: number }).n;
  }
  // The head moves to the newest stored row (matching or not), so the next poll scans only what came after.
  const head = currentHead(db, args.workspaceId);
  const moved = head.createdAt > since.createdAt || (head.createdAt === since.createdAt && head.id > since.id) ? head : since;
  return { head: encodeCursor(moved, key), count, truncated: floor !== undefined, items: toItems(db, rows, args.now, args.workspaceId) };
}

/**
 * All rows of a filter, page by page (keyset) below a head fixed now, so rows arriving during a
 * long export neither repeat nor shift it. The filter is checked at once (a bad one throws here,
 * before anything is streamed); rows are read only as the iterator is pulled.
 */
export function iterateActivity(db: DB, args: { workspaceId: string; filter: ActivityFilter; now: number; batch?: number }): Iterator<ActivityItem[]> {
  const filter = resolveFilter(db, args.filter, args.workspaceId);
  const batch = args.batch ?? 1000;
  let older: Position | null = currentHead(db, args.workspaceId);
  return {
    next(): IteratorResult<ActivityItem[]> {
      // A page that ran out of scan budget may hold no rows yet still continue: keep walking.
      while (older !== null) {
        const page = selectPage(db, filter, older, batch);
        older = page.next;
        if (page.rows.length > 0) return { done: false, value: toItems(db, page.rows, args.now, args.workspaceId) };
      }
      return { done: true, value: undefined };
    },
  };
}

// ---------------------------------------------------------------- options for the filter controls

export function activityFilterOptions(db: DB, workspaceId: string) {
  const catalogRows = prepared(db, "SELECT slug, name FROM catalogs WHERE workspace_id IS NULL OR workspace_id = ? ORDER BY name").all(workspaceId) as Array<{ slug: string; name: string }>;
  const clientRows = prepared(
    db,
    "SELECT m.client_id AS clientId, m.name, c.slug AS catalogSlug FROM merchant_clients m JOIN catalogs c ON c.id = m.catalog_id WHERE m.workspace_id = ? ORDER BY c.name, m.name",
  ).all(workspaceId) as Array<{ clientId: string; name: string; catalogSlug: string }>;
  return { catalogs: catalogRows, clients: clientRows };
}
