/**
 * Cleaning up Activity: runs and calls older than N days, or everything of one catalog. Deleting a
 * run or call deletes its Activity row (and that row's scopes and links) by cascade; issued codes
 * and tokens are the mock wallet's state and keep working.
 */
import type { DB } from "@/db/client";
import { DomainError } from "@/server/domain/errors";
import { prepared } from "./activity";

export type CleanupScope = { olderThanDays: number } | { catalog: string };

export type CleanupCounts = { activity: number; runs: number; calls: number };

const DAY_MS = 86_400_000;

function target(db: DB, workspaceId: string, scope: CleanupScope, now: number): { column: "created_at" | "catalog_id"; op: "<" | "="; value: number; label: string } {
  if ("olderThanDays" in scope) {
    return { column: "created_at", op: "<", value: now - scope.olderThanDays * DAY_MS, label: `older than ${scope.olderThanDays} days` };
  }
  const row = prepared(db, "SELECT id, name FROM catalogs WHERE slug = ? AND (workspace_id IS NULL OR workspace_id = ?)").get(scope.catalog, workspaceId) as { id: number; name: string } | undefined;
  if (!row) throw new DomainError("BAD_REQUEST", `catalog: no catalog "${scope.catalog}"`, [{ path: "catalog", message: "unknown catalog" }]);
  return { column: "catalog_id", op: "=", value: row.id, label: `of ${row.name}` };
}

function count(db: DB, table: "activity" | "simulations" | "api_calls", where: string, workspaceId: string, value: number): number {
  return (prepared(db, `SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(workspaceId, value) as { n: number }).n;
}

/** What a cleanup of the workspace's Activity would delete, for the confirmation dialog. */
export function previewCleanup(db: DB, workspaceId: string, scope: CleanupScope, now: number): CleanupCounts & { label: string } {
  const t = target(db, workspaceId, scope, now);
  const where = `workspace_id = ? AND ${t.column} ${t.op} ?`;
  return {
    activity: count(db, "activity", where, workspaceId, t.value),
    runs: count(db, "simulations", where, workspaceId, t.value),
    calls: count(db, "api_calls", where, workspaceId, t.value),
    label: t.label,
  };
}

/** Delete in one transaction; answers how many rows went. */
export function cleanupActivity(db: DB, workspaceId: string, scope: CleanupScope, now: number): CleanupCounts & { label: string } {
  const t = target(db, workspaceId, scope, now);
  const where = `workspace_id = ? AND ${t.column} ${t.op} ?`;
  return db.transaction(() => {
    const activity = count(db, "activity", where, workspaceId, t.value);
    // Runs and calls first: their activity rows go with them by cascade; then rows without a run/call.
    const runs = prepared(db, `DELETE FROM simulations WHERE ${where}`).run(workspaceId, t.value).changes;
    const calls = prepared(db, `DELETE FROM api_calls WHERE ${where}`).run(workspaceId, t.value).changes;
    prepared(db, `DELETE FROM activity WHERE ${where}`).run(workspaceId, t.value);
    return { activity, runs, calls, label: t.label };
  });
}
