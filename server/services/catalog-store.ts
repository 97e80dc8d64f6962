/**
 * Catalog persistence: every write is one synchronous better-sqlite3 transaction that
 * checks the version the person edited, writes the new document, a version row and the
 * scope index — or nothing at all.
 *
 * Every read and write names the workspace it happens in: a workspace sees the built-in catalogs
 * (which belong to none) and its own. Slugs are unique across the studio (they are the mock wallet's
 * URL). Built-ins are read-only in team mode: a team clones one to change it.
 */
import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { catalogScopes, catalogs, catalogVersions, meta } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { BUILTIN_CATALOGS, getBuiltinCatalog } from "@/server/domain/catalog/builtin";
import { diffCatalogs, summarizeChanges, type CatalogChange } from "@/server/domain/catalog/diff";
import { zodIssues } from "@/server/domain/catalog/exchange";
import { catalogSchema, type Catalog, type Fidelity } from "@/server/domain/catalog/schema";
import { currentAuthConfig } from "@/server/auth/mode";

export const SYSTEM_AUTHOR = "AuthCode Studio";
const SEEDED_KEY = "builtins.seeded";

export type CatalogSummary = {
  slug: string;
  name: string;
  wallet: string;
  region: string;
  countryCode: string | null;
  builtin: boolean;
  version: number;
  scopeCount: number;
  updatedAt: number;
};

export type CatalogRecord = CatalogSummary & { document: Catalog; createdAt: number };

export type VersionSummary = {
  version: number;
  author: string;
  summary: string;
  createdAt: number;
  changeCount: number;
};

/** A catalog row without its document: the JSON is read (and parsed) only when a version is not cached yet. */
type Row = Omit<typeof catalogs.$inferSelect, "document">;

const summaryColumns = {
  slug: catalogs.slug,
  name: catalogs.name,
  wallet: catalogs.wallet,
  region: catalogs.region,
  countryCode: catalogs.countryCode,
  builtinKey: catalogs.builtinKey,
  version: catalogs.version,
  scopeCount: catalogs.scopeCount,
  updatedAt: catalogs.updatedAt,
};

const rowColumns = { id: catalogs.id, ...summaryColumns, workspaceId: catalogs.workspaceId, createdAt: catalogs.createdAt };

/** Catalogs a workspace sees: the built-ins and its own. */
function visibleIn(workspaceId: string) {
  return or(isNull(catalogs.workspaceId), eq(catalogs.workspaceId, workspaceId));
}

function toSummary(row: Pick<Row, keyof typeof summaryColumns>): CatalogSummary {
  return {
    slug: row.slug,
    name: row.name,
    wallet: row.wallet,
    region: row.region,
    countryCode: row.countryCode,
    builtin: row.builtinKey !== null,
    version: row.version,
    scopeCount: row.scopeCount,
    updatedAt: row.updatedAt,
  };
}

/** Documents in the database were validated on the way in; re-validate anyway so a hand-edited file cannot crash a page. */
function readDocument(value: unknown, where: string): Catalog {
  const parsed = catalogSchema.safeParse(value);
  if (!parsed.success) {
    throw new DomainError("BAD_REQUEST", `Stored catalog ${where} is not valid: ${zodIssues(parsed.error)[0]?.message ?? ""}`);
  }
  return parsed.data;
}

// Validated documents of current catalog rows, per database, keyed by id and version:
// a save bumps the version, so a stale entry is never read.
const documentCaches = new WeakMap<DB, Map<string, Catalog>>();

/** The current document of a catalog row, read and validated once per version. */
export function rowDocument(db: DB, row: Pick<Row, "id" | "version" | "slug">): Catalog {
  let cache = documentCaches.get(db);
  if (!cache) {
    cache = new Map();
    documentCaches.set(db, cache);
  }
  const key = `${row.id}:${row.version}`;
  let document = cache.get(key);
  if (!document) {
    const stored = db.select({ document: catalogs.document }).from(catalogs).where(eq(catalogs.id, row.id)).get();
    document = readDocument(stored?.document, row.slug);
    if (cache.size > 1000) cache.clear();
    cache.set(key, document);
  }
  return document;
}

export function validateCatalog(input: unknown): Catalog {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new DomainError("BAD_REQUEST", issues[0] ? `${issues[0].path}: ${issues[0].message}` : "Invalid catalog", issues);
  }
  return parsed.data;
}

function searchTextOf(scope: Catalog["scopes"][number]): string {
  return [scope.name, scope.description, ...scope.aliases, ...scope.userInfoFields].join("\n").toLowerCase();
}

