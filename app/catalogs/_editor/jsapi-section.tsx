"use client";

import { memo } from "react";
import { Button } from "@/app/_components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/app/_components/ui/field";
import type { Catalog, JsapiProfile, Presence, ResultField, ResultFieldName, ScopeErrorValue } from "@/server/domain/catalog/schema";
import { TEXT_LIMITS } from "@/server/domain/catalog/limits";
import { removeAt, replaceAt } from "./editor-state";
import { ItemFieldset, ListError, RowButton, SectionCard } from "./fields";
import { FactProvenance } from "./provenance-fields";
import { JsapiParamList } from "./jsapi-params";
import { blankResultField, blankScopeErrorValue, RESULT_FIELD_NAMES } from "./templates";
import { LABELS, type ErrorMap } from "./validation";

const RESULT_TYPES: ReadonlyArray<ResultField["type"]> = ["String", "Array", "Key-value", "Number"];

const PRESENCE_OPTIONS: ReadonlyArray<readonly [Presence, string]> = [
  ["always", "Always"],
  ["optional", "Optional"],
  ["on-success", "On success"],
  ["on-failure", "On failure"],
];

const SCOPES_TYPE_OPTIONS: ReadonlyArray<readonly [JsapiProfile["scopesType"], string]> = [
  ["array", "Array of strings"],
  ["string-or-array", "String or array of strings"],
];

const EXAMPLES = ["request", "success", "fail"] as const;

