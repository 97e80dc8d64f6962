"use client";

import { useId } from "react";
import { ScopeChecklist } from "@/app/_components/scope-checklist";
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
 * "Narrow to scopes": the catalog's scope checklist. Nothing selected means no narrowing (the
 * files cover every scope). `onChange` gets an updater so quick successive clicks build on each other.
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
  const names = new Set(scopes.map((scope) => scope.name));
  const aliasOf = new Map<string, string>();
  for (const scope of scopes) for (const alias of scope.aliases) if (!names.has(alias) && !aliasOf.has(alias)) aliasOf.set(alias, scope.name);
  // Names from a link that have no checkbox: aliases (the routes accept them) and unknown names (they answer 400).
  const others = selected.filter((name) => !names.has(name));

  const change = (edit: (next: Set<string>) => void) =>
    onChange((current) => {
      const next = new Set(current);
      edit(next);
      return orderScopes(scopes, next);
    });

  return (
    <div className="space-y-3">
      <ScopeChecklist
        legend="Narrow to scopes"
        scopes={scopes}
        selected={new Set(selected)}
        onChange={change}
        showSilent={false}
        description={
          <>
            <p>
              Optional. With none selected the files cover every scope of the catalog
              {selected.length === 0 && scopes.length > 0 ? ` (all ${scopes.length} now)` : ""}. Selecting scopes narrows the mini-program typings (the{" "}
              <code className="font-mono">Scope</code> union and <code className="font-mono">SCOPES</code>), the README and the zip to exactly the scopes your
              mini program asks for. The merchant-backend clients do not depend on scopes.
            </p>
            {!appliesToFile && selected.length > 0 && (
              <p className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
                The file shown does not depend on scopes: your selection applies to the mini-program files, the README and the zip.
              </p>
            )}
          </>
        }
      >
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
      </ScopeChecklist>
    </div>
  );
}
