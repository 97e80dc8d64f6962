"use client";

import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { loadOnce } from "@/app/_components/load-once";
import { Button } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { SelectField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import type { Catalog } from "@/server/domain/catalog/schema";
import type { CatalogRecord } from "@/server/services/catalog-store";
import { ClockBar } from "./clock-bar";
import { ConsentPreview } from "./consent-preview";
import { DEFAULT_CATALOG, outcomeOptions, type OutcomeId, type SimulationResult } from "./format";
import { OutcomePicker } from "./outcome-picker";
import { ScopePicker } from "./scope-picker";

// A run's results (timeline, payloads, the calls to the mock wallet) show once it has run: their
// code is fetched when the simulator opens rather than as part of its first load.
const loadRunSession = loadOnce(() => import("./run-session"));
const RunSession = lazy(() => loadRunSession().then((module) => ({ default: module.RunSession })));

const CONSOLE = "";

function initialScopes(catalog: Catalog): Set<string> {
  const first = catalog.jsapi.defaultScope ?? catalog.scopes[0]?.name;
  return new Set(first ? [first] : []);
}

function Columns({ controls, results }: { controls: ReactNode; results: ReactNode }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,23rem)_minmax(0,1fr)]">
      <div className="space-y-6">{controls}</div>
      <div className="min-w-0 space-y-6" aria-label="Simulation results" role="region">
        {results}
      </div>
    </div>
  );
}

/**
 * Changing the catalog re-renders the page for the new one (a loading state, then a new workspace),
 * and each remounts the picker: the picker that mounts for the catalog just chosen takes focus back.
 */
let refocus: { slug: string; until: number } | null = null;

