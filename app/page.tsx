import Link from "next/link";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { currentAuthConfig } from "@/server/auth/mode";
import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { quickStart } from "@/server/domain/onboarding";
import { getCatalogRecord, listCatalogs } from "@/server/services/catalog-store";
import { FirstRun, type FirstRunCatalog } from "./_home/first-run";
import { QuickStartExample, type QuickStartEntry } from "./_home/quick-start";
import { NAV_ITEMS } from "./_components/nav-items";
import { Card, PageHeader } from "./_components/ui/page-header";

export const dynamic = "force-dynamic";

/** The catalog a newcomer starts with: Alipay+ (the family's generic profile), else the first one. */
const FIRST_CATALOG = "alipay-plus";

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <li className="flex gap-3">
      <span aria-hidden className="grid size-7 shrink-0 place-items-center rounded-full bg-brand-600 text-sm font-semibold text-white">
        {n}
      </span>
      <div className="min-w-0 flex-1 space-y-2">
        <h3 className="font-semibold text-slate-900 dark:text-white">
          <span className="sr-only">Step {n}: </span>
          {title}
        </h3>
        {children}
      </div>
    </li>
  );
}

export default async function HomePage() {
  const db = getDb();
  const requestHeaders = await headers();
  const workspaceId = (await requestWorkspace(db, requestHeaders)) ?? NO_WORKSPACE;
  const summaries = listCatalogs(db, workspaceId);
  const records = summaries.map((summary) => getCatalogRecord(db, summary.slug, workspaceId));
  const ordered = [...records.filter((record) => record.slug === FIRST_CATALOG), ...records.filter((record) => record.slug !== FIRST_CATALOG)];
  const origin = process.env.PUBLIC_URL?.replace(/\/+$/, "") || `http://${requestHeaders.get("host") ?? "127.0.0.1:3000"}`;
  const team = currentAuthConfig().team;

  const firstRun: FirstRunCatalog[] = ordered.map((record) => ({
    slug: record.slug,
    name: record.name,
    scope: record.document.jsapi.defaultScope ?? record.document.scopes[0]?.name ?? null,
  }));
  const examples: QuickStartEntry[] = ordered.map((record) => {
    const start = quickStart(record.document, record.slug, origin, { team });
    return { slug: record.slug, name: record.name, version: record.document.serverApi.version, baseUrl: start.baseUrl, script: start.script };
  });
  const scopeCount = summaries.reduce((sum, catalog) => sum + catalog.scopeCount, 0);
  const wallets = new Set(summaries.map((catalog) => catalog.wallet)).size;

  return (
    <>
      <PageHeader
        title="AuthCode Studio"
        description="The my.getAuthCode scopes, consent rules and error codes of Alipay+-family wallets in one place — with a simulator, a mock wallet API your backend can call, every code and token in Activity, and typed client snippets."
      />
      <p className="-mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        {summaries.length} catalogs · {wallets} wallets · {scopeCount} scopes
      </p>

      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card className="p-5">
          <h2 className="mb-4 text-lg font-semibold text-slate-900 dark:text-white">Start here</h2>
          <ol className="space-y-5">
            <Step n={1} title="Run a first simulation">
              {firstRun.length > 0 ? (
                <FirstRun catalogs={firstRun} />
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  No catalogs yet: <Link href="/catalogs/new" className="text-brand-700 underline dark:text-brand-100">create one</Link> first.
                </p>
              )}
            </Step>
            <Step n={2} title="Exchange the code for tokens">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                In the simulator, <strong>Exchange code (applyToken)</strong> signs the request with the studio&apos;s console client and shows the wallet&apos;s
                signed answer, verified. Then read the user info, refresh, revoke — or break the signature on purpose to see the debugger.
              </p>
            </Step>
            <Step n={3} title="Point your backend at the mock wallet">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Register your backend&apos;s key under{" "}
                <Link href="/simulator/clients" className="text-brand-700 underline dark:text-brand-100">
                  Simulator → Clients
                </Link>{" "}
                (or with the headless API, as in the script), and call the base URL below. Every call lands in{" "}
                <Link href="/activity" className="text-brand-700 underline dark:text-brand-100">
                  Activity
                </Link>
                .
              </p>
            </Step>
          </ol>
        </Card>

        <Card className="space-y-4 p-5">
          <div>
            <h2 className="text-lg font-semibold text-slate-900 dark:text-white">The mock wallet from your shell</h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Copy, paste, run: a client, an auth code and a signed applyToken against this studio.
              {team && " In team mode set STUDIO_KEY to a CI key of your workspace first."}
            </p>
          </div>
          {examples.length > 0 ? <QuickStartExample entries={examples} /> : <p className="text-sm text-slate-600 dark:text-slate-400">No catalogs yet.</p>}
          <ul className="grid gap-2 text-sm sm:grid-cols-2">
            <li>
              <a href="/api/openapi.json" className="font-medium text-brand-700 underline dark:text-brand-100">
                OpenAPI document
              </a>
              <span className="block text-xs text-slate-600 dark:text-slate-400">Every wallet endpoint and the headless API, per catalog profile.</span>
            </li>
            <li>
              <span className="font-medium text-slate-900 dark:text-white">Headless API for CI</span>
              <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">
                POST /api/simulations · /api/clients · /api/faults · GET|POST /api/clock
              </span>
            </li>
            <li>
              <a href="/api/magic-values" className="font-medium text-brand-700 underline dark:text-brand-100">
                Magic values
              </a>
              <span className="block text-xs text-slate-600 dark:text-slate-400">Codes and tokens that fail on purpose.</span>
            </li>
            <li>
              <Link href="/snippets" className="font-medium text-brand-700 underline dark:text-brand-100">
                Typed client snippets
              </Link>
              <span className="block text-xs text-slate-600 dark:text-slate-400">TypeScript, Node, Python, Java, shell — and the my shim.</span>
            </li>
          </ul>
        </Card>
      </div>

      <h2 className="mt-8 mb-3 text-lg font-semibold">Areas</h2>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500 dark:border-slate-800 dark:bg-slate-900"
            >
              <span className="font-medium text-slate-900 dark:text-white">{item.label}</span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{item.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
