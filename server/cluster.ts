/**
 * WORKERS > 1: the primary process prepares the database (migrations, seeding) once, then forks
 * the workers; node:cluster hands each incoming connection to one of them. The workers share the
 * SQLite file in WAL mode: reads run in parallel, writes take the write lock up front
 * (BEGIN IMMEDIATE) and wait for it (busy_timeout), so no request fails because another process
 * was writing. Everything a worker keeps in memory is either keyed by what it caches (catalog
 * version, key text) or read from the database per request (the mock clock).
 */
import cluster, { type Worker } from "node:cluster";
import { drizzleOf } from "@/db/client";
import { closeAppDatabase, openAppDatabase } from "./database";
import { bootstrapTeam, type ServerConfig } from "./start";

export async function runPrimary(config: ServerConfig): Promise<void> {
  const sqlite = openAppDatabase();
  await bootstrapTeam(drizzleOf(sqlite), config);
  closeAppDatabase(sqlite);
  console.log(`[server] starting ${config.workers} worker processes on port ${config.port}`);
  let stopping = false;
  const started = new Set<Worker>();
  const fork = (index: number) => {
    const worker = cluster.fork({ NODE_APP_INSTANCE: String(index) });
    worker.once("listening", () => started.add(worker));
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      // A worker that never came up would fail again: stop instead of looping.
      if (!started.has(worker)) {
        console.error(`[server] worker ${index} exited before listening (${signal ?? code}); stopping.`);
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill();
        process.exitCode = 1;
        return;
      }
      console.error(`[server] worker ${index} exited (${signal ?? code}); starting a new one.`);
      started.delete(worker);
      fork(index);
    });
  };
  for (let i = 1; i <= config.workers; i++) fork(i);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    });
  }
}
