/**
 * Each workspace's mock wallet clock, stored in the database (`meta`) so that every server process
 * sharing the file agrees on it. Read once per request or procedure call into a `Clock` that is
 * passed down. The default workspace keeps the key local mode always used.
 */
import type { DB } from "@/db/client";
import { meta } from "@/db/schema";
import { clampOffset, clockAt, CLOCK_OFFSET_KEY, type Clock } from "@/server/domain/clock";
import { perConnection } from "./per-connection";

// Read on every request of the gateway: prepared once per connection.
const offsetStatement = perConnection((db) => db.$client.prepare("SELECT value FROM meta WHERE key = ?").pluck());

function keyOf(workspaceId: string): string {
  return workspaceId === "local" ? CLOCK_OFFSET_KEY : `${CLOCK_OFFSET_KEY}@${workspaceId}`;
}

export function getClockOffset(db: DB, workspaceId: string): number {
  const value = Number(offsetStatement(db).get(keyOf(workspaceId)) ?? 0);
  return Number.isFinite(value) ? value : 0;
}

/** The workspace's clock now (or at real time `real`): real time and the mock wallet's time, read once. */
export function readClock(db: DB, workspaceId: string, real: number = Date.now()): Clock {
  return clockAt(real, getClockOffset(db, workspaceId));
}

/** Set the workspace's time-travel offset (bounded); returns the clock as it now stands. */
export function setClockOffset(db: DB, workspaceId: string, offsetMs: number, realNow: number): Clock {
  const value = clampOffset(offsetMs);
  const key = keyOf(workspaceId);
  db.insert(meta)
    .values({ key, value: String(value), updatedAt: realNow })
    .onConflictDoUpdate({ target: meta.key, set: { value: String(value), updatedAt: realNow } })
    .run();
  return clockAt(realNow, value);
}