function CatalogPicker({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
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
        router.push(`${pathname}?catalog=${encodeURIComponent(event.target.value)}`, { scroll: false });
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

function Workspace({ record, catalogPicker }: { record: CatalogRecord; catalogPicker: ReactNode }) {
  const catalog = record.document;
  const trpc = useTRPC();
  const users = useQuery(trpc.testUser.list.queryOptions({ catalog: record.slug }));
  const clients = useQuery(trpc.client.list.queryOptions({ catalog: record.slug }));

  const [selectedNames, setSelectedNames] = useState<Set<string>>(() => initialScopes(catalog));
  const [userId, setUserId] = useState("");
  const [clientId, setClientId] = useState(CONSOLE);
  const [outcome, setOutcome] = useState<OutcomeId>("approve");
  const [refuse, setRefuse] = useState<Set<string>>(() => new Set());
  const [result, setResult] = useState<{ view: SimulationResult; boundToConsole: boolean } | null>(null);

  const selected = useMemo(() => catalog.scopes.filter((scope) => selectedNames.has(scope.name)), [catalog.scopes, selectedNames]);
  const consentSelected = selected.filter((scope) => !scope.silent);
  const options = outcomeOptions(catalog, selected);
  const chosen = options.find((option) => option.id === outcome);
  // An outcome the selected scopes rule out falls back to "Approve all".
  const effectiveOutcome: OutcomeId = chosen && chosen.disabledReason === null ? outcome : "approve";
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
  const chosenClient = registered.find((client) => client.clientId === clientId) ?? null;
  const userList = users.data ?? [];
  const effectiveUser = userList.find((user) => user.userId === userId) ?? userList[0] ?? null;

  const run = useMutation(trpc.simulator.run.mutationOptions());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuseProblem) return;
    run.mutate(
      {
        catalog: record.slug,
        scopes: selected.map((scope) => scope.name),
        outcome: effectiveOutcome,
        refuse: effectiveOutcome === "partial" ? refused : [],
        userId: effectiveUser?.userId,
        clientId: chosenClient?.clientId,
      },
      {
        onSuccess: (view, variables) => setResult({ view, boundToConsole: variables.clientId === undefined }),
      },
    );
  };

  const controls = (
    <>
      <Card className="p-4 sm:p-5">
        <form onSubmit={submit} className="space-y-5" aria-label="Simulation setup">
          {catalogPicker}
          <ScopePicker scopes={catalog.scopes} selected={selectedNames} onChange={setSelectedNames} />
          {selected.length === 0 && (
            <p className="-mt-3 text-xs text-amber-800 dark:text-amber-200">
              No scopes selected:{" "}
              {catalog.jsapi.defaultScope ? `the wallet uses its default scope ${catalog.jsapi.defaultScope}.` : "the call fails, this wallet requires scopes."}
            </p>
          )}

          {users.isError ? (
            <ErrorNotice error={users.error} title="Could not load the test users" />
          ) : (
            <SelectField
              label="Test user"
              value={effectiveUser?.userId ?? ""}
              disabled={users.isPending}
              onChange={(event) => setUserId(event.target.value)}
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
                value={chosenClient ? chosenClient.clientId : CONSOLE}
                onChange={(event) => setClientId(event.target.value)}
                hint={
                  clients.isPending
                    ? "Loading clients…"
                    : chosenClient
                      ? undefined
                      : `The studio's own client: the simulator can continue the flow.${registered.length === 0 ? " No registered clients for this catalog yet." : ""}`
                }
              >
                <option value={CONSOLE}>Studio console (the simulator can continue the flow)</option>
                {registered.map((client) => (
                  <option key={client.clientId} value={client.clientId}>
                    {client.name} ({client.clientId})
                  </option>
                ))}
              </SelectField>
              {chosenClient && (
                <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
                  The code will be bound to <strong>{chosenClient.name}</strong>: their backend must redeem it with a signed applyToken call, so the continue buttons
                  here are disabled.
                  {chosenClient.allowedScopes && ` It may request only: ${chosenClient.allowedScopes.join(", ") || "no scopes"}.`}
                </p>
              )}
            </div>
          )}

          <OutcomePicker
            options={options}
            value={effectiveOutcome}
            onChange={setOutcome}
            consentScopes={consentSelected}
            refuse={refuse}
            onRefuseChange={setRefuse}
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
      <Card className="p-4 sm:p-5">
        <ConsentPreview catalog={catalog} selected={selected} userName={effectiveUser?.displayName ?? null} />
      </Card>
    </>
  );

  const results = result ? (
    <Suspense
      fallback={
        <Card className="p-6">
          <Spinner label="Running the simulation" />
        </Card>
      }
    >
      <RunSession
        key={result.view.id}
        catalog={catalog}
        catalogSlug={record.slug}
        view={result.view}
        boundToConsole={result.boundToConsole}
      />
    </Suspense>
  ) : run.isPending ? (
    <Card className="p-6">
      <Spinner label="Running the simulation" />
    </Card>
  ) : (
    <EmptyState title="No simulation yet">
      Choose scopes, a test user and an outcome, then <strong>Run simulation</strong> to see the callback, the payloads and every step of the flow.
    </EmptyState>
  );

  return <Columns controls={controls} results={results} />;
}

/** The simulator: the catalog comes from `?catalog=` (default alipay-plus); everything else is local state. */
export function Simulator() {
  const searchParams = useSearchParams();
  const slug = searchParams.get("catalog") || DEFAULT_CATALOG;
  const trpc = useTRPC();
  const record = useQuery(trpc.catalog.bySlug.queryOptions({ slug }));
  const picker = <CatalogPicker slug={slug} />;
  useEffect(() => {
    loadRunSession().catch(() => {
      // Shown by the results' Suspense boundary after a run.
    });
  }, []);

  return (
    <div className="space-y-6">
      <ClockBar />
      {record.isPending ? (
        <Columns
          controls={
            <Card className="space-y-4 p-4 sm:p-5">
              {picker}
              <Skeleton className="h-64" />
              <Skeleton className="h-40" />
            </Card>
          }
          results={<Skeleton className="h-40" />}
        />
      ) : record.isError ? (
        <Columns
          controls={<Card className="space-y-4 p-4 sm:p-5">{picker}</Card>}
          results={<ErrorNotice error={record.error} title={`Could not open the catalog “${slug}”`} />}
        />
      ) : (
        <Workspace key={record.data.slug} record={record.data} catalogPicker={picker} />
      )}
    </div>
  );
}
