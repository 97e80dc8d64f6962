/** Formatting shared by the Activity pages (pure). */

const timeFormat = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
const dateTimeFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
const fullFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });

/** Today: time only; otherwise date and time. */
export function formatListTime(at: number, now: number): string {
  const date = new Date(at);
  return new Date(now).toDateString() === date.toDateString() ? timeFormat.format(date) : dateTimeFormat.format(date);
}

export function formatFull(at: number): string {
  return fullFormat.format(new Date(at));
}

/** "+2 h 30 min" for a mock-clock offset. */
export function formatOffset(ms: number): string {
  if (ms <= 0) return "real time";
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return `+${[days ? `${days} d` : "", hours ? `${hours} h` : "", rest || (!days && !hours) ? `${rest} min` : ""].filter(Boolean).join(" ")}`;
}

/** A `datetime-local` value (local time, minutes) for epoch ms, and back. */
export function toLocalInput(ms: number | undefined): string {
  if (ms === undefined) return "";
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): number | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

export function runHref(ref: string): string {
  return `/activity/runs/${encodeURIComponent(ref)}`;
}

export function callHref(ref: string): string {
  return `/activity/calls/${encodeURIComponent(ref)}`;
}

export function itemHref(item: { kind: "simulation" | "api-call"; ref: string }): string {
  return item.kind === "simulation" ? runHref(item.ref) : callHref(item.ref);
}
