import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "neutral" | "brand" | "green" | "amber" | "red" | "violet";

const TONES: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600",
  brand: "bg-brand-50 text-brand-700 ring-brand-100 dark:bg-brand-700/30 dark:text-brand-100 dark:ring-brand-700",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-900/40 dark:text-emerald-200 dark:ring-emerald-800",
  amber: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-900/40 dark:text-amber-100 dark:ring-amber-800",
  red: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-900/40 dark:text-red-200 dark:ring-red-800",
  violet: "bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-900/40 dark:text-violet-200 dark:ring-violet-800",
};

export function Badge({ tone = "neutral", children, title, className }: { tone?: Tone; children: ReactNode; title?: string; className?: string }) {
  return (
    <span
      title={title}
      className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", TONES[tone], className)}
    >
      {children}
    </span>
  );
}

export type FidelityLabel = {
  fidelity: "documented" | "assumed" | "conflict";
  source?: string;
  ref?: string;
  note?: string;
  readings?: ReadonlyArray<{ reading: string; ref: string }>;
};

/** The tooltip text of a fidelity label: where the fact was read, why it was chosen, or both readings. */
export function fidelityTitle({ fidelity, source, ref, note, readings }: FidelityLabel): string {
  if (fidelity === "conflict") {
    const both = (readings ?? []).map((r, i) => `Reading ${i + 1}: ${r.reading} (${r.ref})`);
    return [...both, note ? `Used: ${note}` : ""].filter(Boolean).join("\n");
  }
  if (fidelity === "documented") return [ref, note ?? (ref ? undefined : source)].filter(Boolean).join(" · ") || "A public source states this.";
  return note ?? "No public source states this; the product assumes it.";
}

/**
 * "documented" links to its source (and names where it was read); "assumed" says so, with the reason
 * as a tooltip; "conflict" marks a source that says two things, with both readings and the one used.
 */
export function FidelityBadge(label: FidelityLabel) {
  const title = fidelityTitle(label);
  if (label.fidelity === "documented") {
    const badge = (
      <Badge tone="green" title={title}>
        documented
      </Badge>
    );
    return label.source ? (
      <a href={label.source} target="_blank" rel="noreferrer noopener" className="hover:opacity-80" aria-label={`documented — open source ${label.source}`}>
        {badge}
      </a>
    ) : (
      badge
    );
  }
  if (label.fidelity === "conflict") {
    return (
      <Badge tone="red" title={title}>
        conflict
      </Badge>
    );
  }
  return (
    <Badge tone="amber" title={title}>
      assumed
    </Badge>
  );
}

export function SilentBadge({ silent }: { silent: boolean }) {
  return silent ? (
    <Badge tone="violet" title="Granted without the consent page">
      silent
    </Badge>
  ) : (
    <Badge tone="brand" title="Shows the wallet's consent page">
      consent
    </Badge>
  );
}
