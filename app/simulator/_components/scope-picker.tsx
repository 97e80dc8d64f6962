"use client";

import { useId, useMemo, useState } from "react";
import { Badge, SilentBadge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { inputClass } from "@/app/_components/ui/field";
import { MAX_SCOPES_SHOWN, scopeMatchesQuery } from "@/server/domain/catalog/scope-query";
import type { Scope } from "@/server/domain/catalog/schema";


/** The catalog's scopes as checkboxes, with a filter box and select all / none (of the shown scopes). */
export function ScopePicker({ scopes, selected, onChange }: { scopes: readonly Scope[]; selected: ReadonlySet<string>; onChange: (next: Set<string>) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const visible = useMemo(() => scopes.filter((scope) => scopeMatchesQuery(scope, query)), [scopes, query]);
  const shown = visible.slice(0, MAX_SCOPES_SHOWN);
  const filtered = query.trim().length > 0;

  const setAll = (on: boolean) => {
    const next = new Set(selected);
    for (const scope of visible) {
      if (on) next.add(scope.name);
      else next.delete(scope.name);
    }
    onChange(next);
  };
  const toggle = (name: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(name);
    else next.delete(name);
    onChange(next);
  };

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Scopes</legend>
      {scopes.length > 6 && (
        <div>
          <label htmlFor={`${id}-filter`} className="sr-only">
            Filter scopes
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={query}
            placeholder="Filter by name, description or field"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter filters; it must not submit the run form.
              if (event.key === "Enter") event.preventDefault();
            }}
            className={inputClass}
          />
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-xs text-slate-500 dark:text-slate-400">
          {selected.size} of {scopes.length} selected
          {filtered && ` · ${visible.length} match`}
        </p>
        <div className="flex gap-1">
          <Button size="sm" variant="ghost" onClick={() => setAll(true)} disabled={visible.length === 0}>
            {filtered ? "Select all shown" : "Select all"}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setAll(false)} disabled={visible.length === 0}>
            {filtered ? "Select none shown" : "Select none"}
          </Button>
        </div>
      </div>
      {scopes.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">This catalog has no scopes.</p>
      ) : visible.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">No scope matches “{query}”.</p>
      ) : (
        <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
          {shown.map((scope) => {
            const boxId = `${id}-${scope.name}`;
            const checked = selected.has(scope.name);
            return (
              <li key={scope.name} className={checked ? "bg-brand-50/60 dark:bg-brand-700/15" : undefined}>
                <div className="flex items-start gap-2 px-3 py-2">
                  <input
                    id={boxId}
                    type="checkbox"
                    checked={checked}
                    onChange={(event) => toggle(scope.name, event.target.checked)}
                    aria-describedby={`${boxId}-desc`}
                    className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600 dark:border-slate-600"
                  />
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-1.5">
                      <label htmlFor={boxId} className="cursor-pointer font-mono text-sm break-all text-slate-900 dark:text-slate-100">
                        {scope.name}
                      </label>
                      <SilentBadge silent={scope.silent} />
                      {scope.deprecated && <Badge tone="red">deprecated</Badge>}
                    </div>
                    <p id={`${boxId}-desc`} className="mt-0.5 line-clamp-2 text-xs text-slate-500 dark:text-slate-400" title={scope.description}>
                      {scope.silent ? "Silent. " : "Consent. "}
                      {scope.description || "No description."}
                    </p>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {visible.length > shown.length && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Showing {shown.length} of {visible.length}; filter to find the others.
        </p>
      )}
    </fieldset>
  );
}
