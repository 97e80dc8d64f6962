"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { VersionSummary } from "@/server/services/catalog-store";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor } from "@/app/_components/author";
import { Badge } from "@/app/_components/ui/badge";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { cn } from "@/app/_components/ui/cn";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState, ErrorNotice, Notice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { SelectField } from "@/app/_components/ui/field";
import { Card, PageHeader } from "@/app/_components/ui/page-header";
import { AuthorGate } from "../../../_components/author-gate";
import { catalogQueryRetry, isMissing } from "../../../_components/catalog-query";
import { CatalogNotFound } from "../../../_components/catalog-not-found";
import { ChangeList } from "../../../_components/change-list";
import { errorCodeOf, plural } from "../../../_components/format";
import { TimeAgo } from "../../../_components/time-ago";

type Selection = { from: number; to: number };

function VersionList({
  versions,
  latest,
  selected,
  onSelect,
}: {
  versions: VersionSummary[];
  latest: number;
  selected: Selection;
  onSelect: (version: number) => void;
}) {
  return (
    <ol className="divide-y divide-slate-100 dark:divide-slate-800" aria-label="Versions, newest first">
      {versions.map((version) => {
        const active = selected.to === version.version && selected.from === version.version - 1;
        return (
          <li key={version.version}>
            <button
              type="button"
              aria-current={active ? "true" : undefined}
              onClick={() => onSelect(version.version)}
              className={cn(
                "block w-full px-4 py-3 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-800/50",
                active && "bg-brand-50 ring-2 ring-inset ring-brand-500 hover:bg-brand-50 dark:bg-brand-700/20 dark:hover:bg-brand-700/20",
              )}
            >
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-slate-900 dark:text-white">Version {version.version}</span>
                {version.version === latest && <Badge tone="green">current</Badge>}
                <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">
                  {version.version === 1 ? "first version" : plural(version.changeCount, "change")}
                </span>
              </span>
              <span className="mt-1 block break-words text-slate-800 dark:text-slate-200">{version.summary}</span>
              <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                by <span className="font-medium">{version.author}</span> · <TimeAgo ms={version.createdAt} withAbsolute />
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function DiffPanel({ slug, selection, versions }: { slug: string; selection: Selection; versions: VersionSummary[] }) {
  const trpc = useTRPC();
  const { from, to } = selection;
  const comparable = from >= 1 && from !== to;
  const diff = useQuery(trpc.catalog.diff.queryOptions({ slug, from, to }, { enabled: comparable, retry: catalogQueryRetry }));
  const toVersion = versions.find((version) => version.version === to);

  if (from < 1) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Version {to} is where this catalog&apos;s history starts{toVersion ? ` (“${toVersion.summary}”)` : ""}: there is no earlier
        version to compare it with. Pick two versions above to compare them.
      </p>
    );
  }
  if (from === to) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">Both sides are version {to}: nothing to compare.</p>;
  }
  if (diff.isPending) return <Spinner label="Comparing versions" />;
  if (diff.isError) return <ErrorNotice error={diff.error} title="Could not compare these versions" />;
  return (
    <ChangeList
      changes={diff.data}
      empty={`No changes: version ${to} has the same content as version ${from}.`}
    />
  );
}

export function HistoryView({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [author] = useAuthor();
  const record = useQuery(trpc.catalog.bySlug.queryOptions({ slug }, { retry: catalogQueryRetry }));
  const versions = useQuery(trpc.catalog.versions.queryOptions({ slug }, { retry: catalogQueryRetry }));
  const [chosen, setChosen] = useState<Selection | null>(null);
  const diffHeading = useRef<HTMLHeadingElement>(null);
  const [restoreOpen, setRestoreOpen] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [restored, setRestored] = useState<{ from: number; as: number } | null>(null);

  const restore = useMutation(
    trpc.catalog.restoreVersion.mutationOptions({
      onSuccess: async (result, input) => {
        setRestoreOpen(false);
        setChosen(null);
        setRestored({ from: input.version, as: result.version });
        await queryClient.invalidateQueries(trpc.catalog.pathFilter());
      },
    }),
  );

  const reload = async () => {
    restore.reset();
    setRestoreOpen(false);
    setChosen(null);
    await queryClient.invalidateQueries(trpc.catalog.pathFilter());
  };

  if (record.isError && isMissing(record.error)) return <CatalogNotFound slug={slug} />;

  const breadcrumb = (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link href="/catalogs" className="text-brand-700 underline hover:no-underline dark:text-brand-100">
        Catalogs
      </Link>
      <span aria-hidden className="px-1.5 text-slate-400">
        /
      </span>
      <Link href={`/catalogs/${slug}`} className="text-brand-700 underline hover:no-underline dark:text-brand-100">
        {slug}
      </Link>
      <span aria-hidden className="px-1.5 text-slate-400">
        /
      </span>
      <span aria-current="page" className="text-slate-600 dark:text-slate-400">
        History
      </span>
    </nav>
  );

  const header = (
    <PageHeader
      title={record.data ? `History of ${record.data.name}` : "History"}
      description={
        record.data ? (
          <>
            Every saved version of <code className="font-mono">{slug}</code>, newest first; the current version is {record.data.version}.
            Pick a version to see what it changed, or compare any two.
          </>
        ) : (
          "Every saved version, newest first."
        )
      }
      actions={
        <Link href={`/catalogs/${slug}`} className={buttonClass("secondary")}>
          Back to catalog
        </Link>
      }
    />
  );

  if (record.isPending || versions.isPending) {
    return (
      <>
        {breadcrumb}
        {header}
        <div className="space-y-3" aria-busy="true">
          <Spinner label="Loading history" />
          <Skeleton className="h-20" />
          <Skeleton className="h-20" />
        </div>
      </>
    );
  }
  if (record.isError || versions.isError) {
    return (
      <>
        {breadcrumb}
        {header}
        <ErrorNotice error={record.error ?? versions.error} title="Could not load the history" />
        <Button className="mt-3" size="sm" onClick={() => void reload()}>
          Try again
        </Button>
      </>
    );
  }

  const list = versions.data;
  const newest = list[0];
  if (!newest) {
    return (
      <>
        {breadcrumb}
        {header}
        <EmptyState title="No versions">This catalog has no saved versions.</EmptyState>
      </>
    );
  }
  const latest = newest.version;
  const selection: Selection = chosen ?? { from: latest - 1, to: latest };
  const target = list.find((version) => version.version === selection.to);
  const single = selection.from === selection.to - 1;
  const conflict = errorCodeOf(restore.error) === "CONFLICT";
  const currentVersion = record.data.version;

  return (
    <>
      {breadcrumb}
      {header}
      {restored && (
        <div className="mb-4">
          <Notice tone="success">
            Restored version {restored.from} as version {restored.as}, now the current version.
          </Notice>
        </div>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Card>
          <h2 className="border-b border-slate-200 px-4 py-3 text-base font-semibold dark:border-slate-800">
            Versions <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({list.length})</span>
          </h2>
          <VersionList
            versions={list}
            latest={latest}
            selected={selection}
            onSelect={(version) => {
              setChosen({ from: version - 1, to: version });
              // On narrow screens the diff sits below the list: bring it into view.
              if (window.matchMedia("(max-width: 1023px)").matches) {
                diffHeading.current?.scrollIntoView({ behavior: "smooth", block: "start" });
              }
            }}
          />
        </Card>

        <Card className="p-4 sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h2 ref={diffHeading} className="scroll-mt-4 text-lg font-semibold text-slate-900 dark:text-white" aria-live="polite">
                {single
                  ? selection.from < 1
                    ? `Version ${selection.to}`
                    : `Changes in version ${selection.to}`
                  : `Version ${selection.from} → version ${selection.to}`}
              </h2>
              {target && (
                <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
                  {target.summary} · by <span className="font-medium">{target.author}</span> ·{" "}
                  <TimeAgo ms={target.createdAt} withAbsolute />
                </p>
              )}
            </div>
            {selection.to !== latest ? (
              <Button
                variant="primary"
                onClick={() => {
                  restore.reset();
                  setAttempted(false);
                  setRestoreOpen(true);
                }}
              >
                Restore this version
              </Button>
            ) : (
              <Badge tone="green">current version</Badge>
            )}
          </div>

          <fieldset className="mt-4 flex flex-wrap items-end gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
            <legend className="px-1 text-xs font-medium text-slate-600 dark:text-slate-400">Compare any two versions</legend>
            <SelectField
              label="From version"
              value={String(selection.from)}
              onChange={(event) => setChosen({ from: Number(event.target.value), to: selection.to })}
              className="w-40"
            >
              {selection.from < 1 && <option value="0">(none)</option>}
              {list.map((version) => (
                <option key={version.version} value={version.version}>
                  Version {version.version}
                </option>
              ))}
            </SelectField>
            <span aria-hidden className="pb-2 text-slate-500">
              →
            </span>
            <SelectField
              label="To version"
              value={String(selection.to)}
              onChange={(event) => setChosen({ from: selection.from, to: Number(event.target.value) })}
              className="w-40"
            >
              {list.map((version) => (
                <option key={version.version} value={version.version}>
                  Version {version.version}
                </option>
              ))}
            </SelectField>
          </fieldset>

          <div className="mt-5">
            <DiffPanel slug={slug} selection={selection} versions={list} />
          </div>
        </Card>
      </div>

      <ConfirmDialog
        open={restoreOpen}
        title={`Restore version ${selection.to}?`}
        confirmLabel={`Restore version ${selection.to}`}
        busy={restore.isPending}
        onCancel={() => setRestoreOpen(false)}
        onConfirm={() => {
          setAttempted(true);
          if (author) restore.mutate({ slug, version: selection.to, expectedVersion: currentVersion, author });
        }}
      >
        <div className="space-y-3">
          <p>
            Saves the content of version {selection.to} as a new version ({currentVersion + 1}). Nothing is lost: version{" "}
            {currentVersion} stays in the history.
          </p>
          <AuthorGate action="restore a version" attempted={attempted} />
          {restore.error && (
            <div className="space-y-2">
              <ErrorNotice error={restore.error} title={conflict ? "The catalog changed since you loaded this page" : "Not restored"} />
              {conflict && (
                <Button size="sm" onClick={() => void reload()}>
                  Reload the history
                </Button>
              )}
            </div>
          )}
        </div>
      </ConfirmDialog>
    </>
  );
}
