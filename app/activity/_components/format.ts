/** Formatting shared by the Activity pages (pure). */

/** Relative wording for expiry times: "expires in 9 min", "expired 2 min ago". */
export const EXPIRES = { future: "expires", past: "expired" } as const;
/** Relative wording for the end of a grant's refresh window. */
export const ENDS = { future: "ends", past: "ended" } as const;

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
