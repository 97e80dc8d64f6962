/** Display helpers shared by the catalog pages (client-side only: they read the browser's clock and locale). */

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? word : pluralWord}`;
}

const ABSOLUTE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** "12 Mar 2026, 14:05" in the browser's time zone. */
export function formatAbsolute(ms: number): string {
  return ABSOLUTE.format(new Date(ms));
}

const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 minutes ago", "yesterday", "just now". */
export function formatRelative(ms: number, now: number = Date.now()): string {
  const seconds = Math.round((ms - now) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === "minute") return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** 180 → "3 minutes", 7200 → "2 hours", 90 → "1 minute 30 seconds". */
export function formatDuration(totalSeconds: number): string {
  const parts: string[] = [];
  let rest = totalSeconds;
  for (const [unit, size] of [
    ["day", 86_400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(plural(count, unit));
      rest -= count * size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(" ") || "0 seconds";
}

/** The tRPC error code (`NOT_FOUND`, `CONFLICT`, …) of a query or mutation error, if any. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { data?: { code?: unknown } }).data?.code;
  return typeof code === "string" ? code : undefined;
}

/** The slug of a dynamic route segment, decoded when it arrives percent-encoded (never throws). */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
