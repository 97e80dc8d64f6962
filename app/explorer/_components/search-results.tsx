import { Fragment, type ReactNode } from "react";
import Link from "next/link";
import { Badge, FidelityBadge, SilentBadge } from "@/app/_components/ui/badge";
import { FidelityDetail } from "@/app/_components/fidelity-detail";
import { Skeleton } from "@/app/_components/ui/feedback";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import type { ScopeHit } from "@/server/services/explorer";
import { Highlight } from "./highlight";
import { catalogHref, scopeHref } from "./url-state";
import { CATALOG_PAGE_SOURCES, FidelityLegend } from "@/app/_components/fidelity-legend";

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
const td = "px-3 py-2.5 align-top";

export function Mono({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <code className={`font-mono text-[0.8rem] [overflow-wrap:anywhere] ${className}`}>{children}</code>;
}

/** A field path that may wrap after each dot (`loginIdInfos[].` / `maskLoginId`) rather than mid-word. */
function FieldPath({ path, query }: { path: string; query: string }) {
  return (
    <>
      {path.split(".").map((part, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <>
              .<wbr />
            </>
          )}
          <Highlight text={part} query={query} />
        </Fragment>
      ))}
    </>
  );
}

function fidelityNote(hit: ScopeHit): string {
  const { provenance, silentProvenance } = hit.scope;
  if (hit.fidelity === "documented") return "The scope and its silent flag are documented.";
  const parts = [
    provenance.fidelity !== "documented" ? `Scope (${provenance.fidelity}): ${provenance.note ?? provenance.fidelity}` : null,
    silentProvenance.fidelity !== "documented" ? `Silent flag (${silentProvenance.fidelity}): ${silentProvenance.note ?? silentProvenance.fidelity}` : null,
  ];
  return parts.filter(Boolean).join(" ");
}

/** A hit's label; a conflict (in the scope or its silent flag) shows the readings it rests on. */
function HitFidelity({ hit }: { hit: ScopeHit }) {
  const { provenance, silentProvenance, name } = hit.scope;
  if (hit.fidelity === "conflict") {
    const silentConflict = silentProvenance.fidelity === "conflict";
    return (
      <FidelityDetail
        label={silentConflict ? silentProvenance : provenance}
        compact
        subject={silentConflict ? `${name}'s silent flag in ${hit.catalog.name}` : `${name} in ${hit.catalog.name}`}
      />
    );
  }
  return <FidelityBadge fidelity={hit.fidelity} note={fidelityNote(hit)} />;
}

export function SearchResultsTable({ items, query }: { items: ScopeHit[]; query: string }) {
  return (
    <>
      <FidelityLegend sources={CATALOG_PAGE_SOURCES} />
      <ScrollRegion label="Search results" className="rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full min-w-[46rem] table-fixed border-collapse text-sm">
          <caption className="sr-only">Scopes matching the search, one row per catalog that defines the scope</caption>
          <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-800/50">
            <tr>
              <th scope="col" className={`${th} w-[26%]`}>
                Scope
              </th>
              <th scope="col" className={`${th} w-[7.5rem]`}>
                Consent
              </th>
              <th scope="col" className={`${th} w-[19%]`}>
                Catalog
              </th>
              <th scope="col" className={th}>
                User-info fields
              </th>
              <th scope="col" className={`${th} w-[13%]`}>
                Aliases
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {items.map((hit) => (
              <tr key={`${hit.catalog.slug}:${hit.position}`} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                <th scope="row" className={`${td} text-left font-normal`}>
                  <div className="flex flex-wrap items-center gap-1.5">
                    <Link
                      href={scopeHref(hit.scope.name)}
                      className="font-mono text-[0.8rem] font-semibold break-all text-brand-700 hover:underline dark:text-brand-100"
                    >
                      <Highlight text={hit.scope.name} query={query} />
                    </Link>
                    {hit.scope.deprecated && (
                      <Badge tone="red" title="The wallet marks this scope as deprecated">
                        deprecated
                      </Badge>
                    )}
                  </div>
                  {hit.scope.description && (
                    <p className="mt-0.5 line-clamp-2 text-xs text-slate-600 dark:text-slate-400">
                      <Highlight text={hit.scope.description} query={query} />
                    </p>
                  )}
                </th>
                <td className={td}>
                  <div className="flex flex-col items-start gap-1">
                    <SilentBadge silent={hit.scope.silent} />
                    <HitFidelity hit={hit} />
                  </div>
                </td>
                <td className={td}>
                  <Link href={catalogHref(hit.catalog.slug)} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
                    {hit.catalog.name}
                  </Link>
                  <dl className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                    <div>
                      <dt className="sr-only">Wallet</dt>
                      <dd>{hit.catalog.wallet}</dd>
                    </div>
                    <div>
                      <dt className="sr-only">Region</dt>
                      <dd>
                        {hit.catalog.region}
                        {hit.catalog.countryCode && <span className="text-slate-500 dark:text-slate-400"> ({hit.catalog.countryCode})</span>}
                      </dd>
                    </div>
                  </dl>
                </td>
                <td className={td}>
                  {hit.scope.userInfoFields.length === 0 ? (
                    <span className="text-xs text-slate-500 dark:text-slate-400">none</span>
                  ) : (
                    <ul className="flex flex-wrap gap-1">
                      {hit.scope.userInfoFields.map((field) => (
                        <li key={field}>
                          <Mono className="rounded bg-slate-100 px-1 py-0.5 text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                            <FieldPath path={field} query={query} />
                          </Mono>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={td}>
                  {hit.scope.aliases.length === 0 ? (
                    <span className="text-xs text-slate-500 dark:text-slate-400">—</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {hit.scope.aliases.map((alias) => (
                        <li key={alias}>
                          <Link href={scopeHref(alias)} className="hover:underline">
                            <Mono className="text-slate-700 dark:text-slate-300">
                              <Highlight text={alias} query={query} />
                            </Mono>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

export function SearchResultsSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-800 dark:bg-slate-900" aria-hidden>
      <Skeleton className="mb-3 h-6 w-full" />
      <div className="space-y-3">
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="grid grid-cols-[2fr_1fr_2fr_1fr_2fr] gap-3">
            <Skeleton className="h-9" />
            <Skeleton className="h-5" />
            <Skeleton className="h-9" />
            <Skeleton className="h-5" />
            <Skeleton className="h-5" />
          </div>
        ))}
      </div>
    </div>
  );
}
