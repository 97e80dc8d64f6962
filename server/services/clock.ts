/**
 * The mock wallet's clock: real time plus an offset people set from the UI (time travel), so
 * codes and tokens can be made to expire without waiting. Signature freshness still uses real time.
 */
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { meta } from "@/db/schema";

const KEY = "clock.offsetMs";
/** Time travel is bounded: a year forward, never backward past real time. */
export const MAX_OFFSET_MS = 366 * 24 * 3_600_000;

export function getClockOffset(db: DB): number {
  const row = db.select({ value: meta.value }).from(meta).where(eq(meta.key, KEY)).get();
  const value = row ? Number(row.value) : 0;
  return Number.isFinite(value) ? value : 0;
}

export function setClockOffset(db: DB, offsetMs: number, realNow: number): number {
  const value = Math.max(0, Math.min(MAX_OFFSET_MS, Math.round(offsetMs)));
  db.insert(meta)
    .values({ key: KEY, value: String(value), updatedAt: realNow })
    .onConflictDoUpdate({ target: meta.key, set: { value: String(value), updatedAt: realNow } })
    .run();
  return value;
}

/** The mock's current time for a real time `realNow`. */
export function mockNow(db: DB, realNow: number): number {
  return realNow + getClockOffset(db);
}
