"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, Notice, Spinner } from "@/app/_components/ui/feedback";
import { SelectField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import type { Catalog } from "@/server/domain/catalog/schema";
import { TAMPER_IDS, TAMPERS, type Tamper } from "@/server/domain/signing/tampers";
import { servesKind, type EndpointKind } from "@/server/domain/wallet-api/endpoint-paths";
import { ExchangePanel, callTitle } from "./exchange-panel";
import { resultCodeOf, stringField, succeeded, unlockedFields, type FlowStepId, type Session } from "./format";
import { RunResult } from "./run-result";
import { saveRunSecrets, useRunSecrets, type RunSecrets } from "./run-secrets";
import { Timeline } from "./timeline";

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

const BUTTONS: Array<{ step: FlowStepId; kind: EndpointKind; label: string; needs: keyof RunSecrets; missing: string }> = [
  { step: "applyToken", kind: "applyToken", label: "Exchange code (applyToken)", needs: "authCode", missing: "needs the run's auth code" },
  { step: "inquiryUserInfo", kind: "inquiryUserInfo", label: "Fetch user info (inquiryUserInfo)", needs: "accessToken", missing: "needs an access token" },
  { step: "refresh", kind: "applyToken", label: "Refresh token", needs: "refreshToken", missing: "needs a refresh token" },
  { step: "revoke", kind: "revoke", label: "Revoke", needs: "accessToken", missing: "needs an access token" },
];

/** Send the next signed wallet-API request of the flow for the studio console client, and list each call. */
function ContinueFlow({ catalog, session, secrets }: { catalog: Catalog; session: Session; secrets: RunSecrets }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [tamper, setTamper] = useState<Tamper>("none");
  const [lastSent, setLastSent] = useState<number | null>(null);
  const { view, calls } = session;
  const send = useMutation(trpc.simulator.send.mutationOptions());
  // The code is continued from this tab: the server keeps only its hash and a masked copy.
  const canContinue = session.boundToConsole && secrets.authCode !== null;
  const sending = send.isPending ? send.variables.call.step : null;

  const run = (step: FlowStepId) => {
    const call =
      step === "applyToken"
        ? { step, authCode: secrets.authCode ?? "" }
        : step === "refresh"
          ? { step, refreshToken: secrets.refreshToken ?? "" }
          : { step, accessToken: secrets.accessToken ?? "" };
    send.mutate(
      { catalog: view.catalog.slug, run: view.id, call, tamper },
      {
        onSuccess: ({ n, ...exchange }) => {
          const json = exchange.response.json;
          if ((step === "applyToken" || step === "refresh") && resultCodeOf(json) === "SUCCESS") {
            saveRunSecrets(view.id, { accessToken: stringField(json, "accessToken"), refreshToken: stringField(json, "refreshToken") });
          }
          const place = n ?? calls.length + 1;
          setLastSent(place);
          queryClient.setQueryData(trpc.simulator.session.queryKey({ run: view.id }), (previous) =>
            previous ? { ...previous, calls: [...previous.calls, { n: place, step, tamper, exchange, createdAt: Date.now() }] } : previous,
          );
        },
      },
    );
  };
  const last = calls.at(-1);

  return (
    <Card className="space-y-4 p-4 sm:p-5">
      <div>
        <h2 className="text-base font-semibold text-slate-900 dark:text-white">Continue the flow</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Play the merchant backend: the studio signs each request with its console client&apos;s key and sends it over HTTP to the mock wallet.
        </p>
      </div>

      {view.authCode === null ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No authorization code was issued, so there is nothing to exchange. Run an outcome that grants at least one scope.
        </p>
      ) : !session.boundToConsole ? (
        <Notice tone="warning">
          This code is bound to <strong>{view.client?.name}</strong> (<code className="font-mono">{view.client?.clientId}</code>). Only that client&apos;s backend
          can redeem it with a signed applyToken call, so the studio cannot continue this flow. Pick “Studio console” as the client to continue here.
        </Notice>
      ) : secrets.authCode === null ? (
        <Notice tone="warning">
          This run was opened from a link or another tab. Its code and tokens stay in the browser tab that ran it (the studio keeps only their hashes), so the
          calls below can be read here but not continued. Run the simulation again to continue a flow here.
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
          {BUTTONS.map((button) => {
            const disabledReason = !servesKind(catalog.serverApi.endpoints, button.kind)
              ? `${catalog.name} serves no ${button.kind} endpoint (none is documented)`
              : secrets[button.needs]
                ? null
                : button.missing;
            return (
              <Button
                key={button.step}
                variant={button.step === "applyToken" && !succeeded(calls, "applyToken") ? "primary" : "secondary"}
                size="sm"
                disabled={!canContinue || send.isPending || disabledReason !== null}
                title={disabledReason ? `Disabled: ${disabledReason}` : undefined}
                onClick={() => run(button.step)}
              >
                {sending === button.step && <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none" />}
                {button.label}
              </Button>
            );
          })}
        </div>
        {canContinue && !secrets.accessToken && (
          <p className="text-xs text-slate-600 dark:text-slate-400">Exchange the code first: user info, refresh and revoke need the tokens it returns.</p>
        )}
        {send.isPending && <Spinner label="Sending the signed request" />}
      </div>

      {send.isError && <ErrorNotice error={send.error} title="The request could not be sent" />}

      <p role="status" className="sr-only">
        {last && lastSent === last.n
          ? `${callTitle(last.step, last.exchange.request.url)}: HTTP ${last.exchange.response.status} ${resultCodeOf(last.exchange.response.json) ?? ""}`
          : ""}
      </p>

      {calls.length > 0 && (
        <section aria-label="Calls sent for this run" className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-white">
            Calls <span className="font-normal text-slate-600 dark:text-slate-400">({calls.length}, newest first)</span>
          </h3>
          {/* Newest first: the answer appears right under the buttons that sent it, opened. */}
          {[...calls].reverse().map((entry) => (
            <ExchangePanel key={entry.n} entry={entry} catalog={view.catalog.slug} open={entry.n === lastSent} />
          ))}
        </section>
      )}
    </Card>
  );
}

/** One run: its result, the calls continuing it, and its timeline. Keyed by the run id. */
export function RunSession({ catalog, session, fresh }: { catalog: Catalog; session: Session; fresh: boolean }) {
  const secrets = useRunSecrets(session.view.id);
  const { view, calls } = session;
  const progress = { exchanged: succeeded(calls, "applyToken"), userInfo: succeeded(calls, "inquiryUserInfo") };
  return (
    <>
      <RunResult view={view} codeMasked={view.authCode?.endsWith("…") ?? false} focusOnMount={fresh} />
      <ContinueFlow catalog={catalog} session={session} secrets={secrets} />
      <Card className="p-4 sm:p-5">
        <h2 className="mb-4 text-base font-semibold text-slate-900 dark:text-white">Timeline</h2>
        <Timeline steps={view.steps} progress={progress} />
      </Card>
    </>
  );
}
