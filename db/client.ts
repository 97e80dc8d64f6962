import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Committed drizzle-kit migrations; resolved from the project root (cwd of next, vitest and playwright). */
export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

export const DEFAULT_DATABASE_PATH = path.join("data", "authcode-studio.db");

/** `DATABASE_URL` accepts a plain path, `file:path`, or `:memory:`. */
export function resolveDatabasePath(url: string | undefined): string {
  const value = url?.trim() ? url.trim() : DEFAULT_DATABASE_PATH;
  if (value === ":memory:") return value;
  const withoutScheme = value.startsWith("file:") ? value.slice("file:".length) : value;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutScheme);
}

/** WAL pages between automatic checkpoints (4 KB pages: about 32 MB). */
export const WAL_AUTOCHECKPOINT_PAGES = 8000;

/** How long a connection waits for another connection's (or process's) write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Open a database file (or `:memory:`): WAL, foreign keys, a busy timeout (so a write that finds
 * another process holding the write lock waits for it instead of failing), pending migrations.
 */
export function connectDatabase(file: string): Database.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (file !== ":memory:") {
    sqlite.pragma("journal_mode = WAL");
    // Commits are durable against a crash of the process (kill -9); the WAL is synced at checkpoints,
    // so a power loss may undo the last moments. (A WAL file opened by better-sqlite3 defaults to this;
    // said here so a new file behaves like every later start.)
    sqlite.pragma("synchronous = NORMAL");
    // Checkpoint every ~32 MB of WAL instead of every 4 MB: a page the request path rewrites often
    // (index ends, the Activity index) is copied back once per checkpoint, not once per few commits.
    sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    // After a checkpoint resets the WAL, cut the file back to this size.
    sqlite.pragma(`journal_size_limit = ${WAL_AUTOCHECKPOINT_PAGES * 4096 * 2}`);
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("temp_store = MEMORY");
  migrate(drizzleOf(sqlite), { migrationsFolder: MIGRATIONS_FOLDER });
  return sqlite;
}

/** The drizzle handle of an open connection. */
export function drizzleOf(sqlite: Database.Database): DB {
  return drizzle({ client: sqlite, schema, casing: "snake_case" });
}

/** Open (and migrate) a database and return its drizzle handle. */
export function openDatabase(file: string): DB {
  return drizzleOf(connectDatabase(file));
}
