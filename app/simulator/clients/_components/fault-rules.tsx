"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice } from "@/app/_components/ui/feedback";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { FAULT_ENDPOINTS, FAULT_HTTP_STATUSES, type FaultEndpoint } from "@/server/domain/wallet-api/fault-choices";
import type { FaultEffect } from "@/server/domain/wallet-api/faults";
import { RESULT_CODE_NAMES, type ResultCodeName as ResultCode } from "@/server/domain/wallet-api/result-code-names";

const RESULT_CHOICES = RESULT_CODE_NAMES.filter((code) => code !== "SUCCESS");

const KINDS = {
  result: "Answer a result code",
  http: "HTTP error (gateway)",
  delay: "Delay, then answer",
  drop: "Drop the connection",
  malformed: "Malformed body",
  "bad-signature": "Bad response signature",
} as const satisfies Record<FaultEffect["kind"], string>;
type Kind = keyof typeof KINDS;

const ENDPOINT_LABELS: Record<FaultEndpoint, string> = {
  "*": "every endpoint",
  applyToken: "applyToken (both grant types)",
  "applyToken:AUTHORIZATION_CODE": "applyToken, AUTHORIZATION_CODE",
  "applyToken:REFRESH_TOKEN": "applyToken, REFRESH_TOKEN",
  inquiryUserInfo: "inquiryUserInfo",
  revoke: "revoke / cancelToken",
};

type Limit = "times" | "until" | "percent" | "always";

type Draft = { endpoint: FaultEndpoint; kind: Kind; resultCode: ResultCode; status: string; ms: string; form: "truncated" | "not-json"; mode: "wrong-key" | "none"; limit: Limit; amount: string; minutes: string };

const START: Draft = { endpoint: "*", kind: "result", resultCode: "PROCESS_FAIL", status: "503", ms: "3000", form: "truncated", mode: "wrong-key", limit: "times", amount: "1", minutes: "10" };

function effectOf(draft: Draft): FaultEffect {
  switch (draft.kind) {
    case "result":
      return { kind: "result", resultCode: draft.resultCode };
    case "http":
      return { kind: "http", status: FAULT_HTTP_STATUSES.find((status) => status === Number(draft.status)) ?? 503 };
    case "delay":
      return { kind: "delay", ms: Number(draft.ms) };
    case "drop":
      return { kind: "drop" };
    case "malformed":
      return { kind: "malformed", form: draft.form };
    case "bad-signature":
      return { kind: "bad-signature", mode: draft.mode };
  }
}

