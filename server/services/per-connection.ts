import type { DB } from "@/db/client";

/**
 * One value per database connection, made on first use: prepared statements and the objects
 * that hold them live as long as their connection and are never shared with another one.
 */
export function perConnection<T>(create: (db: DB) => T): (db: DB) => T {
  const values = new WeakMap<DB, T>();
  return (db) => {
    let value = values.get(db);
    if (value === undefined) {
      value = create(db);
      values.set(db, value);
    }
    return value;
  };
}
