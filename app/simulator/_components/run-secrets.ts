/**
 * The console client's code and tokens of each run, kept in this browser tab (sessionStorage) so
 * the flow can be continued after a reload or back/forward. The server stores only their hashes
 * and a masked copy, so a shared link shows a run but cannot continue it elsewhere. Nothing here
 * is ever put in a URL.
 */
import { useSyncExternalStore } from "react";

export type RunSecrets = { authCode: string | null; accessToken: string | null; refreshToken: string | null };

const KEY = (run: string) => `authcode-studio.run.${run}`;
const EMPTY: RunSecrets = { authCode: null, accessToken: null, refreshToken: null };
const listeners = new Set<() => void>();
const cache = new Map<string, RunSecrets>();

function read(run: string): RunSecrets {
  const known = cache.get(run);
  if (known) return known;
  let value = EMPTY;
  try {
    const text = window.sessionStorage.getItem(KEY(run));
    if (text) {
      const parsed = JSON.parse(text) as Partial<Record<keyof RunSecrets, unknown>>;
      const asSecret = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : null);
      value = { authCode: asSecret(parsed.authCode), accessToken: asSecret(parsed.accessToken), refreshToken: asSecret(parsed.refreshToken) };
    }
  } catch {
    // Storage disabled or full: the run can still be continued until the page is left.
  }
  cache.set(run, value);
  return value;
}

/** Merge what a call returned into the run's secrets (a null keeps the previous value). */
export function saveRunSecrets(run: string, update: Partial<RunSecrets>): void {
  const previous = read(run);
  const next: RunSecrets = {
    authCode: update.authCode ?? previous.authCode,
    accessToken: update.accessToken ?? previous.accessToken,
    refreshToken: update.refreshToken ?? previous.refreshToken,
  };
  cache.set(run, next);
  try {
    window.sessionStorage.setItem(KEY(run), JSON.stringify(next));
  } catch {
    // see read()
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The run's secrets in this tab (none while rendering on the server). */
export function useRunSecrets(run: string): RunSecrets {
  return useSyncExternalStore(
    subscribe,
    () => read(run),
    () => EMPTY,
  );
}
