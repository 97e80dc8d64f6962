"use client";

import { CodeBlock } from "@/app/_components/code-block";
import { JsonView } from "@/app/_components/json-view";
import { splitResponseHeaders } from "@/server/domain/wallet-api/response-headers";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

export function HttpBody({ raw, label }: { raw: string; label: string }) {
  if (raw === "") return <p className="text-sm italic text-slate-500 dark:text-slate-400">Empty body</p>;
  const parsed = parseJson(raw);
  return parsed.ok ? <JsonView value={parsed.value} label={label} maxHeight={420} /> : <CodeBlock code={raw} label={`${label} (not JSON)`} maxHeight={420} />;
}

export function HttpHeaders({ headers, label }: { headers: Record<string, string>; label: string }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="text-sm italic text-slate-500 dark:text-slate-400">No headers recorded</p>;
  return (
    <ScrollRegion label={label} className="rounded-md border border-slate-200 dark:border-slate-700">
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
    </ScrollRegion>
  );
}

/** The wallet protocol's response headers, and apart from them the ones the studio's server added. */
export function ResponseHeaders({ headers }: { headers: Record<string, string> }) {
  const split = splitResponseHeaders(headers);
  return (
    <>
      <HttpHeaders headers={Object.fromEntries(split.wallet)} label="Response headers" />
      {split.studio.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
            {split.studio.length} more {split.studio.length === 1 ? "header" : "headers"} added by the studio&apos;s server, not by the wallet
          </summary>
          <div className="mt-2">
            <HttpHeaders headers={Object.fromEntries(split.studio)} label="Headers added by the studio's server" />
          </div>
        </details>
      )}
    </>
  );
}
