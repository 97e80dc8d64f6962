"use client";

import { useCallback, useState } from "react";
import Link from "next/link";
import { useUrlState } from "@/app/_components/use-url-state";
import { buttonClass } from "@/app/_components/ui/button";
import { FilterToggle, foldedFilters } from "@/app/_components/ui/filter-toggle";
import { PageHeader } from "@/app/_components/ui/page-header";
import type { ActivityFilter } from "@/server/domain/activity/types";
import type { ParsedFilter } from "@/server/domain/activity/url-state";
import { ActivityList } from "./activity-list";
import { CleanupButton } from "./cleanup-button";
import { FilterBar } from "./filter-bar";
import { activeFilterCount, activityParsers, activityUrlKeys, filterHref, paramsFromFilter } from "./url-state";

/**
 * The Activity page: filters in the URL (a link reproduces the view; the page reads and checks them
 * on the server, so zod stays there), the live list below.
 */
export function ActivityView({ parsed }: { parsed: ParsedFilter }) {
  // Each change of the filters is a history entry (back returns to the previous view); the page
  // checks the new filters on the server.
  const [, setParams] = useUrlState(activityParsers, { urlKeys: activityUrlKeys, history: "push", shallow: false });
  const navigate = useCallback((next: ActivityFilter) => void setParams(paramsFromFilter(next)), [setParams]);
  // Small screens fold the filters away so the events come first; large screens always show them.
  const [filtersOpen, setFiltersOpen] = useState(false);

  const header = (
    <PageHeader
      title="Activity"
      description="Every simulation run and every call to the mock wallet API — from the simulator, the headless API and your own backend — with the state of the codes and tokens involved. Open one for its timeline and, for failures, why it happened and what to do."
      actions={<CleanupButton />}
    />
  );

  if (!parsed.ok) {
    return (
      <>
        {header}
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200">
          <p className="font-medium">Cannot show this view</p>
          <p className="mt-1">The link&apos;s filters are not valid. Fix them in the address bar, or start again without filters:</p>
          <ul className="mt-2 list-disc space-y-0.5 pl-5">
            {parsed.issues.map((issue, index) => (
              <li key={index}>
                <code className="font-mono text-xs">{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
        <Link href="/activity" className={`${buttonClass("secondary", "sm")} mt-4`}>
          Clear filters
        </Link>
      </>
    );
  }
  const filter = parsed.filter;
  const query = filterHref("", filter);
  const active = activeFilterCount(filter);
  return (
    <>
      {header}
      <div className="space-y-6">
        <div>
          <FilterToggle open={filtersOpen} onToggle={() => setFiltersOpen((open) => !open)} active={active} controls="activity-filters" />
          <section
            id="activity-filters"
            aria-label="Filters"
            className={foldedFilters(filtersOpen, "rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900")}
          >
            <FilterBar filter={filter} onChange={navigate} />
          </section>
        </div>
        {/* A new filter is a new list: its own head, pages and live poll. */}
        <ActivityList key={query} filter={filter} />
      </div>
    </>
  );
}
