#!/usr/bin/env node
// `npm test`: every check of AuthCode Studio, in order, output streamed as it runs. Plain Node ESM.
//
//   typecheck  next typegen + tsc --noEmit        (one check)
//   lint       eslint .                           (one check)
//   unit       vitest run                         (counts vitest's tests)
//   build      npm run build: next build + dist/server.mjs + stamp   (one check)
//   bundle     scripts/bundle-budget.mjs: every route's first-load JavaScript, brotli as sent,
//              within 150 KiB (one check; prints the table; needs the build)
//   e2e        playwright test                    (counts Playwright's tests; needs the build)
//
// A failing step does not stop the later ones, except that bundle and e2e are skipped (and each
// counted as one failure) when the build failed. Before e2e a Chromium is located: $CHROMIUM_PATH, else
// /usr/bin/chromium, else Playwright's own download, else one is installed (apt-get as root,
// otherwise `playwright install chromium`); the path is handed to playwright.config.ts as
// CHROMIUM_PATH. The run ends with a summary table and, alone on the last line,
// `N passed, N failed` (tests + checks). Exit code 1 when anything failed.
//
// Flags (after `npm test --`):
//   --only=unit,e2e    run just these steps (names above). If bundle or e2e is selected without
//                      build and .next holds no current build, the build runs first anyway.
//   --skip=e2e         run everything except these steps.
//
// Env: sets NEXT_TELEMETRY_DISABLED=1 and, unless already set, CI=1 (no reuse of a stray server
// on the e2e port, forbidOnly, one retry; see playwright.config.ts).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ROOT, isBuildCurrent } from "./build-stamp.mjs";

const STEPS = ["typecheck", "lint", "unit", "build", "bundle", "e2e"];
const BIN = (name) => path.join(ROOT, "node_modules", ".bin", name);

// ---------------------------------------------------------------- arguments
function parseList(flag) {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${flag}=`));
  if (!arg) return null;
  const names = arg.slice(flag.length + 3).split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !STEPS.includes(n));
  if (unknown.length) {
    console.error(`[test] unknown step(s) in --${flag}: ${unknown.join(", ")} (known: ${STEPS.join(", ")})`);
    process.exit(2);
  }
  return names;
}
const unknownArgs = process.argv.slice(2).filter((a) => !/^--(only|skip)=/.test(a));
if (unknownArgs.length) {
  console.error(`[test] unknown argument(s): ${unknownArgs.join(" ")}. Use --only=${STEPS.join(",")} or --skip=…`);
  process.exit(2);
}
const only = parseList("only");
const skip = parseList("skip") ?? [];
const selected = new Set(STEPS.filter((s) => (only ? only.includes(s) : true) && !skip.includes(s)));

// ---------------------------------------------------------------- environment
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CI: process.env.CI || "1" };
if (process.stdout.isTTY && !env.NO_COLOR && env.FORCE_COLOR === undefined) env.FORCE_COLOR = "1";
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-test-"));
process.on("exit", () => fs.rmSync(tmpDir, { recursive: true, force: true }));

// ---------------------------------------------------------------- helpers
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, "");
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// Ctrl+C / SIGTERM: pass it to the running child (Playwright then stops its web server), wait for
// that child to end, then exit without running the remaining steps.
let current = null;
let interrupted = null;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    interrupted = signal;
    if (current) current.kill(signal);
    else process.exit(128 + os.constants.signals[signal]);
  });
}

/** Runs a command, streaming its output; resolves with { code, output } (output without colors). */
function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const shown = command.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, command) : command;
    console.log(`\n$ ${[shown, ...args].join(" ")}`);
    let output = "";
    const child = spawn(command, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
    current = child;
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on("error", (err) => {
      output += `\n${err.message}`;
      console.error(`[test] could not run ${command}: ${err.message}`);
    });
    child.on("close", (code, signal) => {
      current = null;
      if (interrupted) process.exit(128 + os.constants.signals[interrupted]);
      resolve({ code: code ?? 128 + (os.constants.signals[signal] ?? 0), output: stripAnsi(output) });
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const results = [];
/** Records a step; `passed`/`failed` are counts of tests or checks. */
function record(name, status, passed, failed, ms, note = "") {
  results.push({ name, status, passed, failed, ms, note });
  const line = `[test] ${name}: ${status.toUpperCase()} (${passed} passed, ${failed} failed, ${seconds(ms)})${note ? ` ${note}` : ""}`;
  console.log(`\n${line}`);
}

async function singleCheck(name, command, args) {
  const started = Date.now();
  const { code } = await run(command, args);
  record(name, code === 0 ? "pass" : "fail", code === 0 ? 1 : 0, code === 0 ? 0 : 1, Date.now() - started);
  return code === 0;
}

/**
 * Turns a runner's counts into a step result. A non-zero exit with no failing test (crash,
 * unhandled error, no tests found, webServer failure…) still counts as one failure.
 */
function countedResult(name, code, counts, ms) {
  let { passed, failed } = counts ?? { passed: 0, failed: 0 };
  let note = counts ? "" : "(no test counts found)";
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = `(exit code ${code}${counts ? "" : ", no test counts found"})`;
  }
  if (code === 0 && counts && counts.flaky) note = `(${counts.flaky} flaky: passed on retry)`;
  record(name, code === 0 && failed === 0 ? "pass" : "fail", passed, failed, ms, note);
}

// ---------------------------------------------------------------- typecheck
/**
 * `next typegen` first: it (re)writes next-env.d.ts and .next/types (route types, layout/page
 * validators) in ~0.3 s without a build. Without it tsc would check against a missing
 * next-env.d.ts on a fresh clone, or against stale .next/types naming pages that no longer exist.
 */
async function typecheckStep() {
  const started = Date.now();
  let { code } = await run(BIN("next"), ["typegen"]);
  if (code === 0) ({ code } = await run(BIN("tsc"), ["--noEmit"]));
  record("typecheck", code === 0 ? "pass" : "fail", code === 0 ? 1 : 0, code === 0 ? 0 : 1, Date.now() - started);
}

// ---------------------------------------------------------------- vitest
async function unitStep() {
  const started = Date.now();
  const jsonFile = path.join(tmpDir, "vitest.json");
  const { code, output } = await run(BIN("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${jsonFile}`,
  ]);
  let counts = null;
  const json = readJson(jsonFile);
  if (json && typeof json.numTotalTests === "number") {
    counts = { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
  } else {
    // Fallback: vitest's summary line, e.g. "Tests  2 failed | 40 passed (42)".
    const line = output.split("\n").find((l) => /^\s*Tests\s+\d+/.test(l));
    if (line) {
      counts = {
        passed: Number(line.match(/(\d+) passed/)?.[1] ?? 0),
        failed: Number(line.match(/(\d+) failed/)?.[1] ?? 0),
      };
    }
  }
  countedResult("unit", code, counts, Date.now() - started);
}

