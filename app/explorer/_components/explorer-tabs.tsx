"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/app/_components/ui/cn";

const TABS = [
  { href: "/explorer", label: "Search" },
  { href: "/explorer/compare", label: "Compare" },
] as const;

/** Search / Compare: links (so they open in a new tab too), the current one marked with aria-current. */
export function ExplorerTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Explorer views" className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex gap-1">
        {TABS.map((tab) => {
          const current = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-4 py-2 text-sm font-medium",
                  current
                    ? "border-brand-600 text-brand-700 dark:border-brand-500 dark:text-white"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-slate-100",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
