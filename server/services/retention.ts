/**
 * How long a workspace keeps its call log and runs: at most `maxRows` of each, none older than
 * `maxDays`. The server prunes the oldest beyond either bound every minute, a bounded batch at a
 * time so a large backlog never holds the write lock for long; deleting a call or run deletes its
 * Activity row by cascade. Codes and tokens are the mock wallet's state and are not touched.
 */
import { z } from "zod";
import type { DB } from "@/db/client";
import { meta } from "@/db/schema";
import { prepared } from "./activity";

export const retentionSchema = z.object({
  maxRows: z.number().int().min(100, "keep at least 100").max(5_000_000, "at most 5,000,000"),
  maxDays: z.number().int().min(1, "keep at least a day").max(3650, "at most 10 years"),
});

export type Retention = z.infer<typeof retentionSchema>;

export const DEFAULT_RETENTION: Retention = { maxRows: 100_000, maxDays: 90 };

/** Rows deleted per table and workspace in one pass. */
export const PRUNE_BATCH = 2_000;

const DAY_MS = 86_400_000;

const keyOf = (workspaceId: string) => `retention@${workspaceId}`;

export function getRetention(db: DB, workspaceId: string): Retention {
  const row = prepared(db, "SELECT value FROM meta WHERE key = ?").get(keyOf(workspaceId)) as { value: string } | undefined;
  if (!row) return DEFAULT_RETENTION;
  try {
    const parsed = retentionSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_RETENTION;
  } catch {
    return DEFAULT_RETENTION;
  }
}

export function setRetention(db: DB, workspaceId: string, retention: Retention, now: number): Retention {
  const value = JSON.stringify(retentionSchema.parse(retention));
  db.insert(meta).values({ key: keyOf(workspaceId), value, updatedAt: now }).onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: now } }).run();
  return retention;
}

export type RetentionStatus = Retention & { calls: number; runs: number; oldest: number | null };

export function retentionStatus(db: DB, workspaceId: string): RetentionStatus {
  const count = (table: "api_calls" | "simulations") => (prepared(db, `SELECT count(*) AS n FROM ${table} WHERE workspace_id = ?`).get(workspaceId) as { n: number }).n;
  const oldest = prepared(db, "SELECT min(created_at) AS at FROM activity WHERE workspace_id = ?").get(workspaceId) as { at: number | null };
  return { ...getRetention(db, workspaceId), calls: count("api_calls"), runs: count("simulations"), oldest: oldest.at };
}

/** One pass over one workspace: what it deleted. */
export function pruneWorkspace(db: DB, workspaceId: string, now: number, batch = PRUNE_BATCH): { calls: number; runs: number } {
  const { maxRows, maxDays } = getRetention(db, workspaceId);
  const cutoff = now - maxDays * DAY_MS;
  const prune = (table: "api_calls" | "simulations"): number => {
    // The newest row beyond the row bound, or the age bound, whichever removes more.
    const beyond = prepared(db, `SELECT created_at AS at FROM ${table} WHERE workspace_id = ? ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?`).get(workspaceId, maxRows) as
      | { at: number }
      | undefined;
    const bound = Math.max(cutoff, beyond ? beyond.at + 1 : Number.NEGATIVE_INFINITY);
    return prepared(db, `DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE workspace_id = ? AND created_at < ? ORDER BY created_at, id LIMIT ?)`).run(workspaceId, bound, batch)
      .changes;
  };
  return db.transaction(() => ({ calls: prune("api_calls"), runs: prune("simulations") }), { behavior: "immediate" });
}

/** Every workspace, one pass each. */
export function pruneAll(db: DB, now: number, batch = PRUNE_BATCH): { calls: number; runs: number } {
  const workspaces = prepared(db, "SELECT id FROM organization").all() as Array<{ id: string }>;
  const total = { calls: 0, runs: 0 };
  for (const { id } of workspaces) {
    const pass = pruneWorkspace(db, id, now, batch);
    total.calls += pass.calls;
    total.runs += pass.runs;
  }
  return total;
}
