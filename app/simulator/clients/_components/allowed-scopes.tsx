"use client";

import { useId } from "react";
import { useQuery } from "@tanstack/react-query";
import { ScopeChecklist } from "@/app/_components/scope-checklist";
import { ErrorNotice, Skeleton } from "@/app/_components/ui/feedback";
import { useTRPC } from "@/app/_trpc/client";

export type ScopeChoice = { mode: "all" } | { mode: "some"; scopes: string[] };

/** A client's allowed scopes: "all scopes of the catalog", or the ones ticked in the catalog's scope checklist. */
export function AllowedScopes({
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
  const id = useId();
  const errorId = `${id}-error`;
  const scopes = record.data?.document.scopes ?? [];
  const selected = new Set(value.mode === "some" ? value.scopes : []);

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
        ) : (
          <ScopeChecklist
            legend="Scopes this client may request"
            scopes={scopes}
            selected={selected}
            errorId={error ? errorId : undefined}
            onChange={(edit) => {
              const next = new Set(selected);
              edit(next);
              onChange({ mode: "some", scopes: scopes.map((scope) => scope.name).filter((name) => next.has(name)) });
            }}
          />
        ))}
      {error && (
        <p id={errorId} role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