/** A scope's label in the explorer: conflict if its name or silent flag is, documented if both are. */
function scopeFidelity(scope: Catalog["scopes"][number]): Fidelity {
  const labels = [scope.provenance.fidelity, scope.silentProvenance.fidelity];
  if (labels.includes("conflict")) return "conflict";
  return labels.every((label) => label === "documented") ? "documented" : "assumed";
}

function writeScopeIndex(db: DB, catalogId: number, document: Catalog) {
  db.delete(catalogScopes).where(eq(catalogScopes.catalogId, catalogId)).run();
  if (document.scopes.length === 0) return;
  const rows = document.scopes.map((scope, position) => ({
    catalogId,
    position,
    name: scope.name,
    searchText: searchTextOf(scope),
    silent: scope.silent,
    deprecated: scope.deprecated,
    fidelity: scopeFidelity(scope),
  }));
  // SQLite caps bound parameters per statement; insert in chunks.
  for (let i = 0; i < rows.length; i += 500) db.insert(catalogScopes).values(rows.slice(i, i + 500)).run();
}

/** The catalog with this slug in any workspace: slugs are unique across the studio. */
function slugTaken(db: DB, slug: string): boolean {
  return db.select({ id: catalogs.id }).from(catalogs).where(eq(catalogs.slug, slug)).get() !== undefined;
}

function findRow(db: DB, slug: string, workspaceId: string): Row | undefined {
  return db.select(rowColumns).from(catalogs).where(and(eq(catalogs.slug, slug), visibleIn(workspaceId))).get();
}

function requireRow(db: DB, slug: string, workspaceId: string): Row {
  const row = findRow(db, slug, workspaceId);
  if (!row) throw new DomainError("NOT_FOUND", `No catalog "${slug}". It may have been deleted.`);
  return row;
}

/** A row this workspace may change: its own, or a built-in in local mode. */
function requireWritable(db: DB, slug: string, workspaceId: string): Row {
  const row = requireRow(db, slug, workspaceId);
  if (row.workspaceId === null && currentAuthConfig().team) {
    throw new DomainError("BAD_REQUEST", `"${row.name}" is a built-in catalog, read-only for every workspace. Clone it to make your own version.`);
  }
  return row;
}

function slugConflict(slug: string): DomainError {
  return new DomainError("CONFLICT", `A catalog with slug "${slug}" already exists. Choose another slug.`, [{ path: "slug", message: "already in use" }]);
}

function checkVersion(db: DB, row: Row, expectedVersion: number) {
  if (row.version === expectedVersion) return;
  const latest = db
    .select({ author: catalogVersions.author, createdAt: catalogVersions.createdAt })
    .from(catalogVersions)
    .where(and(eq(catalogVersions.catalogId, row.id), eq(catalogVersions.version, row.version)))
    .get();
  const who = latest ? ` by ${latest.author} at ${new Date(latest.createdAt).toISOString()}` : "";
  throw new DomainError(
    "CONFLICT",
    `This catalog was saved as version ${row.version}${who} after you opened version ${expectedVersion}. ` +
      "Your changes were not saved: reload to see the latest version, then apply your edits again.",
  );
}

function insertVersion(
  db: DB,
  args: { catalogId: number; version: number; author: string; summary: string; changes: CatalogChange[]; document: Catalog; now: number },
) {
  db.insert(catalogVersions)
    .values({
      catalogId: args.catalogId,
      version: args.version,
      author: args.author,
      summary: args.summary,
      changes: args.changes,
      document: args.document,
      createdAt: args.now,
    })
    .run();
}

/** `workspaceId` null: a built-in, which every workspace sees. */
function insertCatalog(db: DB, document: Catalog, opts: { author: string; now: number; summary: string; builtinKey: string | null; workspaceId: string | null }) {
  if (slugTaken(db, document.slug)) throw slugConflict(document.slug);
  const row = db
    .insert(catalogs)
    .values({
      slug: document.slug,
      name: document.name,
      wallet: document.wallet,
      region: document.region,
      countryCode: document.countryCode,
      builtinKey: opts.builtinKey,
      workspaceId: opts.workspaceId,
      version: 1,
      scopeCount: document.scopes.length,
      document,
      createdAt: opts.now,
      updatedAt: opts.now,
    })
    .returning({ id: catalogs.id })
    .get();
  insertVersion(db, { catalogId: row.id, version: 1, author: opts.author, summary: opts.summary, changes: [], document, now: opts.now });
  writeScopeIndex(db, row.id, document);
  return recordOf(db, requireRowById(db, row.id));
}

