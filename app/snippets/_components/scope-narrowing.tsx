"use client";

import { useId, useMemo, useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { inputClass } from "@/app/_components/ui/field";
import { MAX_SCOPES_SHOWN, scopeMatchesQuery } from "@/server/domain/catalog/scope-query";
import type { Scope } from "@/server/domain/catalog/schema";


/** Selected names in catalog order; names the catalog does not know (from a link) keep their place at the end. */
export function orderScopes(catalogScopes: readonly Scope[], names: ReadonlySet<string>): string[] {
  const known = catalogScopes.filter((scope) => names.has(scope.name)).map((scope) => scope.name);
  const knownSet = new Set(known);
  return [...known, ...[...names].filter((name) => !knownSet.has(name))];
}

/** Selected names that are neither a scope nor an alias of the catalog (the routes answer 400 for them). */
export function unknownScopes(catalogScopes: readonly Scope[], selected: readonly string[]): string[] {
  const known = new Set<string>();
  for (const scope of catalogScopes) {
    known.add(scope.name);
    for (const alias of scope.aliases) known.add(alias);
  }
  return selected.filter((name) => !known.has(name));
}

/**
 * "Narrow to scopes": the catalog's scopes as checkboxes with a filter box. Nothing selected means
 * no narrowing (the files cover every scope). `onChange` gets an updater so quick successive clicks
 * build on each other.
 */
export function ScopeNarrowing({
  scopes,
  selected,
  onChange,
  appliesToFile,
}: {
  scopes: readonly Scope[];
  selected: readonly string[];
  onChange: (update: (current: readonly string[]) => string[]) => void;
  /** False when the shown file does not depend on scopes (merchant backend). */
  appliesToFile: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const visible = useMemo(() => scopes.filter((scope) => scopeMatchesQuery(scope, query)), [scopes, query]);
  const shown = visible.slice(0, MAX_SCOPES_SHOWN);
  const filtered = query.trim().length > 0;
  const selectedSet = new Set(selected);
  const names = new Set(scopes.map((scope) => scope.name));
  const aliasOf = new Map<string, string>();
  for (const scope of scopes) for (const alias of scope.aliases) if (!names.has(alias) && !aliasOf.has(alias)) aliasOf.set(alias, scope.name);
  // Names from a link that have no checkbox: aliases (the routes accept them) and unknown names (they answer 400).
  const others = selected.filter((name) => !names.has(name));
  const checkedCount = selected.length - others.length;

  const change = (edit: (next: Set<string>) => void) =>
    onChange((current) => {
      const next = new Set(current);
      edit(next);
      return orderScopes(scopes, next);
    });

  return (
    <fieldset className="space-y-3" aria-describedby={`${id}-semantics`}>
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Narrow to scopes</legend>
      <p id={`${id}-semantics`} className="text-xs text-slate-600 dark:text-slate-400">
        Optional. With none selected the files cover every scope of the catalog. Selecting scopes narrows the mini-program typings (the{" "}
        <code className="font-mono">Scope</code> union and <code className="font-mono">SCOPES</code>), the README and the zip to
        exactly the scopes your mini program asks for. The merchant-backend clients do not depend on scopes.
      </p>
      {!appliesToFile && selected.length > 0 && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
          The file shown does not depend on scopes: your selection applies to the mini-program files, the README and the zip.
        </p>
      )}
      {scopes.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          This catalog has no scopes: the typings have an empty <code className="font-mono">Scope</code> union.
        </p>
      ) : (
        <>
          <div>
            <label htmlFor={`${id}-filter`} className="mb-1 block text-xs font-medium text-slate-700 dark:text-slate-300">
              Filter scopes
            </label>
            <input
              id={`${id}-filter`}
              type="search"
              value={query}
              placeholder="Name, alias or description"
              onChange={(event) => setQuery(event.target.value)}
              className={inputClass}
            />
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
              {selected.length === 0 ? (
                <>None selected: all {scopes.length} scopes</>
              ) : (
                <>
                  <span className="font-medium text-slate-900 dark:text-slate-100">{checkedCount}</span> of {scopes.length} selected
                  {others.length > 0 && ` (+${others.length} from the link)`}
                </>
              )}
              {filtered && ` · ${visible.length} match`}
            </p>
            <div className="flex gap-1">
              <Button
                size="sm"
                variant="ghost"
                disabled={visible.length === 0}
                onClick={() => change((next) => shown.forEach((scope) => next.add(scope.name)))}
              >
                {filtered ? "Select shown" : "Select all"}
              </Button>
              <Button size="sm" variant="ghost" disabled={selected.length === 0} onClick={() => change((next) => next.clear())}>
                Clear selection
              </Button>
            </div>
          </div>
          {visible.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              No scope matches “{query}”.
            </p>
          ) : (
            <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
              {shown.map((scope, index) => {
                const boxId = `${id}-scope-${index}`;
                const checked = selectedSet.has(scope.name);
                return (
                  <li key={scope.name} className={checked ? "bg-brand-50/60 dark:bg-brand-700/15" : undefined}>
                    <div className="flex items-start gap-2 px-3 py-2">
                      <input
                        id={boxId}
                        type="checkbox"
                        checked={checked}
                        onChange={(event) => {
                          const on = event.target.checked;
                          change((next) => {
                            if (on) next.add(scope.name);
                            else next.delete(scope.name);
                          });
                        }}
                        aria-describedby={scope.description ? `${boxId}-desc` : undefined}
                        className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600 dark:border-slate-600"
                      />
                      <div className="min-w-0 flex-1">
                        <div className="flex flex-wrap items-center gap-1.5">
                          <label htmlFor={boxId} className="cursor-pointer font-mono text-sm break-all text-slate-900 dark:text-slate-100">
                            {scope.name}
                          </label>
                          {scope.deprecated && <Badge tone="red">deprecated</Badge>}
                        </div>
                        {scope.aliases.length > 0 && (
                          <p className="mt-0.5 text-xs break-all text-slate-600 dark:text-slate-400">
                            also <span className="font-mono">{scope.aliases.join(", ")}</span>
                          </p>
                        )}
                        {scope.description && (
                          <p id={`${boxId}-desc`} className="mt-0.5 line-clamp-2 text-xs text-slate-600 dark:text-slate-400" title={scope.description}>
                            {scope.description}
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
      {others.length > 0 && (
        <div className="space-y-1">
          <p id={`${id}-others`} className="text-xs text-slate-600 dark:text-slate-400">
            Also selected (from the link), without a checkbox above:
          </p>
          <ul className="flex flex-wrap gap-1" aria-labelledby={`${id}-others`}>
            {others.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  onClick={() => change((next) => next.delete(name))}
                  className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 font-mono text-xs text-amber-900 ring-1 ring-amber-200 ring-inset hover:bg-amber-100 dark:bg-amber-900/40 dark:text-amber-100 dark:ring-amber-800 dark:hover:bg-amber-900/60"
                >
                  <span className="sr-only">Remove </span>
                  {name}
                  <span className="font-sans">{aliasOf.has(name) ? ` (alias of ${aliasOf.get(name)})` : " (not in this catalog)"}</span>
                  <span aria-hidden>×</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
