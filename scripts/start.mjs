#!/usr/bin/env node
// `npm start`: serve AuthCode Studio from a production build. Plain Node ESM, no dependencies.
//
// 1. Builds (`npm run build`: scripts/build.mjs) when there is no build of the current sources
//    (see build-stamp.mjs), so a fresh clone needs only `npm install && npm start`.
// 2. Runs the studio's server (`node dist/server.mjs`: the gateway in front of Next.js) as a child
//    process, forwards SIGINT/SIGTERM/SIGHUP to it and exits with its exit code.
// The server applies migrations and seeds the database itself at start.
//
// Env: PORT (default 3000), HOST (optional bind address), DATABASE_URL (default
// data/authcode-studio.db), WORKERS (server processes, default 1); NEXT_TELEMETRY_DISABLED is forced to 1.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, SERVER_BUNDLE, computeSourceHash, isBuildCurrent } from "./build-stamp.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";

const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
const DEFAULT_DATABASE = path.join("data", "authcode-studio.db");

function fail(message) {
  console.error(`[start] ${message}`);
  process.exit(1);
}

/** Mirrors resolveDatabasePath() in db/client.ts: plain path, `file:path` or `:memory:`. */
function databaseLabel() {
  const raw = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE;
  if (raw === ":memory:") return raw;
  const abs = path.resolve(ROOT, raw.startsWith("file:") ? raw.slice("file:".length) : raw);
  const rel = path.relative(ROOT, abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}

const exitCodeOf = (code, signal) => code ?? 128 + (os.constants.signals[signal] ?? 0);

// SIGINT/SIGTERM/SIGHUP go to whichever child runs (the build, then the server); with no child we
// just exit. The child's own exit then ends this process with the child's code.
let current = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (current && current.exitCode === null && current.signalCode === null) current.kill(signal);
    else process.exit(128 + os.constants.signals[signal]);
  });
}

/** Runs a command with inherited stdio; resolves with its exit code (signals map to 128+n). */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: process.env });
    current = child;
    child.on("error", (err) => {
      console.error(`[start] could not run ${command}: ${err.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      current = null;
      resolve(exitCodeOf(code, signal));
    });
  });
}

if (!fs.existsSync(NEXT_BIN)) fail("node_modules/.bin/next not found: run `npm install` first.");

const port = process.env.PORT?.trim() || "3000";
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) fail(`PORT must be 1-65535, got "${port}".`);
const host = process.env.HOST?.trim() || "";

const hash = computeSourceHash();
if (isBuildCurrent(hash)) {
  console.log("[start] Production build is up to date.");
} else {
  console.log("[start] No current production build: running `npm run build` first…");
  const started = Date.now();
  const code = await run(process.execPath, [path.join(ROOT, "scripts", "build.mjs")]);
  if (code !== 0) {
    console.error(`[start] the build failed (exit ${code}); not starting.`);
    process.exit(code);
  }
  console.log(`[start] Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

const shownHost = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
console.log(`AuthCode Studio on http://${shownHost}:${port} (database: ${databaseLabel()})`);

process.env.PORT = port;
process.exit(await run(process.execPath, [SERVER_BUNDLE]));
