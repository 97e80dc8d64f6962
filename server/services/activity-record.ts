/**
 * Writing the Activity index: one `activity` row per run and per wallet API call, its scopes and
 * the codes/tokens it issued or presented (prefixes only). Called inside the transaction that
 * stores the run or the call, so the list never shows a row whose run/call is missing. The
 * statements are prepared once per connection: this runs for every call of the mock wallet.
 */
import type { DB } from "@/db/client";
import type { ActivityEvent, ActivityKind } from "@/server/domain/activity/types";
import { perConnection } from "./per-connection";

export type LinkTarget = "code" | "access-token" | "refresh-token";

export type ActivityLinkInput = { target: LinkTarget; targetId: number | null; role: "issued" | "presented"; prefix: string };

export type ActivityRowInput = {
  kind: ActivityKind;
  event: ActivityEvent;
  ref: string;
  /** The workspace whose Activity lists the row. */
  workspaceId: string;
  simulationId?: number | null;
  apiCallId?: number | null;
  catalogId: number | null;
  clientRowId: number | null;
  outcome: string;
  isError: boolean;
  summary: string;
  authCodeId?: number | null;
  grantId?: number | null;
  /** Real time (ms). */
  createdAt: number;
  scopes: readonly string[];
  links: readonly ActivityLinkInput[];
};

const MAX_SCOPES = 200;

/** Plain SQL on the connection (column names as in db/schema.ts): this runs for every call of the mock wallet. */
function prepareStatements(db: DB) {
  const q = (text: string) => db.$client.prepare(text);
  return {
    activity: q(
      `INSERT INTO activity (kind, event, ref, simulation_id, api_call_id, catalog_id, client_row_id, outcome, is_error, summary, code_prefix, token_prefix, auth_code_id, grant_id, workspace_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    scope: q("INSERT INTO activity_scopes (activity_id, scope, workspace_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
    link: q("INSERT INTO activity_links (activity_id, target, target_id, role, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
  };
}

const prepared = perConnection(prepareStatements);

export function recordActivity(db: DB, input: ActivityRowInput): number {
  const q = prepared(db);
  const codeLink = input.links.find((link) => link.target === "code");
  const tokenLink = input.links.find((link) => link.target === "access-token") ?? input.links.find((link) => link.target === "refresh-token");
  const { lastInsertRowid } = q.activity.run(
    input.kind,
    input.event,
    input.ref,
    input.simulationId ?? null,
    input.apiCallId ?? null,
    input.catalogId,
    input.clientRowId,
    input.outcome.slice(0, 64),
    input.isError ? 1 : 0,
    input.summary.slice(0, 300),
    codeLink?.prefix ?? null,
    tokenLink?.prefix ?? null,
    input.authCodeId ?? codeLink?.targetId ?? null,
    input.grantId ?? null,
    input.workspaceId,
    input.createdAt,
  );
  const id = Number(lastInsertRowid);
  const scopes = new Set(input.scopes.filter((scope) => typeof scope === "string" && scope.length > 0 && scope.length <= 64));
  let n = 0;
  for (const scope of scopes) {
    if (n++ >= MAX_SCOPES) break;
    q.scope.run(id, scope, input.workspaceId, input.createdAt);
  }
  for (const link of input.links) q.link.run(id, link.target, link.targetId, link.role, link.prefix, input.createdAt);
  return id;
}
