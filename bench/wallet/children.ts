/**
 * Servers under load run as child processes, never in the load generator's process: one process
 * cannot both saturate a server and measure it fairly. This module starts them, waits until they
 * answer, and makes sure every one is stopped — at the end, on an error and on Ctrl+C.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export type ServerSpec = {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Polled until it answers 2xx. */
  readyUrl: string;
  readyInit?: RequestInit;
  readyTimeoutMs: number;
};

export type RunningServer = {
  name: string;
  /** Last lines the process wrote (stdout and stderr), for error messages. */
  output: () => string;
  /** Null while it runs; otherwise how it ended. */
  exitStatus: () => string | null;
  stop: () => Promise<void>;
};

const OUTPUT_KEEP = 4_000;
const STOP_GRACE_MS = 5_000;
const POLL_MS = 200;

type Entry = { proc: ChildProcess; exited: Promise<void>; status: string | null };
const running = new Set<Entry>();
/** Synchronous clean-ups (temporary databases) that must also run when Ctrl+C ends the bench. */
const cleanups = new Set<() => void>();
let interrupted = false;

/** Runs `cleanup` now when the returned function is called, or at exit if it never is. */
export function cleanupAtExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    if (cleanups.delete(cleanup)) cleanup();
  };
}

/** A port that was free a moment ago (the OS picks it; we release it for the child). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  if (interrupted) throw new Error("interrupted");
  // detached: the child leads its own process group, so stopping it also stops any workers it forks.
  const proc = spawn(spec.command, spec.args, { env: { ...process.env, ...spec.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-OUTPUT_KEEP);
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  const entry: Entry = { proc, status: null, exited: Promise.resolve() };
  entry.exited = new Promise((resolve) => {
    proc.once("error", (error) => {
      entry.status = `could not start: ${error.message}`;
      resolve();
    });
    proc.once("exit", (code, signal) => {
      entry.status = signal ? `killed by ${signal}` : `exited with code ${code}`;
      resolve();
    });
  });
  entry.exited.then(() => running.delete(entry), () => running.delete(entry));
  running.add(entry);
  const server: RunningServer = { name: spec.name, output: () => output, exitStatus: () => entry.status, stop: () => stopEntries([entry]) };
  await waitUntilReady(spec, server);
  return server;
}

/** The last lines a server wrote, on one line: the usual place for why it stopped. */
function lastWords(output: string): string {
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.length > 0 ? ` (last output: ${lines.slice(-2).join(" | ")})` : "";
}

async function waitUntilReady(spec: ServerSpec, server: RunningServer): Promise<void> {
  const deadline = Date.now() + spec.readyTimeoutMs;
  for (;;) {
    const status = server.exitStatus();
    if (status) throw new Error(`${spec.name} ${status} before it was ready${lastWords(server.output())}. Its output:\n${server.output()}`);
    if (await answers(spec)) return;
    if (Date.now() > deadline) {
      const output = server.output();
      throw new Error(`${spec.name} did not answer ${spec.readyUrl} within ${spec.readyTimeoutMs / 1000} s; giving up${lastWords(output)}. Its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function answers(spec: ServerSpec): Promise<boolean> {
  try {
    const res = await fetch(spec.readyUrl, { ...spec.readyInit, signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false; // not listening yet
  }
}

/** `afterExit`: signal the group even when its leader is gone, for workers it may have left behind. */
function signalGroup(entry: Entry, signal: NodeJS.Signals, afterExit = false): void {
  const pid = entry.proc.pid;
  if (pid === undefined || (entry.status && !afterExit)) return;
  try {
    process.kill(-pid, signal); // the whole group: the server and the workers it started
  } catch {
    // already gone
  }
}

/** SIGTERM every running child; SIGKILL what is still there after a grace period. */
export function stopAllServers(): Promise<void> {
  return stopEntries([...running]);
}

async function stopEntries(entries: Entry[]): Promise<void> {
  for (const entry of entries) signalGroup(entry, "SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), STOP_GRACE_MS).unref());
  await Promise.race([Promise.all(entries.map((entry) => entry.exited)), timeout]);
  for (const entry of entries) signalGroup(entry, "SIGKILL", true);
  await Promise.all(entries.map((entry) => entry.exited));
}

let handlersInstalled = false;

/** On Ctrl+C / SIGTERM stop the children before exiting; on any exit, kill what is left. */
export function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n[bench] ${signal}: stopping the servers…`);
      stopAllServers().finally(() => process.exit(130));
    });
  }
  process.once("exit", () => {
    for (const entry of running) signalGroup(entry, "SIGKILL");
    for (const cleanup of cleanups) cleanup();
  });
}
