"use client";

import { useState } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNotice, Notice } from "@/app/_components/ui/feedback";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { AttemptTable } from "./attempts";
import { TokenStateBadge } from "./badges";
import { Breadcrumb, ClockNote, DetailError, DetailLoading, Facts, ScopeList, Section } from "./detail-parts";
import { EXPIRES, ENDS } from "./format";
import { SecretNote, SecretPrefix } from "./secret";
import { Timeline } from "./timeline";

const REFRESH_MS = 2_500;

type Pending = { what: "token" | "grant" } | null;

/** One access or refresh token: state, its grant and rotation chain, the fields it unlocks, history; revoke it or its grant. */
export function TokenDetail({ tokenKey }: { tokenKey: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const token = useQuery({ ...trpc.activity.token.queryOptions({ key: tokenKey }), refetchInterval: REFRESH_MS });
  const [confirm, setConfirm] = useState<Pending>(null);
  const [result, setResult] = useState<string | null>(null);
  const onDone = (what: string) => (answer: { revoked: boolean }) => {
    setConfirm(null);
    setResult(answer.revoked ? `${what} revoked: the mock wallet now refuses it.` : `${what} was already revoked.`);
    void queryClient.invalidateQueries({ queryKey: trpc.activity.pathKey() });
  };
  const revokeToken = useMutation(trpc.activity.revokeToken.mutationOptions({ onSuccess: onDone("Token") }));
  const revokeGrant = useMutation(trpc.activity.revokeGrant.mutationOptions({ onSuccess: onDone("Grant") }));

  if (token.isPending) return <DetailLoading label="Loading the token" />;
  if (token.isError) return <DetailError error={token.error} what="Token" id={tokenKey} />;
  const data = token.data;
  const kind = `${data.kind} token`;
  const busy = revokeToken.isPending || revokeGrant.isPending;
  const mutationError = revokeToken.error ?? revokeGrant.error;

  return (
    <>
      <Breadcrumb>
        <span className="text-slate-600 dark:text-slate-400">
          {data.kind === "access" ? "Access" : "Refresh"} token #{data.id}
        </span>
      </Breadcrumb>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {data.kind === "access" ? "Access" : "Refresh"} token <TokenStateBadge state={data.state} />
          </span>
        }
        description={
          <span>
            {data.catalog.name} · grant #{data.grant.id}
          </span>
        }
        actions={
          <>
            <Button variant="danger" size="sm" disabled={data.revokedAt !== null || data.grant.revokedAt !== null || busy} onClick={() => setConfirm({ what: "token" })}>
              Revoke token
            </Button>
            <Button variant="danger" size="sm" disabled={data.grant.revokedAt !== null || busy} onClick={() => setConfirm({ what: "grant" })}>
              Revoke grant
            </Button>
          </>
        }
      />
      <div className="space-y-6">
        {result && <Notice tone="success">{result}</Notice>}
        {mutationError && <ErrorNotice error={mutationError} title="Nothing was revoked" />}
        <Section title="State" id="token-state">
          <p className="text-sm text-slate-700 dark:text-slate-300" role="status" aria-live="polite">
            <span className="font-medium">This token is {data.state}.</span> {data.stateDescription}
          </p>
        </Section>

        <Section title="Details" id="token-details">
          <Facts
            items={[
              ["Token", <SecretPrefix key="token" prefix={data.prefix} kind={kind} />],
              ["Kind", kind],
              ["Catalog", data.catalog.name],
              ["Client", data.client ? `${data.client.name} (${data.client.clientId})` : "—"],
              ["Test user", data.user ? `${data.user.displayName} (${data.user.userId})` : "—"],
              ["Issued", <Time key="issued" at={data.issuedAt} catalog={data.catalog.slug} mock />],
              ["Expires", <Time key="expires" words={EXPIRES} at={data.expiresAt} catalog={data.catalog.slug} mock />],
              ["Rotated", data.rotatedAt !== null ? <Time key="rotated" at={data.rotatedAt} catalog={data.catalog.slug} mock /> : "no"],
              ["Revoked", data.revokedAt !== null ? <Time key="revoked" at={data.revokedAt} catalog={data.catalog.slug} mock /> : data.grant.revokedAt !== null ? "with its grant" : "no"],
            ]}
          />
          <SecretNote />
          <ClockNote offsetMs={data.clock.offsetMs} />
        </Section>

        <Section title={`Grant #${data.grant.id}`} id="token-grant">
          <Facts
            items={[
              ["Scopes", <ScopeList key="scopes" scopes={data.grant.scopes} />],
              ["Created", <Time key="created" at={data.grant.createdAt} catalog={data.catalog.slug} mock />],
              ["Ends", <Time key="ends" words={ENDS} at={data.grant.refreshExpiresAt} catalog={data.catalog.slug} mock />],
              ["Revoked", data.grant.revokedAt !== null ? `yes — ${data.grant.revokeReason ?? "no reason recorded"}` : "no"],
              [
                "From auth code",
                data.grant.code ? (
                  <Link key="code" href={`/activity/codes/${data.grant.code.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
                    auth code #{data.grant.code.id}
                  </Link>
                ) : (
                  "—"
                ),
              ],
            ]}
          />
          <h3 className="pt-2 text-sm font-medium text-slate-800 dark:text-slate-200">User-info fields this grant unlocks</h3>
          <ScopeList scopes={data.unlockedFields} empty="none (its scopes unlock no profile fields)" />
        </Section>

        <Section title="Rotation chain" id="token-chain">
          <p className="text-sm text-slate-600 dark:text-slate-400">Every token of this grant in the order issued: each refresh rotates the refresh token and adds an access token.</p>
          <ol className="space-y-1.5 text-sm">
            {data.chain.map((item, index) => (
              <li key={item.id} className="flex flex-wrap items-center gap-2">
                <span className="w-6 text-right text-xs text-slate-500 dark:text-slate-400">{index + 1}.</span>
                {item.id === data.id ? (
                  <span className="font-medium" aria-current="true">
                    {item.kind} token #{item.id} (this one)
                  </span>
                ) : (
                  <Link href={`/activity/tokens/${item.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
                    {item.kind} token #{item.id}
                  </Link>
                )}
                <TokenStateBadge state={item.state} />
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  issued <Time at={item.issuedAt} catalog={data.catalog.slug} mock />
                </span>
              </li>
            ))}
          </ol>
        </Section>

        <Section title={`Calls (${data.history.length})`} id="token-history">
          <AttemptTable catalog={data.catalog.slug} attempts={data.history} caption="Calls that issued or presented this token" showRole />
        </Section>

        <Section title="Timeline" id="token-timeline">
          <Timeline entries={data.timeline} catalog={data.catalog.slug} label="What happened to this token" />
        </Section>
      </div>
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.what === "grant" ? `Revoke grant #${data.grant.id}?` : `Revoke this ${kind}?`}
        confirmLabel={confirm?.what === "grant" ? "Revoke grant" : "Revoke token"}
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() => (confirm?.what === "grant" ? revokeGrant.mutate({ grantId: data.grant.id }) : revokeToken.mutate({ tokenId: data.id }))}
      >
        {confirm?.what === "grant"
          ? `Every token of grant #${data.grant.id} stops working: inquiryUserInfo answers INVALID_ACCESS_TOKEN and refreshing answers INVALID_REFRESH_TOKEN. The user must authorize again.`
          : `Only this ${kind} stops working; the grant's other tokens keep working.`}
      </ConfirmDialog>
    </>
  );
}
