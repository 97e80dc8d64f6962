"use client";

import Link from "next/link";
import { useId, useState, type ChangeEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Issue } from "@/server/domain/errors";
import type { CatalogFile } from "@/server/domain/catalog/schema";
import { MAX_IMPORT_BYTES } from "@/server/domain/limits";
import type { ImportPreview } from "@/server/services/catalog-store";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor } from "@/app/_components/author";
import { Badge } from "@/app/_components/ui/badge";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { ErrorNotice, Notice, Spinner } from "@/app/_components/ui/feedback";
import { Card } from "@/app/_components/ui/page-header";
import { cn } from "@/app/_components/ui/cn";
import { AuthorGate } from "./author-gate";
import { ChangeList } from "./change-list";
import { errorCodeOf, plural } from "./format";

export type ImportState =
  | { status: "idle" }
  | { status: "checking"; fileName: string }
  | { status: "refused"; fileName: string; message: string; issues: Issue[] }
  | { status: "preview"; fileName: string; blob: Blob; file: CatalogFile; preview: ImportPreview }
  | { status: "done"; fileName: string; slug: string; name: string; version: number };

type PreviewResponse = { file: CatalogFile; preview: ImportPreview };
type ErrorResponse = { error: { code: string; message: string; issues?: Issue[] } };

function isPreview(body: unknown): body is PreviewResponse {
  return typeof body === "object" && body !== null && "preview" in body && "file" in body;
}
function isError(body: unknown): body is ErrorResponse {
  return (
    typeof body === "object" &&
    body !== null &&
    "error" in body &&
    typeof (body as ErrorResponse).error === "object" &&
    typeof (body as ErrorResponse).error?.message === "string"
  );
}

