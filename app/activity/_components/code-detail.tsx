"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { AUTH_CODE_STATES } from "@/server/domain/activity/describe";
import type { AuthCodeState } from "@/server/domain/activity/types";
import { AttemptTable } from "./attempts";
import { CodeStateBadge, TokenStateBadge } from "./badges";
import { Breadcrumb, ClockNote, DetailError, DetailLoading, Facts, ScopeList, Section } from "./detail-parts";
import { EXPIRES, runHref } from "./format";
import { SecretNote, SecretPrefix } from "./secret";
import { Timeline } from "./timeline";

const REFRESH_MS = 2_500;

export function StateGlossary({ kind }: { kind: "code" }) {
  return (
    <details className="text-sm text-slate-600 dark:text-slate-400">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">What the {kind} states mean</summary>
      <dl className="mt-2 space-y-1.5">
        {(Object.keys(AUTH_CODE_STATES) as AuthCodeState[]).map((state) => (
          <div key={state}>
            <dt className="inline">
              <CodeStateBadge state={state} />
            </dt>{" "}
            <dd className="inline">{AUTH_CODE_STATES[state].description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** One auth code: its state now, scopes, redemption attempts (with result codes and advice) and timeline. */
export function CodeDetail({ codeKey }: { codeKey: string }) {
  const trpc = useTRPC();
  const code = useQuery({ ...trpc.activity.code.queryOptions({ key: codeKey }), refetchInterval: REFRESH_MS });
  if (code.isPending) return <DetailLoading label="Loading the auth code" />;
  if (code.isError) return <DetailError error={code.error} what="Auth code" id={codeKey} />;
  const data = code.data;
  const refused = data.requestedScopes ? data.requestedScopes.filter((scope) => !data.grantedScopes.includes(scope)) : [];

  return (
    <>
      <Breadcrumb>
        <span className="text-slate-600 dark:text-slate-400">Auth code #{data.id}</span>
      </Breadcrumb>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            Auth code <CodeStateBadge state={data.state} />
          </span>
        }
        description={
          <span>
            {data.catalog.name} · issued <Time at={data.issuedAt} catalog={data.catalog.slug} mock />
          </span>
        }
      />
      <div className="space-y-6">
        <Section title="State" id="code-state">
          <p className="text-sm text-slate-700 dark:text-slate-300" role="status" aria-live="polite">
            <span className="font-medium">This code is {data.state}.</span> {data.stateDescription}
          </p>
          <StateGlossary kind="code" />
        </Section>

        <Section title="Details" id="code-details">
          <Facts
            items={[
              ["Code", <SecretPrefix key="code" prefix={data.prefix} kind="auth code" />],
              ["Catalog", data.catalog.name],
              ["Client", data.client ? `${data.client.name} (${data.client.clientId})` : "any client of the catalog"],
              ["Test user", data.user ? `${data.user.displayName} (${data.user.userId})` : "—"],
              ["Requested scopes", data.requestedScopes ? <ScopeList key="req" scopes={data.requestedScopes} /> : "not recorded"],
              ["Granted scopes", <ScopeList key="granted" scopes={data.grantedScopes} />],
              ...(refused.length > 0 ? ([["Refused scopes", <ScopeList key="refused" scopes={refused} />]] as Array<[string, ReactNode]>) : []),
              ["Issued", <Time key="issued" at={data.issuedAt} catalog={data.catalog.slug} mock />],
              ["Expires", <Time key="expires" words={EXPIRES} at={data.expiresAt} catalog={data.catalog.slug} mock />],
              ["Redeemed", data.redeemedAt !== null ? <Time key="redeemed" at={data.redeemedAt} catalog={data.catalog.slug} mock /> : "not yet"],
              [
                "Issued by",
                data.run ? (
                  <Link key="run" href={runHref(data.run.ref)} className="font-mono text-brand-700 hover:underline dark:text-brand-100">
                    {data.run.ref}
                  </Link>
                ) : (
                  "a run that was cleaned up"
                ),
              ],
            ]}
          />
          <SecretNote />
          <ClockNote offsetMs={data.clock.offsetMs} />
        </Section>

        <Section title={`Redemption attempts (${data.attempts.length})`} id="code-attempts">
          <p className="text-sm text-slate-600 dark:text-slate-400">Every applyToken call that presented this code, successful or refused, with its result code.</p>
          <AttemptTable catalog={data.catalog.slug} attempts={data.attempts} caption="applyToken calls that presented this code" />
        </Section>

        {data.grant && (
          <Section title={`Grant #${data.grant.id}`} id="code-grant">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {data.grant.revokedAt !== null ? `Revoked (${data.grant.revokeReason ?? "no reason recorded"}).` : "Active."} Tokens issued for it:
            </p>
            <ul className="space-y-1 text-sm">
              {data.grant.tokens.map((token) => (
                <li key={token.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/activity/tokens/${token.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
                    {token.kind} token #{token.id}
                  </Link>
                  <TokenStateBadge state={token.state} />
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    issued <Time at={token.issuedAt} catalog={data.catalog.slug} mock />
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        )}

        <Section title="Timeline" id="code-timeline">
          <Timeline entries={data.timeline} catalog={data.catalog.slug} label="What happened to this code" />
        </Section>
      </div>
    </>
  );
}
