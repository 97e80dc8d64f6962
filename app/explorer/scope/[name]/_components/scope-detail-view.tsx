"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Badge, SilentBadge } from "@/app/_components/ui/badge";
import { FidelityDetail } from "@/app/_components/fidelity-detail";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Notice, Skeleton } from "@/app/_components/ui/feedback";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import type { Provenance } from "@/server/domain/catalog/schema";
import type { ScopeDetail } from "@/server/services/explorer";
import { MAX_COMPARE, catalogHref, compareHref, scopeHref, searchStateToQuery, EMPTY_SEARCH } from "../../../_components/url-state";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { CATALOG_PAGE_SOURCES, FidelityLegend } from "@/app/_components/fidelity-legend";

type Entry = ScopeDetail["entries"][number];

const linkClass = "font-medium text-brand-700 hover:underline dark:text-brand-100";

function Code({ children }: { children: ReactNode }) {
  return (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8rem] break-all text-slate-800 dark:bg-slate-800 dark:text-slate-200">
      {children}
    </code>
  );
}

/** "Accepted by 5 of 7 catalogs · silent in 1, consent in 4", and whether the silent flag differs. */
export function summarize(detail: ScopeDetail): { text: string; differs: boolean } {
  const total = detail.entries.length + detail.absentFrom.length;
  const silent = detail.entries.filter((entry) => entry.scope.silent).length;
  const consent = detail.entries.length - silent;
  const catalogs = total === 1 ? "catalog" : "catalogs";
  if (detail.entries.length === 0) return { text: `Accepted by none of ${total} ${catalogs}`, differs: false };
  return {
    text: `Accepted by ${detail.entries.length} of ${total} ${catalogs} · silent in ${silent}, consent in ${consent}`,
    differs: silent > 0 && consent > 0,
  };
}

