"use client";

import { useSyncExternalStore } from "react";
import { formatAbsolute, formatRelative } from "./format";

const MINUTE = 60_000;

// One timer for every mounted TimeAgo, running only while at least one is mounted.
const listeners = new Set<() => void>();
let timer: number | undefined;
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  timer ??= window.setInterval(() => listeners.forEach((listener) => listener()), MINUTE / 2);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}
// Rounded to the minute so consecutive reads agree (useSyncExternalStore needs a stable snapshot).
const now = () => Math.floor(Date.now() / MINUTE) * MINUTE;

/** The current time to the minute, re-rendering as it advances; 0 during server rendering. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, now, () => 0);
}

/** "5 minutes ago" with the exact time as a tooltip and machine-readable datetime; `withAbsolute` also prints it. */
export function TimeAgo({ ms, withAbsolute = false }: { ms: number; withAbsolute?: boolean }) {
  const current = useNow();
  const absolute = formatAbsolute(ms);
  const relative = current === 0 ? absolute : formatRelative(ms, Math.max(current, ms));
  return (
    <time dateTime={new Date(ms).toISOString()} title={absolute}>
      {relative}
      {withAbsolute && current !== 0 && <span> · {absolute}</span>}
    </time>
  );
}
