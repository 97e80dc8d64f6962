"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { CatalogSummary } from "@/server/services/catalog-store";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/feedback";
import { TextField } from "@/app/_components/ui/field";
import { cn } from "@/app/_components/ui/cn";
import { plural } from "./format";
import { Time } from "@/app/_components/time/time";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

type SortKey = "name" | "wallet" | "region" | "scopeCount" | "version" | "updatedAt";
type Sort = { key: SortKey; direction: "ascending" | "descending" };

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: "name", label: "Name" },
  { key: "wallet", label: "Wallet" },
  { key: "region", label: "Region" },
  { key: "scopeCount", label: "Scopes", numeric: true },
  { key: "version", label: "Version", numeric: true },
  { key: "updatedAt", label: "Last updated", numeric: true },
];

function compare(a: CatalogSummary, b: CatalogSummary, key: SortKey): number {
  const left = a[key];
  const right = b[key];
  if (typeof left === "number" && typeof right === "number") return left - right;
  return String(left).localeCompare(String(right), "en", { sensitivity: "base", numeric: true });
}

function matches(catalog: CatalogSummary, query: string): boolean {
  const haystack = [catalog.name, catalog.slug, catalog.wallet, catalog.region, catalog.countryCode ?? "", catalog.builtin ? "built-in" : ""]
    .join("\n")
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function CatalogTable({ catalogs }: { catalogs: CatalogSummary[] }) {
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<Sort>({ key: "name", direction: "ascending" });

  const rows = useMemo(() => {
    const filtered = catalogs.filter((catalog) => matches(catalog, query));
    const sign = sort.direction === "ascending" ? 1 : -1;
    return filtered.sort((a, b) => sign * compare(a, b, sort.key) || a.slug.localeCompare(b.slug));
  }, [catalogs, query, sort]);

  const toggle = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: key === "updatedAt" || key === "scopeCount" || key === "version" ? "descending" : "ascending" },
    );

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-3 border-b border-slate-200 p-4 dark:border-slate-800">
        <TextField
          label="Filter catalogs"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Name, wallet, region, country or slug"
          className="w-full max-w-sm"
        />
        <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
          {rows.length === catalogs.length
            ? plural(catalogs.length, "catalog")
            : `Showing ${rows.length} of ${plural(catalogs.length, "catalog")}`}
        </p>
      </div>
      {rows.length === 0 ? (
        <div className="p-4">
          <EmptyState
            title={`No catalog matches “${query.trim()}”`}
            action={
              <Button size="sm" onClick={() => setQuery("")}>
                Clear filter
              </Button>
            }
          >
            The filter looks at name, wallet, region, country code and slug.
          </EmptyState>
        </div>
      ) : (
        <ScrollRegion label="Catalogs table">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Catalogs, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label} ({sort.direction})</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sort.key === column.key ? sort.direction : undefined}
                    className={cn("px-4 py-2 font-semibold", column.numeric && "text-right")}
                  >
                    <button
                      type="button"
                      onClick={() => toggle(column.key)}
                      className={cn(
                        "inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 dark:hover:text-white",
                        column.numeric && "flex-row-reverse",
                      )}
                    >
                      {column.label}
                      <span aria-hidden className="w-3 text-center">
                        {sort.key === column.key ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((catalog) => (
                <tr key={catalog.slug} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                  <td className="min-w-44 px-4 py-3 align-top sm:min-w-56">
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <Link
                        href={`/catalogs/${catalog.slug}`}
                        className="font-medium text-brand-700 hover:underline dark:text-brand-100"
                      >
                        {catalog.name}
                      </Link>
                      {catalog.builtin && <Badge tone="brand">built-in</Badge>}
                    </div>
                    <div className="mt-0.5 font-mono text-xs text-slate-500 dark:text-slate-400">{catalog.slug}</div>
                  </td>
                  <td className="px-4 py-3 align-top">{catalog.wallet}</td>
                  <td className="px-4 py-3 align-top">
                    {catalog.region}
                    {catalog.countryCode && (
                      <span className="ml-1.5 font-mono text-xs text-slate-500 dark:text-slate-400">{catalog.countryCode}</span>
                    )}
                  </td>
                  <td className="px-4 py-3 text-right align-top tabular-nums">{catalog.scopeCount.toLocaleString("en")}</td>
                  <td className="px-4 py-3 text-right align-top tabular-nums">v{catalog.version}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-right align-top text-slate-600 dark:text-slate-400">
                    <Time at={catalog.updatedAt} countryCode={catalog.countryCode} stacked />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
