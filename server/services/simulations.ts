/** Running my.getAuthCode simulations: the flow engine plus a real, stored (hashed) auth code. */
import { and, desc, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import type { Clock } from "@/server/domain/clock";
import { catalogs, simulations } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { FlowInputError, formatOutcome, runFlow, withExampleParams, type FlowResult, type Outcome } from "@/server/domain/flow/engine";
import { newSecret, publicId, secretPrefix } from "@/server/domain/secrets";
import { formatWalletTime } from "@/server/domain/wallet-api/endpoints";
import { runSummary } from "@/server/domain/activity/describe";
import { recordActivity } from "./activity-record";
import { resolveTestUser } from "./test-users";
import { walletStore, type ClientContext } from "./wallet-api/store";

export type SimulationInput = {
  /** The workspace the run happens in: its catalogs, clients and test users, its Activity. */
  workspaceId: string;
  catalogSlug: string;
  scopes: unknown;
  /** Other my.getAuthCode parameters (the catalog's `jsapi.params`). */
  params?: Record<string, unknown>;
  /** Give each parameter left out the catalog's example value (the simulator's form does; the headless API does not). */
  fillExampleParams?: boolean;
  outcome: Outcome;
  userId?: string;
  clientId?: string;
  source: "ui" | "api";
  /** Code lifetimes run on the mock clock; the run is recorded at real time (Activity's order). */
  clock: Clock;
};

export type SimulationView = FlowResult & {
  id: string;
  catalog: { slug: string; name: string };
  outcome: string;
  user: { userId: string; displayName: string };
  client: { clientId: string; name: string } | null;
  authCodeExpiresAt: string | null;
  createdAt: number;
};

/** Run a simulation and store it (one transaction). */
export function runSimulation(db: DB, input: SimulationInput): SimulationView {
  const plan = planSimulation(db, input);
  db.transaction(plan.write);
  return plan.view;
}

/**
 * Everything a run decides, validated and computed without writing: the flow's result and the
 * write that stores it (run, code hash, Activity row). The headless API hands `write` to the
 * write queue so many runs share one commit; `runSimulation` runs it at once.
 */
export function planSimulation(db: DB, input: SimulationInput): { view: SimulationView; write: () => void } {
  const store = walletStore(db);
  const found = store.wallet(input.catalogSlug);
  const wallet = found && (found.workspaceId === null || found.workspaceId === input.workspaceId) ? found : null;
  if (!wallet) throw new DomainError("NOT_FOUND", `No catalog "${input.catalogSlug}". It may have been deleted.`);
  const { document } = wallet;
  let client: ClientContext | null = null;
  if (input.clientId !== undefined) {
    const named = store.client(input.clientId);
    client = named?.workspaceId === input.workspaceId ? named : null;
    if (!client) throw new DomainError("NOT_FOUND", `No client "${input.clientId}".`, [{ path: "client", message: "unknown client" }]);
    if (client.catalogSlug !== wallet.slug) {
      throw new DomainError("BAD_REQUEST", `Client "${input.clientId}" is registered for ${client.catalogSlug}, not ${wallet.slug}.`, [
        { path: "client", message: "belongs to another catalog" },
      ]);
    }
  }
  const user = store.testUser(input.workspaceId, wallet.catalogId, input.userId) ?? resolveTestUser(db, wallet.slug, input.workspaceId, input.userId, input.clock.real);

  let issued: string | null = null;
  let flow: FlowResult;
  try {
    flow = runFlow({
      catalog: document,
      scopes: input.scopes,
      params: input.fillExampleParams ? withExampleParams(document, input.params) : input.params,
      outcome: input.outcome,
      user: { userId: user.userId, displayName: user.displayName },
      issueCode: () => {
        issued = newSecret();
        return issued;
      },
    });
  } catch (error) {
    if (error instanceof FlowInputError) throw new DomainError("BAD_REQUEST", error.message, [{ path: "outcome", message: error.message }]);
    throw error;
  }
  const allowed = client?.allowedScopes;
  if (allowed && flow.grantedScopes.some((scope) => !allowed.includes(scope))) {
    const denied = flow.grantedScopes.filter((scope) => !allowed.includes(scope));
    throw new DomainError("BAD_REQUEST", `Client "${client?.name ?? ""}" may not request ${denied.join(", ")} (allowed: ${allowed.join(", ") || "none"}).`, [
      { path: "scopes", message: `not allowed for this client: ${denied.join(", ")}` },
    ]);
  }
  const id = publicId("sim", input.clock.real);
  // Only the code's hash is stored: the saved result carries a masked copy of the code.
  const code: string | null = issued;
  const stored: FlowResult = code ? (JSON.parse(JSON.stringify(flow).split(code).join(`${secretPrefix(code)}…`)) as FlowResult) : flow;
  const expiresAt = issued ? input.clock.mock + document.serverApi.authCodeTtlSeconds * 1000 : null;
  const realNow = input.clock.real;
  const write = () => {
    const simulationId = store.insertSimulation({
      publicId: id,
      catalogId: wallet.catalogId,
      clientRowId: client?.id ?? null,
      testUserId: user.id,
      source: input.source,
      requestedScopes: input.scopes,
      outcome: formatOutcome(input.outcome),
      callback: flow.callback,
      result: stored,
      workspaceId: input.workspaceId,
      createdAt: realNow,
    });
    const codeId =
      code !== null && expiresAt !== null
        ? store.insertCode({
            secret: code,
            catalogId: wallet.catalogId,
            clientRowId: client?.id ?? null,
            workspaceId: input.workspaceId,
            testUserId: user.id,
            simulationId,
            scopes: flow.grantedScopes,
            issuedAt: input.clock.mock,
            expiresAt,
          })
        : null;
    recordActivity(db, {
      kind: "simulation",
      event: "run",
      ref: id,
      workspaceId: input.workspaceId,
      simulationId,
      catalogId: wallet.catalogId,
      clientRowId: client?.id ?? null,
      outcome: formatOutcome(input.outcome),
      isError: flow.callback === "fail",
      summary: runSummary(flow),
      createdAt: realNow,
      scopes: flow.requestedScopes,
      links: code !== null && codeId !== null ? [{ target: "code", targetId: codeId, role: "issued", prefix: secretPrefix(code) }] : [],
    });
  };
  const view: SimulationView = {
    ...flow,
    id,
    catalog: { slug: wallet.slug, name: document.name },
    outcome: formatOutcome(input.outcome),
    user: { userId: user.userId, displayName: user.displayName },
    client: client ? { clientId: client.clientId, name: client.name } : null,
    authCodeExpiresAt: expiresAt !== null ? formatWalletTime(expiresAt, wallet.countryCode) : null,
    createdAt: realNow,
  };
  return { view, write };
}

/** Recent simulations of a catalog (the stored result has no auth code: only its hash is kept). */
export function listSimulations(db: DB, catalogSlug: string, workspaceId: string, limit = 20) {
  return db
    .select({ id: simulations.publicId, outcome: simulations.outcome, callback: simulations.callback, createdAt: simulations.createdAt })
    .from(simulations)
    .innerJoin(catalogs, eq(simulations.catalogId, catalogs.id))
    .where(and(eq(catalogs.slug, catalogSlug), eq(simulations.workspaceId, workspaceId)))
    .orderBy(desc(simulations.id))
    .limit(limit)
    .all();
}
