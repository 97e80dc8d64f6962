"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { skipToken, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import { eventLabel } from "@/server/domain/activity/describe";
import { LIVE_ITEMS } from "@/server/domain/activity/constants";
import { hasFilters } from "@/server/domain/activity/filter-query";
import type { ActivityFilter, ActivityItem } from "@/server/domain/activity/types";
import { Time } from "@/app/_components/time/time";
import { CodeStateBadge, OutcomeBadge } from "./badges";
import { itemHref } from "./format";
import { filterHref } from "./url-state";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

const LIST_REFRESH_MS = 3_000;
const LIVE_POLL_MS = 2_500;
const PAGE = 50;

type Key = { createdAt: number; id: number };
const atOrBelow = (item: Key, top: Key) => item.createdAt < top.createdAt || (item.createdAt === top.createdAt && item.id <= top.id);

function useNearTop(): boolean {
  const [nearTop, setNearTop] = useState(true);
  useEffect(() => {
    const update = () => setNearTop(window.scrollY < 120);
    update();
    window.addEventListener("scroll", update, { passive: true });
    return () => window.removeEventListener("scroll", update);
  }, []);
  return nearTop;
}

function CodeCell({ item }: { item: ActivityItem }) {
  if (item.code) {
    return (
      <Link href={`/activity/codes/${item.code.id}`} className="inline-flex items-center gap-1.5 text-sm text-brand-700 hover:underline dark:text-brand-100">
        <span>code</span>
        <CodeStateBadge state={item.code.state} />
      </Link>
    );
  }
  if (item.tokenPrefix) return <span className="text-xs text-slate-500 dark:text-slate-400">token ••••</span>;
  return <span className="text-slate-400">—</span>;
}

function Row({ item, fresh }: { item: ActivityItem; fresh: boolean }) {
  return (
    <tr className={fresh ? "bg-brand-50/60 dark:bg-brand-700/10" : "hover:bg-slate-50 dark:hover:bg-slate-800/50"}>
      <td className="whitespace-nowrap px-3 py-2 align-top text-slate-600 dark:text-slate-400">
        <Time at={item.createdAt} catalog={item.catalog?.slug} stacked />
      </td>
      <td className="px-3 py-2 align-top">
        <Link href={itemHref(item)} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
          {item.kind === "simulation" ? "Run" : eventLabel(item.event)}
          <span className="sr-only"> {item.ref}</span>
        </Link>
        <p className="mt-0.5 max-w-md truncate text-xs text-slate-500 dark:text-slate-400" title={item.summary}>
          {item.summary}
        </p>
        {/* Small screens: outcome and code under the event instead of in their own columns. */}
        <div className="mt-1 flex flex-wrap items-center gap-2 sm:hidden">
          <OutcomeBadge outcome={item.outcome} isError={item.isError} />
          {item.code && <CodeCell item={item} />}
        </div>
      </td>
      <td className="hidden px-3 py-2 align-top text-slate-700 md:table-cell dark:text-slate-300">
        <span className="block max-w-44 truncate" title={item.catalog?.name}>
          {item.catalog?.name ?? "—"}
        </span>
        {item.client && <span className="block max-w-44 truncate font-mono text-xs text-slate-500 dark:text-slate-400">{item.client.clientId}</span>}
      </td>
      <td className="hidden px-3 py-2 align-top sm:table-cell">
        <OutcomeBadge outcome={item.outcome} isError={item.isError} />
      </td>
      <td className="hidden whitespace-nowrap px-3 py-2 align-top sm:table-cell">
        <CodeCell item={item} />
      </td>
      <td className="hidden max-w-56 px-3 py-2 align-top 2xl:table-cell">
        <span className="block truncate font-mono text-xs text-slate-600 dark:text-slate-400" title={item.scopes.join(", ")}>
          {item.scopes.join(", ") || "—"}
        </span>
      </td>
    </tr>
  );
}

/**
 * The list for one filter: pinned to the head it started from (so loaded pages never shift), with
 * a live poll for what arrived above it. New rows join the top by themselves while the page is
 * scrolled to the top; otherwise a banner offers them.
 */
