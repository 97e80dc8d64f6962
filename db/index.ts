import "server-only";
import { openDatabase, resolveDatabasePath, type DB } from "./client";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";

export type { DB } from "./client";

// One connection per server process, kept on globalThis so `next dev` reloads reuse it.
const holder = globalThis as unknown as { __authcodeDb?: DB };

/** The app's database: opened lazily (never at build time), migrated and seeded on first use. */
export function getDb(): DB {
  if (!holder.__authcodeDb) {
    const db = openDatabase(resolveDatabasePath(process.env.DATABASE_URL));
    seedBuiltinCatalogs(db, Date.now());
    holder.__authcodeDb = db;
  }
  return holder.__authcodeDb;
}
