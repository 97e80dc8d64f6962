import Link from "next/link";
import { Badge } from "./ui/badge";
import { cn } from "./ui/cn";

/** Where facts of several catalogs (the explorer) have their sources: each catalog's own page. */
export const CATALOG_PAGE_SOURCES = { href: "/catalogs", label: "Each catalog lists its sources on its page" };

/**
 * What the "documented", "assumed" and "conflict" badges mean, shown once near where they appear. `sources`
 * points to where the page lists its sources (a catalog's Overview), when it has such a list.
 */
export function FidelityLegend({ sources, className }: { sources?: { href: string; label: string }; className?: string }) {
  return (
    <div role="note" aria-label="What the fidelity badges mean" className={cn("flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400", className)}>
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <Badge tone="green">documented</Badge>a public page states it; the badge opens that page.
      </span>
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <Badge tone="amber">assumed</Badge>no public source states it; the studio chose it, and the badge tells why.
      </span>
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <Badge tone="red">conflict</Badge>the source says two things; the badge shows both and the one the studio uses.
      </span>
      {sources && (
        <Link href={sources.href} className="text-brand-700 underline hover:no-underline dark:text-brand-100">
          {sources.label}
        </Link>
      )}
    </div>
  );
}
