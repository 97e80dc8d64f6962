"use client";

import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useUrlState } from "@/app/_components/use-url-state";
import { loadOnce } from "@/app/_components/load-once";
import { ScopeChecklist } from "@/app/_components/scope-checklist";
import { Button } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Notice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { FidelityBadge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import type { Catalog, JsapiParam } from "@/server/domain/catalog/schema";
import { servesKind } from "@/server/domain/wallet-api/endpoint-paths";
import type { CatalogRecord } from "@/server/services/catalog-store";
import { FlowSteps } from "./flow-steps";
import { flowProgress, outcomeOptions, withCode, type FlowProgressStep, type OutcomeId, type Session, type SimulationResult } from "./format";
import { OutcomePicker } from "./outcome-picker";
import { Phone } from "./phone";
import { Columns, SimulatorSkeleton } from "./simulator-skeleton";
import { saveRunSecrets, useRunSecrets } from "./run-secrets";
import { simulatorParams } from "./url-state";

// A run's results (the result, the calls to the mock wallet, the timeline) show once there is a
// run: their code is fetched when the simulator opens rather than as part of its first load.
const loadRunSession = loadOnce(() => import("./run-session"));
// The clock bar (time travel) is fetched with the page's data, in a box of its own height.
const ClockBar = lazy(() => import("./clock-bar").then((module) => ({ default: module.ClockBar })));
const RunSession = lazy(() => loadRunSession().then((module) => ({ default: module.RunSession })));

type Params = ReturnType<typeof useSimulatorParams>[0];
type SetParams = ReturnType<typeof useSimulatorParams>[1];

/** Selections replace the current history entry; a run, or another catalog, adds one (so back returns to it). */
function useSimulatorParams() {
  return useUrlState(simulatorParams);
}

function defaultScopes(catalog: Catalog): string[] {
  const first = catalog.jsapi.defaultScope ?? catalog.scopes[0]?.name;
  return first ? [first] : [];
}

/**
 * Changing the catalog re-renders the page for the new one (a loading state, then a new workspace),
 * and each remounts the picker: the picker that mounts for the catalog just chosen takes focus back.
 */
let refocus: { slug: string; until: number } | null = null;

function CatalogPicker({ slug, setParams }: { slug: string; setParams: SetParams }) {
  const trpc = useTRPC();
  const catalogs = useQuery(trpc.catalog.list.queryOptions());
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refocus && refocus.slug === slug && Date.now() < refocus.until) wrapper.current?.querySelector("select")?.focus();
  }, [slug]);
  if (catalogs.isError) return <ErrorNotice error={catalogs.error} title="Could not load the catalogs" />;
  const known = catalogs.data?.some((catalog) => catalog.slug === slug) ?? true;
  return (
    <div ref={wrapper}>
      <SelectField
        label="Catalog"
        value={slug}
        disabled={catalogs.isPending}
        hint={catalogs.isPending ? "Loading catalogs…" : "The wallet whose my.getAuthCode you simulate."}
        onChange={(event) => {
          refocus = { slug: event.target.value, until: Date.now() + 5000 };
          void setParams({ catalog: event.target.value, scopes: null, outcome: null, refuse: null, user: null, client: null, run: null }, { history: "push" });
        }}
      >
        {!known && <option value={slug}>{slug} (unknown)</option>}
        {catalogs.isPending && <option value={slug}>{slug}</option>}
        {catalogs.data?.map((catalog) => (
          <option key={catalog.slug} value={catalog.slug}>
            {catalog.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

const STEP_TEXT: Record<FlowProgressStep, { label: string; detail: string }> = {
  authorize: { label: "Authorize", detail: "my.getAuthCode" },
  exchange: { label: "Exchange the code", detail: "applyToken" },
  userInfo: { label: "Read user info", detail: "inquiryUserInfo" },
  refresh: { label: "Refresh or revoke", detail: "applyToken (refresh) · revoke" },
};

function Progress({ session, catalog }: { session: Session | null; catalog: Catalog }) {
  const unserved = new Set<FlowProgressStep>(servesKind(catalog.serverApi.endpoints, "inquiryUserInfo") ? [] : ["userInfo"]);
  const states = flowProgress(
    session ? { callback: session.view.callback, hasCode: session.view.authCode !== null, boundToConsole: session.boundToConsole } : null,
    session?.calls ?? [],
    unserved,
  );
  return <FlowSteps steps={states.map((step) => ({ id: step.id, state: step.state, ...STEP_TEXT[step.id] }))} />;
}

/** A typed value for my.getAuthCode from an input's text ("" stays "": the wallet then sees it missing). */
function paramValue(param: JsapiParam, text: string): string | number | boolean {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  if (param.type === "Number") return Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
  if (param.type === "Boolean") return trimmed === "true" ? true : trimmed === "false" ? false : text;
  return text;
}

/** The wallet's other my.getAuthCode parameters (AlipayHK's authClientId), prefilled with the catalog's example. */
function ParamInputs({ params, values, onChange }: { params: readonly JsapiParam[]; values: Record<string, string>; onChange: (name: string, value: string) => void }) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900 dark:text-white">my.getAuthCode parameters</legend>
      {params.map((param) => (
        <TextField
          key={param.name}
          label={
            <>
              <code className="font-mono">{param.name}</code>{" "}
              <span className="font-normal text-slate-600 dark:text-slate-400">
                ({param.type}, {param.required ? "required" : "optional"})
              </span>
            </>
          }
          value={values[param.name] ?? ""}
          maxLength={256}
          spellCheck={false}
          autoComplete="off"
          className="[&_input]:font-mono"
          hint={
            <span className="inline-flex flex-wrap items-center gap-1.5">
              {param.description}
              {param.required && " Clear it to see the wallet refuse the call."}
              <FidelityBadge {...param.provenance} />
            </span>
          }
          onChange={(event) => onChange(param.name, event.target.value)}
        />
      ))}
    </fieldset>
  );
}

function Workspace({ record, params, setParams, catalogPicker }: { record: CatalogRecord; params: Params; setParams: SetParams; catalogPicker: ReactNode }) {
  const catalog = record.document;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.testUser.list.queryOptions({ catalog: record.slug }));
  const clients = useQuery(trpc.client.list.queryOptions({ catalog: record.slug }));
  const session = useQuery({ ...trpc.simulator.session.queryOptions({ run: params.run ?? "" }), enabled: params.run !== null });
  // Runs made on this page move focus to their result; restored ones (reload, back/forward, a link) do not.
  const [freshRun, setFreshRun] = useState<string | null>(null);

  const selectedNames = useMemo(() => new Set(params.scopes ?? defaultScopes(catalog)), [params.scopes, catalog]);
  const refuse = useMemo(() => new Set(params.refuse), [params.refuse]);
  const selected = useMemo(() => catalog.scopes.filter((scope) => selectedNames.has(scope.name)), [catalog.scopes, selectedNames]);
  const consentSelected = selected.filter((scope) => !scope.silent);
  const options = outcomeOptions(catalog, selected);
  const chosen = options.find((option) => option.id === params.outcome);
  // An outcome the selected scopes rule out (or an unknown one from a link) falls back to "Approve all".
  const effectiveOutcome: OutcomeId = chosen && chosen.disabledReason === null ? chosen.id : "approve";
  const refused = consentSelected.filter((scope) => refuse.has(scope.name)).map((scope) => scope.name);
  const refuseProblem =
    effectiveOutcome !== "partial"
      ? null
      : refused.length === 0
        ? "Pick at least one scope the user refuses."
        : refused.length >= selected.length
          ? "Refusing every scope is “Deny all”; leave at least one granted."
          : null;

  const registered = (clients.data ?? []).filter((client) => client.keyOrigin !== "studio");
  const chosenClient = registered.find((client) => client.clientId === params.client) ?? null;
  const userList = users.data ?? [];
  const effectiveUser = userList.find((user) => user.userId === params.user) ?? userList[0] ?? null;

  const run = useMutation(trpc.simulator.run.mutationOptions());
  const jsapiParams = catalog.jsapi.params;
  const [paramTexts, setParamTexts] = useState<Record<string, string>>(() => Object.fromEntries(jsapiParams.map((param) => [param.name, param.example])));

  const editScopes = (edit: (next: Set<string>) => void) =>
    void setParams((old) => {
      const next = new Set(old.scopes ?? defaultScopes(catalog));
      edit(next);
      return { scopes: catalog.scopes.map((scope) => scope.name).filter((name) => next.has(name)) };
    });
  const editRefuse = (edit: (next: Set<string>) => void) =>
    void setParams((old) => {
      const next = new Set(old.refuse);
      edit(next);
      return { refuse: catalog.scopes.map((scope) => scope.name).filter((name) => next.has(name)) };
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuseProblem) return;
    const input = {
      catalog: record.slug,
      scopes: selected.map((scope) => scope.name),
      outcome: effectiveOutcome,
      refuse: effectiveOutcome === "partial" ? refused : [],
      userId: effectiveUser?.userId,
      clientId: chosenClient?.clientId,
      params: jsapiParams.length > 0 ? Object.fromEntries(jsapiParams.map((param) => [param.name, paramValue(param, paramTexts[param.name] ?? "")])) : undefined,
    };
    run.mutate(input, {
      onSuccess: (view: SimulationResult) => {
        const boundToConsole = input.clientId === undefined;
        if (boundToConsole) saveRunSecrets(view.id, { authCode: view.authCode });
        queryClient.setQueryData(trpc.simulator.session.queryKey({ run: view.id }), {
          view,
          input: { scopes: input.scopes, outcome: view.outcome, refuse: input.refuse },
          boundToConsole,
          calls: [],
        });
        setFreshRun(view.id);
        // The run goes into the URL with exactly what it was made with: reload and back/forward restore both.
        void setParams(
          {
            run: view.id,
            scopes: input.scopes,
            outcome: effectiveOutcome === "approve" ? null : effectiveOutcome,
            refuse: input.refuse.length > 0 ? input.refuse : null,
            user: effectiveUser?.userId ?? null,
            client: chosenClient?.clientId ?? null,
          },
          { history: "push" },
        );
      },
    });
  };

  const config = (
    <Card className="p-4 sm:p-5">
      <form onSubmit={submit} className="space-y-5" aria-label="Simulation setup">
        {catalogPicker}
        <ScopeChecklist legend="Scopes" scopes={catalog.scopes} selected={selectedNames} onChange={editScopes} />
        {selected.length === 0 && (
          <p className="-mt-3 text-xs text-amber-800 dark:text-amber-200">
            No scopes selected:{" "}
            {catalog.jsapi.defaultScope ? `the wallet uses its default scope ${catalog.jsapi.defaultScope}.` : "the call fails, this wallet requires scopes."}
          </p>
        )}

        {jsapiParams.length > 0 && (
          <ParamInputs params={jsapiParams} values={paramTexts} onChange={(name, value) => setParamTexts((old) => ({ ...old, [name]: value }))} />
        )}

        {users.isError ? (
          <ErrorNotice error={users.error} title="Could not load the test users" />
        ) : (
          <SelectField
            label="Test user"
            value={effectiveUser?.userId ?? ""}
            disabled={users.isPending}
            onChange={(event) => void setParams({ user: event.target.value })}
            hint={users.isPending ? "Loading test users…" : "Whose wallet signs in; inquiryUserInfo answers from their profile."}
          >
            {users.isPending && <option value="">Loading…</option>}
            {userList.map((user) => (
              <option key={user.userId} value={user.userId}>
                {user.displayName} ({user.userId})
              </option>
            ))}
          </SelectField>
        )}

        {clients.isError ? (
          <ErrorNotice error={clients.error} title="Could not load the clients" />
        ) : (
          <div className="space-y-2">
            <SelectField
              label="Client"
              value={chosenClient ? chosenClient.clientId : ""}
              onChange={(event) => void setParams({ client: event.target.value || null })}
              hint={
                clients.isPending
                  ? "Loading clients…"
                  : chosenClient
                    ? undefined
                    : `The studio's own client: the simulator can continue the flow.${registered.length === 0 ? " No registered clients for this catalog yet." : ""}`
              }
            >
              <option value="">Studio console (the simulator can continue the flow)</option>
              {registered.map((client) => (
                <option key={client.clientId} value={client.clientId}>
                  {client.name} ({client.clientId})
                </option>
              ))}
            </SelectField>
            {chosenClient && (
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
                The code will be bound to <strong>{chosenClient.name}</strong>: their backend must redeem it with a signed applyToken call, so the continue buttons here
                are disabled.
                {chosenClient.allowedScopes && ` It may request only: ${chosenClient.allowedScopes.join(", ") || "no scopes"}.`}
              </p>
            )}
          </div>
        )}

        <OutcomePicker
          options={options}
          value={effectiveOutcome}
          onChange={(outcome) => void setParams({ outcome: outcome === "approve" ? null : outcome })}
          consentScopes={consentSelected}
          refuse={refuse}
          onRefuseChange={editRefuse}
          refuseProblem={refuseProblem}
        />

        <div className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button type="submit" variant="primary" className="w-full" disabled={run.isPending || refuseProblem !== null}>
            {run.isPending ? "Running…" : "Run simulation"}
          </Button>
          {run.isError && <ErrorNotice error={run.error} title="The simulation was refused" />}
        </div>
      </form>
    </Card>
  );

  const secrets = useRunSecrets(params.run ?? "");
  const restored = session.data && session.data.view.catalog.slug === record.slug ? session.data : null;
  // The server's copy of a run masks its code; this tab may hold the code itself.
  const shown = useMemo(() => (restored ? { ...restored, view: withCode(restored.view, secrets.authCode) } : null), [restored, secrets.authCode]);
  const flow =
    params.run === null ? (
      run.isPending ? (
        <Card className="p-6">
          <Spinner label="Running the simulation" />
        </Card>
      ) : (
        <EmptyState title="No simulation yet">
          Choose scopes, a test user and an outcome, then <strong>Run simulation</strong> to see the callback, the payloads and every step of the flow.
        </EmptyState>
      )
    ) : session.isPending ? (
      <Card className="space-y-3 p-4 sm:p-5">
        <Spinner label="Opening the run" />
        <Skeleton className="h-40" />
      </Card>
    ) : session.isError ? (
      <ErrorNotice error={session.error} title={`Could not open the run “${params.run}”`} />
    ) : !shown ? (
      <Notice tone="warning">
        Run <code className="font-mono">{params.run}</code> was made with another catalog.{" "}
        <Link className="font-medium underline" href={`/simulator?catalog=${encodeURIComponent(session.data.view.catalog.slug)}&run=${encodeURIComponent(params.run)}`}>
          Open it with {session.data.view.catalog.name}
        </Link>
        .
      </Notice>
    ) : (
      <Suspense
        fallback={
          <Card className="p-6">
            <Spinner label="Opening the run" />
          </Card>
        }
      >
        <RunSession key={shown.view.id} catalog={catalog} session={shown} fresh={freshRun === shown.view.id} />
      </Suspense>
    );

  return (
    <Columns
      config={config}
      phone={
        <Card className="p-4 sm:p-5">
          <Phone catalog={catalog} selected={selected} userName={effectiveUser?.displayName ?? null} view={shown?.view ?? null} />
        </Card>
      }
      flow={
        <>
          <Progress session={shown} catalog={catalog} />
          {flow}
        </>
      }
    />
  );
}

/** The simulator: every choice and the run live in the URL (see url-state.ts). */
export function Simulator() {
  const [params, setParams] = useSimulatorParams();
  const slug = params.catalog;
  const trpc = useTRPC();
  const record = useQuery(trpc.catalog.bySlug.queryOptions({ slug }));
  const picker = <CatalogPicker slug={slug} setParams={setParams} />;
  useEffect(() => {
    loadRunSession().catch(() => {
      // Shown by the run's Suspense boundary when there is one.
    });
    import("./callback-screen").catch(() => {
      // Shown by the phone's Suspense boundary when there is a run.
    });
  }, []);

  return (
    <div className="space-y-6">
      <Suspense fallback={<Skeleton className="h-28" />}>
        <ClockBar catalog={slug} />
      </Suspense>
      {record.isPending ? (
        <SimulatorSkeleton picker={picker} />
      ) : record.isError ? (
        <Columns
          config={<Card className="space-y-4 p-4 sm:p-5">{picker}</Card>}
          phone={null}
          flow={<ErrorNotice error={record.error} title={`Could not open the catalog “${slug}”`} />}
        />
      ) : (
        <Workspace key={record.data.slug} record={record.data} params={params} setParams={setParams} catalogPicker={picker} />
      )}
    </div>
  );
}