function SourceLink({ url }: { url: string }) {
  let label = url;
  try {
    const parsed = new URL(url);
    label = `${parsed.hostname}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    // not a URL after all: show it as it is
  }
  return (
    <a href={url} target="_blank" rel="noreferrer noopener" className={`${linkClass} break-all`}>
      {label}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

function ProvenanceLine({ provenance }: { provenance: Provenance }) {
  // The source gets its own readable link, so the badge is not a second link to it.
  const { source, ...label } = provenance;
  return (
    <div className="space-y-1">
      <FidelityDetail label={label} />
      {source && (
        <p className="text-xs">
          <SourceLink url={source} />
        </p>
      )}
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2.5 sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="space-y-1.5 text-sm text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

function EntryCard({ entry, requested }: { entry: Entry; requested: string }) {
  const { catalog, scope } = entry;
  const headingId = `catalog-${catalog.slug}`;
  return (
    <Card className="p-5">
      <section aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 id={headingId} className="scroll-mt-4 text-base font-semibold">
              <Link href={catalogHref(catalog.slug)} className="text-slate-900 hover:underline dark:text-white">
                {catalog.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {catalog.wallet} · {catalog.region}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            <SilentBadge silent={scope.silent} />
            <FidelityDetail label={scope.silentProvenance} compact subject={`${scope.name}'s silent flag in ${catalog.name}`} />
            {scope.deprecated && <Badge tone="red">deprecated</Badge>}
          </div>
        </div>
        {entry.viaAlias && (
          <div className="mt-3">
            <Notice>
              Accepted through an alias: this catalog calls the scope <Code>{scope.name}</Code> and lists <Code>{requested}</Code> as
              another name for it.
            </Notice>
          </div>
        )}
        {scope.description && <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{scope.description}</p>}
        {scope.description && scope.descriptionProvenance && (
          <div className="mt-1">
            <ProvenanceLine provenance={scope.descriptionProvenance} />
          </div>
        )}
        <dl className="mt-3 divide-y divide-slate-100 border-t border-slate-100 dark:divide-slate-800 dark:border-slate-800">
          <Fact term="Consent">
            <p>{scope.silent ? "Silent: granted without the wallet's consent page." : "Consent: the wallet shows its consent page."}</p>
            <ProvenanceLine provenance={scope.silentProvenance} />
          </Fact>
          <Fact term="User-info fields">
            {scope.userInfoFields.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">None: this scope unlocks no field of inquiryUserInfo.</p>
            ) : (
              <ul className="flex flex-wrap gap-1.5">
                {scope.userInfoFields.map((field) => (
                  <li key={field}>
                    <Code>{field}</Code>
                  </li>
                ))}
              </ul>
            )}
            <ProvenanceLine provenance={scope.fieldsProvenance} />
          </Fact>
          <Fact term="Aliases">
            {scope.aliases.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">None</p>
            ) : (
              <ul className="flex flex-wrap gap-1.5">
                {scope.aliases.map((alias) => (
                  <li key={alias}>
                    <Link href={scopeHref(alias)} className="hover:underline">
                      <Code>{alias}</Code>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term="Deprecated">{scope.deprecated ? "Yes: the wallet marks this scope as deprecated." : "No"}</Fact>
          {scope.preassigned !== null && (
            <Fact term="Preassigned">
              {scope.preassigned ? "Yes: granted to every merchant without applying." : "No: merchants apply for it."}
            </Fact>
          )}
          <Fact term="When refused">
            <p>
              <Code>{`authErrorScopes: ${JSON.stringify({ [requested]: entry.errorValue })}`}</Code>
            </p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {scope.errorValue === null ? "The catalog's default error value." : "This scope's own error value."}
            </p>
          </Fact>
          <Fact term="Source">
            <ProvenanceLine provenance={scope.provenance} />
          </Fact>
        </dl>
      </section>
    </Card>
  );
}

/** The question people arrive with — which wallets accept it, and is it silent there — answered in one table. */
function Overview({ entries, requested }: { entries: Entry[]; requested: string }) {
  const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
  return (
    <section aria-labelledby="overview-heading" className="space-y-2">
      <h2 id="overview-heading" className="text-base font-semibold text-slate-900 dark:text-white">
        At a glance
      </h2>
      <FidelityLegend sources={CATALOG_PAGE_SOURCES} />
      <ScrollRegion label="At a glance table" className="rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption className="sr-only">Catalogs that accept {requested}: consent, fidelity and user-info fields</caption>
          <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-800/50">
            <tr>
              <th scope="col" className={th}>
                Catalog
              </th>
              <th scope="col" className={th}>
                Consent
              </th>
              <th scope="col" className={th}>
                User-info fields
              </th>
              <th scope="col" className={th}>
                Notes
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {entries.map(({ catalog, scope, viaAlias }) => (
              <tr key={catalog.slug}>
                <th scope="row" className="px-3 py-2 text-left align-top font-normal">
                  <a href={`#catalog-${catalog.slug}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
                    {catalog.name}
                  </a>
                </th>
                <td className="px-3 py-2 align-top">
                  <div className="flex flex-wrap items-start gap-1">
                    <SilentBadge silent={scope.silent} />
                    <FidelityDetail label={scope.silentProvenance} compact subject={`${scope.name}'s silent flag in ${catalog.name}`} />
                  </div>
                </td>
                <td className="px-3 py-2 align-top">
                  {scope.userInfoFields.length === 0 ? (
                    <span className="text-slate-500 dark:text-slate-400">none</span>
                  ) : (
                    <span className="font-mono text-[0.8rem] break-all text-slate-700 dark:text-slate-300">{scope.userInfoFields.join(", ")}</span>
                  )}
                </td>
                <td className="px-3 py-2 align-top text-xs text-slate-600 dark:text-slate-400">
                  {[viaAlias ? `alias of ${scope.name}` : null, scope.deprecated ? "deprecated" : null].filter(Boolean).join(" · ") || "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function DetailSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true">
      <span className="sr-only" role="status">
        Loading the scope…
      </span>
      <Skeleton className="h-6 w-2/3" />
      {[0, 1].map((index) => (
        <Skeleton key={index} className="h-72" />
      ))}
    </div>
  );
}

/** One scope across every catalog: where it is accepted (by name or alias) and with which facts. */
export function ScopeDetailView({ name }: { name: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.explorer.scope.queryOptions({ name }));
  const searchHref = `/explorer${searchStateToQuery({ ...EMPTY_SEARCH, q: name })}`;

  if (detail.isPending) return <DetailSkeleton />;
  if (detail.isError) {
    return (
      <div className="space-y-3">
        <ErrorNotice error={detail.error} title="Could not load this scope" />
        <div className="flex gap-2">
          <Button size="sm" onClick={() => void detail.refetch()}>
            Try again
          </Button>
          <Link href="/explorer" className={buttonClass("ghost", "sm")}>
            Back to search
          </Link>
        </div>
      </div>
    );
  }

  const data = detail.data;
  const summary = summarize(data);
  const slugs = data.entries.map((entry) => entry.catalog.slug);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="scope-summary">
          {summary.text}
          {summary.differs && (
            <strong
              className="font-semibold text-amber-900 dark:text-amber-200"
              title="The catalogs that accept this scope disagree on whether it is silent"
            >
              {" "}
              — silent flag differs
            </strong>
          )}
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href={searchHref} className={buttonClass("secondary", "sm")}>
            Search for this name
          </Link>
          {slugs.length > 1 && (
            <Link href={compareHref(slugs.slice(0, MAX_COMPARE), name)} className={buttonClass("secondary", "sm")}>
              Compare these catalogs
            </Link>
          )}
        </div>
      </div>

      {data.entries.length === 0 ? (
        <EmptyState
          title="No catalog accepts this scope"
          action={
            <Link href={searchHref} className={buttonClass("secondary", "sm")}>
              Search for similar scopes
            </Link>
          }
        >
          Neither a scope name nor an alias in any catalog is exactly <span className="font-mono break-all">{name}</span> (names are
          case-sensitive).
        </EmptyState>
      ) : (
        <>
          <Overview entries={data.entries} requested={name} />
          <section aria-labelledby="details-heading" className="space-y-3">
            <h2 id="details-heading" className="text-base font-semibold text-slate-900 dark:text-white">
              Details by catalog
            </h2>
            <div className="space-y-4">
              {data.entries.map((entry) => (
                <EntryCard key={entry.catalog.slug} entry={entry} requested={name} />
              ))}
            </div>
          </section>
        </>
      )}

      {data.absentFrom.length > 0 && data.entries.length > 0 && (
        <section aria-labelledby="absent-heading">
          <h2 id="absent-heading" className="mb-2 text-base font-semibold text-slate-900 dark:text-white">
            Not accepted by {data.absentFrom.length} {data.absentFrom.length === 1 ? "catalog" : "catalogs"}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {data.absentFrom.map((catalog) => (
              <li key={catalog.slug}>
                <Link
                  href={catalogHref(catalog.slug)}
                  className="inline-block rounded-md border border-slate-200 bg-white px-2.5 py-1 text-sm text-slate-800 hover:border-brand-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
                >
                  {catalog.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
