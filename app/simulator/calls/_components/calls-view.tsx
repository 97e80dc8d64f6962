"use client";

import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { Card, PageHeader } from "@/app/_components/ui/page-header";
import { buttonClass } from "@/app/_components/ui/button";
import { useTRPC } from "@/app/_trpc/client";
import { CatalogSelect } from "../../_nav/catalog-select";
import { SimulatorTabs } from "../../_nav/simulator-tabs";
import { CallTime, HttpStatus, ResultCodeBadge, SignatureBadge } from "./call-badges";

const REFRESH_MS = 3_000;
const LIMIT = 50;

/** Recent calls to the mock wallet API, newest first, refreshed every few seconds. */
export function CallsView({ catalog }: { catalog: string | null }) {
  const trpc = useTRPC();
  const calls = useQuery({
    ...trpc.walletCall.list.queryOptions({ catalog: catalog ?? undefined, limit: LIMIT }),
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <SimulatorTabs catalog={catalog} />
      <PageHeader
        title="API calls"
        description="Requests your backend (or the simulator) sent to the mock wallet API, with the answer, the result code and whether the signature verified. Open one for headers, bodies and the signature debugger."
      />
      <div className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <CatalogSelect value={catalog} allowAll label="Catalog" className="w-full max-w-xs" />
          <p className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
            <span
              aria-hidden
              className={`size-2 rounded-full ${calls.isError ? "bg-red-500" : calls.isFetching ? "bg-brand-500" : "bg-emerald-500"}`}
            />
            Refreshes every {REFRESH_MS / 1000} s · last {LIMIT} calls
          </p>
        </div>
        <Card>
          <h2 className="sr-only">Recent calls</h2>
          {calls.isPending ? (
            <div className="space-y-3 p-4" aria-busy="true">
              <Spinner label="Loading calls" />
              {[0, 1, 2].map((row) => (
                <Skeleton key={row} className="h-10" />
              ))}
            </div>
          ) : calls.isError ? (
            <div className="p-4">
              <ErrorNotice error={calls.error} title="Could not load the calls" />
            </div>
          ) : calls.data.length === 0 ? (
            <div className="p-4">
              <EmptyState
                title="No API calls yet"
                action={
                  <Link href={catalog ? `/simulator/clients?catalog=${encodeURIComponent(catalog)}` : "/simulator/clients"} className={buttonClass("primary", "sm")}>
                    Set up a client
                  </Link>
                }
              >
                Point your backend at the mock wallet&apos;s base URL (see Clients) or exchange a code in the simulator; calls appear here within a few
                seconds.
              </EmptyState>
            </div>
          ) : (
            <div className="relative overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Recent mock wallet API calls, newest first</caption>
                <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Time
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Endpoint
                    </th>
                    <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">
                      Catalog
                    </th>
                    <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">
                      Client id
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Status
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Result
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      Signature
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                  {calls.data.map((call) => (
                    <tr key={call.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/50">
                      <td className="whitespace-nowrap px-4 py-2 text-slate-600 dark:text-slate-400">
                        <CallTime at={call.createdAt} />
                      </td>
                      <td className="px-4 py-2">
                        <Link
                          href={`/simulator/calls/${encodeURIComponent(call.id)}`}
                          className="font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
                          title={`${call.method} ${call.path}`}
                        >
                          {call.endpoint || call.path}
                        </Link>
                      </td>
                      <td className="hidden px-4 py-2 text-slate-700 md:table-cell dark:text-slate-300">{call.catalogSlug ?? "—"}</td>
                      <td className="hidden px-4 py-2 md:table-cell">
                        <code className="font-mono text-xs text-slate-700 dark:text-slate-300">{call.clientId ?? "—"}</code>
                      </td>
                      <td className="px-4 py-2">
                        <HttpStatus status={call.status} />
                      </td>
                      <td className="px-4 py-2">
                        <ResultCodeBadge code={call.resultCode} status={call.status} />
                      </td>
                      <td className="whitespace-nowrap px-4 py-2">
                        <SignatureBadge ok={call.signatureOk} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
