"use client";

import Link from "next/link";
import { CodeBlock, CopyButton } from "@/app/_components/code-block";
import { AnswerFacts } from "@/app/_components/answer-facts";
import { JsonView } from "@/app/_components/json-view";
import { SignatureDebugger, VisibleWhitespace } from "@/app/_components/signature-debugger";
import { Time } from "@/app/_components/time/time";
import { Badge } from "@/app/_components/ui/badge";
import { cn } from "@/app/_components/ui/cn";
import { TAMPERS, type Tamper } from "@/server/domain/signing/tampers";
import { resultCodeOf, resultMessageOf, resultStatusOf, type FlowCall, type FlowStepId } from "./format";

function endpointName(url: string): string {
  try {
    return new URL(url).pathname.split("/").filter(Boolean).pop() ?? "";
  } catch {
    return "";
  }
}

/** The endpoint a call went to, as its summary names it. */
export function callTitle(step: FlowStepId, url: string): string {
  const endpoint = endpointName(url);
  if (step === "refresh") return `${endpoint || "applyToken"} (refresh)`;
  return endpoint || step;
}

function tamperLabel(tamper: string): string | null {
  return tamper === "none" ? null : (TAMPERS[tamper as Tamper] ?? tamper);
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
}

function ResponseSignatureBadge({ valid }: { valid: boolean | null }) {
  if (valid === true) return <Badge tone="green">response signature verified</Badge>;
  if (valid === false) return <Badge tone="red">response signature INVALID</Badge>;
  return <Badge title="The wallet did not sign this response: only INVALID_SIGNATURE answers go unsigned (the caller did not prove who it is)">response not signed</Badge>;
}

/** The HTTP status is green only when the wallet's result is too: a business failure answers 200. */
function statusTone(status: number, result: "S" | "F" | "U" | null) {
  if (status >= 500) return "red";
  if (status < 200 || status >= 300) return "amber";
  return result === null || result === "S" ? "green" : "neutral";
}

const RESULT_TONE = { S: "green", F: "red", U: "amber" } as const;
const RESULT_LABEL = { S: "S: success", F: "F: failed", U: "U: unknown, retry" } as const;

/**
 * One request the simulator sent for you and what the mock wallet answered: a one-line summary
 * (method, endpoint, result code coloured by resultStatus, HTTP status), expandable to the full
 * request, the signed string and the response.
 */
