/**
 * `GET /api/activity/export`: the filtered Activity view as JSON or CSV, streamed page by page
 * (keyset batches of 1,000 rows pulled as the client reads), so 100k rows never sit in memory at once.
 */
import type { DB } from "@/db/client";
import { csvRow } from "@/server/domain/activity/csv";
import type { ActivityFilter, ActivityItem } from "@/server/domain/activity/types";
import { iterateActivity } from "./activity";

export type ExportFormat = "json" | "csv";

export const EXPORT_COLUMNS = [
  "id",
  "time",
  "kind",
  "event",
  "ref",
  "catalog",
  "client",
  "outcome",
  "is_error",
  "summary",
  "scopes",
  "code_prefix",
  "code_state",
  "token_prefix",
  "grant_id",
  "url",
] as const;

function record(item: ActivityItem, origin: string) {
  const path = item.kind === "simulation" ? `/activity/runs/${item.ref}` : `/activity/calls/${item.ref}`;
  return {
    id: item.id,
    time: new Date(item.createdAt).toISOString(),
    kind: item.kind,
    event: item.event,
    ref: item.ref,
    catalog: item.catalog?.slug ?? null,
    client: item.client?.clientId ?? null,
    outcome: item.outcome,
    isError: item.isError,
    summary: item.summary,
    scopes: item.scopes,
    codePrefix: item.codePrefix,
    codeState: item.code?.state ?? null,
    tokenPrefix: item.tokenPrefix,
    grantId: item.grantId,
    url: `${origin}${path}`,
  };
}

function csvLine(item: ActivityItem, origin: string): string {
  const r = record(item, origin);
  return csvRow([r.id, r.time, r.kind, r.event, r.ref, r.catalog, r.client, r.outcome, r.isError, r.summary, r.scopes.join(" "), r.codePrefix, r.codeState, r.tokenPrefix, r.grantId, r.url]);
}

/**
 * A stream of the export. The filter is checked before this returns (a bad one throws a
 * DomainError the route answers with 400); rows are read as the stream is pulled.
 */
export function exportActivity(db: DB, args: { workspaceId: string; filter: ActivityFilter; format: ExportFormat; now: number; origin: string; batch?: number }): ReadableStream<Uint8Array> {
  const pages = iterateActivity(db, { workspaceId: args.workspaceId, filter: args.filter, now: args.now, batch: args.batch });
  const encoder = new TextEncoder();
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(args.format === "csv" ? csvRow(EXPORT_COLUMNS) : "["));
        return;
      }
      const page = pages.next();
      if (page.done) {
        if (args.format === "json") controller.enqueue(encoder.encode(first ? "]\n" : "\n]\n"));
        controller.close();
        return;
      }
      let chunk = "";
      for (const item of page.value) {
        if (args.format === "csv") chunk += csvLine(item, args.origin);
        else {
          chunk += `${first ? "\n" : ",\n"}${JSON.stringify(record(item, args.origin))}`;
          first = false;
        }
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}
