"use client";

import { useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/app/_components/ui/badge";
import { ErrorNotice, Skeleton } from "@/app/_components/ui/feedback";
import { inputClass } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";

export type ScopeChoice = { mode: "all" } | { mode: "some"; scopes: string[] };

/** "All scopes" or a checkbox list of the catalog's scopes (filterable when long). */
export function ScopePicker({
  catalog,
  value,
  onChange,
  error,
}: {
  catalog: string;
  value: ScopeChoice;
  onChange: (next: ScopeChoice) => void;
  error?: string | null;
}) {
  const trpc = useTRPC();
  const record = useQuery({ ...trpc.catalog.bySlug.queryOptions({ slug: catalog }), enabled: catalog !== "" });
  const [filter, setFilter] = useState("");
  const id = useId();
  const errorId = `${id}-error`;
  const scopes = record.data?.document.scopes ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? scopes.filter((scope) => scope.name.toLowerCase().includes(needle)) : scopes;
  const selected = value.mode === "some" ? new Set(value.scopes) : new Set<string>();

  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Allowed scopes</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <label className="inline-flex items-center gap-2">
          <input type="radio" name={`${id}-mode`} className="accent-brand-600" checked={value.mode === "all"} onChange={() => onChange({ mode: "all" })} />
          All scopes of the catalog
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-mode`}
            className="accent-brand-600"
            checked={value.mode === "some"}
            onChange={() => onChange({ mode: "some", scopes: value.mode === "some" ? value.scopes : [] })}
          />
          Only selected scopes
        </label>
      </div>
      {value.mode === "some" &&
        (catalog === "" ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">Choose a catalog first.</p>
        ) : record.isPending ? (
          <Skeleton className="h-24" />
        ) : record.isError ? (
          <ErrorNotice error={record.error} title="Could not load the catalog's scopes" />
        ) : scopes.length === 0 ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">This catalog defines no scopes.</p>
        ) : (
          <div className="space-y-2">
            {scopes.length > 8 && (
              <input
                type="search"
                aria-label="Filter scopes"
                placeholder="Filter scopes"
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                className={inputClass}
              />
            )}
            <ul className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 dark:border-slate-700" aria-label="Scopes">
              {shown.map((scope) => (
                <li key={scope.name}>
                  <label className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 accent-brand-600"
                      checked={selected.has(scope.name)}
                      onChange={(event) => {
                        const next = new Set(selected);
                        if (event.target.checked) next.add(scope.name);
                        else next.delete(scope.name);
                        onChange({ mode: "some", scopes: scopes.map((s) => s.name).filter((name) => next.has(name)) });
                      }}
                    />
                    <span className="min-w-0">
                      <code className="font-mono text-xs text-slate-900 dark:text-slate-100">{scope.name}</code>
                      {scope.deprecated && (
                        <Badge tone="amber" className="ml-1">
                          deprecated
                        </Badge>
                      )}
                      {scope.description && <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{scope.description}</span>}
                    </span>
                  </label>
                </li>
              ))}
              {shown.length === 0 && <li className="px-1 text-xs text-slate-500 dark:text-slate-400">No scope matches “{filter}”.</li>}
            </ul>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {selected.size} of {scopes.length} selected
            </p>
          </div>
        ))}
      {error && (
        <p id={errorId} role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
