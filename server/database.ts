/**
 * The app's database: one SQLite connection per server process, shared by the studio's own request
 * path (`server/gateway`) and the Next.js handlers. The connection is kept on globalThis — the
 * gateway's bundle and Next's bundle each have their own copy of this module, and `next dev`
 * reloads it — and each copy wraps it with its own drizzle handle.
 */
import type Database from "better-sqlite3";
import { connectDatabase, drizzleOf, resolveDatabasePath, type DB } from "@/db/client";
import { refreshBuiltinCatalogs, seedBuiltinCatalogs } from "@/server/services/catalog-store";

export type { DB } from "@/db/client";

const holder = globalThis as unknown as { __authcodeSqlite?: Database.Database };
let db: DB | null = null;

/** Open the database named by `DATABASE_URL` (migrated, WAL), seed the built-in catalogs on first start and bring unedited ones up to this release. */
export function openAppDatabase(url: string | undefined = process.env.DATABASE_URL): Database.Database {
  if (!holder.__authcodeSqlite) {
    const sqlite = connectDatabase(resolveDatabasePath(url));
    const handle = drizzleOf(sqlite);
    seedBuiltinCatalogs(handle, Date.now());
    refreshBuiltinCatalogs(handle, Date.now());
    holder.__authcodeSqlite = sqlite;
  }
  return holder.__authcodeSqlite;
}

/** The app's drizzle handle: opened lazily (never at build time), migrated and seeded on first use. */
export function getDb(): DB {
  const sqlite = openAppDatabase();
  if (!db || db.$client !== sqlite) db = drizzleOf(sqlite);
  return db;
}

/** Close the shared connection (the cluster primary, once it has migrated and seeded). */
export function closeAppDatabase(sqlite: Database.Database): void {
  sqlite.close();
  if (holder.__authcodeSqlite === sqlite) holder.__authcodeSqlite = undefined;
  db = null;
}
