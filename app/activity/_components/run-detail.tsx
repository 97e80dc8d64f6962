"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { JsonView } from "@/app/_components/json-view";
import { RunFacts } from "@/app/_components/fact-list";
import { FidelityDetail } from "@/app/_components/fidelity-detail";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { AttemptTable } from "./attempts";
import { CodeStateBadge, OutcomeBadge } from "./badges";
import { Advice, Breadcrumb, ClockNote, DetailError, DetailLoading, Facts, ScopeList, Section } from "./detail-parts";
import { EXPIRES } from "./format";
import { SecretNote, SecretPrefix } from "./secret";
import { Timeline } from "./timeline";

const REFRESH_MS = 3_000;

/** One my.getAuthCode run: what was asked, which callback fired (and why, for a failure), the code it issued and what happened to it. */
export function RunDetail({ runRef }: { runRef: string }) {
  const trpc = useTRPC();
  const run = useQuery({ ...trpc.activity.run.queryOptions({ ref: runRef }), refetchInterval: REFRESH_MS });
  if (run.isPending) return <DetailLoading label="Loading the run" />;
  if (run.isError) return <DetailError error={run.error} what="Run" id={runRef} />;
  const data = run.data;
  const failed = data.callback === "fail";
  const error = data.jsapiError;

  return (
    <>
      <Breadcrumb>
        <span className="font-mono text-slate-600 dark:text-slate-400">{data.ref}</span>
      </Breadcrumb>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            my.getAuthCode run <OutcomeBadge outcome={data.outcome} isError={failed} />
          </span>
        }
        description={
          <span className="flex flex-wrap gap-x-3 gap-y-1">
            <Time at={data.createdAt} catalog={data.catalog.slug} />
            <span>{data.catalog.name}</span>
            <span>{data.source === "ui" ? "from the simulator" : "from the headless API"}</span>
          </span>
        }
      />
      <div className="space-y-6">
        <Section title="Result" id="run-result">
          <p className="text-sm text-slate-800 dark:text-slate-200">
            The <strong>{data.callback}</strong> callback fired{failed && error ? ` with error ${error.code}` : ""}.
          </p>
          {failed && error && (
            <Advice>
              {error.entry ? (
                <>
                  <p>
                    <code className="font-mono">{error.entry.name || `error ${error.code}`}</code>
                    {error.entry.message && <> — “{error.entry.message}”</>}
                  </p>
                  <p className="mt-1">{error.entry.advice || "The catalog gives no advice for this error code."}</p>
                </>
              ) : (
                <p>{data.catalog.name} does not list JSAPI error {error.code}; check the wallet&apos;s documentation or the catalog&apos;s error codes.</p>
              )}
            </Advice>
          )}
          {failed && !error && (
            <Advice>
              <p>
                {data.outcome === "deny"
                  ? "The user refused every requested scope, so the wallet issued no authCode and called fail without an error code. authErrorScopes names each refused scope and why; handle the fail callback and let the user try again."
                  : `The wallet called fail without an error code: ${data.catalog.name} documents none for this outcome. Handle the fail callback as a failed authorization.`}
              </p>
            </Advice>
          )}
          {data.scopeErrors.length > 0 && (
            <div className="text-sm">
              <p className="font-medium text-slate-800 dark:text-slate-200">authErrorScopes</p>
              <ul className="mt-1 space-y-1">
                {data.scopeErrors.map((entry) => (
                  <li key={entry.scope} className="text-slate-700 dark:text-slate-300">
                    <code className="font-mono text-xs">{entry.scope}</code>: <code className="font-mono text-xs">{entry.value}</code>
                    {entry.meaning ? ` — ${entry.meaning}` : " — the catalog does not say what this value means"}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Facts
            items={[
              ["Requested scopes", <ScopeList key="requested" scopes={data.result.requestedScopes ?? []} />],
              ["Granted scopes", <ScopeList key="granted" scopes={data.result.grantedScopes ?? []} />],
              ["Refused scopes", <ScopeList key="refused" scopes={data.result.refusedScopes ?? []} />],
              ["Test user", data.user ? `${data.user.displayName} (${data.user.userId})` : "—"],
              ["Client", data.client ? `${data.client.name} (${data.client.clientId})` : "not bound to a client"],
            ]}
          />
          <JsonView value={data.result.payload} label={`${data.callback} payload (code masked)`} maxHeight={320} />
          <RunFacts facts={data.result.facts} assumptions={data.result.assumptions} />
        </Section>

        {data.code && (
          <Section title="Auth code" id="run-code">
            <Facts
              items={[
                ["Code", <SecretPrefix key="code" prefix={data.code.prefix} kind="auth code" />],
                [
                  "State",
                  <span key="state" className="inline-flex items-center gap-2">
                    <CodeStateBadge state={data.code.state} />
                    <Link href={`/activity/codes/${data.code.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
                      Open auth code #{data.code.id}
                    </Link>
                  </span>,
                ],
                ["Expires", <Time key="expires" words={EXPIRES} at={data.code.expiresAt} catalog={data.catalog.slug} mock />],
              ]}
            />
            <SecretNote />
            <ClockNote offsetMs={data.clock.offsetMs} />
            <h3 className="pt-2 text-sm font-medium text-slate-800 dark:text-slate-200">Redemption attempts ({data.attempts.length})</h3>
            <AttemptTable catalog={data.catalog.slug} attempts={data.attempts} caption="applyToken calls that presented this run's code" />
          </Section>
        )}

        <Section title="Timeline" id="run-timeline">
          <Timeline entries={data.timeline} catalog={data.catalog.slug} label="What happened in this run" />
        </Section>

        {data.result.steps && data.result.steps.length > 0 && (
          <Section title="Flow steps" id="run-steps">
            <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
              {data.result.steps.map((step) => (
                <li key={step.id}>
                  <span className="font-medium">{step.title}</span> <span className="text-slate-500 dark:text-slate-400">({step.status})</span>
                  {step.detail && <p className="text-xs text-slate-600 dark:text-slate-400">{step.detail}</p>}
                  {step.fidelity && <FidelityDetail label={step} brief className="mt-0.5" />}
                </li>
              ))}
            </ol>
          </Section>
        )}
      </div>
    </>
  );
}
