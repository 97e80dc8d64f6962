"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";

export type Choice = { value: string; label: string };

/** A labelled radio group shown as pills (native radios: arrow keys move the choice). */
export function ChoiceGroup({
  legend,
  choices,
  value,
  onChange,
  hint,
  disabled,
}: {
  legend: string;
  choices: readonly Choice[];
  value: string | null;
  onChange: (value: string) => void;
  hint?: ReactNode;
  disabled?: boolean;
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="space-y-1.5" disabled={disabled} aria-describedby={hint ? hintId : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700 dark:text-slate-300">{legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={cn(
              "inline-flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm",
              "border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800",
              "has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700",
              "dark:has-[:checked]:border-brand-500 dark:has-[:checked]:bg-brand-700/30 dark:has-[:checked]:text-white",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
              "has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60",
            )}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="size-3.5 accent-brand-600 focus-visible:outline-none"
            />
            {choice.label}
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
