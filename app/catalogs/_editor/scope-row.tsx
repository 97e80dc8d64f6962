"use client";

import { memo, useId, type Dispatch, type KeyboardEvent } from "react";
import { Badge, FidelityBadge, SilentBadge } from "@/app/_components/ui/badge";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/app/_components/ui/field";
import { cn } from "@/app/_components/ui/cn";
import type { Provenance, Scope } from "@/server/domain/catalog/schema";
import { TEXT_LIMITS } from "@/server/domain/catalog/limits";
import type { EditorAction } from "./editor-state";
import { CompactTextInput, ListTextArea, RowButton } from "./fields";
import { ProvenanceDisclosure, provenanceErrors } from "./provenance-fields";
import { LABELS, listItemErrors, NO_ERRORS, sameErrorMap, type ErrorMap } from "./validation";

export type MoveFocus = "up" | "down" | "same";

export type ScopeRowProps = {
  scope: Scope;
  index: number;
  id: string;
  count: number;
  expanded: boolean;
  /** This row's problems, keyed inside the scope (`name`, `aliases[1]`, `provenance.source`). */
  errors: ErrorMap | undefined;
  defaultErrorValue: string;
  dispatch: Dispatch<EditorAction>;
  onMove: (from: number, to: number, focus: MoveFocus) => void;
  onRemove: (index: number) => void;
};

const PREASSIGNED_OPTIONS = [
  ["unset", "Not stated"],
  ["yes", "Yes — granted to every merchant without applying"],
  ["no", "No"],
] as const;

function preassignedValue(value: boolean | null): "unset" | "yes" | "no" {
  return value === null ? "unset" : value ? "yes" : "no";
}

