"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNotice, Spinner } from "@/app/_components/ui/feedback";
import { LazyCatalogEditor, usePreloadedEditor } from "./lazy-editor";
import { blankCatalog, cloneAsDraft } from "./templates";

const linkClass = "font-medium text-brand-600 hover:underline dark:text-brand-100";

/** `/catalogs/new`: a blank catalog, or (`?from=<slug>`) a copy of an existing one as a draft. */
export function NewCatalog({ from }: { from: string | null }) {
  usePreloadedEditor();
  if (from) return <CloneDraft from={from} />;
  return <BlankDraft />;
}

function BlankDraft() {
  const initial = useMemo(() => blankCatalog(), []);
  return (
    <LazyCatalogEditor
      mode="create"
      initial={initial}
      heading="New catalog"
      description="Start from the defaults most Alipay+-family wallets share (all marked assumed) and add the wallet's scopes."
      cancelHref="/catalogs"
    />
  );
}

function CloneDraft({ from }: { from: string }) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.catalog.bySlug.queryOptions({ slug: from }), refetchOnWindowFocus: false, staleTime: Infinity });
  const initial = useMemo(() => (query.data ? cloneAsDraft(query.data.document) : null), [query.data]);
  if (initial && query.data) {
    return (
      <LazyCatalogEditor
        mode="create"
        initial={initial}
        heading="New catalog"
        description={
          <>
            A copy of{" "}
            <Link href={`/catalogs/${encodeURIComponent(query.data.slug)}`} className={linkClass}>
              {query.data.name}
            </Link>{" "}
            (version {query.data.version}). Nothing is saved until you create it.
          </>
        }
        cancelHref="/catalogs"
      />
    );
  }
  if (query.isError) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">New catalog</h1>
        <ErrorNotice error={query.error} title={`Could not load “${from}” to copy`} />
        <p className="text-sm">
          <Link href="/catalogs/new" className={linkClass}>
            Start from a blank catalog
          </Link>{" "}
          or go back to the{" "}
          <Link href="/catalogs" className={linkClass}>
            catalogs
          </Link>
          .
        </p>
      </div>
    );
  }
  return <Spinner label="Loading the catalog to copy" />;
}
