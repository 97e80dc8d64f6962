"use client";

import { useId, useState, type ButtonHTMLAttributes, type InputHTMLAttributes, type ReactNode } from "react";
import { inputClass, TextAreaField } from "@/app/_components/ui/field";
import { cn } from "@/app/_components/ui/cn";
import { formatDuration } from "@/app/_components/time/format";
import { joinList, sameList, splitList } from "./format";

/** One part of the editor: a card with a heading that the section links point to. */
export function SectionCard({
  id,
  title,
  description,
  dataField,
  actions,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  /** Key of the document part, so a problem about the whole part can focus it. */
  dataField?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-field={dataField}
      tabIndex={dataField ? -1 : undefined}
      className="scroll-mt-40 rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-4 py-3 sm:px-5 dark:border-slate-800">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold text-slate-900 dark:text-white">
            {title}
          </h2>
          {description && <div className="mt-0.5 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{description}</div>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      <div className="space-y-4 px-4 py-4 sm:px-5">{children}</div>
    </section>
  );
}

/** A problem about a list as a whole (too many items, none at all…). */
export function ListError({ message, dataField }: { message: string | undefined; dataField: string }) {
  if (!message) return null;
  return (
    <p data-field={dataField} tabIndex={-1} role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
      {message}
    </p>
  );
}

/** A group of inputs about one item of a list (one source, one error code…), with its heading. */
export function ItemFieldset({
  legend,
  actions,
  dataField,
  children,
  className,
}: {
  legend: ReactNode;
  actions?: ReactNode;
  dataField?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset
      data-field={dataField}
      tabIndex={dataField ? -1 : undefined}
      className={cn("min-w-0 rounded-md border border-slate-200 bg-slate-50/60 p-3 dark:border-slate-700 dark:bg-slate-950/40", className)}
    >
      {/* The legend stays the fieldset's first child so it names the group; floating puts it inside the box. */}
      <legend className="float-left mb-2 py-1 text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      {actions && <div className="float-right mb-2 flex flex-wrap items-center gap-1">{actions}</div>}
      <div className="clear-both">{children}</div>
    </fieldset>
  );
}

/** A disclosure that keeps secondary inputs (sources, fidelity) out of the way until wanted. */
export function Disclosure({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  return (
    <details className={cn("group rounded-md border border-slate-200 dark:border-slate-700", className)}>
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 dark:text-slate-200 dark:hover:bg-slate-800/60 [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none">
          ▸
        </span>
        {summary}
      </summary>
      <div className="space-y-3 border-t border-slate-200 p-3 dark:border-slate-700">{children}</div>
    </details>
  );
}

/**
 * A list of short strings edited as text: one item per line (or separated by spaces, and by commas
 * when `commas` is set). The text the person types is kept as typed while it means the same list.
 */
export function ListTextArea({
  label,
  value,
  onChange,
  commas,
  hint,
  error,
  dataField,
  placeholder,
  rows = 3,
  className,
}: {
  label: string;
  value: readonly string[];
  onChange: (items: string[]) => void;
  commas: boolean;
  hint?: ReactNode;
  error?: string;
  dataField: string;
  placeholder?: string;
  rows?: number;
  className?: string;
}) {
  const [draft, setDraft] = useState(() => joinList(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The list changed from outside (reload, undo): show it unless the draft already says the same.
    setShown(value);
    if (!sameList(splitList(draft, { commas }), value)) setDraft(joinList(value));
  }
  return (
    <TextAreaField
      label={label}
      hint={hint}
      error={error}
      rows={rows}
      value={draft}
      placeholder={placeholder}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      className={className}
      data-field={dataField}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const items = splitList(text, { commas });
        if (!sameList(items, value)) onChange(items);
      }}
    />
  );
}

/** A whole-number input; an empty box is NaN (the schema then says a number is expected). */
export function NumberInput({
  value,
  onChange,
  ...props
}: { value: number; onChange: (value: number) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type">) {
  return (
    <input
      {...props}
      type="number"
      inputMode="numeric"
      step={1}
      value={Number.isNaN(value) ? "" : value}
      onChange={(event) => onChange(event.target.value === "" ? Number.NaN : Number(event.target.value))}
    />
  );
}

/** Label, number input, a human reading of the duration, error. */
export function DurationField({
  label,
  value,
  onChange,
  error,
  dataField,
  min,
  max,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  error?: string;
  dataField: string;
  min: number;
  max: number;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const human = Number.isFinite(value) && value > 0 ? formatDuration(value) : "";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <NumberInput
        id={id}
        value={value}
        onChange={onChange}
        min={min}
        max={max}
        data-field={dataField}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        className={inputClass}
      />
      <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
        {human ? `= ${human}` : "In seconds"} · {formatDuration(min)} to {formatDuration(max)}
      </p>
      {error && (
        <p id={errorId} role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

/** A compact text input whose label is for assistive technology only (used in dense rows). */
export function CompactTextInput({
  label,
  error,
  className,
  inputClassName,
  ...props
}: { label: string; error?: string; className?: string; inputClassName?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={cn("min-w-0", className)}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={cn(inputClass, inputClassName)}
        {...props}
      />
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

/** Small icon-like buttons for list rows (move, remove); the visible glyph is hidden from assistive technology. */
export function RowButton({
  label,
  glyph,
  tone = "neutral",
  className,
  ...props
}: { label: string; glyph: string; tone?: "neutral" | "danger" } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children">) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={cn(
        "inline-grid size-8 shrink-0 place-items-center rounded-md border text-sm disabled:cursor-not-allowed disabled:opacity-40",
        tone === "danger"
          ? "border-red-200 text-red-700 hover:bg-red-50 dark:border-red-900 dark:text-red-300 dark:hover:bg-red-950/50"
          : "border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800",
        className,
      )}
      {...props}
    >
      <span aria-hidden>{glyph}</span>
    </button>
  );
}
