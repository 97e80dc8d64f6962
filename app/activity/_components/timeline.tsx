import Link from "next/link";
import type { TimelineEntry } from "@/server/domain/activity/types";
import { cn } from "@/app/_components/ui/cn";
import { Time } from "@/app/_components/time/time";
import { EXPIRES } from "./format";

const DOTS = {
  neutral: "bg-slate-400 dark:bg-slate-500",
  success: "bg-emerald-500",
  error: "bg-red-500",
  warning: "bg-amber-500",
} as const;

/** What happened, in order, in the catalog's wallet time. Mock-clock times are marked when the clock is moved. */
export function Timeline({ entries, catalog, label = "Timeline" }: { entries: TimelineEntry[]; catalog: string | null; label?: string }) {
  return (
    <ol aria-label={label} className="relative space-y-4 border-l border-slate-200 pl-5 dark:border-slate-700">
      {entries.map((entry, index) => (
        <li key={index} className="relative">
          <span aria-hidden className={cn("absolute -left-[1.66rem] top-1.5 size-2.5 rounded-full ring-4 ring-white dark:ring-slate-900", DOTS[entry.tone])} />
          <p className="text-xs text-slate-500 dark:text-slate-400">
            <Time at={entry.at} catalog={catalog} mock={entry.clock === "mock"} />
          </p>
          <p className="text-sm font-medium text-slate-900 dark:text-slate-100">
            {entry.href ? (
              <Link href={entry.href} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                {entry.title}
              </Link>
            ) : (
              entry.title
            )}
            {entry.tone === "error" && <span className="sr-only"> (failed)</span>}
          </p>
          {entry.detail && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-300">{entry.detail}</p>}
          {entry.validUntil !== undefined && (
            <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-300">
              Valid until <Time at={entry.validUntil} catalog={catalog} mock words={EXPIRES} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
