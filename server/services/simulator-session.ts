/**
 * A simulator run as a page can show it again: the run (as `simulator.run` answered it, with the
 * code masked), the choices it was made with, and the signed calls the studio console client sent
 * to continue it. This is what a reload, back/forward or a shared `?run=` link restores.
 */
import { and, asc, count, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { authCodes, catalogs, simulationCalls, simulations } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { FlowResult } from "@/server/domain/flow/engine";
import { maskSecrets, secretsIn } from "@/server/domain/secrets";
import { formatWalletTime } from "@/server/domain/wallet-api/endpoints";
import { party } from "./activity-details";
import type { HttpExchange } from "./console";
import type { SimulationView } from "./simulations";

export type SimulatorStep = "applyToken" | "inquiryUserInfo" | "refresh" | "revoke";

export type SimulatorCall = { n: number; step: SimulatorStep; tamper: string; exchange: HttpExchange; createdAt: number };

export type SimulatorSession = {
  view: SimulationView;
  /** What the run was asked: the scopes as sent, the outcome (`error:11` style), the scopes refused in a partial grant. */
  input: { scopes: unknown; outcome: string; refuse: string[] };
  /** Whether the run's code belongs to the studio console client (the simulator can continue it). */
  boundToConsole: boolean;
  calls: SimulatorCall[];
};

/** The run `ref` of the workspace (NOT_FOUND otherwise). */
export function findRun(db: DB, workspaceId: string, ref: string) {
  const run = db.select().from(simulations).where(and(eq(simulations.publicId, ref), eq(simulations.workspaceId, workspaceId))).get();
  if (!run) throw new DomainError("NOT_FOUND", `No run "${ref}" in this workspace. Runs are named sim_…; it may have been cleaned up.`);
  return run;
}

/** The codes and tokens in an exchange, masked to their first characters (the stored copy is never usable). */
export function maskExchange(exchange: HttpExchange): HttpExchange {
  const secrets = secretsIn(exchange.request.body, exchange.response.body);
  if (secrets.length === 0) return exchange;
  return JSON.parse(maskSecrets(JSON.stringify(exchange), secrets)) as HttpExchange;
}

/** Keep a call the simulator sent for a run (masked); answers it as the page lists it. */
export function recordSimulatorCall(
  db: DB,
  args: { simulationId: number; step: SimulatorStep; tamper: string; exchange: HttpExchange; now: number },
): SimulatorCall {
  const exchange = maskExchange(args.exchange);
  return db.transaction(() => {
    db.insert(simulationCalls).values({ simulationId: args.simulationId, step: args.step, tamper: args.tamper, exchange, createdAt: args.now }).run();
    const n = db.select({ n: count() }).from(simulationCalls).where(eq(simulationCalls.simulationId, args.simulationId)).get()?.n ?? 0;
    return { n, step: args.step, tamper: args.tamper, exchange, createdAt: args.now };
  });
}

/** A run of the workspace, its inputs and its calls, as the simulator shows them. */
export function getSimulatorSession(db: DB, args: { workspaceId: string; ref: string; consoleClientId: (slug: string) => string }): SimulatorSession {
  const run = findRun(db, args.workspaceId, args.ref);
  const catalog = db.select({ countryCode: catalogs.countryCode }).from(catalogs).where(eq(catalogs.id, run.catalogId)).get();
  if (!catalog) throw new DomainError("NOT_FOUND", `The catalog of run "${args.ref}" was deleted.`);
  const { catalog: named, client, user } = party(db, run.catalogId, run.clientRowId, run.testUserId);
  const code = db.select({ expiresAt: authCodes.expiresAt }).from(authCodes).where(eq(authCodes.simulationId, run.id)).get() ?? null;
  const result = run.result as FlowResult;
  const view: SimulationView = {
    ...result,
    id: run.publicId,
    catalog: named,
    outcome: run.outcome,
    user: user ?? { userId: "(deleted)", displayName: "Deleted test user" },
    client,
    authCodeExpiresAt: code ? formatWalletTime(code.expiresAt, catalog.countryCode) : null,
    createdAt: run.createdAt,
  };
  const calls = db
    .select()
    .from(simulationCalls)
    .where(eq(simulationCalls.simulationId, run.id))
    .orderBy(asc(simulationCalls.id))
    .all()
    .map((row, index) => ({ n: index + 1, step: row.step, tamper: row.tamper, exchange: row.exchange as HttpExchange, createdAt: row.createdAt }));
  return {
    view,
    input: { scopes: run.requestedScopes ?? [], outcome: run.outcome, refuse: run.outcome === "partial" ? result.refusedScopes : [] },
    boundToConsole: client !== null && client.clientId === args.consoleClientId(named.slug),
    calls,
  };
}
