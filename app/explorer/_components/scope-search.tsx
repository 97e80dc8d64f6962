"use client";

import { useCallback, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useUrlState } from "@/app/_components/use-url-state";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { cn } from "@/app/_components/ui/cn";
import { FilterToggle, foldedFilters } from "@/app/_components/ui/filter-toggle";
import { EmptyState, ErrorNotice, Spinner } from "@/app/_components/ui/feedback";
import { useTRPC } from "@/app/_trpc/client";
import { SearchBox } from "./search-box";
import { SearchFilters } from "./search-filters";
import { SearchResultsSkeleton, SearchResultsTable } from "./search-results";
import { EMPTY_SEARCH, PAGE_SIZE, hasFilters, searchInput, searchParsers, searchStateToQuery, searchUrlKeys, type SearchState } from "./url-state";

const numberFormat = new Intl.NumberFormat("en");

function Pagination({ state, total, hrefFor }: { state: SearchState; total: number; hrefFor: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  const link = (page: number, label: string, rel: "prev" | "next") =>
    page < 1 || page > pages ? (
      <span aria-disabled="true" className={cn(buttonClass("secondary", "sm"), "pointer-events-none opacity-50")}>
        {label}
      </span>
    ) : (
      <Link href={hrefFor(page)} rel={rel} scroll={false} className={buttonClass("secondary", "sm")}>
        {label}
      </Link>
    );
  return (
    <nav aria-label="Result pages" className="flex items-center justify-between gap-3">
      {link(state.page - 1, "← Previous", "prev")}
      <span className="text-sm text-slate-600 dark:text-slate-400">
        Page {numberFormat.format(Math.min(state.page, pages))} of {numberFormat.format(pages)}
      </span>
      {link(state.page + 1, "Next →", "next")}
    </nav>
  );
}

/** The explorer's search view. All view state is in the URL (q, wallet, region, mode, fidelity, page). */
export function ScopeSearch() {
  const pathname = usePathname();
  const trpc = useTRPC();
  // Filter changes are history entries (back undoes them); typing in the search box replaces one.
  const [state, setState] = useUrlState(searchParsers, { urlKeys: searchUrlKeys, history: "push" });

  const hrefFor = useCallback((next: SearchState) => `${pathname}${searchStateToQuery(next)}`, [pathname]);
  const navigate = useCallback((next: SearchState, how: "push" | "replace" = "push") => void setState(next, { history: how }), [setState]);
  // Any change of what is searched starts again at the first page.
  const update = useCallback(
    (patch: Partial<SearchState>, how: "push" | "replace" = "push") => void setState((current) => ({ ...current, page: 1, ...patch }), { history: how }),
    [setState],
  );
  const commitQuery = useCallback((q: string) => update({ q }, "replace"), [update]);
  const clear = useCallback(() => navigate(EMPTY_SEARCH), [navigate]);

  const search = useQuery({ ...trpc.explorer.search.queryOptions(searchInput(state)), placeholderData: keepPreviousData });
  const facets = useQuery(trpc.explorer.facets.queryOptions());
  const filtered = hasFilters(state);
  const activeFilters = state.wallets.length + state.regions.length + (state.mode ? 1 : 0) + (state.fidelity ? 1 : 0);
  // Small screens fold the filters away so the results come first; large screens always show them.
  const [filtersOpen, setFiltersOpen] = useState(false);

  const data = search.data;
  const first = data && data.items.length > 0 ? (state.page - 1) * PAGE_SIZE + 1 : 0;
  const last = data ? first + data.items.length - 1 : 0;
  const updating = search.isFetching && search.isPlaceholderData;

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
      <div className="lg:col-start-2">
        <SearchBox value={state.q} onCommit={commitQuery} />
      </div>
      <aside aria-label="Filters" className="lg:col-start-1 lg:row-span-2 lg:row-start-1">
        <h2 className="mb-3 hidden text-sm font-semibold text-slate-900 lg:block dark:text-white">Filters</h2>
        <FilterToggle open={filtersOpen} onToggle={() => setFiltersOpen((open) => !open)} active={activeFilters} controls="explorer-filters" />
        <div id="explorer-filters" className={foldedFilters(filtersOpen)}>
          {facets.isError ? (
            <ErrorNotice error={facets.error} title="Could not load the filter options" />
          ) : (
            <SearchFilters
              state={state}
              allWallets={facets.data?.wallets ?? []}
              allRegions={facets.data?.regions ?? []}
              walletCounts={data?.facets.wallets}
              regionCounts={data?.facets.regions}
              onChange={(patch) => update(patch)}
              onClear={clear}
              filtered={filtered}
            />
          )}
        </div>
      </aside>
      <section aria-labelledby="explorer-results-heading" className="min-w-0 space-y-3 lg:col-start-2">
        <div className="flex min-h-8 flex-wrap items-center justify-between gap-2">
          <h2 id="explorer-results-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
            Results
          </h2>
          <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
            {data && data.total > 0 && data.items.length > 0 && (
              <>
                <span className="font-medium tabular-nums text-slate-900 dark:text-slate-100">
                  {numberFormat.format(first)}–{numberFormat.format(last)}
                </span>{" "}
                of <span className="font-medium tabular-nums text-slate-900 dark:text-slate-100">{numberFormat.format(data.total)}</span>{" "}
                {data.total === 1 ? "scope" : "scopes"}
              </>
            )}
            {data && data.total === 0 && "No matching scopes"}
          </p>
          {updating && <Spinner label="Updating" />}
        </div>

        {search.isError && !data ? (
          <div className="space-y-3">
            <ErrorNotice error={search.error} title="Could not search the catalogs" />
            <Button size="sm" onClick={() => void search.refetch()}>
              Try again
            </Button>
          </div>
        ) : search.isPending ? (
          <>
            <span className="sr-only" role="status">
              Loading results…
            </span>
            <SearchResultsSkeleton />
          </>
        ) : data && data.items.length > 0 ? (
          <div className={cn("space-y-3 transition-opacity", updating && "opacity-60")}>
            {search.isError && <ErrorNotice error={search.error} title="Could not refresh the results; showing the previous ones" />}
            <SearchResultsTable items={data.items} query={state.q} />
            <Pagination state={state} total={data.total} hrefFor={(page) => hrefFor({ ...state, page })} />
          </div>
        ) : data && data.total > 0 ? (
          <EmptyState
            title={`Page ${state.page} is past the last page`}
            action={
              <Link href={hrefFor({ ...state, page: 1 })} className={buttonClass("secondary", "sm")}>
                Go to the first page
              </Link>
            }
          >
            These filters match {numberFormat.format(data.total)} {data.total === 1 ? "scope" : "scopes"}.
          </EmptyState>
        ) : (
          <EmptyState
            title={filtered ? "No scope matches these filters" : "No scopes yet"}
            action={
              filtered ? (
                <Button size="sm" onClick={clear}>
                  Clear filters
                </Button>
              ) : (
                <Link href="/catalogs" className={buttonClass("secondary", "sm")}>
                  Go to catalogs
                </Link>
              )
            }
          >
            {filtered ? (
              <>
                {state.q.trim() && (
                  <>
                    Nothing matches “<span className="font-mono">{state.q.trim()}</span>”
                    {state.wallets.length + state.regions.length > 0 || state.mode || state.fidelity ? " with the chosen filters" : ""}.{" "}
                  </>
                )}
                Try a shorter term, or remove a filter.
              </>
            ) : (
              "Create or import a catalog to see its scopes here."
            )}
          </EmptyState>
        )}
      </section>
    </div>
  );
}