function requireRowById(db: DB, id: number): Row {
  const row = db.select(rowColumns).from(catalogs).where(eq(catalogs.id, id)).get();
  if (!row) throw new DomainError("NOT_FOUND", "The catalog was deleted.");
  return row;
}

function recordOf(db: DB, row: Row): CatalogRecord {
  return { ...toSummary(row), createdAt: row.createdAt, document: rowDocument(db, row) };
}

/** Write a new version of an existing catalog (the slug may change if the new one is free). */
function writeNewVersion(
  db: DB,
  row: Row,
  document: Catalog,
  opts: { author: string; now: number; summary?: string; builtinKey?: string | null },
): CatalogRecord {
  const previous = rowDocument(db, row);
  const changes = diffCatalogs(previous, document);
  if (document.slug !== row.slug && slugTaken(db, document.slug)) throw slugConflict(document.slug);
  const version = row.version + 1;
  db.update(catalogs)
    .set({
      slug: document.slug,
      name: document.name,
      wallet: document.wallet,
      region: document.region,
      countryCode: document.countryCode,
      version,
      scopeCount: document.scopes.length,
      document,
      updatedAt: opts.now,
      ...(opts.builtinKey !== undefined ? { builtinKey: opts.builtinKey } : {}),
    })
    .where(and(eq(catalogs.id, row.id), eq(catalogs.version, row.version)))
    .run();
  insertVersion(db, {
    catalogId: row.id,
    version,
    author: opts.author,
    summary: opts.summary ?? summarizeChanges(changes),
    changes,
    document,
    now: opts.now,
  });
  writeScopeIndex(db, row.id, document);
  return recordOf(db, requireRowById(db, row.id));
}

export function listCatalogs(db: DB, workspaceId: string): CatalogSummary[] {
  return db.select(summaryColumns).from(catalogs).where(visibleIn(workspaceId)).orderBy(asc(catalogs.name), asc(catalogs.slug)).all().map(toSummary);
}

/** Whether the workspace sees a catalog with this slug (its own or a built-in). */
export function catalogExists(db: DB, slug: string, workspaceId: string): boolean {
  return findRow(db, slug, workspaceId) !== undefined;
}

export function getCatalogRecord(db: DB, slug: string, workspaceId: string): CatalogRecord {
  return recordOf(db, requireRow(db, slug, workspaceId));
}

/** All current documents the workspace sees (used by the explorer's compare matrix). */
export function getCatalogDocuments(db: DB, workspaceId: string, slugs?: readonly string[]): CatalogRecord[] {
  const rows = db.select(rowColumns).from(catalogs).where(visibleIn(workspaceId)).orderBy(asc(catalogs.name)).all();
  const wanted = slugs ? new Set(slugs) : null;
  return rows
    .filter((row) => !wanted || wanted.has(row.slug))
    .map((row) => ({ ...toSummary(row), createdAt: row.createdAt, document: rowDocument(db, row) }));
}

export function createCatalog(db: DB, args: { workspaceId: string; catalog: unknown; author: string; now: number; summary?: string }): CatalogRecord {
  const document = validateCatalog(args.catalog);
  return db.transaction(() =>
    insertCatalog(db, document, { author: args.author, now: args.now, summary: args.summary ?? "Created", builtinKey: null, workspaceId: args.workspaceId }),
  );
}

export function updateCatalog(
  db: DB,
  args: { workspaceId: string; slug: string; expectedVersion: number; catalog: unknown; author: string; now: number; summary?: string },
): CatalogRecord {
  const document = validateCatalog(args.catalog);
  return db.transaction(() => {
    const row = requireWritable(db, args.slug, args.workspaceId);
    checkVersion(db, row, args.expectedVersion);
    return writeNewVersion(db, row, document, args);
  });
}

export function cloneCatalog(
  db: DB,
  args: { workspaceId: string; slug: string; newSlug: string; newName: string; author: string; now: number },
): CatalogRecord {
  return db.transaction(() => {
    const source = getCatalogRecord(db, args.slug, args.workspaceId);
    const document = validateCatalog({ ...source.document, slug: args.newSlug, name: args.newName });
    return insertCatalog(db, document, {
      author: args.author,
      now: args.now,
      summary: `Cloned from ${source.slug} (version ${source.version})`,
      builtinKey: null,
      workspaceId: args.workspaceId,
    });
  });
}

export function deleteCatalog(db: DB, args: { workspaceId: string; slug: string; expectedVersion: number }): { slug: string } {
  return db.transaction(() => {
    const row = requireWritable(db, args.slug, args.workspaceId);
    checkVersion(db, row, args.expectedVersion);
    db.delete(catalogs).where(eq(catalogs.id, row.id)).run();
    return { slug: args.slug };
  });
}

