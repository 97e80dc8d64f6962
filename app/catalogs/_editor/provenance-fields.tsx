"use client";

import { SelectField, TextAreaField, TextField } from "@/app/_components/ui/field";
import { Badge } from "@/app/_components/ui/badge";
import type { Fidelity, Provenance } from "@/server/domain/catalog/schema";
import { TEXT_LIMITS } from "@/server/domain/catalog/limits";
import { Disclosure } from "./fields";
import { LABELS, type ErrorMap } from "./validation";

export type ProvenanceItem = {
  /** Legend of the group, e.g. "Scope entry". */
  legend: string;
  value: Provenance;
  onChange: (value: Provenance) => void;
  /** Key of the provenance in the document, e.g. `scopes[2].silentProvenance`. */
  fieldKey: string;
  /** Problems keyed relative to the provenance: `source`, `note`, `fidelity`. */
  errors: ErrorMap;
};

/** Problems of one provenance out of a map, keyed relative to it. */
export function provenanceErrors(map: ErrorMap, prefix: string): ErrorMap {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(map)) {
    if (key === prefix) out[""] = message;
    else if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message;
  }
  return out;
}

const FIDELITY_OPTIONS: ReadonlyArray<readonly [Fidelity, string]> = [
  ["documented", "Documented (public source)"],
  ["assumed", "Assumed (product's choice)"],
];

/** Fidelity, source link and note of one fact. */
export function ProvenanceFields({ legend, value, onChange, fieldKey, errors }: ProvenanceItem) {
  return (
    <fieldset className="min-w-0 space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      {errors[""] && (
        <p role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {errors[""]}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,16.5rem)_minmax(0,1fr)]">
        <SelectField
          label={LABELS.fidelity}
          value={value.fidelity}
          error={errors.fidelity}
          data-field={`${fieldKey}.fidelity`}
          onChange={(event) => onChange({ ...value, fidelity: event.target.value as Fidelity })}
        >
          {FIDELITY_OPTIONS.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </SelectField>
        <TextField
          label={LABELS.source}
          type="url"
          inputMode="url"
          spellCheck={false}
          placeholder="https://…"
          value={value.source ?? ""}
          error={errors.source}
          hint={value.fidelity === "documented" ? "Required: the page that states this." : "Optional for an assumed fact."}
          data-field={`${fieldKey}.source`}
          onChange={(event) => onChange({ ...value, source: event.target.value })}
        />
      </div>
      <TextAreaField
        label={LABELS.note}
        rows={2}
        maxLength={TEXT_LIMITS.provenanceNote}
        value={value.note ?? ""}
        error={errors.note}
        hint={value.fidelity === "assumed" ? "Say why this value was chosen." : undefined}
        data-field={`${fieldKey}.note`}
        onChange={(event) => onChange({ ...value, note: event.target.value })}
      />
    </fieldset>
  );
}

function FidelitySummary({ items }: { items: readonly ProvenanceItem[] }) {
  const documented = items.filter((item) => item.value.fidelity === "documented").length;
  if (items.length === 1) {
    const only = items[0];
    return only ? <Badge tone={only.value.fidelity === "documented" ? "green" : "amber"}>{only.value.fidelity}</Badge> : null;
  }
  if (documented === items.length) return <Badge tone="green">all documented</Badge>;
  if (documented === 0) return <Badge tone="amber">all assumed</Badge>;
  return (
    <Badge tone="amber">
      {documented} of {items.length} documented
    </Badge>
  );
}

/** "Sources & fidelity": the provenances of an item behind a disclosure, with their state in the summary. */
export function ProvenanceDisclosure({ items, className }: { items: readonly ProvenanceItem[]; className?: string }) {
  const errorCount = items.reduce((sum, item) => sum + Object.keys(item.errors).length, 0);
  return (
    <Disclosure
      className={className}
      summary={
        <>
          <span>Sources &amp; fidelity</span>
          <FidelitySummary items={items} />
          {errorCount > 0 && (
            <Badge tone="red">
              {errorCount} {errorCount === 1 ? "problem" : "problems"}
            </Badge>
          )}
        </>
      }
    >
      {items.map((item) => (
        <ProvenanceFields key={item.fieldKey} {...item} />
      ))}
    </Disclosure>
  );
}
