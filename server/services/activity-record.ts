/**
 * Writing the Activity index: one `activity` row per run and per wallet API call, its scopes and
 * the codes/tokens it issued or presented (prefixes only). Called inside the transaction that
 * stores the run or the call, so the list never shows a row whose run/call is missing. The
 * statements are prepared once per connection: this runs for every call of the mock wallet.
 */
import { sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { activity, activityLinks, activityScopes } from "@/db/schema";
import type { ActivityEvent, ActivityKind } from "@/server/domain/activity/types";
import { perConnection } from "./per-connection";

export type LinkTarget = "code" | "access-token" | "refresh-token";

export type ActivityLinkInput = { target: LinkTarget; targetId: number | null; role: "issued" | "presented"; prefix: string };

export type ActivityRowInput = {
  kind: ActivityKind;
  event: ActivityEvent;
  ref: string;
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
const p = sql.placeholder;

function prepareStatements(db: DB) {
  return {
    activity: db
      .insert(activity)
      .values({
        kind: p("kind"),
        event: p("event"),
        ref: p("ref"),
        simulationId: p("simulationId"),
        apiCallId: p("apiCallId"),
        catalogId: p("catalogId"),
        clientRowId: p("clientRowId"),
        outcome: p("outcome"),
        isError: p("isError"),
        summary: p("summary"),
        codePrefix: p("codePrefix"),
        tokenPrefix: p("tokenPrefix"),
        authCodeId: p("authCodeId"),
        grantId: p("grantId"),
        createdAt: p("createdAt"),
      })
      .returning({ id: activity.id })
      .prepare(),
    scope: db
      .insert(activityScopes)
      .values({ activityId: p("activityId"), scope: p("scope"), createdAt: p("createdAt") })
      .onConflictDoNothing()
      .prepare(),
    link: db
      .insert(activityLinks)
      .values({ activityId: p("activityId"), target: p("target"), targetId: p("targetId"), role: p("role"), prefix: p("prefix"), createdAt: p("createdAt") })
      .prepare(),
  };
}

const prepared = perConnection(prepareStatements);

export function recordActivity(db: DB, input: ActivityRowInput): number {
  const q = prepared(db);
  const codeLink = input.links.find((link) => link.target === "code");
  const tokenLink = input.links.find((link) => link.target === "access-token") ?? input.links.find((link) => link.target === "refresh-token");
  const row = q.activity.get({
    kind: input.kind,
    event: input.event,
    ref: input.ref,
    simulationId: input.simulationId ?? null,
    apiCallId: input.apiCallId ?? null,
    catalogId: input.catalogId,
    clientRowId: input.clientRowId,
    outcome: input.outcome.slice(0, 64),
    isError: input.isError,
    summary: input.summary.slice(0, 300),
    codePrefix: codeLink?.prefix ?? null,
    tokenPrefix: tokenLink?.prefix ?? null,
    authCodeId: input.authCodeId ?? codeLink?.targetId ?? null,
    grantId: input.grantId ?? null,
    createdAt: input.createdAt,
  });
  if (!row) throw new Error("activity row was not stored");
  const scopes = new Set(input.scopes.filter((scope) => typeof scope === "string" && scope.length > 0 && scope.length <= 64));
  let n = 0;
  for (const scope of scopes) {
    if (n++ >= MAX_SCOPES) break;
    q.scope.run({ activityId: row.id, scope, createdAt: input.createdAt });
  }
  for (const link of input.links) q.link.run({ activityId: row.id, ...link, createdAt: input.createdAt });
  return row.id;
}
