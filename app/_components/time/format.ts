/**
 * The studio's one way of showing time (pure: no React, no browser clock, no locale data, so the
 * server and every browser print the same text).
 *
 * - An instant is shown in a fixed UTC offset: the wallet's local time for anything tied to a
 *   catalog (`walletOffsetMinutes`), UTC where there is no wallet (workspace members, keys and
 *   invitations): `2 Dec 2026, 01:16:24 UTC+7`.
 * - Beside it, how far it is from "now" — the mock wallet clock's now for times on that clock:
 *   `in 9 min`, `2 min ago`, `just now`.
 * - The exact value is ISO 8601 in the same offset, to the millisecond: `2026-12-02T01:16:24.000+07:00`.
 */
import { isoAtOffset } from "@/server/domain/wallet-api/wallet-time";

/** What a time can arrive as: epoch ms, an ISO string (dates crossing tRPC as JSON) or a Date. */
export type TimeInput = number | string | Date;

/** Epoch ms of a time input, or null when it is not a valid time. */
export function toEpochMs(at: TimeInput | null | undefined): number | null {
  if (at === null || at === undefined) return null;
  const ms = typeof at === "number" ? at : typeof at === "string" ? Date.parse(at) : at.getTime();
  // The range of a JavaScript Date: ±8.64e15 ms around 1970.
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const pad = (value: number) => String(value).padStart(2, "0");

/** `UTC`, `UTC+7`, `UTC+5:30`, `UTC-3`: the short name of a fixed offset. */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `UTC${offsetMinutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${minutes ? `:${pad(minutes)}` : ""}`;
}

/** `2 Dec 2026, 01:16:24 UTC+7`: the wall-clock time at the offset, with the offset. */
export function formatInstant(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const date = `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()] ?? ""} ${local.getUTCFullYear()}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}, ${time} ${formatUtcOffset(offsetMinutes)}`;
}

/** The exact value: ISO 8601 at the offset, to the millisecond (`2026-12-02T01:16:24.123+07:00`). */
export function formatIso(ms: number, offsetMinutes: number): string {
  return isoAtOffset(ms, offsetMinutes, { milliseconds: true });
}

const UNITS: ReadonlyArray<readonly [number, string]> = [
  [86_400 * 365, "year"],
  [86_400, "day"],
  [3_600, "h"],
  [60, "min"],
  [1, "s"],
];

/**
 * A human reading of a number of seconds: `600` → "10 min", `5400` → "1 h 30 min", `172800` →
 * "2 days". At most `maxParts` units (2), largest first; what is dropped is marked "≈" unless
 * `approximate` is false.
 */
export function formatDuration(seconds: number, { maxParts = 2, approximate = true }: { maxParts?: number; approximate?: boolean } = {}): string {
  if (!Number.isFinite(seconds)) return "";
  if (!Number.isInteger(seconds) || seconds < 0) return `${seconds} s`;
  if (seconds === 0) return "0 s";
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of UNITS) {
    if (parts.length === maxParts) break;
    const count = Math.floor(rest / size);
    if (count === 0) {
      if (parts.length > 0) break;
      continue;
    }
    rest -= count * size;
    parts.push(unit === "day" || unit === "year" ? `${count} ${unit}${count === 1 ? "" : "s"}` : `${count} ${unit}`);
  }
  return (rest > 0 && approximate ? "≈ " : "") + parts.join(" ");
}

/** A mock-clock offset: "real time" at zero, otherwise "+1 day 2 h 10 min" (to the minute, "+<1 min" below one). */
export function formatClockOffset(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "real time";
  const minutes = Math.round(ms / 60_000);
  return minutes === 0 ? "+<1 min" : `+${formatDuration(minutes * 60, { maxParts: 3, approximate: false })}`;
}

/** Words around a relative time: `{ future: "expires", past: "expired" }` → "expires in 9 min" / "expired 2 min ago". */
export type RelativeWords = { future?: string; past?: string };

/**
 * How far `at` is from `now`: "in 9 min", "3 s ago", "just now" (both epoch ms).
 *
 * Under a minute it counts seconds, above it whole minutes (seconds dropped), then at most two
 * units ("1 h 5 min", "2 days 3 h"). The future counts started seconds (so anything still ahead
 * reads at least "in 1 s"), the past completed ones: an instant at `now` or before is past (an
 * expiry equal to now has expired), and "just now" for less than a second ago.
 */
export function formatRelative(at: number, now: number, words: RelativeWords = {}): string {
  const diff = at - now;
  const future = diff > 0;
  let seconds = future ? Math.ceil(diff / 1000) : Math.floor(-diff / 1000);
  if (seconds >= 60) seconds -= seconds % 60;
  const lead = future ? words.future : words.past;
  const prefix = lead ? `${lead} ` : "";
  if (!future && seconds === 0) return `${prefix}just now`;
  const span = formatDuration(seconds, { approximate: false });
  return future ? `${prefix}in ${span}` : `${prefix}${span} ago`;
}

/** Everything a time display shows; null when the input is not a valid time. */
export type TimeText = {
  /** `2 Dec 2026, 01:16:24 UTC+7` */
  absolute: string;
  /** `2026-12-02T01:16:24.000+07:00` */
  iso: string;
  /** `in 9 min`; null when "now" is unknown (e.g. while rendering on the server). */
  relative: string | null;
};

export function describeTime(at: TimeInput | null | undefined, options: { offsetMinutes: number; now?: number | null; words?: RelativeWords }): TimeText | null {
  const ms = toEpochMs(at);
  if (ms === null) return null;
  const now = options.now ?? null;
  return {
    absolute: formatInstant(ms, options.offsetMinutes),
    iso: formatIso(ms, options.offsetMinutes),
    relative: now === null ? null : formatRelative(ms, now, options.words),
  };
}
