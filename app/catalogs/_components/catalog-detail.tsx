"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { Badge } from "@/app/_components/ui/badge";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { PageHeader } from "@/app/_components/ui/page-header";
import { ErrorCodesSection, JsapiSection, OverviewSection, ScopesSection, ServerApiSection } from "./catalog-sections";
import { CloneDialog } from "./clone-dialog";
import { errorCodeOf } from "./format";
import { CatalogNotFound } from "./catalog-not-found";
import { catalogQueryRetry, isMissing } from "./catalog-query";
import { TimeAgo } from "./time-ago";

const ON_THIS_PAGE = [
  { href: "#overview", label: "Overview" },
  { href: "#scopes", label: "Scopes" },
  { href: "#error-codes", label: "Error codes" },
  { href: "#jsapi", label: "JSAPI profile" },
  { href: "#server-api", label: "Server API profile" },
];

export function CatalogDetail({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const record = useQuery(trpc.catalog.bySlug.queryOptions({ slug }, { retry: catalogQueryRetry }));
  const [cloneOpen, setCloneOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const remove = useMutation(
    trpc.catalog.delete.mutationOptions({
      onSuccess: async () => {
        setDeleteOpen(false);
        router.push("/catalogs");
        // Mark this catalog's queries stale without refetching them here (that would flash "not found").
        await Promise.all([
          queryClient.invalidateQueries({ ...trpc.catalog.bySlug.queryFilter({ slug }), refetchType: "none" }),
          queryClient.invalidateQueries({ ...trpc.catalog.versions.queryFilter({ slug }), refetchType: "none" }),
          queryClient.invalidateQueries(trpc.catalog.list.queryFilter()),
          queryClient.invalidateQueries(trpc.catalog.builtins.queryFilter()),
        ]);
      },
    }),
  );

  if (record.isPending) {
    return (
      <div className="space-y-4" aria-busy="true">
        <Spinner label="Loading catalog" />
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-40" />
        <Skeleton className="h-80" />
      </div>
    );
  }
  if (record.isError) {
    if (isMissing(record.error)) return <CatalogNotFound slug={slug} />;
    return (
      <div className="space-y-3">
        <ErrorNotice error={record.error} title="Could not load the catalog" />
        <Button size="sm" onClick={() => void record.refetch()}>
          Try again
        </Button>
      </div>
    );
  }

  const catalog = record.data.document;
  const conflict = errorCodeOf(remove.error) === "CONFLICT";

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/catalogs" className="text-brand-700 underline hover:no-underline dark:text-brand-100">
          Catalogs
        </Link>
        <span aria-hidden className="px-1.5 text-slate-400">
          /
        </span>
        <span aria-current="page" className="text-slate-600 dark:text-slate-400">
          {catalog.slug}
        </span>
      </nav>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="break-words">{catalog.name}</span>
            {record.data.builtin && (
              <Badge tone="brand" title="Shipped with the studio; its built-in state can be restored from the Catalogs page">
                built-in
              </Badge>
            )}
          </span>
        }
        description={
          <dl className="flex flex-wrap gap-x-5 gap-y-1">
            {(
              [
                ["Wallet", catalog.wallet],
                ["Region", catalog.region],
                ["Country", catalog.countryCode ?? "multi-country"],
                ["Version", `v${record.data.version}`],
                ["Slug", catalog.slug],
              ] as const
            ).map(([term, value]) => (
              <div key={term} className="flex gap-1.5">
                <dt className="text-slate-500 dark:text-slate-400">{term}</dt>
                <dd className={term === "Slug" || term === "Country" ? "font-mono text-slate-800 dark:text-slate-200" : "font-medium text-slate-800 dark:text-slate-200"}>
                  {value}
                </dd>
              </div>
            ))}
            <div className="flex gap-1.5">
              <dt className="text-slate-500 dark:text-slate-400">Updated</dt>
              <dd className="text-slate-800 dark:text-slate-200">
                <TimeAgo ms={record.data.updatedAt} />
              </dd>
            </div>
          </dl>
        }
        actions={
          <>
            <Link href={`/catalogs/${catalog.slug}/edit`} className={buttonClass("primary")}>
              Edit
            </Link>
            <Button onClick={() => setCloneOpen(true)}>Clone</Button>
            <a href={`/api/catalogs/${catalog.slug}/export`} download={`${catalog.slug}.catalog.json`} className={buttonClass("secondary")}>
              Export JSON
            </a>
            <Link href={`/catalogs/${catalog.slug}/history`} className={buttonClass("secondary")}>
              History
            </Link>
            <Button
              variant="danger"
              onClick={() => {
                remove.reset();
                setDeleteOpen(true);
              }}
            >
              Delete
            </Button>
          </>
        }
      />

      <nav aria-label="On this page" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {ON_THIS_PAGE.map((item) => (
          <a key={item.href} href={item.href} className="text-brand-700 hover:underline dark:text-brand-100">
            {item.label}
          </a>
        ))}
      </nav>

      <div className="space-y-6">
        <OverviewSection catalog={catalog} />
        <ScopesSection catalog={catalog} />
        <ErrorCodesSection catalog={catalog} />
        <JsapiSection catalog={catalog} />
        <ServerApiSection catalog={catalog} />
      </div>

      {cloneOpen && <CloneDialog open={cloneOpen} source={{ slug: catalog.slug, name: catalog.name }} onClose={() => setCloneOpen(false)} />}

      <ConfirmDialog
        open={deleteOpen}
        danger
        title={`Delete “${catalog.name}”?`}
        confirmLabel="Delete catalog"
        busy={remove.isPending}
        onCancel={() => setDeleteOpen(false)}
        onConfirm={() => remove.mutate({ slug: catalog.slug, expectedVersion: record.data.version })}
      >
        <div className="space-y-3">
          <p>
            This deletes the catalog <code className="font-mono">{catalog.slug}</code> (version {record.data.version}) and its version
            history.{" "}
            {record.data.builtin
              ? "It is a built-in catalog: you can bring it back with “Restore built-in state” on the Catalogs page."
              : "This cannot be undone. Export it first if you may need it again."}
          </p>
          {remove.error && (
            <div className="space-y-2">
              <ErrorNotice error={remove.error} title={conflict ? "The catalog changed since you opened it" : "Not deleted"} />
              {conflict && (
                <Button
                  size="sm"
                  onClick={() => {
                    remove.reset();
                    void record.refetch();
                  }}
                >
                  Reload the catalog
                </Button>
              )}
            </div>
          )}
        </div>
      </ConfirmDialog>
    </>
  );
}
