/**
 * The mock wallet's clock, stored in the database (`meta`) so that every server process sharing the
 * file agrees on it. Read once per request or procedure call into a `Clock` that is passed down.
 */
import type { DB } from "@/db/client";
import { meta } from "@/db/schema";
import { clampOffset, clockAt, CLOCK_OFFSET_KEY, type Clock } from "@/server/domain/clock";
import { perConnection } from "./per-connection";

// Read on every request of the gateway: prepared once per connection.
const offsetStatement = perConnection((db) => db.$client.prepare("SELECT value FROM meta WHERE key = ?").pluck());

export function getClockOffset(db: DB): number {
  const value = Number(offsetStatement(db).get(CLOCK_OFFSET_KEY) ?? 0);
  return Number.isFinite(value) ? value : 0;
}

/** The clock now (or at real time `real`): real time and the mock wallet's time, read once. */
export function readClock(db: DB, real: number = Date.now()): Clock {
  return clockAt(real, getClockOffset(db));
}

/** Set the time-travel offset (bounded); returns the clock as it now stands. */
export function setClockOffset(db: DB, offsetMs: number, realNow: number): Clock {
  const value = clampOffset(offsetMs);
  db.insert(meta)
    .values({ key: CLOCK_OFFSET_KEY, value: String(value), updatedAt: realNow })
    .onConflictDoUpdate({ target: meta.key, set: { value: String(value), updatedAt: realNow } })
    .run();
  return clockAt(realNow, value);
}
