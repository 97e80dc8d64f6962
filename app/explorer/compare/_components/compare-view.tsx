"use client";

import { startTransition, useCallback, useMemo, useOptimistic } from "react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge } from "@/app/_components/ui/badge";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { cn } from "@/app/_components/ui/cn";
import { CheckboxField } from "@/app/_components/ui/field";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { CATALOG_PAGE_SOURCES, FidelityLegend } from "@/app/_components/fidelity-legend";
import { useTRPC } from "@/app/_trpc/client";
import type { CompareCell, CompareMatrix } from "@/server/domain/catalog/compare";
import { SearchBox } from "../../_components/search-box";
import {
  MAX_COMPARE,
  catalogHref,
  compareStateToQuery,
  defaultCompareSelection,
  parseCompareState,
  scopeHref,
  type CompareState,
} from "../../_components/url-state";

function Cell({ cell }: { cell: CompareCell | null }) {
  if (!cell) {
    return (
      <span className="text-slate-500 dark:text-slate-400">
        <span aria-hidden>—</span>
        <span className="sr-only">not accepted</span>
      </span>
    );
  }
  return (
    <div className="space-y-0.5">
      <span
        className={cn(
          "inline-flex items-center gap-1 font-medium",
          cell.silent ? "text-violet-700 dark:text-violet-300" : "text-brand-700 dark:text-brand-100",
        )}
      >
        <span aria-hidden>✓</span> {cell.silent ? "silent" : "consent"}
      </span>
      {cell.silentFidelity === "assumed" && (
        <span className="block text-xs text-amber-800 dark:text-amber-200" title="No public source states the silent flag; the catalog assumes it.">
          assumed
        </span>
      )}
      {cell.viaAlias && (
        <span className="block text-xs text-slate-600 dark:text-slate-400">
          via alias of <code className="font-mono break-all">{cell.name}</code>
        </span>
      )}
      {cell.deprecated && (
        <span className="block">
          <Badge tone="red">deprecated</Badge>
        </span>
      )}
    </div>
  );
}

