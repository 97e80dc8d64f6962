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

/** Open a database file (or `:memory:`), switch on WAL and foreign keys, apply pending migrations. */
export function openDatabase(file: string): DB {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  if (file !== ":memory:") sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle({ client: sqlite, schema, casing: "snake_case" });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
