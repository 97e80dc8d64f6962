/**
 * Group commit for the request path. A SQLite commit costs far more than the rows it writes: every
 * page a transaction touched (the Activity index alone has twelve B-trees) goes to the WAL once per
 * commit, so one commit per request caps a single process at a few hundred writes a second, and
 * one commit for many requests lifts that tenfold.
 *
 * `enqueue(fn)` queues a synchronous write; once per turn of the event loop (setImmediate) every
 * queued write runs in ONE transaction that takes the write lock up front (BEGIN IMMEDIATE); a write
 * that throws is rolled back alone and its promise rejects, the others commit; every promise
 * settles only after COMMIT, so nothing is acknowledged before it is durable. While
 * the transaction is open no other code runs (the flush is synchronous), so writes from Next's
 * handlers on the same connection never interleave with it.
 */
import type Database from "better-sqlite3";
import type { DB } from "@/db/client";
import { perConnection } from "./per-connection";

type Pending = { fn: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

class BatchItemFailed extends Error {
  constructor(readonly original: unknown) {
    super("a write of the batch failed");
  }
}

/** Largest number of writes committed together; the rest wait for the next turn. */
const MAX_BATCH = 512;

export class WriteQueue {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly sqlite: Database.Database) {}

  enqueue<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, MAX_BATCH);
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    let outcomes: Outcome[];
    try {
      outcomes = this.commit(batch, false);
    } catch (error) {
      if (!(error instanceof BatchItemFailed)) return this.rejectAll(batch, error);
      // Rolled back whole: run it again with a savepoint per write, so only the failing one is lost.
      try {
        outcomes = this.commit(batch, true);
      } catch (retryError) {
        return this.rejectAll(batch, retryError);
      }
    }
    batch.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome ? outcome.error : new Error("write was not run"));
    });
  }

  /**
   * One transaction for the batch. Without savepoints (the fast path: a savepoint per write costs
   * about as much as the write) a throwing write aborts the whole transaction; with them it is
   * undone alone and reported in its outcome. Writes are plain functions of the database, so
   * running a batch again is safe.
   */
  private commit(batch: Pending[], savepoints: boolean): Outcome[] {
    return this.sqlite
      .transaction(() =>
        batch.map((item): Outcome => {
          if (!savepoints) {
            try {
              return { ok: true, value: item.fn() };
            } catch (error) {
              throw new BatchItemFailed(error);
            }
          }
          try {
            // A nested better-sqlite3 transaction is a savepoint.
            return { ok: true, value: this.sqlite.transaction(item.fn)() };
          } catch (error) {
            return { ok: false, error };
          }
        }),
      )
      .immediate();
  }

  /** BEGIN or COMMIT failed (the lock could not be had within busy_timeout, or the disk failed): nothing was written. */
  private rejectAll(batch: Pending[], error: unknown): void {
    for (const item of batch) item.reject(error);
  }
}

/** The write queue of a connection. */
export const writeQueue = perConnection((db: DB) => new WriteQueue(db.$client));