function Matrix({ matrix }: { matrix: CompareMatrix }) {
  const differing = matrix.rows.filter((row) => row.silentDiffers).length;
  return (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {matrix.rows.length} {matrix.rows.length === 1 ? "scope" : "scopes"} across {matrix.columns.length}{" "}
        {matrix.columns.length === 1 ? "catalog" : "catalogs"}
        {differing > 0 && (
          <>
            {" "}
            · <strong className="font-semibold text-amber-900 dark:text-amber-200">{differing} with a differing silent flag</strong>
          </>
        )}
      </p>
      <FidelityLegend sources={CATALOG_PAGE_SOURCES} />
      <ScrollRegion
        label="Scope comparison matrix (scrolls horizontally and vertically)"
        className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
      >
        <table className="min-w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">
            Scopes (rows) accepted by each chosen catalog (columns): silent, consent, or not accepted
          </caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="sticky top-0 left-0 z-30 min-w-[10rem] sm:min-w-[14rem] border-r border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300"
              >
                Scope
              </th>
              {matrix.columns.map((column) => (
                <th
                  key={column.slug}
                  scope="col"
                  className="sticky top-0 z-20 min-w-[9rem] border-b border-slate-200 bg-slate-50 px-3 py-2 text-left align-bottom font-semibold dark:border-slate-700 dark:bg-slate-800"
                >
                  <Link href={catalogHref(column.slug)} className="text-slate-900 hover:underline dark:text-slate-100">
                    {column.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{column.wallet}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              // Opaque backgrounds: the sticky first column must hide the cells scrolling under it.
              const rowBg = row.silentDiffers
                ? "bg-amber-50 dark:bg-[color-mix(in_oklab,var(--color-amber-950)_55%,var(--color-slate-900))]"
                : "bg-white dark:bg-slate-900";
              return (
                <tr key={row.scope} data-differs={row.silentDiffers || undefined}>
                  <th
                    scope="row"
                    className={cn(
                      "sticky left-0 z-10 border-r border-b border-slate-200 px-3 py-2 text-left align-top font-normal dark:border-slate-700",
                      rowBg,
                    )}
                  >
                    <Link
                      href={scopeHref(row.scope)}
                      className="font-mono text-[0.8rem] font-semibold break-all text-brand-700 hover:underline dark:text-brand-100"
                    >
                      {row.scope}
                    </Link>
                    <span className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
                      in {row.presentIn} of {matrix.columns.length}
                      {row.silentDiffers && (
                        <Badge tone="amber" title="The catalogs that accept this scope disagree on whether it is silent">
                          <span aria-hidden>≠</span> silent flag differs
                        </Badge>
                      )}
                    </span>
                  </th>
                  {row.cells.map((cell, index) => (
                    <td
                      key={matrix.columns[index]?.slug ?? index}
                      className={cn("border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800", rowBg)}
                    >
                      <Cell cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** Scopes × catalogs. Chosen catalogs, name filter and "only differences" live in the URL. */
export function CompareView() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const trpc = useTRPC();
  const urlState = useMemo(() => parseCompareState(searchParams), [searchParams]);
  // Controls show the new state at once while the URL catches up (the navigation runs in a transition).
  const [state, setOptimisticState] = useOptimistic(urlState);

  const catalogs = useQuery(trpc.catalog.list.queryOptions());
  const allSlugs = useMemo(() => catalogs.data?.map((catalog) => catalog.slug) ?? [], [catalogs.data]);
  // Slugs from the URL that no longer exist are dropped; no selection in the URL means the default one.
  const selected = useMemo(() => {
    if (!catalogs.data) return state.catalogs ?? [];
    if (state.catalogs === null) return defaultCompareSelection(allSlugs);
    return state.catalogs.filter((slug) => allSlugs.includes(slug));
  }, [catalogs.data, state.catalogs, allSlugs]);

  const update = useCallback(
    (patch: Partial<CompareState>, how: "push" | "replace" = "push") =>
      startTransition(() => {
        const next = { ...state, ...patch };
        setOptimisticState(next);
        router[how](`${pathname}${compareStateToQuery(next)}`, { scroll: false });
      }),
    [router, pathname, state, setOptimisticState],
  );
  const commitQuery = useCallback((q: string) => update({ q }, "replace"), [update]);

  const matrix = useQuery({
    ...trpc.explorer.compare.queryOptions({ slugs: selected, query: state.q.trim() || undefined, onlyDifferences: state.onlyDifferences }),
    enabled: Boolean(catalogs.data) && selected.length > 0,
    placeholderData: keepPreviousData,
  });

  const toggle = (slug: string, checked: boolean) => {
    const next = checked ? allSlugs.filter((s) => s === slug || selected.includes(s)) : selected.filter((s) => s !== slug);
    update({ catalogs: next });
  };
  const full = selected.length >= MAX_COMPARE;

  return (
    <div className="space-y-6">
      <section aria-labelledby="compare-options-heading" className="space-y-4">
        <h2 id="compare-options-heading" className="sr-only">
          Options
        </h2>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
            Catalogs to compare{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              ({selected.length} chosen, at most {MAX_COMPARE})
            </span>
          </legend>
          {catalogs.isError ? (
            <div className="mt-2">
              <ErrorNotice error={catalogs.error} title="Could not load the catalogs" />
            </div>
          ) : catalogs.isPending ? (
            <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4" aria-hidden>
              {Array.from({ length: 8 }, (_, index) => (
                <Skeleton key={index} className="h-5" />
              ))}
            </div>
          ) : (
            <>
              <ul className="mt-2 grid gap-x-4 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-4">
                {catalogs.data.map((catalog) => {
                  const checked = selected.includes(catalog.slug);
                  return (
                    <li key={catalog.slug}>
                      <CheckboxField
                        checked={checked}
                        disabled={!checked && full}
                        onChange={(event) => toggle(catalog.slug, event.target.checked)}
                        label={catalog.name}
                      />
                    </li>
                  );
                })}
              </ul>
              <div className="mt-2 flex flex-wrap gap-2">
                <Button size="sm" variant="ghost" onClick={() => update({ catalogs: allSlugs.slice(0, MAX_COMPARE) })}>
                  {allSlugs.length > MAX_COMPARE ? `Choose the first ${MAX_COMPARE}` : "Choose all"}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => update({ catalogs: [] })} disabled={selected.length === 0}>
                  Choose none
                </Button>
              </div>
            </>
          )}
        </fieldset>
        <div className="grid items-start gap-4 sm:grid-cols-[minmax(0,24rem)_auto]">
          <SearchBox
            value={state.q}
            onCommit={commitQuery}
            label="Filter scopes by name"
            hint="Shows only rows whose scope name contains this text."
            placeholder="e.g. LOGIN"
          />
          <CheckboxField
            className="sm:mt-8"
            checked={state.onlyDifferences}
            onChange={(event) => update({ onlyDifferences: event.target.checked })}
            label="Only differences (silent flag differs, or missing somewhere)"
          />
        </div>
      </section>

      <section aria-labelledby="compare-matrix-heading" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <h2 id="compare-matrix-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
            Matrix
          </h2>
          {matrix.isFetching && matrix.isPlaceholderData && <Spinner label="Updating" />}
        </div>
        {catalogs.isSuccess && catalogs.data.length === 0 ? (
          <EmptyState
            title="No catalogs yet"
            action={
              <Link href="/catalogs" className={buttonClass("secondary", "sm")}>
                Go to catalogs
              </Link>
            }
          >
            Create or import a catalog to compare its scopes.
          </EmptyState>
        ) : catalogs.isSuccess && selected.length === 0 ? (
          <EmptyState title="Choose at least one catalog">Tick the catalogs above to see their scopes side by side.</EmptyState>
        ) : matrix.isError && !matrix.data ? (
          <div className="space-y-3">
            <ErrorNotice error={matrix.error} title="Could not compare the catalogs" />
            <Button size="sm" onClick={() => void matrix.refetch()}>
              Try again
            </Button>
          </div>
        ) : !matrix.data ? (
          <>
            <span className="sr-only" role="status">
              Loading the matrix…
            </span>
            <Skeleton className="h-96" />
          </>
        ) : matrix.data.rows.length === 0 ? (
          <EmptyState
            title={state.onlyDifferences ? "No differences" : "No scopes match"}
            action={
              <Button size="sm" onClick={() => update({ q: "", onlyDifferences: false })}>
                Clear filters
              </Button>
            }
          >
            {state.onlyDifferences
              ? "Every scope is accepted by all chosen catalogs with the same silent flag."
              : "No scope name of the chosen catalogs contains this text."}
          </EmptyState>
        ) : (
          <div className={cn("space-y-3 transition-opacity", matrix.isFetching && matrix.isPlaceholderData && "opacity-60")}>
            <Matrix matrix={matrix.data} />
          </div>
        )}
      </section>
    </div>
  );
}
