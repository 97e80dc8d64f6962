import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Catalogs are stored as whole documents (validated by `catalogSchema`), with the
 * current document on the catalog row and every saved document in `catalogVersions`.
 * `catalogScopes` is a derived index of the current scopes, rewritten in the same
 * transaction as every save, so the explorer can search and filter in SQL.
 */
export const catalogs = sqliteTable(
  "catalogs",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull(),
    name: text().notNull(),
    wallet: text().notNull(),
    region: text().notNull(),
    countryCode: text(),
    /** Slug of the built-in catalog this one is, or null for a team's own catalog. */
    builtinKey: text(),
    version: integer().notNull(),
    scopeCount: integer().notNull(),
    document: text({ mode: "json" }).notNull(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (table) => [uniqueIndex("catalogs_slug_idx").on(table.slug)],
);

export const catalogVersions = sqliteTable(
  "catalog_versions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    author: text().notNull(),
    /** Short human summary such as "Created", "Edited 2 scopes", "Restored version 3". */
    summary: text().notNull(),
    /** Structured list of changes against the previous version (see `diffCatalogs`). */
    changes: text({ mode: "json" }).notNull(),
    document: text({ mode: "json" }).notNull(),
    createdAt: integer().notNull(),
  },
  (table) => [uniqueIndex("catalog_versions_catalog_version_idx").on(table.catalogId, table.version)],
);

export const catalogScopes = sqliteTable(
  "catalog_scopes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    catalogId: integer()
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    name: text().notNull(),
    /** Lower-cased name, description, aliases and fields: what free-text search matches. */
    searchText: text().notNull(),
    silent: integer({ mode: "boolean" }).notNull(),
    deprecated: integer({ mode: "boolean" }).notNull(),
    /** "documented" when both the scope itself and its silent flag are documented. */
    fidelity: text({ enum: ["documented", "assumed"] }).notNull(),
  },
  (table) => [
    index("catalog_scopes_name_idx").on(table.name),
    index("catalog_scopes_catalog_position_idx").on(table.catalogId, table.position),
  ],
);

/** Small key/value facts about this database, e.g. which built-in catalogs were seeded. */
export const meta = sqliteTable("meta", {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: integer()
    .notNull()
    .default(sql`(unixepoch() * 1000)`),
});