// ---------------------------------------------------------------- build (next build + the server bundle)
async function buildStep() {
  const started = Date.now();
  const { code } = await run(process.execPath, [path.join(ROOT, "scripts", "build.mjs")]);
  record("build", code === 0 ? "pass" : "fail", code === 0 ? 1 : 0, code === 0 ? 0 : 1, Date.now() - started);
  return code === 0;
}

// ---------------------------------------------------------------- first-load JavaScript budget
async function bundleStep(buildOk) {
  if (!buildOk) {
    record("bundle", "fail", 0, 1, 0, "(skipped: needs a successful build)");
    return;
  }
  await singleCheck("bundle", process.execPath, [path.join(ROOT, "scripts", "bundle-budget.mjs")]);
}

// ---------------------------------------------------------------- chromium
function playwrightChromium() {
  try {
    const require = createRequire(path.join(ROOT, "package.json"));
    const file = require("@playwright/test").chromium.executablePath();
    return file && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.warn(`[test] CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; looking elsewhere.`);
  }
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return playwrightChromium();
}

const hasCommand = (name) => spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;

async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log("\n[test] No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own): installing one.");
  if (process.getuid?.() === 0 && hasCommand("apt-get")) {
    const { code } = await run("sh", ["-c", "apt-get update && apt-get install -y chromium"], {
      DEBIAN_FRONTEND: "noninteractive",
    });
    if (code === 0 && fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  } else {
    const { code } = await run(BIN("playwright"), ["install", "chromium"]);
    if (code === 0) return playwrightChromium();
  }
  return null;
}

// ---------------------------------------------------------------- playwright
async function e2eStep(buildOk) {
  const started = Date.now();
  if (!buildOk) {
    record("e2e", "fail", 0, 1, 0, "(skipped: needs a successful build)");
    return;
  }
  const chromium = await ensureChromium();
  if (!chromium) {
    record("e2e", "fail", 0, 1, Date.now() - started, "(skipped: no Chromium and installing one failed)");
    return;
  }
  console.log(`\n[test] Chromium: ${chromium}`);
  const jsonFile = path.join(tmpDir, "playwright.json");
  const { code, output } = await run(BIN("playwright"), ["test", "--reporter=list,json"], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile,
  });
  let counts = null;
  const stats = readJson(jsonFile)?.stats;
  if (stats && typeof stats.expected === "number") {
    // expected = passed (or skipped as expected); flaky = failed first, passed on retry.
    counts = { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, flaky: stats.flaky ?? 0 };
  } else {
    // Fallback: the list reporter's summary lines, e.g. "  3 passed (4.1s)" / "  1 failed".
    const num = (word) => Number(output.match(new RegExp(`^\\s*(\\d+) ${word}\\b`, "m"))?.[1] ?? 0);
    if (/^\s*\d+ (passed|failed|flaky)\b/m.test(output)) {
      counts = { passed: num("passed") + num("flaky"), failed: num("failed"), flaky: num("flaky") };
    }
  }
  countedResult("e2e", code, counts, Date.now() - started);
}

// ---------------------------------------------------------------- main
if (!fs.existsSync(BIN("next"))) {
  console.error("[test] node_modules is missing: run `npm install` (or `npm ci`) first.");
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const totalStarted = Date.now();
console.log(`[test] steps: ${[...selected].join(", ") || "(none)"}`);

if (selected.has("typecheck")) await typecheckStep();
if (selected.has("lint")) await singleCheck("lint", BIN("eslint"), ["."]);
if (selected.has("unit")) await unitStep();
let buildOk = true;
if (selected.has("build")) {
  buildOk = await buildStep();
} else if (selected.has("bundle") || selected.has("e2e")) {
  if (isBuildCurrent()) console.log("\n[test] .next holds a current production build; not rebuilding.");
  else {
    console.log("\n[test] bundle and e2e need a production build of the current sources: building first.");
    buildOk = await buildStep();
  }
}
if (selected.has("bundle")) await bundleStep(buildOk);
if (selected.has("e2e")) await e2eStep(buildOk);

// ---------------------------------------------------------------- summary
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const rows = [["step", "result", "passed", "failed", "time", ""]].concat(
  results.map((r) => [r.name, r.status.toUpperCase(), String(r.passed), String(r.failed), seconds(r.ms), r.note]),
);
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const fmt = (row) => row.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
console.log(`\n${"=".repeat(60)}\nSummary (${seconds(Date.now() - totalStarted)} total)`);
console.log(fmt(rows[0]));
console.log(fmt(widths.map((w) => "-".repeat(w))));
for (const row of rows.slice(1)) console.log(fmt(row));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
