"use client";

import { useEffect, useState } from "react";
import { loadOnce } from "@/app/_components/load-once";
import type * as ChecksModule from "./checks";

export type Checks = typeof ChecksModule;

/** Loads the editor's checks, once per page. */
export const loadChecks = loadOnce<Checks>(() => import("./checks"));

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
