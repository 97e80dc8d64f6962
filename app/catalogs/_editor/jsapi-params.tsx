"use client";

import { Button } from "@/app/_components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/app/_components/ui/field";
import type { Catalog, JsapiParam } from "@/server/domain/catalog/schema";
import { removeAt, replaceAt } from "./editor-state";
import { ItemFieldset, ListError, RowButton } from "./fields";
import { FactProvenance } from "./provenance-fields";
import { blankParam } from "./templates";
import { LABELS, type ErrorMap } from "./validation";

const PARAM_TYPES: ReadonlyArray<JsapiParam["type"]> = ["String", "Number", "Boolean"];
const MAX_PARAMS = 8;

/** my.getAuthCode's parameters besides scopes and the callbacks (AlipayHK's authClientId): add, remove, edit. */
export function JsapiParamList({
  params,
  errors,
  edit,
}: {
  params: readonly JsapiParam[];
  errors: ErrorMap;
  edit: (recipe: (catalog: Catalog) => Catalog) => void;
}) {
  const setParams = (recipe: (params: JsapiParam[]) => JsapiParam[]) => edit((c) => ({ ...c, jsapi: { ...c.jsapi, params: recipe(c.jsapi.params) } }));
  const setAt = (index: number, patch: Partial<JsapiParam>) =>
    setParams((list) => {
      const current = list[index];
      return current ? replaceAt(list, index, { ...current, ...patch }) : list;
    });
  return (
    <div data-field="jsapi.params" tabIndex={-1} className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.params}</h3>
        <Button size="sm" disabled={params.length >= MAX_PARAMS} onClick={() => setParams((list) => [...list, blankParam()])}>
          Add parameter
        </Button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Besides <code className="font-mono text-xs">scopes</code> and the callbacks. The simulator sends the example value unless the person types another.
      </p>
      <ListError message={errors["jsapi.params"]} dataField="jsapi.params" />
      {params.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No other parameters.</p>
      ) : (
        <ol className="space-y-2">
          {params.map((param, index) => {
            const key = `jsapi.params[${index}]`;
            return (
              <li key={index}>
                <ItemFieldset
                  legend={`Parameter ${index + 1}`}
                  actions={<RowButton label={`Remove parameter ${index + 1}`} glyph="✕" tone="danger" onClick={() => setParams((list) => removeAt(list, index))} />}
                >
                  <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-[12rem_8rem_minmax(0,1fr)_12rem]">
                    <TextField
                      label={LABELS.paramName}
                      value={param.name}
                      maxLength={64}
                      spellCheck={false}
                      placeholder="authClientId"
                      className="[&_input]:font-mono"
                      error={errors[`${key}.name`]}
                      data-field={`${key}.name`}
                      onChange={(event) => setAt(index, { name: event.target.value })}
                    />
                    <SelectField
                      label={LABELS.paramType}
                      value={param.type}
                      error={errors[`${key}.type`]}
                      data-field={`${key}.type`}
                      onChange={(event) => setAt(index, { type: event.target.value as JsapiParam["type"] })}
                    >
                      {PARAM_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {type}
                        </option>
                      ))}
                    </SelectField>
                    <TextField
                      label={LABELS.description}
                      value={param.description}
                      maxLength={500}
                      error={errors[`${key}.description`]}
                      data-field={`${key}.description`}
                      onChange={(event) => setAt(index, { description: event.target.value })}
                    />
                    <TextField
                      label={LABELS.example}
                      value={param.example}
                      maxLength={128}
                      spellCheck={false}
                      className="[&_input]:font-mono"
                      error={errors[`${key}.example`]}
                      data-field={`${key}.example`}
                      onChange={(event) => setAt(index, { example: event.target.value })}
                    />
                  </div>
                  <CheckboxField
                    label={LABELS.required}
                    className="mt-3"
                    checked={param.required}
                    data-field={`${key}.required`}
                    onChange={(event) => setAt(index, { required: event.target.checked })}
                  />
                  <FactProvenance
                    className="mt-3"
                    legend="Parameter"
                    value={param.provenance}
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
    </div>
  );
}
