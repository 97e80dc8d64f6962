"use client";

import { useCallback, useSyncExternalStore } from "react";

export const AUTHOR_KEY = "authcode-studio:author";
export const THEME_KEY = "authcode-studio:theme";

type Theme = "system" | "light" | "dark";

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === AUTHOR_KEY || event.key === THEME_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
function notify() {
  for (const listener of listeners) listener();
}

function readKey(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

function writeKey(key: string, value: string) {
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // Storage may be unavailable (private mode); the value then lasts for this page only.
  }
  notify();
}

/** The display name recorded on every saved version; set once, kept in this browser. */
export function useAuthor(): [string, (name: string) => void] {
  const author = useSyncExternalStore(subscribe, () => readKey(AUTHOR_KEY), () => "");
  const setAuthor = useCallback((name: string) => writeKey(AUTHOR_KEY, name.trim().slice(0, 64)), []);
  return [author, setAuthor];
}

export function applyTheme(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

export function useTheme(): [Theme, (theme: Theme) => void] {
  const raw = useSyncExternalStore(subscribe, () => readKey(THEME_KEY), () => "system");
  const theme: Theme = raw === "light" || raw === "dark" ? raw : "system";
  const setTheme = useCallback((next: Theme) => {
    writeKey(THEME_KEY, next === "system" ? "" : next);
    applyTheme(next);
  }, []);
  return [theme, setTheme];
}

/** Inline script for <head>: applies the saved theme before first paint (no flash). */
export const THEME_BOOTSTRAP = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);if(d)document.documentElement.classList.add("dark");}catch(e){}})();`;
