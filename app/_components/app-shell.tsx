"use client";

import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./ui/cn";
import { NAV_ITEMS } from "./nav-items";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor } from "./author";
import { DisplayNameProvider } from "./display-name-prompt";
import { applyTheme, useTheme } from "./preferences";

/** Team mode only (the workspace switcher, sign-out): fetched once the studio says it is in team mode. */
const LazyAccountMenu = lazy(() => import("./account-menu").then((module) => ({ default: module.AccountMenu })));

function AccountMenu({ team }: { team: boolean }) {
  if (!team) return null;
  return (
    <Suspense fallback={null}>
      <LazyAccountMenu />
    </Suspense>
  );
}

/** Pages shown without the navigation: signing in, first run, an invitation. */
const BARE_PAGES = /^\/(sign-in|setup|invite)(\/|$)/;

/** Team mode knows who is signed in: the display-name prompt is for local mode only. */
function useTeamMode(): boolean {
  const trpc = useTRPC();
  return useQuery(trpc.account.status.queryOptions()).data?.team ?? false;
}


function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {NAV_ITEMS.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "block rounded-md px-3 py-2 text-sm font-medium",
                active
                  ? "bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-white"
                  : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function ThemeSelect() {
  const [theme, setTheme] = useTheme();
  useEffect(() => {
    if (theme !== "system") return;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => applyTheme("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [theme]);
  return (
    <label className="flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
      Theme
      <select
        value={theme}
        onChange={(event) => setTheme(event.target.value as "system" | "light" | "dark")}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

/** Local mode's display name: shown, and changed through the one prompt that also asks for it. */
function AuthorSetting() {
  const author = useAuthor();
  return (
    <div className="flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
      <span className="min-w-0 truncate">
        {author.name ? (
          <>
            Saving as <strong className="text-slate-800 dark:text-slate-200">{author.name}</strong>
          </>
        ) : (
          "No display name yet"
        )}
      </span>
      <button type="button" className="shrink-0 text-brand-600 hover:underline dark:text-brand-100" onClick={author.change}>
        {author.name ? "Change" : "Set"}
        <span className="sr-only"> display name</span>
      </button>
    </div>
  );
}

function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900 dark:text-white">
      <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 font-mono text-xs text-white">
        AC
      </span>
      AuthCode Studio
    </Link>
  );
}

function Frame({ children }: { children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const team = useTeamMode();
  const pathname = usePathname();
  if (BARE_PAGES.test(pathname)) {
    return (
      <div className="min-h-screen px-4 py-8">
        <div className="mx-auto flex max-w-md justify-center">
          <Brand />
        </div>
        <main id="main">{children}</main>
      </div>
    );
  }
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 lg:hidden dark:border-slate-800 dark:bg-slate-900">
        <Brand />
        <button
          type="button"
          aria-expanded={menuOpen}
          aria-controls="mobile-nav"
          onClick={() => setMenuOpen((open) => !open)}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
        >
          Menu
        </button>
      </header>
      {menuOpen && (
        <nav id="mobile-nav" aria-label="Main" className="border-b border-slate-200 bg-white p-3 lg:hidden dark:border-slate-800 dark:bg-slate-900">
          <NavLinks onNavigate={() => setMenuOpen(false)} />
        </nav>
      )}
      {/* The column carries the sidebar's background to the bottom of long pages; the sidebar itself stays in view. */}
      <div className="hidden border-r border-slate-200 bg-white lg:block dark:border-slate-800 dark:bg-slate-900">
      <aside className="lg:sticky lg:top-0 lg:flex lg:h-screen lg:flex-col lg:gap-6 lg:overflow-y-auto lg:px-4 lg:py-5">
        <Brand />
        <nav aria-label="Main" className="flex-1">
          <NavLinks />
        </nav>
        <div className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <AccountMenu team={team} />
          {!team && <AuthorSetting />}
          <ThemeSelect />
        </div>
      </aside>
      </div>
      <div className="min-w-0">
        <div className="space-y-3 border-b border-slate-200 bg-white px-4 py-3 lg:hidden dark:border-slate-800 dark:bg-slate-900">
          <AccountMenu team={team} />
          {!team && <AuthorSetting />}
          <ThemeSelect />
        </div>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <DisplayNameProvider>
      <Frame>{children}</Frame>
    </DisplayNameProvider>
  );
}
