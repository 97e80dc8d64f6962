/**
 * WAL checkpoints off the event loop. SQLite checkpoints in the connection that commits: with
 * automatic checkpoints every request-path commit now and then stops to copy megabytes of WAL
 * back into the database file, and every request waiting on that event loop waits with it. The
 * server instead checkpoints from a worker thread with a connection of its own, and turns the
 * automatic ones off on its own connection. If the thread fails, automatic checkpoints come back on.
 */
import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";
import { WAL_AUTOCHECKPOINT_PAGES } from "@/db/client";

/** How often the thread checkpoints. */
const INTERVAL_MS = 200;
/**
 * A PASSIVE checkpoint never catches up with a writer that keeps appending, so the WAL would grow
 * without end under sustained load. Past this many pages (4 KB each) the thread runs a RESTART
 * checkpoint, which holds new writes off while it copies and then lets the WAL start over. The
 * request path's writes wait for it without blocking the event loop (see write-queue.ts).
 */
const RESTART_PAGES = 8000;

// Plain CommonJS for an eval'd worker: it has no bundler behind it, only node_modules.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file);
db.pragma("busy_timeout = 1000");
const checkpoint = () => {
  try {
    const [state] = db.pragma("wal_checkpoint(PASSIVE)");
    if (state && state.log >= workerData.restartPages) db.pragma("wal_checkpoint(RESTART)");
  } catch (error) {
    if (!error || error.code !== "SQLITE_BUSY") throw error;
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/** Start checkpointing `file` from a worker thread; returns a stop function. */
export function startCheckpointer(file: string, sqlite: Database.Database, opts: { intervalMs?: number; restartPages?: number } = {}): () => void {
  const workerData = { file, intervalMs: opts.intervalMs ?? INTERVAL_MS, restartPages: opts.restartPages ?? RESTART_PAGES };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  sqlite.pragma("wal_autocheckpoint = 0");
  const fallBack = (why: string) => {
    console.error(`[server] the checkpoint thread stopped (${why}); checkpoints run in the request path again.`);
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on("error", (error) => fallBack(error.message));
  worker.on("exit", (code) => {
    if (code !== 0) fallBack(`exit ${code}`);
  });
  worker.unref();
  return () => worker.postMessage("stop");
}
