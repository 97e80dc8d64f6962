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
import { ChangeList } from "./change-list";
import { errorCode } from "@/app/_trpc/errors";
import { plural } from "./format";
import { groupImportProblems } from "./import-problems";

export type ImportState =
  | { status: "idle" }
  | { status: "checking"; fileName: string }
  | { status: "refused"; fileName: string; message: string; issues: Issue[]; file?: unknown }
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

/** The file as JSON, to name the scopes its problems are in (undefined when it is not JSON). */
async function readJson(blob: Blob): Promise<unknown> {
  try {
    return JSON.parse(await blob.text());
  } catch {
    return undefined;
  }
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
    const issues = body.error.issues ?? [];
    return { status: "refused", fileName, message: body.error.message, issues, file: issues.length > 0 ? await readJson(blob) : undefined };
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

/** Problems shown per place; the rest are counted. */
const SHOWN_PER_PLACE = 50;
/** Up to this many problems, every place starts open. */
const ALL_OPEN_UP_TO = 10;

function Refusal({ state, onDismiss }: { state: Extract<ImportState, { status: "refused" }>; onDismiss: () => void }) {
  const groups = groupImportProblems(state.issues, state.file);
  const total = state.issues.length;
  return (
    <section
      aria-labelledby="import-refused-title"
      className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100"
    >
      <div role="alert">
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
        <p className="mt-1 text-red-800 dark:text-red-200">Nothing was changed.</p>
      </div>
      {groups.length > 0 && (
        <div role="group" aria-label="Problems in the file" className="mt-3 space-y-2">
          <p>
            {plural(total, "problem")} in {plural(groups.length, "place")}:
          </p>
          {groups.map((group, index) => (
            <details
              key={group.id}
              open={total <= ALL_OPEN_UP_TO || index === 0}
              className="rounded-md border border-red-200 bg-white/70 dark:border-red-900 dark:bg-slate-950/40"
            >
              <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 font-medium">
                {group.title}
                <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">
                  {group.problems.length}
                  <span className="sr-only"> {group.problems.length === 1 ? "problem" : "problems"}</span>
                </span>
              </summary>
              <ul aria-label={`Problems in ${group.title}`} className="space-y-1.5 border-t border-red-200 px-3 py-2 dark:border-red-900">
                {group.problems.slice(0, SHOWN_PER_PLACE).map((problem, problemIndex) => (
                  <li key={problemIndex} className="break-words">
                    <span className="font-semibold">{problem.field || "As a whole"}</span>: {problem.message}{" "}
                    <code className="font-mono text-xs text-red-800 dark:text-red-300">{problem.path}</code>
                  </li>
                ))}
                {group.problems.length > SHOWN_PER_PLACE && <li>… and {group.problems.length - SHOWN_PER_PLACE} more here</li>}
              </ul>
            </details>
          ))}
        </div>
      )}
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
  const author = useAuthor();
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
  const conflict = errorCode(apply.error) === "CONFLICT";

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
              disabled={nothingToDo || apply.isPending}
              onClick={() => author.withAuthor((authorName) => apply.mutate({ file: state.file, expectedVersion: existing?.version ?? null, author: authorName }))}
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
