"use client";

import { useCallback } from "react";
import Link from "next/link";
import { useUrlState } from "@/app/_components/use-url-state";
import { useQuery } from "@tanstack/react-query";
import { buttonClass } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Skeleton } from "@/app/_components/ui/feedback";
import { SelectField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import { errorCode } from "@/app/_trpc/errors";
import { SNIPPET_FILE_INFO } from "@/server/domain/snippets/files";
import { ChoiceGroup } from "./choice-group";
import { BuildScriptPanel, SdkPanel } from "./sdk-panel";
import { ScopeNarrowing, unknownScopes } from "./scope-narrowing";
import { SnippetFilePanel, SnippetFileSkeleton } from "./snippet-file-panel";
import {
  TARGET_HINTS,
  TARGET_LABELS,
  fileUsesScopes,
  filesForTarget,
  findFile,
  languageLabel,
  snippetTargets,
  snippetsParamsFromState,
  snippetsParsers,
  snippetsStateFromParams,
  type SnippetTarget,
  type SnippetsState,
} from "./url-state";

const DEFAULT_FILE = SNIPPET_FILE_INFO[0];

export function SnippetsSkeleton() {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]" aria-busy="true">
      <div className="space-y-4">
        <Skeleton className="h-16" />
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
        <Skeleton className="h-72" />
      </div>
      <SnippetFileSkeleton />
    </div>
  );
}

/**
 * The Snippets page: pick a catalog, a target and a language (= one SDK file), optionally narrow to
 * scopes; see the file, copy or download it, or download the whole SDK. All of it in the URL.
 */
export function SnippetsView() {
  const [params, setParams] = useUrlState(snippetsParsers);
  const state = snippetsStateFromParams(params);
  const trpc = useTRPC();

  /**
   * URL updates stay on this page (no server round trip per checkbox), and the updater starts from
   * the state as it is now, so quick successive clicks compose.
   */
  const update = useCallback(
    (change: (current: SnippetsState) => SnippetsState, how: "push" | "replace" = "push") =>
      void setParams((current) => snippetsParamsFromState(change(snippetsStateFromParams(current))), { history: how }),
    [setParams],
  );

  const catalogs = useQuery(trpc.catalog.list.queryOptions());
  const slug = state.catalog ?? catalogs.data?.[0]?.slug ?? null;
  const record = useQuery({ ...trpc.catalog.bySlug.queryOptions({ slug: slug ?? "" }), enabled: slug !== null });
  const knownSlug = catalogs.data?.some((catalog) => catalog.slug === slug) ?? true;

  const requestedFile = findFile(state.file);
  const file = requestedFile ?? DEFAULT_FILE;
  if (!file) throw new Error("No snippet files are defined");
  const target = file.side;
  const targets = snippetTargets();
  const languages = filesForTarget(target);

  if (catalogs.isSuccess && catalogs.data.length === 0) {
    return (
      <EmptyState
        title="No catalogs yet"
        action={
          <Link href="/catalogs/new" className={buttonClass("primary", "sm")}>
            Create a catalog
          </Link>
        }
      >
        Snippets are generated from a scope catalog. Create or restore one first.
      </EmptyState>
    );
  }

  const controls = (
    <Card className="space-y-5 p-4">
      <h2 className="sr-only">Options</h2>
      {catalogs.isError ? (
        <ErrorNotice error={catalogs.error} title="Could not load the catalogs" />
      ) : (
        <SelectField
          label="Catalog"
          value={slug ?? ""}
          disabled={catalogs.isPending}
          hint="The wallet whose scopes, payloads and error codes the code is typed to."
          onChange={(event) => {
            const next = event.target.value;
            update((current) => ({ ...current, catalog: next, scopes: [] }));
          }}
        >
          {catalogs.isPending && <option value={slug ?? ""}>{slug ?? "Loading catalogs…"}</option>}
          {slug && !knownSlug && <option value={slug}>{slug} (unknown)</option>}
          {catalogs.data?.map((catalog) => (
            <option key={catalog.slug} value={catalog.slug}>
              {catalog.name}
            </option>
          ))}
        </SelectField>
      )}
      <ChoiceGroup
        legend="Target"
        value={target}
        choices={targets.map((value) => ({ value, label: TARGET_LABELS[value] }))}
        hint={TARGET_HINTS[target]}
        onChange={(value) => {
          const first = filesForTarget(value as SnippetTarget)[0];
          if (first) update((current) => ({ ...current, file: first.filename }));
        }}
      />
      {languages.length > 1 && (
        <ChoiceGroup
          legend="Language"
          value={file.filename}
          choices={languages.map((info) => ({ value: info.filename, label: languageLabel(info) }))}
          onChange={(filename) => update((current) => ({ ...current, file: filename }))}
        />
      )}
      <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
        {record.isSuccess ? (
          <ScopeNarrowing
            key={record.data.slug}
            scopes={record.data.document.scopes}
            selected={state.scopes}
            appliesToFile={fileUsesScopes(file)}
            onChange={(change) => update((current) => ({ ...current, scopes: change(current.scopes) }), "replace")}
          />
        ) : record.isError ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">The scopes appear once the catalog loads.</p>
        ) : (
          <div className="space-y-2" aria-busy="true">
            <Skeleton className="h-5 w-36" />
            <Skeleton className="h-12" />
            <Skeleton className="h-9" />
            <Skeleton className="h-48" />
          </div>
        )}
      </div>
    </Card>
  );

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <section aria-label="Snippet options" className="min-w-0">
        {controls}
      </section>
      <div className="min-w-0 space-y-6">
        {state.file !== null && !requestedFile && (
          <ErrorNotice
            title={`There is no snippet file “${state.file}”`}
            error={`Showing ${file.filename} instead. The files are: ${SNIPPET_FILE_INFO.map((info) => info.filename).join(", ")}.`}
          />
        )}
        {slug === null ? (
          catalogs.isError ? null : <SnippetFileSkeleton />
        ) : record.isError ? (
          <ErrorNotice
            error={record.error}
            title={errorCode(record.error) === "NOT_FOUND" ? `There is no catalog “${slug}”` : `Could not load the catalog “${slug}”`}
          />
        ) : (
          <>
            <SnippetFilePanel
              slug={slug}
              catalogName={record.data?.name ?? null}
              catalogVersion={record.data?.version}
              file={file}
              scopes={state.scopes}
            />
            <SdkPanel
              slug={slug}
              catalogName={record.data?.name ?? null}
              scopes={state.scopes}
              unknown={record.data ? unknownScopes(record.data.document.scopes, state.scopes) : []}
            />
            <BuildScriptPanel slug={slug} file={file} scopes={state.scopes} />
          </>
        )}
      </div>
    </div>
  );
}
