"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, Notice, Spinner } from "@/app/_components/ui/feedback";
import { SelectField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import type { Catalog } from "@/server/domain/catalog/schema";
import { TAMPER_IDS, TAMPERS, type Tamper } from "@/server/domain/signing/tampers";
import { ExchangePanel, type ExchangeEntry, type FlowStepId } from "./exchange-panel";
import { resultCodeOf, stringField, unlockedFields, type SimulationResult } from "./format";
import { RunResult } from "./run-result";
import { Timeline } from "./timeline";

type Tokens = { accessToken: string | null; refreshToken: string | null };

const STEP_TITLES: Record<FlowStepId, string> = {
  applyToken: "Exchange code (applyToken)",
  inquiryUserInfo: "Fetch user info (inquiryUserInfo)",
  refresh: "Refresh token (applyToken)",
  revoke: "Revoke",
};

function endpointName(url: string): string {
  try {
    return new URL(url).pathname.split("/").filter(Boolean).pop() ?? "";
  } catch {
    return "";
  }
}

function GrantedFieldsNote({ catalog, granted }: { catalog: Catalog; granted: string[] }) {
  const unlocked = unlockedFields(catalog, granted);
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      User info limited to the granted scopes:{" "}
      {unlocked.length === 0
        ? "none."
        : unlocked.map((item, index) => (
            <span key={item.scope}>
              {index > 0 && "; "}
              <code className="font-mono text-xs">{item.scope}</code> →{" "}
              {item.fields.length > 0 ? <span className="font-mono text-xs">{item.fields.join(", ")}</span> : <span className="italic">no user-info fields</span>}
            </span>
          ))}
    </p>
  );
}