export function ActivityList({ filter }: { filter: ActivityFilter }) {
  const trpc = useTRPC();
  const nearTop = useNearTop();
  const [pinned, setPinned] = useState<string | null>(null);
  const [revealedTo, setRevealedTo] = useState<Key | null>(null);

  // The head the list starts from: fetched once per visit (never refetched while mounted, dropped after).
  const start = useQuery({ ...trpc.activity.live.queryOptions({ filter }), staleTime: Number.POSITIVE_INFINITY, gcTime: 0, refetchOnWindowFocus: false });
  const head = pinned ?? start.data?.head ?? null;

  const pages = useInfiniteQuery({
    ...trpc.activity.list.infiniteQueryOptions(head ? { filter, limit: PAGE } : skipToken, {
      initialCursor: head,
      getNextPageParam: (page) => page.nextCursor,
    }),
    // Refetching loaded pages keeps each row's code state current; the pinned head keeps them in place.
    refetchInterval: LIST_REFRESH_MS,
  });
  const live = useQuery({
    ...trpc.activity.live.queryOptions(head ? { filter, since: head } : skipToken),
    refetchInterval: LIVE_POLL_MS,
  });

  const newItems = live.data?.items ?? [];
  const shown = revealedTo ? newItems.filter((item) => atOrBelow(item, revealedTo)) : [];
  const hiddenCount = live.data?.truncated ? LIVE_ITEMS + 1 : Math.max(0, (live.data?.count ?? 0) - shown.length);
  const overflow = (live.data?.count ?? 0) > LIVE_ITEMS || (live.data?.truncated ?? false);

  // At the top of the page, new rows join the list by themselves (state adjusted while rendering).
  const newest = newItems[0];
  if (nearTop && !overflow && newest && !(revealedTo && atOrBelow(newest, revealedTo))) {
    setRevealedTo({ createdAt: newest.createdAt, id: newest.id });
  }

  const showNew = () => {
    if (overflow && live.data) {
      setPinned(live.data.head);
      setRevealedTo(null);
    } else if (newest) setRevealedTo({ createdAt: newest.createdAt, id: newest.id });
    window.scrollTo({ top: 0 });
  };

  const loaded = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const seen = new Set<number>();
  const rows = [...shown, ...loaded].filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
  const freshIds = new Set(shown.map((item) => item.id));
  const lastPage = pages.data?.pages.at(-1);
  const error = start.error ?? pages.error ?? live.error;

  if (error) return <ErrorNotice error={error} title="Could not load the activity" />;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
          <span aria-hidden className={`size-2 rounded-full ${live.isError ? "bg-red-500" : live.isFetching ? "bg-brand-500" : "bg-emerald-500"}`} />
          Live: new events appear within a few seconds
        </p>
        <div className="flex flex-wrap gap-2">
          <a href={filterHref("/api/activity/export?format=csv", filter)} className={buttonClass("secondary", "sm")} download>
            Export CSV
          </a>
          <a href={filterHref("/api/activity/export?format=json", filter)} className={buttonClass("secondary", "sm")} download>
            Export JSON
          </a>
        </div>
      </div>

      <div aria-live="polite" className="min-h-0">
        {hiddenCount > 0 && (
          <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-brand-100 bg-brand-50 px-4 py-2 text-sm text-brand-700 dark:border-brand-700 dark:bg-brand-700/20 dark:text-brand-100">
            <span>
              {overflow ? `More than ${LIVE_ITEMS}` : hiddenCount} new {hiddenCount === 1 && !overflow ? "event" : "events"} since you opened this list
            </span>
            <Button size="sm" variant="primary" onClick={showNew}>
              Show {overflow ? "newest" : "them"}
            </Button>
          </div>
        )}
      </div>

      <Card>
        <h2 className="sr-only">Events</h2>
        {pages.isPending ? (
          <div className="space-y-3 p-4" aria-busy="true">
            <Spinner label="Loading activity" />
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} className="h-10" />
            ))}
          </div>
        ) : rows.length === 0 && !pages.hasNextPage ? (
          <div className="p-4">
            {hasFilters(filter) ? (
              <EmptyState title="Nothing matches these filters" action={<Link href="/activity" className={buttonClass("secondary", "sm")}>Clear filters</Link>}>
                No run or API call matches every filter. New matching events will appear here as they happen.
              </EmptyState>
            ) : (
              <EmptyState title="No activity yet" action={<Link href="/simulator" className={buttonClass("primary", "sm")}>Open the simulator</Link>}>
                Runs of my.getAuthCode and calls to the mock wallet API appear here as they happen, from the simulator, the headless API and your own
                backend.
              </EmptyState>
            )}
          </div>
        ) : (
          <ScrollRegion label="Activity table">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Simulation runs and wallet API calls, newest first</caption>
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Time
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Event
                  </th>
                  <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
                    Catalog / client
                  </th>
                  <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
                    Outcome
                  </th>
                  <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
                    Code
                  </th>
                  <th scope="col" className="hidden px-3 py-2 font-medium 2xl:table-cell">
                    Scopes
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {rows.map((item) => (
                  <Row key={item.id} item={item} fresh={freshIds.has(item.id)} />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>

      {lastPage?.scannedTo != null && pages.hasNextPage && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {rows.length === 0 ? "No matches" : "No more matches"} among events back to <strong>
            <Time at={lastPage.scannedTo} catalog={filter.catalog} absoluteOnly />
          </strong> yet: these
          filters together are rare, so each step searches a slice of the history. Older matches may exist.
        </p>
      )}
      {pages.hasNextPage && (
        <div className="flex justify-center">
          <Button onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? "Loading…" : lastPage?.scannedTo != null ? "Search older events" : "Load older"}
          </Button>
        </div>
      )}
      {!pages.hasNextPage && rows.length > 0 && <p className="text-center text-xs text-slate-500 dark:text-slate-400">That is everything{hasFilters(filter) ? " that matches" : ""}.</p>}
    </div>
  );
}
