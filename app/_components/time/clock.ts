"use client";

import { useSyncExternalStore } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { walletOffsetMinutes } from "@/server/domain/wallet-api/wallet-time";

const TICK_MS = 1_000;

// One timer for every mounted time display, running only while at least one is mounted.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let current = Date.now();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (timer === undefined) {
    current = Date.now();
    timer = setInterval(() => {
      current = Date.now();
      listeners.forEach((listener) => listener());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Real time now, advancing every second; null while rendering on the server (relative times appear once hydrated). */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/**
 * The workspace's mock wallet clock offset (time travel) in ms; null until it is known. Shared
 * with the simulator's clock through the query cache.
 */
export function useClockOffset(): number | null {
  const trpc = useTRPC();
  const clock = useQuery(trpc.simulator.clock.queryOptions());
  return clock.data?.offsetMs ?? null;
}

/**
 * The UTC offset (minutes) of a catalog's wallet, looked up by slug in the catalog list; UTC for
 * no catalog or one the workspace no longer has, null while the list loads.
 */
export function useWalletOffset(slug: string | null | undefined): number | null {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.catalog.list.queryOptions(), enabled: Boolean(slug), staleTime: 60_000 });
  if (!slug) return 0;
  if (list.data) return walletOffsetMinutes(list.data.find((catalog) => catalog.slug === slug)?.countryCode);
  return list.isError ? 0 : null;
}