/** Send the next signed wallet-API request of the flow for the studio console client, and show each exchange. */
function ContinueFlow({
  catalog,
  catalogSlug,
  view,
  boundToConsole,
  entries,
  onEntry,
  tokens,
}: {
  catalog: Catalog;
  catalogSlug: string;
  view: SimulationResult;
  boundToConsole: boolean;
  entries: ExchangeEntry[];
  onEntry: (step: FlowStepId, entry: Omit<ExchangeEntry, "n">) => void;
  tokens: Tokens;
}) {
  const trpc = useTRPC();
  const [tamper, setTamper] = useState<Tamper>("none");
  const send = useMutation(trpc.simulator.send.mutationOptions());
  const code = view.authCode;
  const canContinue = boundToConsole && code !== null;
  const sending = send.isPending ? send.variables.call.step : null;

  const run = (step: FlowStepId) => {
    const call =
      step === "applyToken"
        ? { step, authCode: code ?? "" }
        : step === "refresh"
          ? { step, refreshToken: tokens.refreshToken ?? "" }
          : { step, accessToken: tokens.accessToken ?? "" };
    const tamperLabel = tamper === "none" ? null : TAMPERS[tamper];
    send.mutate(
      { catalog: catalogSlug, call, tamper },
      {
        onSuccess: (exchange) => {
          const title = step === "revoke" ? `Revoke (${endpointName(exchange.request.url) || "revoke"})` : STEP_TITLES[step];
          onEntry(step, { step, title, tamperLabel, exchange });
        },
      },
    );
  };

  const buttons: Array<{ step: FlowStepId; label: string; primary?: boolean; disabledReason: string | null }> = [
    { step: "applyToken", label: "Exchange code (applyToken)", primary: true, disabledReason: null },
    { step: "inquiryUserInfo", label: "Fetch user info (inquiryUserInfo)", disabledReason: tokens.accessToken ? null : "needs an access token" },
    { step: "refresh", label: "Refresh token", disabledReason: tokens.refreshToken ? null : "needs a refresh token" },
    { step: "revoke", label: "Revoke", disabledReason: tokens.accessToken ? null : "needs an access token" },
  ];
  const last = entries.at(-1);

  return (
    <Card className="space-y-4 p-4 sm:p-5">
      <div>
        <h2 className="text-base font-semibold text-slate-900 dark:text-white">Continue the flow</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Play the merchant backend: the studio signs each request with its console client&apos;s key and sends it over HTTP to the mock wallet.
        </p>
      </div>

      {code === null ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No authorization code was issued, so there is nothing to exchange. Run an outcome that grants at least one scope.
        </p>
      ) : !boundToConsole ? (
        <Notice tone="warning">
          This code is bound to <strong>{view.client?.name}</strong> (<code className="font-mono">{view.client?.clientId}</code>). Only that client&apos;s backend
          can redeem it with a signed applyToken call, so the studio cannot continue this flow. Pick “Studio console” as the client to continue here.
        </Notice>
      ) : (
        <GrantedFieldsNote catalog={catalog} granted={view.grantedScopes} />
      )}

      <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950/40">
        <SelectField
          label="Break the signature on purpose"
          value={tamper}
          onChange={(event) => setTamper(event.target.value as Tamper)}
          disabled={!canContinue}
          hint="Applies to the next request you send."
        >
          {TAMPER_IDS.map((id) => (
            <option key={id} value={id}>
              {TAMPERS[id]}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap gap-2">
          {buttons.map((button) => (
            <Button
              key={button.step}
              variant={button.primary ? "primary" : "secondary"}
              size="sm"
              disabled={!canContinue || send.isPending || button.disabledReason !== null}
              title={button.disabledReason ? `Disabled: ${button.disabledReason}` : undefined}
              onClick={() => run(button.step)}
            >
              {sending === button.step && <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none" />}
              {button.label}
            </Button>
          ))}
        </div>
        {canContinue && !tokens.accessToken && (
          <p className="text-xs text-slate-500 dark:text-slate-400">Exchange the code first: user info, refresh and revoke need the tokens it returns.</p>
        )}
        {send.isPending && <Spinner label="Sending the signed request" />}
      </div>

      {send.isError && <ErrorNotice error={send.error} title="The request could not be sent" />}

      <p role="status" className="sr-only">
        {last ? `${last.title}: HTTP ${last.exchange.response.status} ${resultCodeOf(last.exchange.response.json) ?? ""}` : ""}
      </p>

      {entries.length > 0 && (
        <div className="space-y-4">
          {/* Newest first: the answer appears right under the buttons that sent it. */}
          {[...entries].reverse().map((entry) => (
            <ExchangePanel key={entry.n} entry={entry} />
          ))}
        </div>
      )}
    </Card>
  );
}

/** One simulation's result, the calls continuing it, and its timeline. Keyed by the simulation id: a new run starts fresh. */
export function RunSession({
  catalog,
  catalogSlug,
  view,
  boundToConsole,
}: {
  catalog: Catalog;
  catalogSlug: string;
  view: SimulationResult;
  boundToConsole: boolean;
}) {
  const [entries, setEntries] = useState<ExchangeEntry[]>([]);
  const [tokens, setTokens] = useState<Tokens>({ accessToken: null, refreshToken: null });

  const onEntry = (step: FlowStepId, entry: Omit<ExchangeEntry, "n">) => {
    setEntries((previous) => [...previous, { ...entry, n: previous.length + 1 }]);
    const json = entry.exchange.response.json;
    if ((step === "applyToken" || step === "refresh") && resultCodeOf(json) === "SUCCESS") {
      setTokens((previous) => ({
        accessToken: stringField(json, "accessToken") ?? previous.accessToken,
        refreshToken: stringField(json, "refreshToken") ?? previous.refreshToken,
      }));
    }
  };

  const succeeded = (step: FlowStepId) => entries.some((entry) => entry.step === step && resultCodeOf(entry.exchange.response.json) === "SUCCESS");
  const progress = { exchanged: succeeded("applyToken"), userInfo: succeeded("inquiryUserInfo") };

  return (
    <>
      <RunResult view={view} />
      <ContinueFlow
        catalog={catalog}
        catalogSlug={catalogSlug}
        view={view}
        boundToConsole={boundToConsole}
        entries={entries}
        onEntry={onEntry}
        tokens={tokens}
      />
      <Card className="p-4 sm:p-5">
        <h2 className="mb-4 text-base font-semibold text-slate-900 dark:text-white">Timeline</h2>
        <Timeline steps={view.steps} progress={progress} />
      </Card>
    </>
  );
}
