"use client";

import { useCallback, useDeferredValue, useEffect, useEffectEvent, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor } from "@/app/_components/author";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNotice, Notice } from "@/app/_components/ui/feedback";
import { errorCode, errorIssues, errorMessage } from "@/app/_trpc/errors";
import type { Catalog } from "@/server/domain/catalog/schema";
import { editorReducer, initEditorState } from "./editor-state";
import { ErrorCodeList } from "./error-code-list";
import { ErrorSummary } from "./error-summary";
import { slugify } from "./format";
import { GeneralSection } from "./general-section";
import { JsapiSection } from "./jsapi-section";
import { useLeaveGuard, type LeaveAttempt } from "./leave-guard";
import { ScopeList, type ScopeListHandle } from "./scope-list";
import { ServerApiSection } from "./server-api-section";
import {
  buildErrorMap,
  focusCandidates,
  issuesFromServer,
  normalizeCatalog,
  scopeErrorMaps,
  scopeIndexOf,
  sectionOf,
  serverIssueStillApplies,
  type FieldIssue,
  type SectionId,
} from "./validation";
import { loadChecks, useChecks } from "./use-checks";

/** The catalog as loaded for editing: the version the person started from is sent back with the save. */
export type LoadedCatalog = { document: Catalog; version: number };

export type CatalogEditorProps = {
  mode: "create" | "edit";
  initial: Catalog;
  heading: ReactNode;
  description?: ReactNode;
  /** Where Cancel goes: the catalog's page when editing, the list when creating. */
  cancelHref: string;
  /** Shown above the form (e.g. "this is a built-in catalog"). */
  notice?: ReactNode;
  /** Editing only: the slug and version that were loaded, the newest version the server knows, and how to load it. */
  edit?: {
    slug: string;
    version: number;
    latestVersion: number;
    reloadLatest: () => Promise<LoadedCatalog>;
  };
};

const SECTIONS: ReadonlyArray<readonly [Exclude<SectionId, "author">, string]> = [
  ["general", "General"],
  ["scopes", "Scopes"],
  ["error-codes", "Error codes"],
  ["jsapi", "JSAPI"],
  ["server-api", "Server API"],
];

type ServerProblems = { issues: FieldIssue[]; sent: Catalog };

function openDetailsAround(element: HTMLElement) {
  for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) node.open = true;
  }
}

function sameIssue(a: FieldIssue, b: FieldIssue) {
  return a.key === b.key && a.message === b.message;
}

/**
 * The catalog form: every field of the Catalog document, checked with the same zod schema the
 * server uses (`checks.ts`, loaded when the form opens), saved with `catalog.create` or
 * `catalog.update` (with the version it started from).
 */
