"use client";

import { memo, useId } from "react";
import { Button } from "@/app/_components/ui/button";
import { CheckboxField, inputClass, SelectField, TextAreaField, TextField } from "@/app/_components/ui/field";
import type { Catalog, ErrorMeaning, JsapiErrorCode, SimulatedOutcome } from "@/server/domain/catalog/schema";
import { TEXT_LIMITS } from "@/server/domain/catalog/limits";
import { removeAt, replaceAt } from "./editor-state";
import { ItemFieldset, ListError, NumberInput, RowButton, SectionCard } from "./fields";
import { FactProvenance } from "./provenance-fields";
import { blankErrorCode } from "./templates";
import { errorsWithin, LABELS, type ErrorMap } from "./validation";

export const MEANING_OPTIONS: ReadonlyArray<readonly [ErrorMeaning, string]> = [
  ["unknown", "Unknown"],
  ["user-cancel", "User cancelled"],
  ["user-denied", "User denied"],
  ["timeout", "Timeout"],
  ["system", "System error"],
  ["network", "Network error"],
  ["empty-result", "Empty result"],
  ["no-permission", "No permission"],
  ["pending-agreement", "Pending agreement"],
  ["not-eligible", "Not eligible"],
];

const SIMULATES_OPTIONS: ReadonlyArray<readonly [SimulatedOutcome, string]> = [
  ["deny", "deny"],
  ["cancel", "cancel"],
  ["timeout", "timeout (consent page left open)"],
  ["wallet-timeout", "wallet-timeout (the wallet does not answer)"],
];

/** Which simulated outcomes fail with this code; problems (two codes for one outcome) show under the group. */
function SimulatesField({
  value,
  onChange,
  errors,
  dataField,
}: {
  value: readonly SimulatedOutcome[];
  onChange: (value: SimulatedOutcome[]) => void;
  errors: ErrorMap;
  dataField: string;
}) {
  const id = useId();
  const messages = [...new Set(errorsWithin(errors, dataField).map((key) => errors[key]))];
  return (
    <fieldset
      data-field={dataField}
      tabIndex={-1}
      aria-describedby={`${id}-hint${messages.length > 0 ? ` ${id}-error` : ""}`}
      aria-invalid={messages.length > 0 ? true : undefined}
      className="mt-3 min-w-0"
    >
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{LABELS.simulates}</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
        The outcomes the simulator answers with this code. One code per outcome; none: the code is sent only when chosen as the outcome.
      </p>
      <div className="mt-1.5 flex flex-wrap gap-x-5 gap-y-1.5">
        {SIMULATES_OPTIONS.map(([outcome, text]) => (
          <CheckboxField
            key={outcome}
            label={text}
            checked={value.includes(outcome)}
            // An outcome's place in the list is where a problem about it points (`simulates[0]`).
            data-field={value.includes(outcome) ? `${dataField}[${value.indexOf(outcome)}]` : undefined}
            onChange={(event) =>
              onChange(SIMULATES_OPTIONS.map(([option]) => option).filter((option) => (option === outcome ? event.target.checked : value.includes(option))))
            }
          />
        ))}
      </div>
      {messages.length > 0 && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
          {messages.join("; ")}
        </p>
      )}
    </fieldset>
  );
}

function CodeField({ value, onChange, error, dataField }: { value: number; onChange: (value: number) => void; error?: string; dataField: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {LABELS.code}
      </label>
      <NumberInput
        id={id}
        value={value}
        onChange={onChange}
        min={0}
        max={999_999}
        data-field={dataField}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClass} font-mono`}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

export const ErrorCodeList = memo(function ErrorCodeList({
  errorCodes,
  errors,
  edit,
}: {
  errorCodes: readonly JsapiErrorCode[];
  errors: ErrorMap;
  edit: (recipe: (catalog: Catalog) => Catalog) => void;
}) {
  const setAt = (index: number, patch: Partial<JsapiErrorCode>) =>
    edit((c) => {
      const current = c.errorCodes[index];
      return current ? { ...c, errorCodes: replaceAt(c.errorCodes, index, { ...current, ...patch }) } : c;
    });
  return (
    <SectionCard
      id="error-codes"
      title="JSAPI error codes"
      dataField="errorCodes"
      description="The error codes my.getAuthCode's fail callback may report, as the wallet documents them, with what they mean for the person integrating."
      actions={
        <Button
          size="sm"
          disabled={errorCodes.length >= 500}
          onClick={() => edit((c) => ({ ...c, errorCodes: [...c.errorCodes, blankErrorCode(c.errorCodes)] }))}
        >
          Add error code
        </Button>
      }
    >
      <ListError message={errors.errorCodes} dataField="errorCodes" />
      {errorCodes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No error codes yet.</p>
      ) : (
        <ol className="space-y-3">
          {errorCodes.map((error, index) => {
            const key = `errorCodes[${index}]`;
            const err = (field: string) => errors[`${key}.${field}`];
            return (
              <li key={index}>
                <ItemFieldset
                  legend={`Error code ${index + 1}`}
                  actions={
                    <RowButton
                      label={`Remove error code ${index + 1}`}
                      glyph="✕"
                      tone="danger"
                      onClick={() => edit((c) => ({ ...c, errorCodes: removeAt(c.errorCodes, index) }))}
                    />
                  }
                >
                  <div className="grid gap-3 sm:grid-cols-[8rem_minmax(0,1fr)] lg:grid-cols-[8rem_minmax(0,1fr)_minmax(0,1fr)_12rem]">
                    <CodeField value={error.code} error={err("code")} dataField={`${key}.code`} onChange={(code) => setAt(index, { code })} />
                    <TextField
                      label={LABELS.errorName}
                      value={error.name}
                      maxLength={128}
                      spellCheck={false}
                      className="[&_input]:font-mono"
                      error={err("name")}
                      data-field={`${key}.name`}
                      hint="Constant name as documented, spelling kept."
                      onChange={(event) => setAt(index, { name: event.target.value })}
                    />
                    <TextField
                      label={LABELS.message}
                      value={error.message}
                      maxLength={500}
                      error={err("message")}
                      data-field={`${key}.message`}
                      hint="errorMessage text as documented."
                      onChange={(event) => setAt(index, { message: event.target.value })}
                    />
                    <SelectField
                      label={LABELS.meaning}
                      value={error.meaning}
                      error={err("meaning")}
                      data-field={`${key}.meaning`}
                      onChange={(event) => setAt(index, { meaning: event.target.value as ErrorMeaning })}
                    >
                      {MEANING_OPTIONS.map(([value, text]) => (
                        <option key={value} value={value}>
                          {text}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                  <TextAreaField
                    label={LABELS.advice}
                    className="mt-3"
                    rows={2}
                    maxLength={TEXT_LIMITS.errorAdvice}
                    value={error.advice}
                    error={err("advice")}
                    data-field={`${key}.advice`}
                    hint="Why this happens and what to do, in plain words."
                    onChange={(event) => setAt(index, { advice: event.target.value })}
                  />
                  <SimulatesField
                    value={error.simulates}
                    errors={errors}
                    dataField={`${key}.simulates`}
                    onChange={(simulates) => setAt(index, { simulates })}
                  />
                  <FactProvenance
                    className="mt-3"
                    legend="Error code"
                    value={error.provenance}
                    onChange={(provenance) => setAt(index, { provenance })}
                    fieldKey={`${key}.provenance`}
                    errors={errors}
                  />
                </ItemFieldset>
              </li>
            );
          })}
        </ol>
      )}
    </SectionCard>
  );
});
