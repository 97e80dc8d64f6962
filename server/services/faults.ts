/**
 * Fault rules of a workspace: created, listed, paused and deleted from the client's page and the
 * headless API; read by the mock wallet's fault stage on every call (one indexed query, usually no
 * row) and claimed atomically, so a rule for the next N calls applies to exactly N.
 */
import { and, asc, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { faultRules, merchantClients } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { publicId } from "@/server/domain/secrets";
import { describeEffect, faultEffectSchema, FAULT_ENDPOINTS, type FaultEndpoint, type FaultRule, type FaultRuleInput } from "@/server/domain/wallet-api/faults";
import { perConnection } from "./per-connection";

export type FaultRuleView = {
  id: string;
  /** The client it is limited to; null: every client of the workspace. */
  client: string | null;
  endpoint: FaultEndpoint;
  effect: FaultRule["effect"];
  description: string;
  /** Calls it still applies to; null: no count. */
  times: number | null;
  until: string | null;
  percent: number | null;
  paused: boolean;
  applied: number;
  createdAt: number;
};

type Row = typeof faultRules.$inferSelect;

function toRule(row: Pick<Row, "id" | "publicId" | "clientRowId" | "endpoint" | "effect" | "timesLeft" | "until" | "percent" | "paused">): FaultRule | null {
  const effect = faultEffectSchema.safeParse(row.effect);
  const endpoint = FAULT_ENDPOINTS.find((value) => value === row.endpoint);
  if (!effect.success || !endpoint) return null;
  return { id: row.id, publicId: row.publicId, clientRowId: row.clientRowId, endpoint, effect: effect.data, timesLeft: row.timesLeft, until: row.until, percent: row.percent, paused: row.paused };
}

function toView(row: Row, clientId: string | null): FaultRuleView | null {
  const rule = toRule(row);
  if (!rule) return null;
  return {
    id: row.publicId,
    client: clientId,
    endpoint: rule.endpoint,
    effect: rule.effect,
    description: describeEffect(rule.effect),
    times: row.timesLeft,
    until: row.until === null ? null : new Date(row.until).toISOString(),
    percent: row.percent,
    paused: row.paused,
    applied: row.applied,
    createdAt: row.createdAt,
  };
}

function clientRow(db: DB, workspaceId: string, clientId: string): { id: number } {
  const row = db
    .select({ id: merchantClients.id })
    .from(merchantClients)
    .where(and(eq(merchantClients.clientId, clientId), eq(merchantClients.workspaceId, workspaceId)))
    .get();
  if (!row) throw new DomainError("NOT_FOUND", `No client "${clientId}" in this workspace.`, [{ path: "client", message: "unknown client" }]);
  return row;
}

export function createFaultRule(db: DB, workspaceId: string, input: FaultRuleInput, now: number): FaultRuleView {
  const client = input.client !== undefined ? clientRow(db, workspaceId, input.client) : null;
  const until = input.until !== undefined ? Date.parse(input.until) : null;
  if (until !== null && until <= now) throw new DomainError("BAD_REQUEST", "until is in the past: the rule would never apply.", [{ path: "until", message: "must be in the future" }]);
  const row = db
    .insert(faultRules)
    .values({
      publicId: publicId("fault", now),
      workspaceId,
      clientRowId: client?.id ?? null,
      endpoint: input.endpoint,
      effect: input.effect,
      timesLeft: input.times ?? null,
      until,
      percent: input.percent ?? null,
      createdAt: now,
    })
    .returning()
    .get();
  const view = toView(row, input.client ?? null);
  if (!view) throw new Error("a fault rule was stored that does not read back");
  return view;
}

export function listFaultRules(db: DB, workspaceId: string, clientId?: string): FaultRuleView[] {
  const client = clientId !== undefined ? clientRow(db, workspaceId, clientId) : null;
  const rows = db
    .select({ rule: faultRules, clientId: merchantClients.clientId })
    .from(faultRules)
    .leftJoin(merchantClients, eq(merchantClients.id, faultRules.clientRowId))
    .where(and(eq(faultRules.workspaceId, workspaceId), client ? eq(faultRules.clientRowId, client.id) : undefined))
    .orderBy(asc(faultRules.id))
    .all();
  return rows.flatMap((row) => {
    const view = toView(row.rule, row.clientId);
    return view ? [view] : [];
  });
}

function requireRule(db: DB, workspaceId: string, id: string): Row {
  const row = db.select().from(faultRules).where(and(eq(faultRules.publicId, id), eq(faultRules.workspaceId, workspaceId))).get();
  if (!row) throw new DomainError("NOT_FOUND", `No fault rule "${id}" in this workspace.`);
  return row;
}

export function deleteFaultRule(db: DB, workspaceId: string, id: string): { id: string } {
  db.delete(faultRules).where(eq(faultRules.id, requireRule(db, workspaceId, id).id)).run();
  return { id };
}

export function pauseFaultRule(db: DB, workspaceId: string, id: string, paused: boolean): FaultRuleView {
  const row = requireRule(db, workspaceId, id);
  db.update(faultRules).set({ paused }).where(eq(faultRules.id, row.id)).run();
  const clientId = row.clientRowId === null ? null : (db.select({ clientId: merchantClients.clientId }).from(merchantClients).where(eq(merchantClients.id, row.clientRowId)).get()?.clientId ?? null);
  const view = toView({ ...row, paused }, clientId);
  if (!view) throw new DomainError("BAD_REQUEST", "This rule cannot be read; delete it.");
  return view;
}

// ---------------------------------------------------------------- the wallet's fault stage

const statements = perConnection((db: DB) => ({
  active: db.$client.prepare(
    "SELECT id, public_id AS publicId, client_row_id AS clientRowId, endpoint, effect, times_left AS timesLeft, until, percent, paused FROM fault_rules WHERE workspace_id = ? AND paused = 0 ORDER BY id",
  ),
  claimCounted: db.$client.prepare("UPDATE fault_rules SET times_left = times_left - 1, applied = applied + 1 WHERE id = ? AND times_left > 0"),
  claimUncounted: db.$client.prepare("UPDATE fault_rules SET applied = applied + 1 WHERE id = ?"),
}));

/** The workspace's active rules, oldest first. */
export function activeFaultRules(db: DB, workspaceId: string): FaultRule[] {
  const rows = statements(db).active.all(workspaceId) as Array<Omit<Row, "effect" | "paused"> & { effect: string; paused: number }>;
  return rows.flatMap((row) => {
    let effect: unknown;
    try {
      effect = JSON.parse(row.effect);
    } catch {
      return [];
    }
    const rule = toRule({ ...row, effect, paused: row.paused === 1 });
    return rule ? [rule] : [];
  });
}

/** Take one application of a rule; false when a racing call used its last one. */
export function claimFaultRule(db: DB, rule: FaultRule): boolean {
  const q = statements(db);
  return (rule.timesLeft === null ? q.claimUncounted.run(rule.id) : q.claimCounted.run(rule.id)).changes === 1;
}