/** The fault rules of one client: listed with how often they applied, paused, deleted, added. */
export function FaultRules({ clientId, catalog }: { clientId: string; catalog: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rules = useQuery(trpc.fault.list.queryOptions({ client: clientId }));
  const refresh = () => void queryClient.invalidateQueries(trpc.fault.list.pathFilter());
  const create = useMutation(trpc.fault.create.mutationOptions({ onSuccess: () => (setDraft(START), refresh()) }));
  const pause = useMutation(trpc.fault.pause.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.fault.delete.mutationOptions({ onSuccess: refresh }));
  const [draft, setDraft] = useState<Draft>(START);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const failure = create.error ?? pause.error ?? remove.error;
  const count = rules.data?.length ?? 0;

  return (
    <details className="group mt-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
        Fault rules{count > 0 ? ` (${count})` : ""}
      </summary>
      <div className="mt-2 space-y-3">
        <p className="text-xs text-slate-500 dark:text-slate-400">Make the mock wallet fail on purpose for this client&apos;s calls. The first matching rule applies; Activity names it.</p>
        {failure && <ErrorNotice error={failure} title="That did not work" />}
        {rules.data && rules.data.length > 0 && (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
            {rules.data.map((rule) => (
              <li key={rule.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <div className="min-w-0">
                  <p className="font-medium text-slate-800 dark:text-slate-100">
                    {rule.description} <span className="font-normal text-slate-500 dark:text-slate-400">on {ENDPOINT_LABELS[rule.endpoint]}</span>{" "}
                    {rule.paused && <Badge>paused</Badge>}
                  </p>
                  <p className="text-xs text-slate-500 dark:text-slate-400">
                    {rule.times !== null ? (
                      `${rule.times} more call${rule.times === 1 ? "" : "s"}`
                    ) : rule.until ? (
                      <>
                        until <Time at={rule.until} catalog={catalog} words={{ future: "ends", past: "ended" }} />
                      </>
                    ) : rule.percent !== null ? (
                      `${rule.percent}% of calls`
                    ) : (
                      "every call"
                    )}{" "}
                    · applied{" "}
                    {rule.applied}× · <code className="font-mono">{rule.id}</code>
                  </p>
                </div>
                <span className="flex gap-2">
                  <Button size="sm" disabled={pause.isPending} onClick={() => pause.mutate({ id: rule.id, paused: !rule.paused })}>
                    {rule.paused ? "Resume" : "Pause"}
                  </Button>
                  <Button size="sm" variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate({ id: rule.id })}>
                    Delete
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <form
          className="grid grid-cols-1 gap-3 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            const limit =
              draft.limit === "times"
                ? { times: Number(draft.amount) }
                : draft.limit === "percent"
                  ? { percent: Number(draft.amount) }
                  : draft.limit === "until"
                    ? { until: new Date(Date.now() + Number(draft.minutes) * 60_000).toISOString() }
                    : {};
            create.mutate({ client: clientId, endpoint: draft.endpoint, effect: effectOf(draft), ...limit });
          }}
        >
          <SelectField label="Endpoint" value={draft.endpoint} onChange={(event) => set({ endpoint: event.target.value as FaultEndpoint })}>
            {FAULT_ENDPOINTS.map((endpoint) => (
              <option key={endpoint} value={endpoint}>
                {ENDPOINT_LABELS[endpoint]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Effect" value={draft.kind} onChange={(event) => set({ kind: event.target.value as Kind })}>
            {(Object.keys(KINDS) as Kind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KINDS[kind]}
              </option>
            ))}
          </SelectField>
          {draft.kind === "result" && (
            <SelectField label="Result code" value={draft.resultCode} hint="Code names differ by version; the endpoint's naming is used." onChange={(event) => set({ resultCode: event.target.value as ResultCode })}>
              {RESULT_CHOICES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </SelectField>
          )}
          {draft.kind === "http" && (
            <SelectField label="HTTP status" value={draft.status} onChange={(event) => set({ status: event.target.value })}>
              {FAULT_HTTP_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </SelectField>
          )}
          {draft.kind === "delay" && <TextField label="Delay (ms)" type="number" min={1} max={60_000} required value={draft.ms} onChange={(event) => set({ ms: event.target.value })} />}
          {draft.kind === "malformed" && (
            <SelectField label="Body" value={draft.form} onChange={(event) => set({ form: event.target.value as Draft["form"] })}>
              <option value="truncated">JSON cut off half way</option>
              <option value="not-json">an HTML error page</option>
            </SelectField>
          )}
          {draft.kind === "bad-signature" && (
            <SelectField label="Signature" value={draft.mode} onChange={(event) => set({ mode: event.target.value as Draft["mode"] })}>
              <option value="wrong-key">signed with another key</option>
              <option value="none">no signature</option>
            </SelectField>
          )}
          <SelectField label="Applies to" value={draft.limit} onChange={(event) => set({ limit: event.target.value as Limit })}>
            <option value="times">the next N calls</option>
            <option value="until">the next minutes</option>
            <option value="percent">a share of calls (%)</option>
            <option value="always">every call, until paused</option>
          </SelectField>
          {draft.limit === "times" && <TextField label="Calls" type="number" min={1} required value={draft.amount} onChange={(event) => set({ amount: event.target.value })} />}
          {draft.limit === "percent" && <TextField label="Percent of calls" type="number" min={0.1} max={100} step={0.1} required value={draft.amount} onChange={(event) => set({ amount: event.target.value })} />}
          {draft.limit === "until" && <TextField label="Minutes" type="number" min={1} max={10_080} required value={draft.minutes} onChange={(event) => set({ minutes: event.target.value })} />}
          <div className="sm:col-span-2">
            <Button type="submit" size="sm" variant="primary" disabled={create.isPending}>
              {create.isPending ? "Adding…" : "Add fault rule"}
            </Button>
          </div>
        </form>
      </div>
    </details>
  );
}
