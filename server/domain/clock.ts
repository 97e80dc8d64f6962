/**
 * The mock wallet's clock: real time plus an offset people set (time travel), so codes and tokens
 * can be made to expire without waiting. One `Clock` is made per request or procedure call and
 * passed down; signature freshness and recorded times use `real`, lifetimes use `mock`.
 */

/** Where the offset is kept (the `meta` table), so every server process sharing the file agrees on it. */
export const CLOCK_OFFSET_KEY = "clock.offsetMs";

/** Time travel is bounded: a year forward, never backward past real time. */
export const MAX_OFFSET_MS = 366 * 24 * 3_600_000;

export type Clock = {
  /** Real time (ms). */
  real: number;
  /** The mock wallet's time (ms): `real + offsetMs`. */
  mock: number;
  offsetMs: number;
};

export function clockAt(real: number, offsetMs: number): Clock {
  return { real, mock: real + offsetMs, offsetMs };
}

/** An offset as stored: whole milliseconds within [0, MAX_OFFSET_MS]. */
export function clampOffset(offsetMs: number): number {
  return Math.max(0, Math.min(MAX_OFFSET_MS, Math.round(offsetMs)));
}