export function listVersions(db: DB, slug: string, workspaceId: string): VersionSummary[] {
  const row = requireRow(db, slug, workspaceId);
  return db
    .select({
      version: catalogVersions.version,
      author: catalogVersions.author,
      summary: catalogVersions.summary,
      createdAt: catalogVersions.createdAt,
      changeCount: sql<number>`json_array_length(${catalogVersions.changes})`,
    })
    .from(catalogVersions)
    .where(eq(catalogVersions.catalogId, row.id))
    .orderBy(desc(catalogVersions.version))
    .all();
}

export function getVersionDocument(db: DB, slug: string, version: number, workspaceId: string): Catalog {
  const row = requireRow(db, slug, workspaceId);
  const found = db
    .select({ document: catalogVersions.document })
    .from(catalogVersions)
    .where(and(eq(catalogVersions.catalogId, row.id), eq(catalogVersions.version, version)))
    .get();
  if (!found) throw new DomainError("NOT_FOUND", `Catalog "${slug}" has no version ${version}.`);
  return readDocument(found.document, `${slug} v${version}`);
}

/** Differences from version `from` to version `to` (either may be the current one). */
export function diffVersions(db: DB, args: { workspaceId: string; slug: string; from: number; to: number }): CatalogChange[] {
  return diffCatalogs(getVersionDocument(db, args.slug, args.from, args.workspaceId), getVersionDocument(db, args.slug, args.to, args.workspaceId));
}

export function restoreVersion(
  db: DB,
  args: { workspaceId: string; slug: string; version: number; expectedVersion: number; author: string; now: number },
): CatalogRecord {
  return db.transaction(() => {
    const row = requireWritable(db, args.slug, args.workspaceId);
    checkVersion(db, row, args.expectedVersion);
    const document = getVersionDocument(db, args.slug, args.version, args.workspaceId);
    if (document.slug !== row.slug && slugTaken(db, document.slug)) {
      throw new DomainError("CONFLICT", `Version ${args.version} used slug "${document.slug}", which another catalog now has.`);
    }
    return writeNewVersion(db, row, document, { ...args, summary: `Restored version ${args.version}` });
  });
}

/**
 * Put a built-in catalog back to its built-in state: a new version if it exists,
 * re-created if it was deleted.
 */
export function restoreBuiltin(db: DB, args: { workspaceId: string; slug: string; author: string; now: number }): CatalogRecord {
  const builtin = getBuiltinCatalog(args.slug);
  if (!builtin) throw new DomainError("NOT_FOUND", `"${args.slug}" is not a built-in catalog.`);
  if (currentAuthConfig().team) throw new DomainError("BAD_REQUEST", "Built-in catalogs are read-only in team mode; they are restored only in local mode.");
  return db.transaction(() => {
    const row = db.select(rowColumns).from(catalogs).where(eq(catalogs.builtinKey, args.slug)).get() ?? findRow(db, args.slug, args.workspaceId);
    if (!row) {
      if (slugTaken(db, builtin.slug)) throw slugConflict(builtin.slug);
      return insertCatalog(db, builtin, { author: args.author, now: args.now, summary: "Restored built-in catalog", builtinKey: builtin.slug, workspaceId: null });
    }
    if (row.builtinKey === null) {
      throw new DomainError(
        "CONFLICT",
        `The slug "${args.slug}" is used by a team catalog. Rename or delete it before restoring the built-in catalog.`,
      );
    }
    return writeNewVersion(db, row, builtin, { author: args.author, now: args.now, summary: "Restored built-in state" });
  });
}

export function listBuiltins(db: DB): Array<{ slug: string; name: string; present: boolean; modified: boolean }> {
  const rows = db.select().from(catalogs).all();
  return BUILTIN_CATALOGS.map((builtin) => {
    const row = rows.find((r) => r.builtinKey === builtin.slug);
    return {
      slug: builtin.slug,
      name: builtin.name,
      present: Boolean(row),
      modified: row ? diffCatalogs(builtin, rowDocument(db, row)).length > 0 : false,
    };
  });
}

/**
 * Seed built-in catalogs the database has never had. A built-in that a team deleted is
 * not brought back on restart (they can restore it); one added by a newer release is.
 */
