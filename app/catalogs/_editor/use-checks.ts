"use client";

import { useEffect, useState } from "react";
import type * as ChecksModule from "./checks";

export type Checks = typeof ChecksModule;

let loading: Promise<Checks> | null = null;

/** Loads the editor's checks (once per page; a failed load is tried again on the next call). */
export function loadChecks(): Promise<Checks> {
  if (!loading) {
    const started = import("./checks");
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}

/**
 * The checks, loading from the moment the editor opens: null until they are there (or when they
 * could not be loaded; every save is checked by the server as well).
 */
export function useChecks(): Checks | null {
  const [checks, setChecks] = useState<Checks | null>(null);
  useEffect(() => {
    let live = true;
    loadChecks().then(
      (loaded) => {
        if (live) setChecks(loaded);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return checks;
}
