"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { AnswerFacts } from "@/app/_components/answer-facts";
import { SignatureDebugger } from "@/app/_components/signature-debugger";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { CodeStateBadge, OutcomeBadge, TokenStateBadge } from "./badges";
import { Advice, Breadcrumb, DetailError, DetailLoading, Section } from "./detail-parts";
import { HttpBody, HttpHeaders, ResponseHeaders } from "./http-parts";
import { SecretPrefix } from "./secret";
import { Timeline } from "./timeline";

const REFRESH_MS = 5_000;

/** One wallet API call: result and advice, the code/tokens it touched (and their state now), timeline, signature, request and response. */
export function ActivityCallDetail({ callRef }: { callRef: string }) {
  const trpc = useTRPC();
  const call = useQuery({ ...trpc.activity.apiCall.queryOptions({ ref: callRef }), refetchInterval: REFRESH_MS });
  if (call.isPending) return <DetailLoading label="Loading the call" />;
  if (call.isError) return <DetailError error={call.error} what="API call" id={callRef} />;
  const data = call.data;
  const failed = data.resultCode !== "SUCCESS";

  return (
    <>
      <Breadcrumb>
        <span className="font-mono text-slate-600 dark:text-slate-400">{data.id}</span>
      </Breadcrumb>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="break-all font-mono text-xl">
              {data.method} {data.endpoint === "unknown" ? data.path : data.endpoint}
            </span>
            <OutcomeBadge outcome={data.resultCode} isError={failed} />
          </span>
        }
        description={
          <span className="flex flex-wrap gap-x-3 gap-y-1">
            <Time at={data.createdAt} catalog={data.catalogSlug} />
            <span>Catalog {data.catalogSlug ?? "—"}</span>
            <span>
              Client <code className="font-mono">{data.clientId ?? "—"}</code>
            </span>
            <span>HTTP {data.status}</span>
          </span>
        }
      />
      <div className="space-y-6">
        <Section title="Result" id="call-result">
          <p className="text-sm text-slate-800 dark:text-slate-200">
            <span className="font-mono font-medium">{data.resultCode}</span>
            {data.resultAdvice && <span className="text-slate-600 dark:text-slate-400"> — {data.resultAdvice.message}</span>}
          </p>
          {failed &&
            (data.resultAdvice ? (
              <Advice>{data.resultAdvice.advice}</Advice>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">No advice is recorded for this result code.</p>
            ))}
          <AnswerFacts facts={data.facts} />
        </Section>

        {(data.code || data.unknownCodePrefix || data.tokens.length > 0 || data.grantId !== null) && (
          <Section title="Codes and tokens involved" id="call-links">
            <ul className="space-y-2 text-sm">
              {data.code && (
                <li className="flex flex-wrap items-center gap-2">
                  <span>Presented auth code</span>
                  <SecretPrefix prefix={data.code.prefix} kind="auth code" />
                  <CodeStateBadge state={data.code.state} />
                  <Link href={`/activity/codes/${data.code.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
                    Open auth code #{data.code.id}
                  </Link>
                </li>
              )}
              {data.unknownCodePrefix && (
                <li className="flex flex-wrap items-center gap-2">
                  <span>Presented an auth code this wallet never issued:</span>
                  <SecretPrefix prefix={data.unknownCodePrefix} kind="unknown code" />
                </li>
              )}
              {data.tokens.map((token, index) => (
                <li key={index} className="flex flex-wrap items-center gap-2">
                  <span>
                    {token.role === "issued" ? "Issued" : "Presented"} {token.target.replace("-", " ")}
                  </span>
                  <SecretPrefix prefix={token.prefix} kind={token.target.replace("-", " ")} />
                  {token.state && <TokenStateBadge state={token.state} />}
                  {token.id !== null ? (
                    <Link href={`/activity/tokens/${token.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
                      Open token #{token.id}
                    </Link>
                  ) : (
                    <span className="text-slate-500 dark:text-slate-400">(unknown to this wallet)</span>
                  )}
                </li>
              ))}
              {data.grantId !== null && <li className="text-slate-600 dark:text-slate-400">Grant #{data.grantId}</li>}
            </ul>
          </Section>
        )}

        <Section title="Timeline" id="call-timeline">
          <Timeline entries={data.timeline} catalog={data.catalogSlug} label="What happened in this call" />
        </Section>

        <Section title="Signature" id="call-signature">
          {data.signature === null ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Not checked: signature checking is off for this client, or the request was refused before the check (unknown client, path or body).
            </p>
          ) : (
            <SignatureDebugger check={data.signature} />
          )}
        </Section>

        {data.masked && (
          <p className="text-xs text-slate-500 dark:text-slate-400">Codes and tokens in the bodies below are masked to their first 8 characters.</p>
        )}
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <Section title="Request" id="call-request">
            <p className="break-all font-mono text-sm text-slate-800 dark:text-slate-200">
              <span className="font-semibold">{data.method}</span> {data.path}
            </p>
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Headers</h3>
            <HttpHeaders headers={data.requestHeaders} label="Request headers" />
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Body</h3>
            <HttpBody raw={data.requestBody} label="Request body" />
          </Section>
          <Section title="Response" id="call-response">
            <p className="text-sm text-slate-800 dark:text-slate-200">Status {data.status}</p>
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Headers</h3>
            <ResponseHeaders headers={data.responseHeaders} />
            <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">Body</h3>
            <HttpBody raw={data.responseBody} label="Response body" />
          </Section>
        </div>
      </div>
    </>
  );
}
