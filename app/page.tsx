import Link from "next/link";
import { headers } from "next/headers";
import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { listCatalogs } from "@/server/services/catalog-store";
import { NAV_ITEMS } from "./_components/nav-items";
import { PageHeader } from "./_components/ui/page-header";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const db = getDb();
  const catalogs = listCatalogs(db, (await requestWorkspace(db, await headers())) ?? NO_WORKSPACE);
  const scopeCount = catalogs.reduce((sum, catalog) => sum + catalog.scopeCount, 0);
  const wallets = new Set(catalogs.map((catalog) => catalog.wallet)).size;
  return (
    <>
      <PageHeader
        title="AuthCode Studio"
        description="The my.getAuthCode scopes, consent rules and error codes of Alipay+-family wallets in one place — with a simulator, a mock wallet API your backend can call, every code and token in Activity, and typed client snippets."
      />
      <dl className="mb-8 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {[
          ["Catalogs", catalogs.length],
          ["Wallets", wallets],
          ["Scopes", scopeCount],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <dt className="text-sm text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-3 text-lg font-semibold">Areas</h2>
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
