"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { CopyButton } from "@/app/_components/code-block";
import { RunFacts } from "@/app/_components/fact-list";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/page-header";
import { useClockOffset, useNow } from "@/app/_components/time/clock";
import { Time } from "@/app/_components/time/time";
import type { SimulationResult } from "./format";

function ScopeList({ scopes }: { scopes: string[] }) {
  if (scopes.length === 0) return <span className="text-slate-500 dark:text-slate-400">none</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {scopes.map((scope) => (
        <code key={scope} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all dark:bg-slate-800">
          {scope}
        </code>
      ))}
    </span>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500 dark:text-slate-400">{term}</dt>
      <dd className="min-w-0 text-slate-800 dark:text-slate-200">{children}</dd>
    </>
  );
}

const EXPIRES = { future: "expires", past: "expired" };

function CodeExpiry({ expiresAt, catalog }: { expiresAt: string; catalog: string }) {
  const offset = useClockOffset();
  const now = useNow();
  const expiry = Date.parse(expiresAt);
  const known = now !== null && offset !== null && Number.isFinite(expiry);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Time at={expiresAt} catalog={catalog} mock words={EXPIRES} />
      {known && (now + offset >= expiry ? <Badge tone="red">expired</Badge> : <Badge tone="green">valid</Badge>)}
    </span>
  );
}

/**
 * What my.getAuthCode answered: the callback that fired, the scopes, the code and the facts it
 * relied on, each with its label (the payload itself is on the phone, as the mini program receives it).
 */
export function RunResult({ view, codeMasked, focusOnMount }: { view: SimulationResult; codeMasked: boolean; focusOnMount: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A run just made mounts this component: move focus to it, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const success = view.callback === "success";
  return (
    <Card className="space-y-4 p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none dark:text-white">
          Result
        </h2>
        <Badge tone={success ? "green" : "red"} className="text-sm">
          <span aria-hidden>{success ? "✓" : "✕"}</span> {view.callback} callback fired
        </Badge>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {view.catalog.name}: <code className="font-mono">my.getAuthCode</code> called{" "}
        <code className="font-mono">{view.callback}</code>, then <code className="font-mono">complete</code> with the same object.
        {view.errorCode !== null && ` JSAPI error ${view.errorCode}.`}
      </p>

      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
        <Row term="Requested">
          <ScopeList scopes={view.requestedScopes} />
        </Row>
        <Row term="Granted">
          <ScopeList scopes={view.grantedScopes} />
        </Row>
        <Row term="Refused">
          <ScopeList scopes={view.refusedScopes} />
        </Row>
        <Row term="Consent page">{view.consentShown ? `shown for ${view.consentScopes.join(", ")}` : "not shown (silent authorization)"}</Row>
        <Row term="Test user">
          {view.user.displayName} <span className="font-mono text-xs text-slate-500 dark:text-slate-400">({view.user.userId})</span>
        </Row>
        {view.client && (
          <Row term="Client">
            {view.client.name} <span className="font-mono text-xs text-slate-500 dark:text-slate-400">({view.client.clientId})</span>
          </Row>
        )}
        {view.authCode && (
          <Row term="authCode">
            <span className="flex flex-wrap items-center gap-2">
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all dark:bg-slate-800">{view.authCode}</code>
              {codeMasked ? (
                <span className="text-xs text-slate-600 dark:text-slate-400">masked: the code itself stays in the tab that ran it</span>
              ) : (
                <CopyButton text={view.authCode} label="authCode" />
              )}
            </span>
          </Row>
        )}
        {view.authCodeExpiresAt && (
          <Row term="Expires">
            <CodeExpiry expiresAt={view.authCodeExpiresAt} catalog={view.catalog.slug} />
          </Row>
        )}
      </dl>

      <RunFacts facts={view.facts} assumptions={view.assumptions} />
    </Card>
  );
}
