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

/** "documented" links to its source; "assumed" says so, with the reason as a tooltip. */
export function FidelityBadge({ fidelity, source, note }: { fidelity: "documented" | "assumed"; source?: string; note?: string }) {
  if (fidelity === "documented") {
    const badge = (
      <Badge tone="green" title={note ?? source}>
        documented
      </Badge>
    );
    return source ? (
      <a href={source} target="_blank" rel="noreferrer noopener" className="hover:opacity-80" aria-label={`documented — open source ${source}`}>
        {badge}
      </a>
    ) : (
      badge
    );
  }
  return (
    <Badge tone="amber" title={note ?? "No public source states this; the product assumes it."}>
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
