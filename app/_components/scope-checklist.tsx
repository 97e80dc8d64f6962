"use client";

import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Badge, SilentBadge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { inputClass } from "@/app/_components/ui/field";
import { MAX_SCOPES_SHOWN, scopeMatchesQuery } from "@/server/domain/catalog/scope-query";
import type { Scope } from "@/server/domain/catalog/schema";

/** Lists longer than this get a filter box. */
const FILTER_FROM = 6;

const NEXT_KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowRight: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * A catalog's scopes as one group of checkboxes: the filter box first, then the list, which is a
 * single tab stop (arrow keys, Home and End move inside it, Space ticks). The one scope checklist
 * of the studio: the simulator, client registration and snippet narrowing all use it.
 *
 * `onChange` gets an edit to apply to the current selection, so quick successive clicks build on
 * each other.
 */
export function ScopeChecklist({
  scopes,
  selected,
  onChange,
  legend,
  description,
  showSilent = true,
  errorId,
  children,
}: {
  scopes: readonly Scope[];
  selected: ReadonlySet<string>;
  onChange: (edit: (next: Set<string>) => void) => void;
  legend: string;
  description?: ReactNode;
  /** Say of each scope whether it is silent or asks for consent (the simulator and clients do; snippets need not). */
  showSilent?: boolean;
  /** The id of an error message about the selection, shown by the caller. */
  errorId?: string;
  /** Shown under the list (e.g. names from a link that have no checkbox). */
  children?: ReactNode;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const visible = useMemo(() => scopes.filter((scope) => scopeMatchesQuery(scope, query)), [scopes, query]);
  const shown = visible.slice(0, MAX_SCOPES_SHOWN);
  const filtered = query.trim().length > 0;
  const checkedCount = scopes.filter((scope) => selected.has(scope.name)).length;
  // The one checkbox in the tab order: the last one moved to, else the first ticked one shown, else the first.
  const tabStop = shown.find((scope) => scope.name === active)?.name ?? shown.find((scope) => selected.has(scope.name))?.name ?? shown[0]?.name;

  const focusAt = (index: number) => {
    const scope = shown[index];
    if (!scope) return;
    setActive(scope.name);
    list.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]")[index]?.focus();
  };
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const move = NEXT_KEYS[event.key];
    if (!move) return;
    const boxes = [...(list.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]") ?? [])];
    const index = boxes.findIndex((box) => box === document.activeElement);
    if (index < 0) return;
    event.preventDefault();
    focusAt(move(index, shown.length - 1));
  };
  const setShown = (on: boolean) =>
    onChange((next) => {
      for (const scope of visible) {
        if (on) next.add(scope.name);
        else next.delete(scope.name);
      }
    });

  const describedBy = [description ? `${id}-about` : "", errorId ?? ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{legend}</legend>
      {description && (
        <div id={`${id}-about`} className="text-xs text-slate-600 dark:text-slate-400">
          {description}
        </div>
      )}
      {scopes.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">This catalog has no scopes.</p>
      ) : (
        <>
          {scopes.length > FILTER_FROM && (
            <div>
              <label htmlFor={`${id}-filter`} className="sr-only">
                Filter scopes
              </label>
              <input
                id={`${id}-filter`}
                type="search"
                value={query}
                placeholder={`Filter ${scopes.length} scopes by name, description or field`}
                aria-controls={`${id}-list`}
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={(event) => {
                  // Enter filters; it must not submit the surrounding form. Arrow down enters the list.
                  if (event.key === "Enter") event.preventDefault();
                  if (event.key === "ArrowDown" && shown.length > 0) {
                    event.preventDefault();
                    focusAt(Math.max(0, shown.findIndex((scope) => scope.name === tabStop)));
                  }
                }}
                className={inputClass}
              />
            </div>
          )}
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
              <span className="font-medium text-slate-900 dark:text-slate-100">{checkedCount}</span> of {scopes.length} selected
              {filtered && ` · ${visible.length} match`}
            </p>
            <div className="flex gap-1">
              <Button size="sm" variant="ghost" onClick={() => setShown(true)} disabled={visible.length === 0}>
                {filtered ? "Select shown" : "Select all"}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setShown(false)} disabled={visible.length === 0 || checkedCount === 0}>
                {filtered ? "Clear shown" : "Clear"}
              </Button>
            </div>
          </div>
          {visible.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">No scope matches “{query}”.</p>
          ) : (
            <ul
              ref={list}
              id={`${id}-list`}
              onKeyDown={onListKey}
              aria-label={`${legend}: use the arrow keys to move, Space to tick`}
              className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700"
            >
              {shown.map((scope, index) => {
                const boxId = `${id}-scope-${index}`;
                const checked = selected.has(scope.name);
                const about = showSilent || scope.description;
                return (
                  <li key={scope.name} className={checked ? "bg-brand-50/60 dark:bg-brand-700/15" : undefined}>
                    <div className="flex items-start gap-2 px-3 py-2">
                      <input
                        id={boxId}
                        type="checkbox"
                        checked={checked}
                        tabIndex={scope.name === tabStop ? 0 : -1}
                        onFocus={() => setActive(scope.name)}
                        onChange={(event) => {
                          const on = event.target.checked;
                          onChange((next) => {
                            if (on) next.add(scope.name);
                            else next.delete(scope.name);
                          });
                        }}
                        aria-describedby={about ? `${boxId}-desc` : undefined}
                        className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600 dark:border-slate-600"
                      />
                      <div className="min-w-0 flex-1">
                        <div className="flex flex-wrap items-center gap-1.5">
                          <label htmlFor={boxId} className="cursor-pointer font-mono text-sm break-all text-slate-900 dark:text-slate-100">
                            {scope.name}
                          </label>
                          {showSilent && <SilentBadge silent={scope.silent} />}
                          {scope.deprecated && <Badge tone="red">deprecated</Badge>}
                        </div>
                        {scope.aliases.length > 0 && (
                          <p className="mt-0.5 text-xs break-all text-slate-600 dark:text-slate-400">
                            also <span className="font-mono">{scope.aliases.join(", ")}</span>
                          </p>
                        )}
                        {about && (
                          <p id={`${boxId}-desc`} className="mt-0.5 line-clamp-2 text-xs text-slate-600 dark:text-slate-400" title={scope.description}>
                            {showSilent && (scope.silent ? "Silent. " : "Consent. ")}
                            {scope.description || (showSilent ? "No description." : "")}
                          </p>
                        )}
                      </div>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {visible.length > shown.length && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Showing {shown.length} of {visible.length}; filter to find the others.
            </p>
          )}
        </>
      )}
      {children}
    </fieldset>
  );
}
