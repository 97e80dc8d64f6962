"use client";

import { SelectField, TextAreaField, TextField } from "@/app/_components/ui/field";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import type { Fidelity, Provenance, Reading } from "@/server/domain/catalog/schema";
import { TEXT_LIMITS } from "@/server/domain/catalog/limits";
import { removeAt, replaceAt } from "./editor-state";
import { Disclosure, ListError, RowButton } from "./fields";
import { LABELS, type ErrorMap } from "./validation";

export type ProvenanceItem = {
  /** Legend of the group, e.g. "Scope entry". */
  legend: string;
  value: Provenance;
  onChange: (value: Provenance) => void;
  /** Key of the provenance in the document, e.g. `scopes[2].silentProvenance`. */
  fieldKey: string;
  /** Problems keyed relative to the provenance: `source`, `ref`, `note`, `fidelity`, `readings[1].ref`. */
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
  ["conflict", "Conflict (the source says two things)"],
];

const FIDELITY_TONE = { documented: "green", assumed: "amber", conflict: "red" } as const;

const MAX_READINGS = 8;
const blankReading = (): Reading => ({ reading: "", ref: "" });

/** The provenance with another label: a conflict starts with two empty readings; the others keep none. */
function withFidelity(value: Provenance, fidelity: Fidelity): Provenance {
  const { readings, ...rest } = value;
  if (fidelity !== "conflict") return { ...rest, fidelity };
  return { ...rest, fidelity, readings: readings && readings.length > 0 ? readings : [blankReading(), blankReading()] };
}

/** The readings of a conflict: each one's text and where it was read, at least two. */
function ReadingRows({ value, onChange, fieldKey, errors }: Omit<ProvenanceItem, "legend">) {
  const readings = value.readings ?? [];
  const setReadings = (next: Reading[]) => onChange({ ...value, readings: next });
  return (
    <div data-field={`${fieldKey}.readings`} tabIndex={-1} className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-medium text-slate-800 dark:text-slate-200">{LABELS.readings}</h4>
        <Button size="sm" disabled={readings.length >= MAX_READINGS} onClick={() => setReadings([...readings, blankReading()])}>
          Add reading
        </Button>
      </div>
      <ListError message={errors.readings} dataField={`${fieldKey}.readings`} />
      <ol className="space-y-2">
        {readings.map((reading, index) => (
          <li key={index} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,14rem)_auto] sm:items-start">
            <TextAreaField
              label={`${LABELS.reading} ${index + 1}`}
              rows={2}
              maxLength={500}
              value={reading.reading}
              error={errors[`readings[${index}].reading`]}
              data-field={`${fieldKey}.readings[${index}].reading`}
              hint="What the source says, in its words."
              onChange={(event) => setReadings(replaceAt(readings, index, { ...reading, reading: event.target.value }))}
            />
            <TextField
              label={`Where reading ${index + 1} was read`}
              spellCheck={false}
              maxLength={200}
              placeholder="seeds/….txt or wallet-domain.md §…"
              className="[&_input]:font-mono"
              value={reading.ref}
              error={errors[`readings[${index}].ref`]}
              data-field={`${fieldKey}.readings[${index}].ref`}
              onChange={(event) => setReadings(replaceAt(readings, index, { ...reading, ref: event.target.value }))}
            />
            <RowButton
              label={`Remove reading ${index + 1}`}
              glyph="✕"
              tone="danger"
              className="sm:mt-7"
              disabled={readings.length <= 2}
              onClick={() => setReadings(removeAt(readings, index))}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

const NOTE_HINT: Record<Fidelity, string | undefined> = {
  documented: undefined,
  assumed: "Say why this value was chosen.",
  conflict: "Say which reading the studio uses (and how to simulate the other).",
};

/** Fidelity, source link, where it was read, the readings of a conflict and the note of one fact. */
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
          onChange={(event) => onChange(withFidelity(value, event.target.value as Fidelity))}
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
          hint={value.fidelity === "documented" ? "The page that states this (or say where it was read)." : "Optional."}
          data-field={`${fieldKey}.source`}
          onChange={(event) => onChange({ ...value, source: event.target.value })}
        />
      </div>
      <TextField
        label={LABELS.ref}
        spellCheck={false}
        maxLength={200}
        placeholder="seeds/….txt or wallet-domain.md §…"
        className="[&_input]:font-mono"
        value={value.ref ?? ""}
        error={errors.ref}
        hint="A stored copy of the source or a section of the reference."
        data-field={`${fieldKey}.ref`}
        onChange={(event) => onChange({ ...value, ref: event.target.value })}
      />
      {value.fidelity === "conflict" && <ReadingRows value={value} onChange={onChange} fieldKey={fieldKey} errors={errors} />}
      <TextAreaField
        label={LABELS.note}
        rows={2}
        maxLength={TEXT_LIMITS.provenanceNote}
        value={value.note ?? ""}
        error={errors.note}
        hint={NOTE_HINT[value.fidelity]}
        data-field={`${fieldKey}.note`}
        onChange={(event) => onChange({ ...value, note: event.target.value })}
      />
    </fieldset>
  );
}

function FidelitySummary({ items }: { items: readonly ProvenanceItem[] }) {
  const documented = items.filter((item) => item.value.fidelity === "documented").length;
  const conflicts = items.filter((item) => item.value.fidelity === "conflict").length;
  if (items.length === 1) {
    const only = items[0];
    return only ? <Badge tone={FIDELITY_TONE[only.value.fidelity]}>{only.value.fidelity}</Badge> : null;
  }
  const conflictBadge = conflicts > 0 && <Badge tone="red">{conflicts === 1 ? "1 conflict" : `${conflicts} conflicts`}</Badge>;
  if (documented === items.length) return <Badge tone="green">all documented</Badge>;
  if (documented === 0 && conflicts === 0) return <Badge tone="amber">all assumed</Badge>;
  return (
    <>
      <Badge tone="amber">
        {documented} of {items.length} documented
      </Badge>
      {conflictBadge}
    </>
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

/** The "Sources & fidelity" disclosure of one fact, its problems picked out of the editor's whole map. */
export function FactProvenance({
  legend,
  value,
  onChange,
  fieldKey,
  errors,
  className,
}: ProvenanceItem & { className?: string }) {
  return <ProvenanceDisclosure className={className} items={[{ legend, value, onChange, fieldKey, errors: provenanceErrors(errors, fieldKey) }]} />;
}
