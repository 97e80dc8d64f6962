"use client";

import { CodeBlock, type CodeLang } from "@/app/_components/code-block";
import { Badge } from "@/app/_components/ui/badge";
import { cn } from "@/app/_components/ui/cn";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { Card } from "@/app/_components/ui/page-header";
import type { SnippetFileInfo } from "@/server/domain/snippets/files";
import { TARGET_LABELS, fileUsesScopes, languageLabel, snippetFileUrl } from "./url-state";
import { useSnippet } from "./use-snippet";

const CODE_LANG: Record<SnippetFileInfo["language"], CodeLang> = {
  typescript: "typescript",
  javascript: "javascript",
  shell: "bash",
  python: "python",
  java: "java",
  markdown: "markdown",
};

const CODE_HEIGHT = 640;

function CodeSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-2" aria-busy="true">
      <Spinner label={label} />
      <Skeleton className="h-96" />
    </div>
  );
}

export function SnippetFileSkeleton() {
  return (
    <Card className="space-y-3 p-4">
      <Skeleton className="h-6 w-48" />
      <Skeleton className="h-4 w-3/4" />
      <CodeSkeleton label="Loading the catalog" />
    </Card>
  );
}

/** One SDK file: what it is, its code (highlighted, with Copy) and a download link. */
export function SnippetFilePanel({
  slug,
  catalogName,
  catalogVersion,
  file,
  scopes,
}: {
  slug: string;
  catalogName: string | null;
  catalogVersion: number | undefined;
  file: SnippetFileInfo;
  scopes: readonly string[];
}) {
  const url = snippetFileUrl(slug, file, scopes);
  const snippet = useSnippet(url, catalogVersion);
  const usesScopes = fileUsesScopes(file);
  const updating = snippet.isFetching && snippet.isPlaceholderData;

  return (
    <Card className="space-y-3 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 className="font-mono text-base font-semibold break-all text-slate-900 dark:text-white">{file.filename}</h2>
          <div className="flex flex-wrap items-center gap-1.5">
            <Badge tone="brand">{TARGET_LABELS[file.side]}</Badge>
            <Badge>{languageLabel(file)}</Badge>
            {catalogName && <Badge tone="violet">{catalogName}</Badge>}
          </div>
        </div>
        <a href={snippetFileUrl(slug, file, scopes, { download: true })} download className={buttonClass("secondary", "sm")}>
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M10 3a1 1 0 0 1 1 1v7.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.6V4a1 1 0 0 1 1-1ZM4 15a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
          </svg>
          Download {file.filename}
        </a>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">{file.summary}</p>
      <div className="flex min-h-5 flex-wrap items-center justify-between gap-2">
      <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {!usesScopes
          ? "This file does not depend on scopes: it is the same for every selection."
          : scopes.length === 0
            ? "Covers every scope of the catalog (no narrowing)."
            : `Narrowed to ${scopes.length === 1 ? "1 scope" : `${scopes.length} scopes`}: ${scopes.join(", ")}.`}
      </p>
        {updating && <Spinner label="Updating" />}
      </div>

      {snippet.isError ? (
        <div className="space-y-3">
          <ErrorNotice error={snippet.error} title={`Could not generate ${file.filename}`} />
          <Button size="sm" onClick={() => void snippet.refetch()}>
            Try again
          </Button>
        </div>
      ) : snippet.data === undefined ? (
        <CodeSkeleton label={`Generating ${file.filename}`} />
      ) : (
        <CodeBlock
          code={snippet.data}
          lang={CODE_LANG[file.language]}
          label={file.filename}
          maxHeight={CODE_HEIGHT}
          className={cn(updating && "opacity-70 transition-opacity motion-reduce:transition-none")}
        />
      )}
    </Card>
  );
}
