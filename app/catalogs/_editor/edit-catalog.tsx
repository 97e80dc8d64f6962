"use client";

import { useCallback, useState } from "react";
import Link from "next/link";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { errorCode } from "@/app/_trpc/errors";
import { EmptyState, ErrorNotice, Notice, Spinner } from "@/app/_components/ui/feedback";
import { buttonClass } from "@/app/_components/ui/button";
import type { LoadedCatalog } from "./catalog-editor";
import { LazyCatalogEditor, usePreloadedEditor } from "./lazy-editor";

const linkClass = "font-medium text-brand-600 hover:underline dark:text-brand-100";

type Loaded = { name: string; version: number; builtin: boolean } & LoadedCatalog;

/** `/catalogs/<slug>/edit`: loads the catalog, edits it, saves with the version it loaded. */
export function EditCatalog({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  usePreloadedEditor();
  const options = trpc.catalog.bySlug.queryOptions({ slug });
  const query = useQuery(options);
  // The editor starts from the first version loaded; later fetches only tell it a newer version exists.
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  if (loaded === null && query.data) {
    setLoaded({ name: query.data.name, version: query.data.version, builtin: query.data.builtin, document: query.data.document });
  }

  const reloadLatest = useCallback(async (): Promise<LoadedCatalog> => {
    const record = await queryClient.fetchQuery({ ...options, staleTime: 0 });
    return { document: record.document, version: record.version };
  }, [queryClient, options]);

  if (loaded) {
    const detailHref = `/catalogs/${encodeURIComponent(slug)}`;
    return (
      <LazyCatalogEditor
        key={slug}
        mode="edit"
        initial={loaded.document}
        heading={`Edit ${loaded.name}`}
        description={
          <>
            Editing version {loaded.version} of{" "}
            <Link href={detailHref} className={linkClass}>
              <code className="font-mono text-xs">{slug}</code>
            </Link>
            . Saving creates a new version; the history keeps every earlier one.
          </>
        }
        cancelHref={detailHref}
        notice={
          loaded.builtin ? (
            <Notice tone="info">
              This is a built-in catalog. Your changes are saved as a new version for everyone using this studio; the built-in state can
              be restored at any time.
            </Notice>
          ) : undefined
        }
        edit={{ slug, version: loaded.version, latestVersion: query.data?.version ?? loaded.version, reloadLatest }}
      />
    );
  }
  if (query.isError) {
    const notFound = errorCode(query.error) === "NOT_FOUND";
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">Edit catalog</h1>
        {notFound ? (
          <EmptyState
            title={`No catalog “${slug}”`}
            action={
              <Link href="/catalogs" className={buttonClass("secondary")}>
                All catalogs
              </Link>
            }
          >
            It may have been deleted or renamed.
          </EmptyState>
        ) : (
          <ErrorNotice error={query.error} title="Could not load the catalog" />
        )}
      </div>
    );
  }
  return <Spinner label="Loading the catalog" />;
}
