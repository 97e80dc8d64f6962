"use client";

import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type Dispatch, type Ref } from "react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/feedback";
import { TextField } from "@/app/_components/ui/field";
import type { Scope } from "@/server/domain/catalog/schema";
import type { EditorAction } from "./editor-state";
import { ListError, SectionCard } from "./fields";
import { ScopeRow, type MoveFocus } from "./scope-row";
import type { ErrorMap } from "./validation";

/** Rows rendered at first (and added per "Show more"); the filter finds the others. */
export const SCOPE_PAGE_SIZE = 100;

export type ScopeListHandle = {
  /** Make the row of scope `index` visible (clear a filter that hides it, show more rows), optionally expanded. */
  reveal: (index: number, expand: boolean) => void;
};

type Removed = { scope: Scope; index: number; id: string };

function matches(scope: Scope, query: string): boolean {
  return (
    scope.name.toLowerCase().includes(query) ||
    scope.description.toLowerCase().includes(query) ||
    scope.aliases.some((alias) => alias.toLowerCase().includes(query)) ||
    scope.userInfoFields.some((field) => field.toLowerCase().includes(query))
  );
}

const rowSelector = (id: string) => `[data-scope-row="${CSS.escape(id)}"]`;

export function ScopeList({
  ref,
  scopes,
  scopeIds,
  expanded,
  scopeErrors,
  listError,
  defaultErrorValue,
  dispatch,
}: {
  ref?: Ref<ScopeListHandle>;
  scopes: readonly Scope[];
  scopeIds: readonly string[];
  expanded: ReadonlySet<string>;
  scopeErrors: ReadonlyMap<number, ErrorMap>;
  listError: string | undefined;
  defaultErrorValue: string;
  dispatch: Dispatch<EditorAction>;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  /** The latest list, for the row callbacks (kept stable so unchanged rows skip re-rendering). */
  const latest = useRef({ scopes, scopeIds });
  /** Focus to restore after the next render (moves and removals re-order or drop DOM nodes). */
  const pendingFocus = useRef<(() => void) | null>(null);
  const [filter, setFilter] = useState("");
  /** Rows matching the filter when it was typed: editing a row never makes it vanish mid-word. */
  const [matchIds, setMatchIds] = useState<ReadonlySet<string> | null>(null);
  const [limit, setLimit] = useState(SCOPE_PAGE_SIZE);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useLayoutEffect(() => {
    latest.current = { scopes, scopeIds };
  }, [scopes, scopeIds]);

  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    focus();
  });

  const focusRowInput = useCallback((id: string | undefined) => {
    const root = rootRef.current;
    const input = id !== undefined ? root?.querySelector<HTMLInputElement>(`${rowSelector(id)} input`) : null;
    if (input) input.focus();
    else document.querySelector<HTMLButtonElement>("[data-add-scope]")?.focus();
  }, []);

  const applyFilter = (text: string) => {
    setFilter(text);
    const query = text.trim().toLowerCase();
    if (!query) {
      setMatchIds(null);
      return;
    }
    const ids = new Set<string>();
    scopes.forEach((scope, index) => {
      const id = scopeIds[index];
      if (id !== undefined && matches(scope, query)) ids.add(id);
    });
    setMatchIds(ids);
  };

  const onMove = useCallback(
    (from: number, to: number, focus: MoveFocus) => {
      const { scopes, scopeIds } = latest.current;
      const id = scopeIds[from];
      if (id === undefined) return;
      const active = document.activeElement;
      dispatch({ type: "moveScope", from, to });
      setLimit((current) => Math.max(current, to + 1));
      const name = scopes[from]?.name;
      setAnnouncement(`${name ? `Scope ${name}` : "Scope"} moved to position ${to + 1} of ${scopes.length}.`);
      pendingFocus.current = () => {
        const row = rootRef.current?.querySelector(rowSelector(id));
        if (!row) return;
        if (focus === "same") {
          if (active instanceof HTMLElement && row.contains(active) && document.activeElement !== active) active.focus();
          return;
        }
        const wanted = row.querySelector<HTMLButtonElement>(`[data-move="${focus}"]`);
        const other = row.querySelector<HTMLButtonElement>(`[data-move="${focus === "up" ? "down" : "up"}"]`);
        (wanted && !wanted.disabled ? wanted : other)?.focus();
      };
    },
    [dispatch],
  );

  const onRemove = useCallback(
    (index: number) => {
      const { scopes, scopeIds } = latest.current;
      const scope = scopes[index];
      const id = scopeIds[index];
      if (!scope || id === undefined) return;
      const next = scopeIds[index + 1] ?? scopeIds[index - 1];
      dispatch({ type: "removeScope", index });
      setRemoved({ scope, index, id });
      setAnnouncement("");
      pendingFocus.current = () => focusRowInput(next);
    },
    [dispatch, focusRowInput],
  );

  const undoRemove = () => {
    if (!removed) return;
    dispatch({ type: "insertScope", index: removed.index, scope: removed.scope, id: removed.id });
    setRemoved(null);
    setLimit((current) => Math.max(current, removed.index + 1));
    if (matchIds) setMatchIds(new Set(matchIds).add(removed.id));
    const id = removed.id;
    pendingFocus.current = () => focusRowInput(id);
  };

  const addScope = () => {
    dispatch({ type: "addScope" });
    setFilter("");
    setMatchIds(null);
    setRemoved(null);
    setLimit((current) => Math.max(current, scopes.length + 1));
    pendingFocus.current = () => {
      const rows = rootRef.current?.querySelectorAll<HTMLElement>("[data-scope-row]");
      const last = rows?.[rows.length - 1];
      const input = last?.querySelector("input");
      if (input) {
        input.scrollIntoView({ block: "center" });
        input.focus({ preventScroll: true });
      }
    };
  };

  useImperativeHandle(
    ref,
    () => ({
      reveal(index, expand) {
        const id = scopeIds[index];
        if (id === undefined) return;
        if (matchIds && !matchIds.has(id)) {
          setFilter("");
          setMatchIds(null);
        }
        setLimit((current) => Math.max(current, index + 1));
        if (expand) dispatch({ type: "setExpanded", id, expanded: true });
      },
    }),
    [dispatch, matchIds, scopeIds],
  );

  const shownIndexes: number[] = [];
  let matchCount = 0;
  scopeIds.forEach((id, index) => {
    if (matchIds && !matchIds.has(id)) return;
    matchCount++;
    if (shownIndexes.length < limit) shownIndexes.push(index);
  });
  const hiddenByLimit = matchCount - shownIndexes.length;

  return (
    <SectionCard
      id="scopes"
      title="Scopes"
      dataField="scopes"
      description={
        <>
          The scopes the wallet accepts in <code className="font-mono text-xs">my.getAuthCode</code>, in the order the wallet
          documents them. Names are case-sensitive.
        </>
      }
      actions={
        <Button data-add-scope variant="primary" size="sm" onClick={addScope}>
          Add scope
        </Button>
      }
    >
      <ListError message={listError} dataField="scopes" />
      {scopes.length === 0 ? (
        <EmptyState title="No scopes yet">Add the scopes this wallet accepts, one row per scope name.</EmptyState>
      ) : (
        <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
          <TextField
            label="Filter scopes"
            type="search"
            className="w-full sm:w-72"
            placeholder="Name, alias, field or description"
            value={filter}
            onChange={(event) => applyFilter(event.target.value)}
          />
          <Button size="sm" onClick={() => dispatch({ type: "expandAll" })}>
            Expand all
          </Button>
          <Button size="sm" onClick={() => dispatch({ type: "collapseAll" })}>
            Collapse all
          </Button>
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {matchIds
              ? `${matchCount} of ${scopes.length} ${scopes.length === 1 ? "scope matches" : "scopes match"}`
              : `${scopes.length} ${scopes.length === 1 ? "scope" : "scopes"}`}
          </p>
        </div>
      )}
      {removed && (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-800/60"
        >
          <span>
            Removed scope {removed.index + 1}
            {removed.scope.name ? (
              <>
                {" "}
                <code className="font-mono">{removed.scope.name}</code>
              </>
            ) : null}
            .
          </span>
          <Button size="sm" onClick={undoRemove}>
            Undo remove
          </Button>
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {scopes.length > 0 && (
        <div ref={rootRef}>
          {matchIds && matchCount === 0 ? (
            <p className="py-4 text-center text-sm text-slate-600 dark:text-slate-400">No scope matches “{filter.trim()}”.</p>
          ) : (
            <ol className="space-y-2" aria-label="Scope rows">
              {shownIndexes.map((index) => {
                const scope = scopes[index];
                const id = scopeIds[index];
                if (!scope || id === undefined) return null;
                return (
                  <li key={id}>
                    <ScopeRow
                      scope={scope}
                      index={index}
                      id={id}
                      count={scopes.length}
                      expanded={expanded.has(id)}
                      errors={scopeErrors.get(index)}
                      defaultErrorValue={defaultErrorValue}
                      dispatch={dispatch}
                      onMove={onMove}
                      onRemove={onRemove}
                    />
                  </li>
                );
              })}
            </ol>
          )}
          {hiddenByLimit > 0 && (
            <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              <span>
                {hiddenByLimit} more {hiddenByLimit === 1 ? "scope" : "scopes"} not shown.
              </span>
              <Button size="sm" onClick={() => setLimit((current) => current + SCOPE_PAGE_SIZE)}>
                Show {Math.min(SCOPE_PAGE_SIZE, hiddenByLimit)} more
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setLimit(Number.POSITIVE_INFINITY)}>
                Show all
              </Button>
            </div>
          )}
          <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
            Tip: Alt+↑ / Alt+↓ moves the scope you are on; Ctrl+S (⌘S) saves.
          </p>
        </div>
      )}
    </SectionCard>
  );
}
