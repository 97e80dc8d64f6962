"use client";

import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";
import { KIND_FILTER_LABELS, KIND_FILTERS, RESULT_CODE_NAMES, type KindFilter } from "@/server/domain/activity/constants";
import { hasFilters } from "@/server/domain/activity/filter-query";
import type { ActivityFilter } from "@/server/domain/activity/types";
import { fromLocalInput, toLocalInput } from "./format";

const RUN_OUTCOMES = ["approve", "partial", "deny", "cancel", "timeout"];
const PRESETS = [
  ["Last 15 min", 15 * 60_000],
  ["Last hour", 3_600_000],
  ["Last 24 h", 86_400_000],
  ["Last 7 days", 7 * 86_400_000],
] as const;

/** Text that is applied on Enter or when the field loses focus (not on every keystroke). */
function CommitField({
  label,
  value,
  onCommit,
  placeholder,
  hint,
  className,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  hint?: string;
  className?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL changed (back button, Clear): show its value.
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    const next = draft.trim();
    if (next !== value) onCommit(next);
  };
  return (
    <form
      className={className}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        commit();
      }}
    >
      <TextField label={label} value={draft} placeholder={placeholder} hint={hint} onChange={(event) => setDraft(event.target.value)} onBlur={commit} spellCheck={false} autoComplete="off" />
    </form>
  );
}

/** The list's filters; every change becomes the URL (see `url-state.ts`). */
export function FilterBar({ filter, onChange }: { filter: ActivityFilter; onChange: (next: ActivityFilter) => void }) {
  const trpc = useTRPC();
  const options = useQuery(trpc.activity.filterOptions.queryOptions());
  const set = (patch: Partial<ActivityFilter>) => onChange({ ...filter, ...patch });
  const clients = (options.data?.clients ?? []).filter((client) => !filter.catalog || client.catalogSlug === filter.catalog);
  const knownOutcome = !filter.outcome || RUN_OUTCOMES.includes(filter.outcome) || (RESULT_CODE_NAMES as string[]).includes(filter.outcome);

  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label="Catalog"
          value={filter.catalog ?? ""}
          disabled={options.isPending}
          onChange={(event) => set({ catalog: event.target.value || undefined, client: undefined, scope: undefined })}
        >
          <option value="">All catalogs</option>
          {filter.catalog && !options.data?.catalogs.some((c) => c.slug === filter.catalog) && <option value={filter.catalog}>{filter.catalog}</option>}
          {options.data?.catalogs.map((catalog) => (
            <option key={catalog.slug} value={catalog.slug}>
              {catalog.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Client" value={filter.client ?? ""} disabled={options.isPending} onChange={(event) => set({ client: event.target.value || undefined })}>
          <option value="">All clients</option>
          {filter.client && !clients.some((c) => c.clientId === filter.client) && <option value={filter.client}>{filter.client}</option>}
          {clients.map((client) => (
            <option key={client.clientId} value={client.clientId}>
              {client.name} ({client.clientId})
            </option>
          ))}
        </SelectField>
        <SelectField label="Kind of event" value={filter.kind ?? ""} onChange={(event) => set({ kind: (event.target.value || undefined) as KindFilter | undefined })}>
          <option value="">Runs and API calls</option>
          {KIND_FILTERS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_FILTER_LABELS[kind]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Outcome or result code" value={filter.outcome ?? ""} onChange={(event) => set({ outcome: event.target.value || undefined })}>
          <option value="">Any outcome</option>
          {!knownOutcome && filter.outcome && <option value={filter.outcome}>{filter.outcome}</option>}
          <optgroup label="Simulation outcomes">
            {RUN_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcome}
              </option>
            ))}
          </optgroup>
          <optgroup label="API result codes">
            {RESULT_CODE_NAMES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </optgroup>
        </SelectField>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <CommitField
          label="Scope"
          value={filter.scope ?? ""}
          placeholder="e.g. USER_LOGIN_ID"
          hint="Press Enter to apply."
          onCommit={(scope) => set({ scope: scope || undefined })}
        />
        <CommitField
          label="Search codes, tokens, ids"
          value={filter.q ?? ""}
          placeholder="first characters, sim_…, call_…"
          hint="A code/token prefix (4+ characters) or a run/call id."
          onCommit={(q) => set({ q: q || undefined })}
        />
        <TextField
          label="From"
          type="datetime-local"
          value={toLocalInput(filter.from)}
          onChange={(event) => set({ from: fromLocalInput(event.target.value) })}
          hint="Your local time."
        />
        <TextField label="To" type="datetime-local" value={toLocalInput(filter.to)} onChange={(event) => set({ to: fromLocalInput(event.target.value) })} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <CheckboxField label="Failures only" checked={filter.errorsOnly ?? false} onChange={(event) => set({ errorsOnly: event.target.checked || undefined })} />
        <div role="group" aria-label="Time range presets" className="flex flex-wrap gap-1.5">
          {PRESETS.map(([label, ms]) => (
            <Button key={label} size="sm" variant="ghost" onClick={() => set({ from: Math.floor((Date.now() - ms) / 60_000) * 60_000, to: undefined })}>
              {label}
            </Button>
          ))}
          <Button size="sm" variant="ghost" onClick={() => set({ from: undefined, to: undefined })} disabled={filter.from === undefined && filter.to === undefined}>
            Any time
          </Button>
        </div>
        {hasFilters(filter) && (
          <Button size="sm" onClick={() => onChange({})} className="ml-auto">
            Clear filters
          </Button>
        )}
      </div>
    </div>
  );
}