export const JsapiSection = memo(function JsapiSection({
  jsapi,
  scopeNames,
  errors,
  edit,
}: {
  jsapi: JsapiProfile;
  /** Names of the catalog's scopes (for the default-scope choice). */
  scopeNames: readonly string[];
  errors: ErrorMap;
  edit: (recipe: (catalog: Catalog) => Catalog) => void;
}) {
  const set = (patch: Partial<JsapiProfile>) => edit((c) => ({ ...c, jsapi: { ...c.jsapi, ...patch } }));
  const setField = (index: number, patch: Partial<ResultField>) =>
    edit((c) => {
      const current = c.jsapi.resultFields[index];
      return current ? { ...c, jsapi: { ...c.jsapi, resultFields: replaceAt(c.jsapi.resultFields, index, { ...current, ...patch }) } } : c;
    });
  const setValue = (index: number, patch: Partial<ScopeErrorValue>) =>
    edit((c) => {
      const current = c.jsapi.scopeErrorValues[index];
      return current
        ? { ...c, jsapi: { ...c.jsapi, scopeErrorValues: replaceAt(c.jsapi.scopeErrorValues, index, { ...current, ...patch }) } }
        : c;
    });
  const uniqueNames = [...new Set(scopeNames.filter((name) => name !== ""))];
  const defaultMissing = jsapi.defaultScope !== null && !uniqueNames.includes(jsapi.defaultScope);
  const allFieldNamesUsed = RESULT_FIELD_NAMES.every((name) => jsapi.resultFields.some((field) => field.name === name));

  return (
    <SectionCard
      id="jsapi"
      title="JSAPI profile"
      dataField="jsapi"
      description={
        <>
          How <code className="font-mono text-xs">my.getAuthCode</code> takes its <code className="font-mono text-xs">scopes</code> and what its
          callbacks return.
        </>
      }
    >
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          label={LABELS.scopesType}
          value={jsapi.scopesType}
          error={errors["jsapi.scopesType"]}
          data-field="jsapi.scopesType"
          onChange={(event) => set({ scopesType: event.target.value as JsapiProfile["scopesType"] })}
        >
          {SCOPES_TYPE_OPTIONS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
        <div className="md:pt-7">
          <CheckboxField
            label={LABELS.scopesRequired}
            checked={jsapi.scopesRequired}
            data-field="jsapi.scopesRequired"
            onChange={(event) => set({ scopesRequired: event.target.checked })}
          />
        </div>
        <SelectField
          label={LABELS.defaultScope}
          value={jsapi.defaultScope ?? ""}
          error={errors["jsapi.defaultScope"]}
          data-field="jsapi.defaultScope"
          hint="Used when scopes is omitted; only when scopes are optional."
          onChange={(event) => set({ defaultScope: event.target.value === "" ? null : event.target.value })}
        >
          <option value="">None</option>
          {defaultMissing && jsapi.defaultScope !== null && <option value={jsapi.defaultScope}>{jsapi.defaultScope} (not a scope)</option>}
          {uniqueNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
      </div>
      <FactProvenance
        legend={LABELS.scopesProvenance}
        value={jsapi.scopesProvenance}
        onChange={(scopesProvenance) => set({ scopesProvenance })}
        fieldKey="jsapi.scopesProvenance"
        errors={errors}
      />

      <JsapiParamList params={jsapi.params} errors={errors} edit={edit} />

      <div data-field="jsapi.resultFields" tabIndex={-1} className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.resultFields}</h3>
          <Button
            size="sm"
            disabled={allFieldNamesUsed || jsapi.resultFields.length >= 8}
            onClick={() => edit((c) => ({ ...c, jsapi: { ...c.jsapi, resultFields: [...c.jsapi.resultFields, blankResultField(c.jsapi.resultFields)] } }))}
          >
            Add result field
          </Button>
        </div>
        <ListError message={errors["jsapi.resultFields"]} dataField="jsapi.resultFields" />
        {jsapi.resultFields.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No result fields.</p>
        ) : (
          <ol className="space-y-2">
            {jsapi.resultFields.map((field, index) => {
              const key = `jsapi.resultFields[${index}]`;
              return (
                <li key={index}>
                  <ItemFieldset
                    legend={`Result field ${index + 1}`}
                    actions={
                      <RowButton
                        label={`Remove result field ${index + 1}`}
                        glyph="✕"
                        tone="danger"
                        onClick={() => edit((c) => ({ ...c, jsapi: { ...c.jsapi, resultFields: removeAt(c.jsapi.resultFields, index) } }))}
                      />
                    }
                  >
                    <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-[12rem_9rem_9rem_minmax(0,1fr)]">
                      <SelectField
                        label={LABELS.resultFieldName}
                        value={field.name}
                        error={errors[`${key}.name`]}
                        data-field={`${key}.name`}
                        className="[&_select]:font-mono"
                        onChange={(event) => setField(index, { name: event.target.value as ResultFieldName })}
                      >
                        {RESULT_FIELD_NAMES.map((name) => (
                          <option key={name} value={name}>
                            {name}
                          </option>
                        ))}
                      </SelectField>
                      <SelectField
                        label={LABELS.resultFieldType}
                        value={field.type}
                        error={errors[`${key}.type`]}
                        data-field={`${key}.type`}
                        onChange={(event) => setField(index, { type: event.target.value as ResultField["type"] })}
                      >
                        {RESULT_TYPES.map((type) => (
                          <option key={type} value={type}>
                            {type}
                          </option>
                        ))}
                      </SelectField>
                      <SelectField
                        label={LABELS.presence}
                        value={field.presence}
                        error={errors[`${key}.presence`]}
                        data-field={`${key}.presence`}
                        onChange={(event) => setField(index, { presence: event.target.value as Presence })}
                      >
                        {PRESENCE_OPTIONS.map(([value, text]) => (
                          <option key={value} value={value}>
                            {text}
                          </option>
                        ))}
                      </SelectField>
                      <TextField
                        label={LABELS.description}
                        className="sm:col-span-3 lg:col-span-1"
                        value={field.description}
                        maxLength={500}
                        error={errors[`${key}.description`]}
                        data-field={`${key}.description`}
                        onChange={(event) => setField(index, { description: event.target.value })}
                      />
                    </div>
                    <FactProvenance
                      className="mt-3"
                      legend="Result field"
                      value={field.provenance}
                      onChange={(provenance) => setField(index, { provenance })}
                      fieldKey={`${key}.provenance`}
                      errors={errors}
                    />
                  </ItemFieldset>
                </li>
              );
            })}
          </ol>
        )}
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label={LABELS.defaultScopeErrorValue}
          value={jsapi.defaultScopeErrorValue}
          maxLength={32}
          className="[&_input]:font-mono"
          error={errors["jsapi.defaultScopeErrorValue"]}
          data-field="jsapi.defaultScopeErrorValue"
          hint='Value in authErrorScopes for a refused scope, e.g. {"auth_user":"10001"}.'
          onChange={(event) => set({ defaultScopeErrorValue: event.target.value })}
        />
      </div>

      <div data-field="jsapi.scopeErrorValues" tabIndex={-1} className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.scopeErrorValues}</h3>
          <Button
            size="sm"
            disabled={jsapi.scopeErrorValues.length >= 32}
            onClick={() => edit((c) => ({ ...c, jsapi: { ...c.jsapi, scopeErrorValues: [...c.jsapi.scopeErrorValues, blankScopeErrorValue()] } }))}
          >
            Add error value
          </Button>
        </div>
        <ListError message={errors["jsapi.scopeErrorValues"]} dataField="jsapi.scopeErrorValues" />
        {jsapi.scopeErrorValues.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No documented values.</p>
        ) : (
          <ol className="space-y-2">
            {jsapi.scopeErrorValues.map((item, index) => {
              const key = `jsapi.scopeErrorValues[${index}]`;
              return (
                <li key={index}>
                  <ItemFieldset
                    legend={`Scope error value ${index + 1}`}
                    actions={
                      <RowButton
                        label={`Remove error value ${index + 1}`}
                        glyph="✕"
                        tone="danger"
                        onClick={() => edit((c) => ({ ...c, jsapi: { ...c.jsapi, scopeErrorValues: removeAt(c.jsapi.scopeErrorValues, index) } }))}
                      />
                    }
                  >
                    <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
                      <TextField
                        label={LABELS.value}
                        value={item.value}
                        maxLength={32}
                        className="[&_input]:font-mono"
                        error={errors[`${key}.value`]}
                        data-field={`${key}.value`}
                        onChange={(event) => setValue(index, { value: event.target.value })}
                      />
                      <TextField
                        label={LABELS.meaning}
                        value={item.meaning}
                        maxLength={500}
                        error={errors[`${key}.meaning`]}
                        data-field={`${key}.meaning`}
                        onChange={(event) => setValue(index, { meaning: event.target.value })}
                      />
                    </div>
                    <FactProvenance
                      className="mt-3"
                      legend="Scope error value"
                      value={item.provenance}
                      onChange={(provenance) => setValue(index, { provenance })}
                      fieldKey={`${key}.provenance`}
                      errors={errors}
                    />
                  </ItemFieldset>
                </li>
              );
            })}
          </ol>
        )}
      </div>

      <div data-field="jsapi.examples" tabIndex={-1} className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.examples}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          They need not be valid JSON. Each example&apos;s fidelity says whether it is the source&apos;s own (documented, copied as the source shows it) or one
          written for this catalog (assumed: illustrative).
        </p>
        <div className="grid gap-4 lg:grid-cols-3">
          {EXAMPLES.map((which) => (
            <div key={which} className="min-w-0 space-y-2">
              <TextAreaField
                label={LABELS[which]}
                rows={8}
                maxLength={TEXT_LIMITS.example}
                spellCheck={false}
                className="[&_textarea]:font-mono [&_textarea]:text-xs"
                value={jsapi.examples[which]}
                error={errors[`jsapi.examples.${which}`]}
                data-field={`jsapi.examples.${which}`}
                onChange={(event) => {
                  const text = event.target.value;
                  edit((c) => ({ ...c, jsapi: { ...c.jsapi, examples: { ...c.jsapi.examples, [which]: text } } }));
                }}
              />
              <FactProvenance
                legend={LABELS[which]}
                value={jsapi.examplesProvenance[which]}
                onChange={(provenance) => edit((c) => ({ ...c, jsapi: { ...c.jsapi, examplesProvenance: { ...c.jsapi.examplesProvenance, [which]: provenance } } }))}
                fieldKey={`jsapi.examplesProvenance.${which}`}
                errors={errors}
              />
            </div>
          ))}
        </div>
      </div>

      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.dataFlowProvenance}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Where this wallet states the steps the simulator walks: my.getAuthCode → consent page → authCode → applyToken → tokens.
        </p>
        <FactProvenance
          legend={LABELS.dataFlowProvenance}
          value={jsapi.dataFlowProvenance}
          onChange={(dataFlowProvenance) => set({ dataFlowProvenance })}
          fieldKey="jsapi.dataFlowProvenance"
          errors={errors}
        />
      </div>
    </SectionCard>
  );
});
