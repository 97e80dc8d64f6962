"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { CodeBlock } from "@/app/_components/code-block";
import { JsonView } from "@/app/_components/json-view";
import { SignatureDebugger } from "@/app/_components/signature-debugger";
import { buttonClass } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { Card, PageHeader } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import { SimulatorTabs } from "../../_nav/simulator-tabs";
import { CallTime, HttpStatus, ResultCodeBadge, SignatureBadge } from "./call-badges";

function Body({ raw, label }: { raw: string; label: string }) {
  if (raw === "") return <p className="text-sm italic text-slate-500 dark:text-slate-400">Empty body</p>;
  const parsed = parseJson(raw);
  return parsed.ok ? (
    <JsonView value={parsed.value} label={label} maxHeight={480} />
  ) : (
    <CodeBlock code={raw} lang="text" label={`${label} (not JSON)`} maxHeight={480} />
  );
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

function Headers({ headers, label }: { headers: Record<string, string>; label: string }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="text-sm italic text-slate-500 dark:text-slate-400">No headers recorded</p>;
  return (
    <div className="relative overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{label}</caption>
        <thead className="bg-slate-50 text-slate-500 dark:bg-slate-800/60 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Header
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Value
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {entries.map(([name, value]) => (
            <tr key={name}>
              <th scope="row" className="whitespace-nowrap px-3 py-1.5 align-top font-mono font-medium text-slate-700 dark:text-slate-300">
                {name}
              </th>
              <td className="break-all px-3 py-1.5 font-mono text-slate-800 dark:text-slate-200">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Card className="p-4 sm:p-6">
      <section aria-labelledby={id} className="space-y-3">
        <h2 id={id} className="text-base font-semibold text-slate-900 dark:text-white">
          {title}
        </h2>
        {children}
      </section>
    </Card>
  );
}

function NotFound({ id }: { id: string }) {
  return (
    <>
      <PageHeader title="Call not found" />
      <EmptyState
        title={`No recorded call has the id “${id}”`}
        action={
          <Link href="/simulator/calls" className={buttonClass("primary", "sm")}>
            Back to API calls
          </Link>
        }
      >
        The id may be mistyped, or the call was recorded in another database.
      </EmptyState>
    </>
  );
}

/** One recorded mock-wallet call: request, response, result advice and the signature check. */
export function CallDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const call = useQuery(trpc.walletCall.byId.queryOptions({ id }));

  if (call.isPending) {
    return (
      <>
        <SimulatorTabs />
        <div className="space-y-4" aria-busy="true">
          <Spinner label="Loading the call" />
          <Skeleton className="h-10 w-2/3" />
          <Skeleton className="h-40" />
          <Skeleton className="h-40" />
        </div>
      </>
    );
  }
  if (call.isError) {
    return (
      <>
        <SimulatorTabs />
        {call.error.data?.code === "NOT_FOUND" ? <NotFound id={id} /> : <ErrorNotice error={call.error} title="Could not load the call" />}
      </>
    );
  }
  const data = call.data;
  const failedSignature = data.signature !== null && !data.signature.ok;

  return (
    <>
      <SimulatorTabs catalog={data.catalogSlug} />
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link
          href={data.catalogSlug ? `/simulator/calls?catalog=${encodeURIComponent(data.catalogSlug)}` : "/simulator/calls"}
          className="text-brand-700 hover:underline dark:text-brand-100"
        >
          ← API calls
        </Link>
      </nav>
      <PageHeader
        title={
          <span className="break-all font-mono text-xl">
            {data.method} {data.endpoint === "unknown" ? data.path : data.endpoint}
          </span>
        }
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <CallTime at={data.createdAt} long />
            <span>
              Catalog <strong>{data.catalogSlug ?? "—"}</strong>
            </span>
            <span>
              Client <code className="font-mono">{data.clientId ?? "—"}</code>
            </span>
            <span className="inline-flex items-center gap-1">
              HTTP <HttpStatus status={data.status} />
            </span>
            <ResultCodeBadge code={data.resultCode} status={data.status} />
            <SignatureBadge ok={data.signatureOk} />
          </span>
        }
      />

      <div className="space-y-6">
        <Section title="Result" id="call-result">
          <div className="flex flex-wrap items-center gap-2">
            <ResultCodeBadge code={data.resultCode} status={data.status} />
            <span className="text-sm text-slate-600 dark:text-slate-400">HTTP {data.status}</span>
          </div>
          {data.advice ? (
            <div className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm dark:border-slate-700 dark:bg-slate-800/50">
              <p className="font-medium text-slate-800 dark:text-slate-100">
                {data.resultCode === "SUCCESS" ? "What happened" : "Why this happens / what to do"}
              </p>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{data.advice}</p>
            </div>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">No advice is recorded for this result code.</p>
          )}
        </Section>

        <Section title="Signature" id="call-signature">
          {data.signature === null ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Not checked: signature checking is off for this client, or the request was refused before the check (unknown client, path or
              body).
            </p>
          ) : (
            <>
              {failedSignature && (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  The wallet refused the signature. The debugger compares what the server expected to be signed with what your key signed.
                </p>
              )}
              <SignatureDebugger check={data.signature} />
            </>
          )}
        </Section>

        <div className="grid gap-6 xl:grid-cols-2">
          <Section title="Request" id="call-request">
            <p className="break-all font-mono text-sm text-slate-800 dark:text-slate-200">
              <span className="font-semibold">{data.method}</span> {data.path}
            </p>
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Headers</h3>
            <Headers headers={data.requestHeaders} label="Request headers" />
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Body</h3>
            <Body raw={data.requestBody} label="Request body" />
          </Section>
          <Section title="Response" id="call-response">
            <p className="text-sm text-slate-800 dark:text-slate-200">
              Status <HttpStatus status={data.status} />
            </p>
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Headers</h3>
            <Headers headers={data.responseHeaders} label="Response headers" />
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Body</h3>
            <Body raw={data.responseBody} label="Response body" />
          </Section>
        </div>
      </div>
    </>
  );
}
