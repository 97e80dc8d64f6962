"use client";

import { lazy, Suspense, useState, type ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";
import { Spinner } from "@/app/_components/ui/feedback";
import type { Catalog, Scope } from "@/server/domain/catalog/schema";
import type { SimulationResult } from "./format";

// The callback screen shows once there is a run: fetched then, not with the page.
const CallbackScreen = lazy(() => import("./callback-screen").then((module) => ({ default: module.CallbackScreen })));

function StatusBar() {
  return (
    <div aria-hidden className="flex items-center justify-between px-5 pt-2 pb-1 text-[0.65rem] font-semibold text-slate-700 dark:text-slate-200">
      <span>9:41</span>
      <span className="flex items-center gap-1">
        <span className="flex items-end gap-px">
          <span className="h-1 w-0.5 rounded-sm bg-current" />
          <span className="h-1.5 w-0.5 rounded-sm bg-current" />
          <span className="h-2 w-0.5 rounded-sm bg-current" />
          <span className="h-2.5 w-0.5 rounded-sm bg-current" />
        </span>
        <span className="ml-1 inline-block h-2.5 w-5 rounded-[3px] border border-current p-px">
          <span className="block h-full w-3/4 rounded-[1px] bg-current" />
        </span>
      </span>
    </div>
  );
}

/** The phone: the wallet's header, a screen, the home indicator. */
function PhoneFrame({ wallet, children }: { wallet: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-[17rem] rounded-[2.25rem] border-[6px] border-slate-800 bg-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-600">
      <div className="overflow-hidden rounded-[1.85rem] bg-white dark:bg-slate-900">
        <div className="relative">
          <div aria-hidden className="absolute top-1 left-1/2 h-4 w-20 -translate-x-1/2 rounded-full bg-slate-800 dark:bg-slate-600" />
          <StatusBar />
        </div>
        <div className="flex items-center gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
          <span aria-hidden className="grid size-6 place-items-center rounded-md bg-brand-600 text-[0.6rem] font-bold text-white">
            {wallet.slice(0, 1).toUpperCase()}
          </span>
          <p className="truncate text-sm font-semibold text-slate-900 dark:text-white">{wallet}</p>
        </div>
        <div className="min-h-72 px-4 py-3">{children}</div>
        <div aria-hidden className="flex justify-center pt-1 pb-2">
          <span className="h-1 w-24 rounded-full bg-slate-300 dark:bg-slate-600" />
        </div>
      </div>
    </div>
  );
}

/** The wallet's consent page for the selected scopes: what the user would be asked to share. */
function ConsentScreen({ catalog, selected, userName }: { catalog: Catalog; selected: readonly Scope[]; userName: string | null }) {
  const consent = selected.filter((scope) => !scope.silent);
  const silent = selected.filter((scope) => scope.silent);
  if (selected.length === 0) {
    return (
      <p className="py-8 text-center text-xs text-slate-600 dark:text-slate-400">
        No scopes selected.{" "}
        {catalog.jsapi.defaultScope ? `The wallet falls back to its default scope, ${catalog.jsapi.defaultScope}.` : "The call fails: this wallet requires scopes."}
      </p>
    );
  }
  if (consent.length === 0) {
    return (
      <div className="py-8 text-center">
        <p className="text-sm font-semibold text-slate-900 dark:text-white">No consent page: silent authorization</p>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Every selected scope is silent, so the wallet grants {silent.map((scope) => scope.name).join(", ")} without asking.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div className="text-center">
        <p className="text-sm font-semibold text-slate-900 dark:text-white">Authorize this mini program</p>
        <p className="text-xs text-slate-600 dark:text-slate-400">The mini program would like to:</p>
        {userName && <p className="text-[0.65rem] text-slate-600 dark:text-slate-400">Signed in as {userName}</p>}
      </div>
      <ul className="max-h-80 space-y-2 overflow-y-auto">
        {consent.map((scope) => (
          <li key={scope.name} className="rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-800">
            <p className="text-xs font-medium text-slate-900 dark:text-slate-100">{scope.description || scope.name}</p>
            <p className="mt-0.5 font-mono text-[0.65rem] break-all text-slate-600 dark:text-slate-400">{scope.name}</p>
            <p className="mt-0.5 text-[0.7rem] break-words text-slate-600 dark:text-slate-300">
              will share: {scope.userInfoFields.length > 0 ? scope.userInfoFields.join(", ") : "no user-info fields"}
            </p>
          </li>
        ))}
      </ul>
      {silent.length > 0 && <p className="text-[0.7rem] text-slate-600 dark:text-slate-400">Also granted silently: {silent.map((scope) => scope.name).join(", ")}</p>}
      <div aria-hidden className="grid grid-cols-2 gap-2 pt-1">
        <span className="rounded-full border border-slate-300 py-1.5 text-center text-xs font-medium text-slate-700 dark:border-slate-600 dark:text-slate-200">Deny</span>
        <span className="rounded-full bg-brand-600 py-1.5 text-center text-xs font-medium text-white">Allow</span>
      </div>
    </div>
  );
}

/**
 * The phone column: the consent page the wallet shows for the selected scopes and, once a run
 * exists, the callback the mini program received. A switch above the phone picks the screen.
 */
export function Phone({
  catalog,
  selected,
  userName,
  view,
}: {
  catalog: Catalog;
  selected: readonly Scope[];
  userName: string | null;
  view: SimulationResult | null;
}) {
  const [picked, setPicked] = useState<{ screen: "consent" | "callback"; run: string | null } | null>(null);
  // A new run shows its callback; the switch stays where it was put for the same run.
  const screen = view === null ? "consent" : picked && picked.run === view.id ? picked.screen : "callback";
  const tabs = [
    { id: "consent", label: "Consent page" },
    { id: "callback", label: "Callback" },
  ] as const;
  return (
    <section aria-labelledby="phone-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="phone-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
          In the wallet
        </h2>
        <div role="group" aria-label="Phone screen" className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              aria-pressed={screen === tab.id}
              disabled={tab.id === "callback" && view === null}
              title={tab.id === "callback" && view === null ? "Run a simulation first" : undefined}
              onClick={() => setPicked({ screen: tab.id, run: view?.id ?? null })}
              className={cn(
                "rounded px-2 py-0.5 text-xs font-medium disabled:cursor-not-allowed disabled:opacity-50",
                screen === tab.id ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800",
              )}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </div>
      <PhoneFrame wallet={catalog.wallet}>
        {screen === "callback" && view ? (
          <Suspense fallback={<Spinner label="Opening the callback" />}>
            <CallbackScreen view={view} />
          </Suspense>
        ) : (
          <ConsentScreen catalog={catalog} selected={selected} userName={userName} />
        )}
      </PhoneFrame>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {screen === "callback" ? "The object your mini program's success/fail callback receives." : "A preview of the consent page (not interactive): the outcome you pick decides the answer."}
      </p>
    </section>
  );
}
