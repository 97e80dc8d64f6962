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
import { BUSY_TIMEOUT_MS, type DB } from "@/db/client";
import { perConnection } from "./per-connection";

type Pending = { fn: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function isBusy(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error.code === "SQLITE_BUSY" || error.code === "SQLITE_BUSY_SNAPSHOT");
}

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
  /** When the write lock was first found taken by another process (null: not waiting). */
  private busySince: number | null = null;
  private busyRetries = 0;

  constructor(private readonly sqlite: Database.Database) {}

  enqueue<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      this.schedule(0);
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, MAX_BATCH);
    this.scheduled = false;
    if (this.queue.length > 0) this.schedule(0);
    let outcomes: Outcome[];
    try {
      outcomes = this.commit(batch, false);
    } catch (error) {
      if (isBusy(error)) return this.waitForLock(batch);
      if (!(error instanceof BatchItemFailed)) return this.rejectAll(batch, error);
      // Rolled back whole: run it again with a savepoint per write, so only the failing one is lost.
      try {
        outcomes = this.commit(batch, true);
      } catch (retryError) {
        if (isBusy(retryError)) return this.waitForLock(batch);
        return this.rejectAll(batch, retryError);
      }
    }
    this.busySince = null;
    batch.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome ? outcome.error : new Error("write was not run"));
    });
  }

  /**
   * Another process holds the write lock. Waiting for it inside SQLite (busy_timeout) would put
   * this whole process to sleep; instead the batch goes back to the front of the queue and the
   * event loop keeps serving (reads, signing, other requests' parsing) until the next try, with
   * a short, growing pause — up to the connection's busy timeout in all.
   */
  private waitForLock(batch: Pending[]): void {
    const now = Date.now();
    this.busySince ??= now;
    if (now - this.busySince > BUSY_TIMEOUT_MS) {
      this.busySince = null;
      return this.rejectAll(batch, new Error(`the database stayed locked by another process for ${BUSY_TIMEOUT_MS / 1000} s`));
    }
    this.queue.unshift(...batch);
    this.busyRetries = this.busySince === now ? 0 : this.busyRetries + 1;
    this.schedule(Math.min(10, this.busyRetries));
  }

  private schedule(delayMs: number): void {
    if (this.scheduled) return;
    this.scheduled = true;
    if (delayMs === 0) setImmediate(() => this.flush());
    else setTimeout(() => this.flush(), delayMs);
  }

  /**
   * One transaction for the batch. Without savepoints (the fast path: a savepoint per write costs
   * about as much as the write) a throwing write aborts the whole transaction; with them it is
   * undone alone and reported in its outcome. Writes are plain functions of the database, so
   * running a batch again is safe.
   */
  private commit(batch: Pending[], savepoints: boolean): Outcome[] {
    // Try the lock without SQLite's sleeping busy handler (see waitForLock).
    // (Through pragma() each time: a prepared PRAGMA statement does not reliably apply on every run.)
    this.sqlite.pragma("busy_timeout = 0");
    try {
      return this.run(batch, savepoints);
    } finally {
      this.sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }

  private run(batch: Pending[], savepoints: boolean): Outcome[] {
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
