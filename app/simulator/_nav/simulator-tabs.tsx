"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/app/_components/ui/cn";

const TABS = [
  { href: "/simulator", label: "Simulator", keepsCatalog: false, query: "" },
  { href: "/simulator/clients", label: "Clients", keepsCatalog: true, query: "" },
  { href: "/simulator/users", label: "Test users", keepsCatalog: true, query: "" },
  // Recorded calls are part of Activity, opened filtered to API calls.
  { href: "/activity", label: "API calls", keepsCatalog: true, query: "kind=api-call" },
] as const;

/**
 * The Simulator area's sub-navigation. Pass the page's catalog to keep it when switching between
 * clients, test users and API calls.
 */
export function SimulatorTabs({ catalog, className }: { catalog?: string | null; className?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Simulator sections" className={cn("mb-6 border-b border-slate-200 dark:border-slate-800", className)}>
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {TABS.map((tab) => {
          const active = tab.href === "/simulator" ? pathname === "/simulator" : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          const query = new URLSearchParams(tab.query);
          if (tab.keepsCatalog && catalog) query.set("catalog", catalog);
          const href = query.size > 0 ? `${tab.href}?${query.toString()}` : tab.href;
          return (
            <li key={tab.href} className="shrink-0">
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block rounded-t-md border-b-2 px-3 py-2 text-sm font-medium",
                  active
                    ? "border-brand-600 text-brand-700 dark:border-brand-500 dark:text-white"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-white",
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