export function seedBuiltinCatalogs(db: DB, now: number): string[] {
  // IMMEDIATE: several server processes may start on one new file at once; the first seeds, the
  // others wait for its lock and then find nothing to do (a deferred read-then-write would fail).
  return db.transaction(() => {
    const seededRow = db.select().from(meta).where(eq(meta.key, SEEDED_KEY)).get();
    const seeded = new Set<string>(seededRow ? (JSON.parse(seededRow.value) as string[]) : []);
    const added: string[] = [];
    for (const builtin of BUILTIN_CATALOGS) {
      if (seeded.has(builtin.slug)) continue;
      seeded.add(builtin.slug);
      if (slugTaken(db, builtin.slug)) continue;
      insertCatalog(db, builtin, { author: SYSTEM_AUTHOR, now, summary: "Built-in catalog", builtinKey: builtin.slug, workspaceId: null });
      added.push(builtin.slug);
    }
    const value = JSON.stringify([...seeded].sort());
    if (value !== seededRow?.value) {
      db.insert(meta)
        .values({ key: SEEDED_KEY, value, updatedAt: now })
        .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: now } })
        .run();
    }
    return added;
  }, { behavior: "immediate" });
}

/**
 * Bring built-in catalogs nobody has edited up to this release: a built-in row whose every version
 * was written by the studio itself, and whose document differs from this release's, gets a new
 * version with this release's document (its history keeps the old one). A built-in someone saved,
 * restored or imported over is left alone; its page offers "Restore built-in".
 */
export function refreshBuiltinCatalogs(db: DB, now: number): string[] {
  return db.transaction(() => {
    const updated: string[] = [];
    for (const builtin of BUILTIN_CATALOGS) {
      const row = db.select().from(catalogs).where(eq(catalogs.builtinKey, builtin.slug)).get();
      if (!row || row.slug !== builtin.slug) continue;
      const authors = db.select({ author: catalogVersions.author }).from(catalogVersions).where(eq(catalogVersions.catalogId, row.id)).all();
      if (authors.some((version) => version.author !== SYSTEM_AUTHOR)) continue;
      if (diffCatalogs(rowDocument(db, row), builtin).length === 0) continue;
      writeNewVersion(db, row, structuredClone(builtin), { author: SYSTEM_AUTHOR, now, summary: "Updated to this release's built-in catalog" });
      updated.push(builtin.slug);
    }
    return updated;
  }, { behavior: "immediate" });
}

export type ImportPreview = {
  slug: string;
  name: string;
  scopeCount: number;
  /** null when the import creates a new catalog. */
  existing: { version: number; name: string; builtin: boolean } | null;
  changes: CatalogChange[];
  summary: string;
};

/** What importing this document would do, without writing anything. */
export function previewImport(db: DB, document: Catalog, workspaceId: string): ImportPreview {
  const row = findRow(db, document.slug, workspaceId);
  if (!row) {
    if (slugTaken(db, document.slug)) throw slugConflict(document.slug);
    return { slug: document.slug, name: document.name, scopeCount: document.scopes.length, existing: null, changes: [], summary: "New catalog" };
  }
  const changes = diffCatalogs(rowDocument(db, row), document);
  return {
    slug: document.slug,
    name: document.name,
    scopeCount: document.scopes.length,
    existing: { version: row.version, name: row.name, builtin: row.builtinKey !== null },
    changes,
    summary: summarizeChanges(changes),
  };
}

/**
 * Import a document: creates the catalog, or — when its slug exists — saves it as a new
 * version, provided the catalog is still at the version the preview showed.
 */
export function applyImport(
  db: DB,
  args: { workspaceId: string; document: Catalog; expectedVersion: number | null; author: string; now: number },
): CatalogRecord {
  return db.transaction(() => {
    const row = findRow(db, args.document.slug, args.workspaceId);
    if (!row) {
      if (args.expectedVersion !== null) {
        throw new DomainError("CONFLICT", `Catalog "${args.document.slug}" was deleted after the preview. Preview the import again.`);
      }
      return insertCatalog(db, args.document, { author: args.author, now: args.now, summary: "Imported", builtinKey: null, workspaceId: args.workspaceId });
    }
    requireWritable(db, args.document.slug, args.workspaceId);
    if (args.expectedVersion === null) {
      throw new DomainError(
        "CONFLICT",
        `Catalog "${args.document.slug}" already exists (version ${row.version}). Preview the import to replace it with a new version.`,
      );
    }
    checkVersion(db, row, args.expectedVersion);
    const changes = diffCatalogs(rowDocument(db, row), args.document);
    return writeNewVersion(db, row, args.document, { author: args.author, now: args.now, summary: `Imported: ${summarizeChanges(changes)}` });
  });
}
