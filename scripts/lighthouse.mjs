#!/usr/bin/env node
// `node scripts/lighthouse.mjs`: Lighthouse (desktop preset, performance and accessibility) over the
// studio's main pages, against the production build, printed as one table. Plain Node ESM. Not part
// of `npm test`: Lighthouse is fetched with `npx` on first use and its timings depend on the machine.
//
//   node scripts/lighthouse.mjs                     every main page, once each
//   node scripts/lighthouse.mjs --runs=3 /snippets  one page, three runs (the median run is shown)
//   node scripts/lighthouse.mjs --url=http://127.0.0.1:3305   a studio that is already running
//
// Without --url it starts `dist/server.mjs` itself (build first: `npm run build`) on a free port
// with a fresh database in a temporary directory, and stops it at the end. Chromium:
// $CHROMIUM_PATH, else /usr/bin/chromium. Exit code 1 when a page scores below the targets
// (performance 95, accessibility 100).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ROOT, SERVER_BUNDLE } from "./build-stamp.mjs";

/** Pinned: 12.8 is the last line that runs on Node 20 (13.x needs Node 22.19). */
const LIGHTHOUSE = "lighthouse@12.8.2";
const TARGETS = { performance: 95, accessibility: 100 };
const ROUTES = [
  "/",
  "/catalogs",
  "/catalogs/dana",
  "/catalogs/dana/edit",
  "/explorer",
  "/explorer/compare",
  "/simulator",
  "/simulator/clients",
  "/simulator/users",
  "/activity",
  "/snippets",
  "/workspace",
];

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option("runs") ?? 1);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("[lighthouse] --runs must be a whole number of at least 1");
  process.exit(2);
}
const routes = args.filter((a) => !a.startsWith("--"));
const chrome = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-lighthouse-"));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `dist/server.mjs` on a free port with a fresh database; resolves once it listens. */
async function startStudio() {
  if (!fs.existsSync(SERVER_BUNDLE)) {
    console.error("[lighthouse] no production build: run `npm run build` first.");
    process.exit(2);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), DATABASE_URL: path.join(tmp, "studio.db") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (output.includes("listening on")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the studio exited (code ${code}) before listening:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

/** One Lighthouse run of `url`; resolves with its JSON report. */
function lighthouseOnce(url) {
  const out = path.join(tmp, "report.json");
  const flags = [
    "--yes",
    LIGHTHOUSE,
    url,
    "--preset=desktop",
    "--only-categories=performance,accessibility",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("npx", flags, { cwd: tmp, env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} for ${url}:\n${errors.split("\n").filter((l) => !l.includes("EBADENGINE")).join("\n")}`));
      resolve(JSON.parse(fs.readFileSync(out, "utf8")));
    });
  });
}

/** Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART, NO_FCP): try up to three times. */
async function lighthouse(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url);
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`[lighthouse] ${url}: ${String(error.message).split("\n").find((l) => l.includes("error")) ?? "failed"}; again`);
    }
  }
}

function summary(report) {
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    si: audit("speed-index"),
    failing: Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && report.categories.accessibility?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
      .map((a) => a.id),
  };
}

const external = option("url");
const studio = external ? { url: external.replace(/\/$/, ""), stop: () => {} } : await startStudio();
const rows = [];
try {
  for (const route of routes.length ? routes : ROUTES) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(summary(await lighthouse(`${studio.url}${route}`)));
    // The median run by performance score; accessibility is the lowest seen.
    results.sort((a, b) => a.performance - b.performance);
    const shown = results[Math.floor((results.length - 1) / 2)];
    const accessibility = Math.min(...results.map((r) => r.accessibility));
    const failing = [...new Set(results.flatMap((r) => r.failing))];
    rows.push({ route, ...shown, accessibility, failing, scores: results.map((r) => r.performance) });
    console.log(`[lighthouse] ${route}: performance ${results.map((r) => r.performance).join("/")}, accessibility ${accessibility}`);
  }
} finally {
  studio.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}

const ms = (value) => `${Math.round(value)} ms`;
const table = [
  ["route", "perf", "a11y", "FCP", "LCP", "TBT", "CLS", "SI"],
  ...rows.map((r) => [r.route, String(r.performance), String(r.accessibility), ms(r.fcp), ms(r.lcp), ms(r.tbt), r.cls.toFixed(3), ms(r.si)]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
console.log(`\nLighthouse ${LIGHTHOUSE.split("@")[1]}, desktop preset, ${runs} run(s) per page (median by performance)`);
console.log(line(table[0]));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of table.slice(1)) console.log(line(row));
const misses = rows.filter((r) => r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility);
for (const r of misses) {
  console.log(`below target: ${r.route} (performance ${r.performance}, accessibility ${r.accessibility}${r.failing.length ? `; failing: ${r.failing.join(", ")}` : ""})`);
}
process.exit(misses.length ? 1 : 0);
