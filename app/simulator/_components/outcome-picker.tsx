"use client";

import { useId } from "react";
import { ScopeChecklist } from "@/app/_components/scope-checklist";
import { cn } from "@/app/_components/ui/cn";
import type { Scope } from "@/server/domain/catalog/schema";
import type { OutcomeId, OutcomeOption } from "./format";

/** The outcome radio group; for a partial grant, the consent scopes the user refuses. */
export function OutcomePicker({
  options,
  value,
  onChange,
  consentScopes,
  refuse,
  onRefuseChange,
  refuseProblem,
}: {
  options: OutcomeOption[];
  value: OutcomeId;
  onChange: (value: OutcomeId) => void;
  consentScopes: readonly Scope[];
  refuse: ReadonlySet<string>;
  onRefuseChange: (edit: (next: Set<string>) => void) => void;
  refuseProblem: string | null;
}) {
  const id = useId();
  // Several outcomes are often ruled out for the same reason: say it once.
  const reasons = [...new Set(options.flatMap((option) => (option.disabledReason ? [option.disabledReason] : [])))];
  const reasonId = (reason: string) => `${id}-reason-${reasons.indexOf(reason)}`;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Outcome</legend>
      {reasons.map((reason) => (
        <p key={reason} id={reasonId(reason)} className="text-xs text-slate-600 dark:text-slate-400">
          <span className="font-medium">
            {options
              .filter((option) => option.disabledReason === reason)
              .map((option) => option.label)
              .join(", ")}{" "}
            unavailable:
          </span>{" "}
          {reason}
        </p>
      ))}
      <ul className="space-y-1">
        {options.map((option, index) => {
          const radioId = `${id}-${index}`;
          const disabled = option.disabledReason !== null;
          return (
            <li key={option.id}>
              <div className="flex items-start gap-2">
                <input
                  id={radioId}
                  type="radio"
                  name={`${id}-outcome`}
                  value={option.id}
                  checked={value === option.id}
                  disabled={disabled}
                  aria-describedby={option.disabledReason ? reasonId(option.disabledReason) : undefined}
                  onChange={() => onChange(option.id)}
                  className="mt-0.5 size-4 shrink-0 accent-brand-600"
                />
                <label
                  htmlFor={radioId}
                  title={option.hint}
                  className={cn("min-w-0 text-sm break-words", disabled ? "text-slate-500 dark:text-slate-400" : "cursor-pointer text-slate-800 dark:text-slate-200")}
                >
                  {option.label}
                </label>
              </div>
              {option.id === "partial" && value === "partial" && !disabled && (
                <div className="mt-2 ml-6 space-y-1 rounded-md border border-slate-200 p-3 dark:border-slate-700">
                  <ScopeChecklist
                    legend="Consent scopes the user refuses"
                    scopes={consentScopes}
                    selected={refuse}
                    onChange={onRefuseChange}
                    showSilent={false}
                    errorId={refuseProblem ? `${id}-refuse-problem` : undefined}
                  />
                  {refuseProblem && (
                    <p id={`${id}-refuse-problem`} className="pt-1 text-xs font-medium text-amber-700 dark:text-amber-300">
                      {refuseProblem}
                    </p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