export function CatalogEditor({ mode, initial, heading, description, cancelHref, notice, edit: editInfo }: CatalogEditorProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(editorReducer, initial, initEditorState);
  const { catalog } = state;
  /** The document as last loaded or saved: the editor is dirty while the current one differs. */
  const [baseline, setBaseline] = useState(initial);
  const [expectedVersion, setExpectedVersion] = useState(editInfo?.version ?? 0);
  const [slugTouched, setSlugTouched] = useState(mode === "edit");
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<ServerProblems | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [savedSlug, setSavedSlug] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"discard" | "reload" | null>(null);
  const [reloading, setReloading] = useState(false);
  const [copied, setCopied] = useState(false);
  const author = useAuthor();
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const scopeListRef = useRef<ScopeListHandle>(null);

  const createMutation = useMutation(trpc.catalog.create.mutationOptions());
  const updateMutation = useMutation(trpc.catalog.update.mutationOptions());
  const pending = createMutation.isPending || updateMutation.isPending;

  const edit = useCallback((recipe: (catalog: Catalog) => Catalog) => dispatch({ type: "edit", recipe }), []);

  // Problems: the schema's (live once the person has tried to save) and the server's last answer
  // for values that have not changed since. Checking follows typing at a
  // lower priority, so large catalogs stay responsive; saving always checks the current document.
  const checks = useChecks();
  const checked = useDeferredValue(catalog);
  const clientIssues = useMemo(() => {
    if (!attempted || !checks) return [];
    const result = checks.validateCatalog(checked);
    return result.ok ? [] : result.issues;
  }, [attempted, checks, checked]);
  const issues = useMemo(() => {
    const all: FieldIssue[] = [...clientIssues];
    for (const issue of server?.issues ?? []) {
      if (serverIssueStillApplies(issue, server?.sent, checked) && !all.some((other) => sameIssue(other, issue))) all.push(issue);
    }
    return all;
  }, [clientIssues, server, checked]);
  const errors = useMemo(() => buildErrorMap(issues), [issues]);
  const scopeErrors = useMemo(() => scopeErrorMaps(issues), [issues]);
  const sectionCounts = useMemo(() => {
    const counts = new Map<SectionId, number>();
    for (const issue of issues) counts.set(sectionOf(issue.path), (counts.get(sectionOf(issue.path)) ?? 0) + 1);
    return counts;
  }, [issues]);

  // Any edit makes the document a new object; comparing contents (costly for thousands of scopes)
  // only happens when leaving, so an edit that was undone by hand does not ask for confirmation.
  const edited = savedSlug === null && catalog !== baseline;
  const hasChanges = useCallback(() => edited && JSON.stringify(catalog) !== JSON.stringify(baseline), [edited, catalog, baseline]);

  // Leaving with unsaved edits asks first: reload or close, in-app links, Cancel and Back.
  const [leaveAttempt, setLeaveAttempt] = useState<LeaveAttempt | null>(null);
  const guard = useLeaveGuard({
    armed: edited,
    hasChanges,
    onAttempt: (attempt) => {
      setLeaveAttempt(attempt);
      setDialog("discard");
    },
  });

  const focusIssue = useCallback((issue: FieldIssue) => {
    const index = scopeIndexOf(issue.path);
    if (index !== null) {
      const inDetails = issue.path.length > 2 && issue.path[2] !== "name";
      flushSync(() => scopeListRef.current?.reveal(index, inDetails));
    }
    for (const candidate of focusCandidates(issue.key)) {
      const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`);
      if (!element) continue;
      openDetailsAround(element);
      element.scrollIntoView({ block: "center" });
      element.focus({ preventScroll: true });
      return;
    }
  }, []);

  const onNameChange = (name: string) =>
    edit((c) => ({ ...c, name, ...(mode === "create" && !slugTouched ? { slug: slugify(name) } : {}) }));
  const onSlugChange = (value: string) => {
    const slug = value.toLowerCase();
    setSlugTouched(mode === "edit" || slug !== "");
    edit((c) => ({ ...c, slug }));
  };

  const showProblems = () => {
    const target = summaryRef.current ?? noticeRef.current;
    if (target) {
      target.scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    }
  };

  const waitingForChecks = useRef(false);
  const save = async () => {
    if (pending || savedSlug !== null || waitingForChecks.current) return;
    // A save before the checks have loaded waits for them; should they fail to load, the server's
    // answer names the problems instead.
    waitingForChecks.current = true;
    const loaded = checks ?? (await loadChecks().catch(() => null));
    waitingForChecks.current = false;
    const result = loaded ? loaded.validateCatalog(catalog) : { ok: true as const, catalog: normalizeCatalog(catalog) };
    flushSync(() => {
      setAttempted(true);
      setSaveError(null);
      setConflict(null);
    });
    if (!result.ok) {
      showProblems();
      return;
    }
    // The first save in this browser asks for the display name, then goes on.
    author.withAuthor((authorName) => send(result.catalog, authorName));
  };

  const send = (valid: Catalog, authorName: string) => {
    const sent = catalog;
    setServer(null);
    const onError = (error: unknown) => {
      const mapped = issuesFromServer(errorIssues(error));
      const code = errorCode(error);
      flushSync(() => {
        if (mode === "edit" && code === "CONFLICT" && mapped.length === 0) {
          setConflict(errorMessage(error, "Someone else saved this catalog after you opened it."));
        } else {
          setServer(mapped.length > 0 ? { issues: mapped, sent } : null);
          setSaveError(mapped.length > 0 ? null : error);
        }
      });
      showProblems();
    };
    const onSuccess = (record: { slug: string }) => {
      flushSync(() => setSavedSlug(record.slug));
      void queryClient.invalidateQueries({ queryKey: trpc.catalog.pathKey() });
      guard.navigate(`/catalogs/${encodeURIComponent(record.slug)}`);
    };
    if (mode === "create") {
      createMutation.mutate({ catalog: valid, author: authorName }, { onSuccess, onError });
    } else if (editInfo) {
      updateMutation.mutate({ slug: editInfo.slug, expectedVersion, catalog: valid, author: authorName }, { onSuccess, onError });
    }
  };

  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "s") return;
    event.preventDefault();
    if (dialog === null) void save();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onShortcut(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const cancel = () => {
    if (hasChanges()) {
      setLeaveAttempt({ kind: "link", href: cancelHref });
      setDialog("discard");
    } else guard.navigate(cancelHref);
  };

  const reloadLatest = async () => {
    if (!editInfo) return;
    setReloading(true);
    try {
      const latest = await editInfo.reloadLatest();
      dispatch({ type: "replace", catalog: latest.document });
      setBaseline(latest.document);
      setExpectedVersion(latest.version);
      setSlugTouched(true);
      setConflict(null);
      setServer(null);
      setSaveError(null);
      setAttempted(false);
    } catch (error) {
      setSaveError(error);
    } finally {
      setReloading(false);
      setDialog(null);
    }
  };
  const askReload = () => {
    if (hasChanges()) setDialog("reload");
    else void reloadLatest();
  };

  const copyEdits = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(catalog, null, 2));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const newerVersion = editInfo && savedSlug === null && editInfo.latestVersion > expectedVersion ? editInfo.latestVersion : null;
  // Scope names cannot hold whitespace, so one string keyed on them changes only when a name does.
  const scopeNamesKey = catalog.scopes.map((scope) => scope.name).join("\n");
  const scopeNames = useMemo(() => (scopeNamesKey === "" ? [] : scopeNamesKey.split("\n")), [scopeNamesKey]);
  const saveLabel = mode === "create" ? "Create catalog" : "Save catalog";

  return (
    <div className="space-y-6">
      <div className="sticky top-0 z-20 -mx-4 -mt-6 border-b border-slate-200 bg-slate-50/95 px-4 pt-3 pb-1 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8 dark:border-slate-800 dark:bg-slate-950/95">
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
          <h1 className="min-w-0 flex-1 basis-64 truncate text-xl font-semibold tracking-tight text-slate-900 sm:text-2xl dark:text-white">{heading}</h1>
          <div className="ml-auto flex flex-wrap items-center gap-2">
            <span className="hidden text-xs text-slate-600 md:inline dark:text-slate-400">
              {savedSlug !== null ? "Saved" : edited ? "Unsaved changes" : "No changes"}
              {author.name ? (
                <>
                  {" "}
                  · saving as <strong className="font-medium text-slate-800 dark:text-slate-200">{author.name}</strong>
                </>
              ) : null}
            </span>
            <Button onClick={cancel} disabled={pending}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => void save()} disabled={pending || savedSlug !== null} aria-keyshortcuts="Control+S Meta+S">
              {pending && (
                <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white motion-reduce:animate-none" />
              )}
              {saveLabel}
            </Button>
          </div>
        </div>
        <nav aria-label="Editor sections" className="mt-1 overflow-x-auto">
          <ul className="flex gap-1 text-sm">
            {SECTIONS.map(([id, label]) => {
              const count = sectionCounts.get(id) ?? 0;
              return (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    className="inline-flex items-center gap-1 whitespace-nowrap rounded-md px-2 py-1 text-slate-700 hover:bg-slate-200/70 dark:text-slate-300 dark:hover:bg-slate-800"
                  >
                    {label}
                    {count > 0 && (
                      <span className="rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">
                        {count}
                        <span className="sr-only"> {count === 1 ? "problem" : "problems"}</span>
                      </span>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>

      {description && <div className="-mt-2 text-sm text-slate-600 dark:text-slate-400">{description}</div>}

      <p role="status" aria-live="polite" className="sr-only">
        {pending ? "Saving…" : savedSlug !== null ? "Saved." : ""}
      </p>

      <div ref={noticeRef} tabIndex={-1} className="scroll-mt-32 space-y-3 focus:outline-none">
        {savedSlug !== null && <Notice tone="success">Saved. Opening the catalog…</Notice>}
        {conflict && (
          <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-50">
            <p className="font-semibold">Not saved: this catalog changed after you opened it</p>
            <p className="mt-1 break-words">{conflict}</p>
            <p className="mt-1">Your edits are still here. Copy them if you want to apply them again after reloading.</p>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button size="sm" variant="primary" onClick={askReload} disabled={reloading}>
                Reload latest
              </Button>
              <Button size="sm" onClick={() => void copyEdits()}>
                {copied ? "Copied" : "Copy my edits as JSON"}
              </Button>
            </div>
          </div>
        )}
        {!conflict && newerVersion !== null && (
          <Notice tone="warning">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span>
                Version {newerVersion} of this catalog was saved after you opened version {expectedVersion}. Saving now will be refused; reload
                to edit the latest version.
              </span>
              <Button size="sm" onClick={askReload} disabled={reloading}>
                Reload latest
              </Button>
            </div>
          </Notice>
        )}
        {saveError !== null && <ErrorNotice error={saveError} title="The catalog was not saved" />}
        {notice}
      </div>

      {issues.length > 0 && <ErrorSummary ref={summaryRef} issues={issues} catalog={catalog} onSelect={focusIssue} />}

      <GeneralSection
        catalog={catalog}
        errors={errors}
        edit={edit}
        onNameChange={onNameChange}
        onSlugChange={onSlugChange}
        slugHint={
          mode === "create"
            ? "The catalog's address: /catalogs/<slug>. Follows the name until you edit it."
            : "The catalog's address: /catalogs/<slug>. Changing it changes the address."
        }
      />
      <ScopeList
        ref={scopeListRef}
        scopes={catalog.scopes}
        scopeIds={state.scopeIds}
        expanded={state.expanded}
        scopeErrors={scopeErrors}
        listError={errors.scopes}
        defaultErrorValue={catalog.jsapi.defaultScopeErrorValue}
        dispatch={dispatch}
      />
      <ErrorCodeList errorCodes={catalog.errorCodes} errors={errors} edit={edit} />
      <JsapiSection jsapi={catalog.jsapi} scopeNames={scopeNames} errors={errors} edit={edit} />
      <ServerApiSection serverApi={catalog.serverApi} errors={errors} edit={edit} />

      <div className="flex flex-wrap items-center justify-end gap-2 text-sm text-slate-600 dark:text-slate-400">
        <span>Ctrl+S (⌘S) saves from anywhere on the page.</span>
        <a href="#main" className="font-medium text-brand-600 hover:underline dark:text-brand-100">
          Back to top
        </a>
      </div>

      <ConfirmDialog
        open={dialog !== null}
        title={dialog === "reload" ? "Replace your edits with the latest version?" : "Discard unsaved changes?"}
        confirmLabel={dialog === "reload" ? "Discard my edits and reload" : "Discard changes"}
        danger
        busy={reloading}
        onCancel={() => {
          setDialog(null);
          if (leaveAttempt) guard.stay(leaveAttempt);
          setLeaveAttempt(null);
        }}
        onConfirm={() => {
          if (dialog === "reload") void reloadLatest();
          else {
            setDialog(null);
            setBaseline(catalog);
            guard.leave(leaveAttempt ?? { kind: "link", href: cancelHref });
          }
        }}
      >
        {dialog === "reload"
          ? "The editor will show the latest saved version. Your unsaved edits will be lost; copy them first if you want to apply them again."
          : "Your edits to this catalog have not been saved. Leave and lose them?"}
      </ConfirmDialog>
    </div>
  );
}