export function ExchangePanel({ entry, catalog, open = false }: { entry: FlowCall; catalog: string; open?: boolean }) {
  const { exchange, n } = entry;
  const title = callTitle(entry.step, exchange.request.url);
  const tampered = tamperLabel(entry.tamper);
  const { request, response } = exchange;
  const resultCode = resultCodeOf(response.json);
  const resultStatus = resultStatusOf(response.json);
  const resultMessage = resultMessageOf(response.json);
  const check = exchange.signatureCheck;
  const failedSignature = check !== null && !check.ok;
  const failed = resultStatus === "F" || response.status >= 400;
  return (
    <details
      open={open}
      aria-label={`Call #${n}: ${title} → ${resultCode ?? `HTTP ${response.status}`}`}
      className={cn(
        "group rounded-lg border bg-slate-50/60 dark:bg-slate-950/40",
        failed ? "border-red-200 dark:border-red-900" : resultStatus === "U" ? "border-amber-200 dark:border-amber-900" : "border-slate-200 dark:border-slate-700",
      )}
    >
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 px-3 py-2 text-sm marker:hidden [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="text-slate-500 transition-transform group-open:rotate-90 motion-reduce:transition-none">
          ▸
        </span>
        <span className="font-mono text-xs text-slate-500 dark:text-slate-400">#{n}</span>
        <span className="font-mono text-xs font-semibold text-slate-700 dark:text-slate-200">{request.method}</span>
        <span className="font-mono text-xs text-slate-900 dark:text-white">{title}</span>
        <span aria-hidden>→</span>
        <Badge tone={resultStatus ? RESULT_TONE[resultStatus] : statusTone(response.status, null)} title={resultStatus ? `resultStatus ${RESULT_LABEL[resultStatus]}` : undefined}>
          <span className="font-mono">{resultCode ?? `HTTP ${response.status}`}</span>
          {resultStatus && <span className="sr-only">, {RESULT_LABEL[resultStatus]}</span>}
        </Badge>
        <Badge tone={statusTone(response.status, resultStatus)}>HTTP {response.status}</Badge>
        {tampered && <Badge tone="violet">broken on purpose</Badge>}
      </summary>
      <div className="space-y-4 border-t border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        {resultStatus && (
          <Badge tone={RESULT_TONE[resultStatus]} title="resultStatus: the wallet's verdict (HTTP 200 also carries failures)">
            {RESULT_LABEL[resultStatus]}
          </Badge>
        )}
        <ResponseSignatureBadge valid={exchange.responseSignatureValid} />
        {tampered && <Badge tone="violet">broken on purpose: {tampered}</Badge>}
        <span className="text-xs text-slate-600 dark:text-slate-400">
          sent <Time at={entry.createdAt} catalog={catalog} />
        </span>
      </div>

      {failedSignature && check && (
        <div className="space-y-2">
          <SignatureDebugger check={check} />
        </div>
      )}

      <section aria-label={`Request #${n}`} className="space-y-2">
        <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">Request</h4>
        <p className="font-mono text-xs break-all text-slate-800 dark:text-slate-200">
          <span className="font-semibold">{request.method}</span> {request.url}
        </p>
        <CodeBlock label="Request headers" code={headerLines(request.headers)} />
        <CodeBlock label="Request body (exact bytes sent)" lang="json" code={request.body} maxHeight={280} />
        <div className="min-w-0 overflow-hidden rounded-md border border-slate-200 dark:border-slate-700">
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 bg-slate-100 px-3 py-1 dark:border-slate-700 dark:bg-slate-800">
            <span className="text-xs font-medium text-slate-600 dark:text-slate-300">Signed content (the exact string the Signature covers)</span>
            <CopyButton text={request.signedContent} label="signed content" />
          </div>
          <div role="group" aria-label="Signed content" tabIndex={0} className="max-h-56 overflow-auto bg-white dark:bg-slate-950">
            <pre className="m-0 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-800 dark:text-slate-200">
              <VisibleWhitespace text={request.signedContent} />
            </pre>
          </div>
        </div>
      </section>

      <section aria-label={`Response #${n}`} className="space-y-2">
        <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">Response</h4>
        <p className="text-xs text-slate-700 dark:text-slate-300">
          HTTP <span className="font-mono font-semibold">{response.status}</span>
          {resultCode && (
            <>
              {" "}
              · result code <code className="font-mono font-semibold">{resultCode}</code>
            </>
          )}
          {resultMessage && <> — {resultMessage}</>}
        </p>
        <AnswerFacts facts={exchange.facts ?? []} label={`What answer #${n} relies on`} />
        <CodeBlock label="Response headers (the wallet's)" code={headerLines(response.headers)} maxHeight={200} />
        {Object.keys(response.studioHeaders).length > 0 && (
          <details className="text-xs">
            <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
              Headers the studio&apos;s server added (HTTP framing, caching, security, the call id): not part of the wallet&apos;s answer
            </summary>
            <div className="mt-2">
              <CodeBlock label="Headers added by the studio's server" code={headerLines(response.studioHeaders)} maxHeight={160} />
            </div>
          </details>
        )}
        {response.json !== null && response.json !== undefined ? (
          <JsonView label="Response body" value={response.json} maxHeight={360} />
        ) : (
          <CodeBlock label="Response body" code={response.body || "(empty)"} maxHeight={360} />
        )}
      </section>

      {check && check.ok && <SignatureDebugger check={check} />}

      {exchange.callId && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <Link
            prefetch={false}
            href={`/activity/calls/${encodeURIComponent(exchange.callId)}`}
            className="text-brand-700 underline hover:no-underline dark:text-brand-100"
          >
            Open the recorded call <span className="font-mono">{exchange.callId}</span>
          </Link>{" "}
          for everything the mock wallet logged about it.
        </p>
      )}
      </div>
    </details>
  );
}
