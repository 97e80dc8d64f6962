import type { ReactNode } from "react";
import { FidelityBadge, type FidelityLabel } from "./ui/badge";
import { cn } from "./ui/cn";

/** Both (or all) readings of a self-contradicting source, and the one the studio uses, as text. */
function Readings({ label }: { label: FidelityLabel }) {
  return (
    <>
      <ul className="space-y-0.5">
        {(label.readings ?? []).map((reading, index) => (
          <li key={index}>
            <span className="font-medium">Reading {index + 1}:</span> {reading.reading} <span className="font-mono break-all">({reading.ref})</span>
          </li>
        ))}
      </ul>
      {label.note && (
        <p>
          <span className="font-medium">The studio uses:</span> {label.note}
        </p>
      )}
    </>
  );
}

/** What a label rests on, as text: where it was read (documented), why (assumed), or its readings (conflict). */
function LabelText({ label, brief }: { label: FidelityLabel; brief: boolean }) {
  if (label.fidelity === "conflict") return <Readings label={label} />;
  if (label.fidelity === "assumed") return label.note ? <p>{label.note}</p> : null;
  if (brief) return label.ref ? <p className="font-mono break-all">{label.ref}</p> : null;
  if (!label.ref && !label.note) return null;
  return (
    <p>
      {label.ref && <span className="font-mono break-all">{label.ref}</span>}
      {label.ref && label.note && " · "}
      {label.note}
    </p>
  );
}

/**
 * A fact's label with what it rests on, readable without a tooltip: the badge, the fact itself when
 * given (`children`), then where it was read, why it was assumed, or both readings of a conflict and
 * the one the studio uses. `compact` (for table cells) keeps documented and assumed facts to their
 * badge and puts a conflict's readings behind a disclosure; `brief` (where many facts share one
 * source, as a run's steps do) names only where a documented fact was read.
 */
export function FidelityDetail({
  label,
  children,
  compact = false,
  brief = false,
  subject,
  className,
}: {
  label: FidelityLabel;
  children?: ReactNode;
  compact?: boolean;
  brief?: boolean;
  /** What the label is about, for the disclosure's accessible name (e.g. "USER_ID's silent flag"). */
  subject?: string;
  className?: string;
}) {
  const badge = <FidelityBadge {...label} />;
  if (compact) {
    if (label.fidelity !== "conflict") return badge;
    return (
      <details className={cn("text-xs text-slate-700 dark:text-slate-300", className)}>
        <summary className="cursor-pointer list-none [&::-webkit-details-marker]:hidden">
          {badge}{" "}
          <span className="font-medium text-brand-700 underline dark:text-brand-100">
            both readings{subject && <span className="sr-only"> of {subject}</span>}
          </span>
        </summary>
        <div className="mt-1 min-w-48 space-y-1">
          <Readings label={label} />
        </div>
      </details>
    );
  }
  return (
    <div className={cn("flex flex-wrap items-start gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400", className)}>
      {badge}
      <div className="min-w-0 flex-1 basis-64 space-y-0.5">
        {children && <div className="text-sm text-slate-800 dark:text-slate-200">{children}</div>}
        <LabelText label={label} brief={brief} />
      </div>
    </div>
  );
}
