import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-500 aria-[invalid=true]:border-red-500";

type FieldProps = { label: ReactNode; error?: string | null; hint?: ReactNode; className?: string };

/** How much of a length limit a value uses; shown beside the hint. */
type Count = { length: number; max: number };

/** From this share of the limit on, the counter warns. */
const NEAR_LIMIT = 0.9;
/** Single-line inputs show their counter from this share on (text areas always show it). */
const INPUT_COUNTER_FROM = 0.8;

const formatCount = (n: number) => n.toLocaleString("en-US");

/** A limit the person can see coming: "123 / 4,000", amber near the limit, red beyond it. */
function CharacterCount({ id, length, max }: Count & { id: string }) {
  const over = length - max;
  return (
    <p
      id={id}
      className={cn(
        "shrink-0 text-xs tabular-nums",
        over > 0
          ? "font-semibold text-red-700 dark:text-red-400"
          : length >= max * NEAR_LIMIT
            ? "font-medium text-amber-800 dark:text-amber-300"
            : "text-slate-500 dark:text-slate-400",
      )}
    >
      {formatCount(length)} / {formatCount(max)}
      <span className="sr-only"> characters</span>
      {over > 0 && <span>, {formatCount(over)} over the limit</span>}
    </p>
  );
}

/** Label, control, hint, a length counter and an error message wired to the control with aria attributes. */
function FieldShell({
  label,
  error,
  hint,
  className,
  count,
  children,
}: FieldProps & { count?: Count | null; children: (ids: { id: string; describedBy: string | undefined }) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const countId = count ? `${id}-count` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, countId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      {children({ id, describedBy })}
      {(hint || count) && (
        <div className="flex items-start justify-between gap-3">
          {hint && (
            <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
              {hint}
            </p>
          )}
          {count && countId && (
            <div className="ml-auto">
              <CharacterCount id={countId} {...count} />
            </div>
          )}
        </div>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

/** The counter of a control with a length limit, or null when there is nothing to show yet. */
function countOf(value: unknown, max: number | undefined, from: number): Count | null {
  if (max === undefined || typeof value !== "string") return null;
  return value.length >= max * from ? { length: value.length, max } : null;
}

/** A text input; with `maxLength`, a counter appears as the value nears the limit (which the input enforces). */
export function TextField({ label, error, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className} count={countOf(props.value, props.maxLength, INPUT_COUNTER_FROM)}>
      {({ id, describedBy }) => (
        <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} {...props} />
      )}
    </FieldShell>
  );
}

/**
 * A text area; with `maxLength`, a counter shows how much of the limit is used. The limit is not
 * enforced by the browser (that would cut a pasted text short without a word): a longer text is
 * marked invalid and the save says by how much.
 */
export function TextAreaField({ label, error, hint, className, maxLength, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const count = countOf(props.value, maxLength, 0);
  const over = count !== null && count.length > count.max;
  return (
    <FieldShell label={label} error={error} hint={hint} className={className} count={count}>
      {({ id, describedBy }) => (
        <textarea id={id} aria-invalid={error || over ? true : undefined} aria-describedby={describedBy} className={inputClass} {...props} />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  error,
  hint,
  className,
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} {...props}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({
  label,
  className,
  ...props
}: { label: ReactNode; className?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <label className={cn("inline-flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300", className)}>
      <input type="checkbox" className="size-4 rounded border-slate-300 accent-brand-600 dark:border-slate-600" {...props} />
      {label}
    </label>
  );
}