function ScopeRowImpl({ scope, index, id, count, expanded, errors = NO_ERRORS, defaultErrorValue, dispatch, onMove, onRemove }: ScopeRowProps) {
  const n = index + 1;
  const key = `scopes[${index}]`;
  const detailsId = `scope-${id}-details`;
  const hintId = useId();
  const update = (patch: Partial<Scope>) => dispatch({ type: "updateScope", index, patch });
  const setProvenance = (field: "provenance" | "descriptionProvenance" | "silentProvenance" | "fieldsProvenance") => (value: Provenance) => update({ [field]: value });
  const problemCount = Object.keys(errors).length;
  const hiddenProblems = expanded ? 0 : Object.keys(errors).filter((k) => k !== "name").length;

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    const target = event.target as HTMLElement;
    if (target.tagName === "TEXTAREA" || target.tagName === "SELECT") return;
    const to = event.key === "ArrowUp" ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    event.preventDefault();
    onMove(index, to, "same");
  };

  return (
    <fieldset
      data-scope-row={id}
      data-field={key}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className={cn(
        "min-w-0 rounded-md border bg-white dark:bg-slate-900",
        problemCount > 0 ? "border-red-300 dark:border-red-800" : "border-slate-200 dark:border-slate-700",
      )}
    >
      <legend className="sr-only">Scope {n}</legend>
      <div className="flex flex-wrap items-start gap-2 p-2 sm:flex-nowrap">
        <span aria-hidden className="mt-1.5 w-8 shrink-0 text-right text-xs tabular-nums text-slate-500 dark:text-slate-400">
          {n}
        </span>
        <CompactTextInput
          label={LABELS.scopeName}
          value={scope.name}
          placeholder="SCOPE_NAME"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          autoComplete="off"
          error={errors.name}
          data-field={`${key}.name`}
          className="min-w-0 flex-1 basis-40 sm:max-w-xs"
          inputClassName="font-mono"
          onChange={(event) => update({ name: event.target.value })}
        />
        <div className="order-last flex w-full min-w-0 flex-wrap items-center gap-1.5 pl-10 sm:order-none sm:mt-1 sm:w-auto sm:flex-1 sm:pl-0">
          <SilentBadge silent={scope.silent} />
          {scope.deprecated && <Badge tone="neutral">deprecated</Badge>}
          {scope.preassigned === true && <Badge tone="neutral">preassigned</Badge>}
          {scope.aliases.length > 0 && <Badge tone="neutral">{scope.aliases.length === 1 ? "1 alias" : `${scope.aliases.length} aliases`}</Badge>}
          <Badge tone="neutral">{scope.userInfoFields.length === 1 ? "1 field" : `${scope.userInfoFields.length} fields`}</Badge>
          <FidelityBadge {...scope.provenance} />
          {hiddenProblems > 0 && (
            <Badge tone="red">
              {hiddenProblems} {hiddenProblems === 1 ? "problem" : "problems"} in details
            </Badge>
          )}
          {!expanded && scope.description && (
            <span className="hidden min-w-0 flex-1 truncate text-xs text-slate-500 lg:inline dark:text-slate-400">{scope.description}</span>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <RowButton
            label={`Move scope ${n} up`}
            glyph="↑"
            data-move="up"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1, "up")}
          />
          <RowButton
            label={`Move scope ${n} down`}
            glyph="↓"
            data-move="down"
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1, "down")}
          />
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={detailsId}
            aria-label={`Details of scope ${n}`}
            onClick={() => dispatch({ type: "setExpanded", id, expanded: !expanded })}
            className="inline-flex h-8 items-center gap-1 rounded-md border border-slate-300 px-2 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            <span aria-hidden className={cn("inline-block transition-transform motion-reduce:transition-none", expanded && "rotate-90")}>
              ▸
            </span>
            <span aria-hidden>Details</span>
          </button>
          <RowButton label={`Remove scope ${n}`} glyph="✕" tone="danger" onClick={() => onRemove(index)} />
        </div>
      </div>
      {expanded && (
        <div id={detailsId} className="grid gap-4 border-t border-slate-200 p-3 md:grid-cols-2 dark:border-slate-700">
          <TextAreaField
            label={LABELS.scopeDescription}
            rows={2}
            maxLength={TEXT_LIMITS.scopeDescription}
            className="md:col-span-2"
            value={scope.description}
            error={errors.description}
            data-field={`${key}.description`}
            onChange={(event) => update({ description: event.target.value })}
          />
          <ListTextArea
            label={LABELS.userInfoFields}
            commas
            value={scope.userInfoFields}
            onChange={(userInfoFields) => update({ userInfoFields })}
            dataField={`${key}.userInfoFields`}
            error={listItemErrors(errors, "userInfoFields", scope.userInfoFields)}
            placeholder={"userId\nuserName.fullName"}
            hint="userInfo fields this scope unlocks: one per line or comma-separated, e.g. loginIdInfos[].loginId."
          />
          <ListTextArea
            label={LABELS.aliases}
            commas={false}
            value={scope.aliases}
            onChange={(aliases) => update({ aliases })}
            dataField={`${key}.aliases`}
            error={listItemErrors(errors, "aliases", scope.aliases)}
            hint="Other names the wallet accepts for this scope, one per line (e.g. auth_base for BASE_USER_INFO)."
          />
          <div className="space-y-3">
            <div>
              <CheckboxField
                label={LABELS.silent}
                checked={scope.silent}
                aria-describedby={`${hintId}-silent`}
                data-field={`${key}.silent`}
                onChange={(event) => update({ silent: event.target.checked })}
              />
              <p id={`${hintId}-silent`} className="ml-6 text-xs text-slate-500 dark:text-slate-400">
                Granted without the wallet&apos;s consent page.
              </p>
            </div>
            <div>
              <CheckboxField
                label={LABELS.ownDescriptionSource}
                checked={scope.descriptionProvenance !== undefined}
                aria-describedby={`${hintId}-description-source`}
                data-field={`${key}.descriptionProvenance`}
                onChange={(event) =>
                  update({
                    descriptionProvenance: event.target.checked
                      ? { fidelity: "assumed", note: "The description is not from the page that lists the scope." }
                      : undefined,
                  })
                }
              />
              <p id={`${hintId}-description-source`} className="ml-6 text-xs text-slate-500 dark:text-slate-400">
                Tick when the description comes from elsewhere than the scope (e.g. borrowed from another wallet&apos;s page); label it below.
              </p>
            </div>
            <div>
              <CheckboxField
                label={LABELS.deprecated}
                checked={scope.deprecated}
                aria-describedby={`${hintId}-deprecated`}
                data-field={`${key}.deprecated`}
                onChange={(event) => update({ deprecated: event.target.checked })}
              />
              <p id={`${hintId}-deprecated`} className="ml-6 text-xs text-slate-500 dark:text-slate-400">
                Still accepted by the wallet, but new code should not request it.
              </p>
            </div>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label={LABELS.preassigned}
              value={preassignedValue(scope.preassigned)}
              error={errors.preassigned}
              data-field={`${key}.preassigned`}
              hint="Granted to every merchant without applying (Touch 'n Go)."
              onChange={(event) => update({ preassigned: event.target.value === "unset" ? null : event.target.value === "yes" })}
            >
              {PREASSIGNED_OPTIONS.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </SelectField>
            <TextField
              label={LABELS.errorValue}
              value={scope.errorValue ?? ""}
              placeholder={defaultErrorValue}
              maxLength={32}
              error={errors.errorValue}
              data-field={`${key}.errorValue`}
              hint={`In authErrorScopes when refused. Empty: the catalog default (${defaultErrorValue || "none"}).`}
              onChange={(event) => update({ errorValue: event.target.value === "" ? null : event.target.value })}
            />
          </div>
          <ProvenanceDisclosure
            className="md:col-span-2"
            items={[
              {
                legend: LABELS.provenance,
                value: scope.provenance,
                onChange: setProvenance("provenance"),
                fieldKey: `${key}.provenance`,
                errors: provenanceErrors(errors, "provenance"),
              },
              ...(scope.descriptionProvenance
                ? [
                    {
                      legend: LABELS.descriptionProvenance,
                      value: scope.descriptionProvenance,
                      onChange: setProvenance("descriptionProvenance"),
                      fieldKey: `${key}.descriptionProvenance`,
                      errors: provenanceErrors(errors, "descriptionProvenance"),
                    },
                  ]
                : []),
              {
                legend: LABELS.silentProvenance,
                value: scope.silentProvenance,
                onChange: setProvenance("silentProvenance"),
                fieldKey: `${key}.silentProvenance`,
                errors: provenanceErrors(errors, "silentProvenance"),
              },
              {
                legend: LABELS.fieldsProvenance,
                value: scope.fieldsProvenance,
                onChange: setProvenance("fieldsProvenance"),
                fieldKey: `${key}.fieldsProvenance`,
                errors: provenanceErrors(errors, "fieldsProvenance"),
              },
            ]}
          />
        </div>
      )}
    </fieldset>
  );
}

/** One scope: a one-line summary with its name, expandable to every field. Re-renders only when its own data changes. */
export const ScopeRow = memo(ScopeRowImpl, (prev, next) => {
  return (
    prev.scope === next.scope &&
    prev.index === next.index &&
    prev.id === next.id &&
    prev.count === next.count &&
    prev.expanded === next.expanded &&
    prev.defaultErrorValue === next.defaultErrorValue &&
    prev.dispatch === next.dispatch &&
    prev.onMove === next.onMove &&
    prev.onRemove === next.onRemove &&
    sameErrorMap(prev.errors, next.errors)
  );
});