/** Sends the file's bytes, unchanged, to the preview endpoint. Writes nothing. */
async function requestPreview(fileName: string, blob: Blob): Promise<ImportState> {
  if (blob.size > MAX_IMPORT_BYTES) {
    // Same rule and wording as the server; no need to upload megabytes to hear it.
    return {
      status: "refused",
      fileName,
      message: `The file is ${(blob.size / 1024 / 1024).toFixed(1)} MB; catalog files are at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      issues: [],
    };
  }
  let response: Response;
  try {
    response = await fetch("/api/catalogs/import", {
      method: "POST",
      body: blob,
      headers: { "Content-Type": "application/json" },
    });
  } catch {
    return { status: "refused", fileName, message: "Could not reach the server to check the file. Nothing was changed.", issues: [] };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: handled below
  }
  if (response.ok && isPreview(body)) {
    return { status: "preview", fileName, blob, file: body.file, preview: body.preview };
  }
  if (isError(body)) {
    return { status: "refused", fileName, message: body.error.message, issues: body.error.issues ?? [] };
  }
  return {
    status: "refused",
    fileName,
    message: `The server answered HTTP ${response.status} without an explanation. Nothing was changed.`,
    issues: [],
  };
}

/** The "Import catalog" file picker, styled as a button. */
export function ImportButton({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the value so picking the same file again (after editing it) is a new choice.
    event.target.value = "";
    if (file) onFile(file);
  };
  return (
    <label
      htmlFor={id}
      className={cn(
        buttonClass("secondary"),
        "cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-500",
        busy && "pointer-events-none opacity-60",
      )}
    >
      Import catalog
      <input id={id} type="file" accept=".json,application/json" className="sr-only" onChange={onChange} disabled={busy} />
    </label>
  );
}

export function useCatalogImport() {
  const [state, setState] = useState<ImportState>({ status: "idle" });
  const check = async (fileName: string, blob: Blob) => {
    setState({ status: "checking", fileName });
    setState(await requestPreview(fileName, blob));
  };
  return {
    state,
    setState,
    onFile: (file: File) => void check(file.name, file),
    recheck: (fileName: string, blob: Blob) => void check(fileName, blob),
    reset: () => setState({ status: "idle" }),
  };
}

export function ImportPanel({ importer }: { importer: ReturnType<typeof useCatalogImport> }) {
  const { state } = importer;
  if (state.status === "idle") return null;
  if (state.status === "checking") {
    return (
      <Card className="mb-6 p-4">
        <Spinner label={`Checking “${state.fileName}”`} />
      </Card>
    );
  }
  if (state.status === "done") {
    return (
      <div className="mb-6">
        <Notice tone="success">
          Imported <strong>{state.name}</strong> from “{state.fileName}” as version {state.version}.{" "}
          <Link href={`/catalogs/${state.slug}`} className="font-medium underline">
            Open {state.name}
          </Link>
          <button type="button" onClick={importer.reset} className="ml-3 font-medium underline">
            Dismiss
          </button>
        </Notice>
      </div>
    );
  }
  if (state.status === "refused") return <Refusal state={state} onDismiss={importer.reset} />;
  return <Preview key={`${state.fileName}:${state.preview.existing?.version ?? "new"}`} state={state} importer={importer} />;
}

function Refusal({ state, onDismiss }: { state: Extract<ImportState, { status: "refused" }>; onDismiss: () => void }) {
  const shown = state.issues.slice(0, 100);
  return (
    <section
      role="alert"
      aria-labelledby="import-refused-title"
      className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="import-refused-title" className="font-semibold">
          “{state.fileName}” was not imported
        </h2>
        <Button size="sm" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      <p className="mt-1 break-words" data-testid="import-error-message">
        {state.message}
      </p>
      {shown.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5" aria-label="Problems in the file">
          {shown.map((issue, index) => (
            <li key={index} className="break-words">
              <code className="font-mono text-xs font-semibold">{issue.path}</code>: {issue.message}
            </li>
          ))}
          {state.issues.length > shown.length && <li>… and {state.issues.length - shown.length} more</li>}
        </ul>
      )}
      <p className="mt-2 text-red-800 dark:text-red-200">Nothing was changed.</p>
    </section>
  );
}

function Preview({
  state,
  importer,
}: {
  state: Extract<ImportState, { status: "preview" }>;
  importer: ReturnType<typeof useCatalogImport>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [author] = useAuthor();
  const { preview } = state;
  const existing = preview.existing;
  const apply = useMutation(
    trpc.catalog.import.mutationOptions({
      onSuccess: async (record) => {
        importer.setState({ status: "done", fileName: state.fileName, slug: record.slug, name: record.name, version: record.version });
        await queryClient.invalidateQueries(trpc.catalog.pathFilter());
      },
    }),
  );
  const nothingToDo = existing !== null && preview.changes.length === 0;
  const conflict = errorCodeOf(apply.error) === "CONFLICT";

  return (
    <Card className="mb-6 p-4 sm:p-5">
      <div aria-labelledby="import-preview-title" role="region">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id="import-preview-title" className="text-lg font-semibold">
              Import preview
            </h2>
            <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
              From “{state.fileName}”: <strong className="text-slate-900 dark:text-white">{preview.name}</strong>{" "}
              <code className="font-mono text-xs">{preview.slug}</code>, {plural(preview.scopeCount, "scope")}.
            </p>
          </div>
          {existing === null ? (
            <Badge tone="green">New catalog</Badge>
          ) : (
            <Badge tone="amber">Updates an existing catalog</Badge>
          )}
        </div>

        <div className="mt-4 space-y-4">
          {existing === null ? (
            <p className="text-sm">
              <strong>New catalog:</strong> no catalog has the slug <code className="font-mono">{preview.slug}</code>; importing creates
              it as version 1.
            </p>
          ) : nothingToDo ? (
            <Notice>
              <strong>No changes:</strong> the file matches version {existing.version} of “{existing.name}”. There is nothing to import.
            </Notice>
          ) : (
            <>
              <p className="text-sm">
                Importing saves the file as version {existing.version + 1} of “{existing.name}”
                {existing.builtin ? " (a built-in catalog; its built-in state stays restorable)" : ""}.{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  {plural(preview.changes.length, "change")} against version {existing.version}: {preview.summary}.
                </span>
              </p>
              <ChangeList changes={preview.changes} />
            </>
          )}

          {!nothingToDo && <AuthorGate action="import" />}

          {apply.error && (
            <div className="space-y-2">
              <ErrorNotice error={apply.error} title={conflict ? "The catalog changed since this preview" : "Import failed"} />
              {conflict && (
                <Button size="sm" onClick={() => importer.recheck(state.fileName, state.blob)}>
                  Preview again
                </Button>
              )}
            </div>
          )}

          <div className="flex flex-wrap gap-2">
            <Button
              variant="primary"
              disabled={nothingToDo || apply.isPending || !author}
              onClick={() => apply.mutate({ file: state.file, expectedVersion: existing?.version ?? null, author })}
            >
              {apply.isPending ? "Importing…" : existing === null ? "Import" : `Import as version ${existing.version + 1}`}
            </Button>
            <Button onClick={importer.reset}>{nothingToDo ? "Close" : "Cancel"}</Button>
          </div>
        </div>
      </div>
    </Card>
  );
}
