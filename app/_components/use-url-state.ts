"use client";

import { startTransition, useCallback, useMemo, useState } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { createLoader, createSerializer, type inferParserType, type Nullable, type ParserMap, type UrlKeys } from "nuqs/server";

export type UrlStateOptions = {
  /** A new history entry (back returns to the previous state) or the current one replaced. */
  history?: "push" | "replace";
  /** False: the page is rendered again on the server (it reads the parameters there). */
  shallow?: boolean;
};

type Update<P extends ParserMap> = Partial<Nullable<inferParserType<P>>>;

/**
 * A page's state in its URL, typed by nuqs parsers: the values the URL holds now, and a setter
 * that writes changed values (null removes one) and keeps every other parameter.
 *
 * Shallow updates go through the History API, which Next's router follows (`useSearchParams`
 * sees them, back/forward restore them) without a request to the server. The router applies them
 * in a transition, so the new values are shown at once until it has (a ticked checkbox stays
 * ticked). The parsers and serializer are nuqs's own: no page parses or writes its URL by hand.
 */
export function useUrlState<P extends ParserMap>(parsers: P, defaults: UrlStateOptions & { urlKeys?: UrlKeys<P> } = {}) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const { urlKeys, history: defaultHistory = "replace", shallow: defaultShallow = true } = defaults;
  const load = useMemo(() => createLoader(parsers, { urlKeys }), [parsers, urlKeys]);
  const serialize = useMemo(() => createSerializer(parsers, { urlKeys }), [parsers, urlKeys]);
  const query = searchParams.toString();
  const fromUrl = useMemo(() => load(new URLSearchParams(query)), [load, query]);
  // What was last written, until the router's URL catches up with it (or moves elsewhere: back/forward).
  const [written, setWritten] = useState<{ query: string; basis: string; values: inferParserType<P> } | null>(null);
  const values = written && written.basis === query && written.query !== query ? written.values : fromUrl;

  const set = useCallback(
    (update: Update<P> | ((current: inferParserType<P>) => Update<P>), options: UrlStateOptions = {}) => {
      const history = options.history ?? defaultHistory;
      const shallow = options.shallow ?? defaultShallow;
      const patch = typeof update === "function" ? update(load(new URLSearchParams(window.location.search))) : update;
      const url = serialize(`${window.location.pathname}${window.location.search}`, patch);
      const next = new URL(url, window.location.origin).searchParams;
      setWritten({ query: next.toString(), basis: query, values: load(next) });
      if (shallow) {
        if (history === "push") window.history.pushState(null, "", url);
        else window.history.replaceState(null, "", url);
        return;
      }
      startTransition(() => {
        if (history === "push") router.push(url, { scroll: false });
        else router.replace(url, { scroll: false });
      });
    },
    [defaultHistory, defaultShallow, load, serialize, router, query],
  );
  return [values, set] as const;
}
