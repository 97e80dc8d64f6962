"use client";

import { Button } from "@/app/_components/ui/button";
import { CheckboxField, SelectField } from "@/app/_components/ui/field";
import type { Facet } from "@/server/services/explorer";
import type { Mode, SearchState } from "./url-state";

type Option = { value: string; count: number | null };

/** Every known value, with its count under the other filters (0 when it would give nothing). */
function facetOptions(all: readonly string[], counts: readonly Facet[] | undefined, selected: readonly string[]): Option[] {
  const byValue = new Map(counts?.map((facet) => [facet.value, facet.count]));
  const values = [...new Set([...all, ...(counts?.map((facet) => facet.value) ?? []), ...selected])].sort((a, b) => a.localeCompare(b));
  return values.map((value) => ({ value, count: counts ? (byValue.get(value) ?? 0) : null }));
}

function FacetGroup({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{legend}</legend>
      {options.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">No catalogs yet.</p>
      ) : (
        <ul className="mt-1.5 max-h-64 space-y-1 overflow-y-auto pr-1">
          {options.map((option) => {
            const checked = selected.includes(option.value);
            return (
              <li key={option.value}>
                <CheckboxField
                  checked={checked}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                  className="flex w-full items-start"
                  label={
                    <span className="flex min-w-0 flex-1 items-baseline justify-between gap-2">
                      <span className="min-w-0 break-words">{option.value}</span>
                      {option.count !== null && (
                        <span
                          className={
                            option.count === 0 && !checked
                              ? "shrink-0 text-xs tabular-nums text-slate-500 dark:text-slate-400"
                              : "shrink-0 text-xs tabular-nums text-slate-600 dark:text-slate-400"
                          }
                        >
                          <span className="sr-only">(</span>
                          {option.count}
                          <span className="sr-only"> scopes)</span>
                        </span>
                      )}
                    </span>
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

export function SearchFilters({
  state,
  allWallets,
  allRegions,
  walletCounts,
  regionCounts,
  onChange,
  onClear,
  filtered,
}: {
  state: SearchState;
  allWallets: readonly string[];
  allRegions: readonly string[];
  walletCounts: readonly Facet[] | undefined;
  regionCounts: readonly Facet[] | undefined;
  onChange: (patch: Partial<SearchState>) => void;
  onClear: () => void;
  filtered: boolean;
}) {
  const toggle = (list: readonly string[], value: string, checked: boolean) =>
    checked ? [...list, value] : list.filter((item) => item !== value);
  return (
    <div className="space-y-5">
      <SelectField
        label="Consent"
        value={state.mode ?? ""}
        onChange={(event) => onChange({ mode: (event.target.value || null) as Mode | null })}
      >
        <option value="">Silent or consent</option>
        <option value="silent">Silent only (no consent page)</option>
        <option value="consent">Consent page only</option>
      </SelectField>
      <SelectField
        label="Fidelity"
        hint="Documented: a public page states the scope and its silent flag. Conflict: the source says two things."
        value={state.fidelity ?? ""}
        onChange={(event) => onChange({ fidelity: (event.target.value || null) as SearchState["fidelity"] })}
      >
        <option value="">Any fidelity</option>
        <option value="documented">Documented</option>
        <option value="assumed">Assumed</option>
        <option value="conflict">Conflict</option>
      </SelectField>
      <FacetGroup
        legend="Wallet"
        options={facetOptions(allWallets, walletCounts, state.wallets)}
        selected={state.wallets}
        onToggle={(value, checked) => onChange({ wallets: toggle(state.wallets, value, checked) })}
      />
      <FacetGroup
        legend="Region"
        options={facetOptions(allRegions, regionCounts, state.regions)}
        selected={state.regions}
        onToggle={(value, checked) => onChange({ regions: toggle(state.regions, value, checked) })}
      />
      {filtered && (
        <Button size="sm" variant="ghost" onClick={onClear} className="w-full">
          Clear all filters
        </Button>
      )}
    </div>
  );
}
