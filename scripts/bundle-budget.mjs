#!/usr/bin/env node
// `node scripts/bundle-budget.mjs`: the first-load JavaScript of every route, as the studio's server
// sends it, against the budget. Plain Node ESM; `npm test` runs it after the build.
//
// The routes and their first-load chunks come from the build itself: Next (Turbopack) writes
// `.next/diagnostics/route-bundle-stats.json` with each route's `firstLoadChunkPaths`. A chunk's size
// is its brotli copy (`<chunk>.br`, written by scripts/precompress.mjs at build time and sent by the
// gateway to every browser that accepts brotli); a chunk without one counts compressed the same way
// here. gzip (the fallback encoding) is shown beside it. Prints one row per route, largest first;
// exit code 1 when a route is over budget or the build's stats are missing.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compressSync, ENCODINGS } from "./precompress.mjs";

/** @typedef {{ raw: number, br: number, gzip: number }} Sizes bytes as built, with brotli, with gzip */
/** @typedef {{ route: string, chunks: number } & Sizes} RouteSize one route's first-load chunks, summed */

/** First-load JavaScript per route, brotli-compressed: 150 KiB. */
export const BUDGET_BYTES = 150 * 1024;
export const STATS_FILE = path.join(".next", "diagnostics", "route-bundle-stats.json");

/**
 * The routes of the build's stats: `[{ route, chunks }]`. Throws with a readable message when the
 * file is missing or not the shape Next writes.
 * @param {string} root
 * @returns {Array<{ route: string, chunks: string[] }>}
 */
export function readRouteStats(root) {
  const file = path.join(root, STATS_FILE);
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${STATS_FILE} (${error.code === "ENOENT" ? "no such file: run `npm run build` first" : error.message})`);
  }
  const valid =
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((entry) => typeof entry?.route === "string" && Array.isArray(entry.firstLoadChunkPaths) && entry.firstLoadChunkPaths.every((p) => typeof p === "string"));
  if (!valid) throw new Error(`${STATS_FILE} is not a list of { route, firstLoadChunkPaths }: has the build's format changed?`);
  return data.map((entry) => ({ route: entry.route, chunks: entry.firstLoadChunkPaths }));
}

/** The precompressed copy's size, or (a build without copies) the chunk compressed the same way now. */
function compressedSize(root, file, bytes, encoding) {
  const copy = path.join(root, file + ENCODINGS.find((e) => e.name === encoding).suffix);
  return fs.existsSync(copy) ? fs.statSync(copy).size : Math.min(bytes.length, compressSync(bytes, encoding).length);
}

/**
 * Sizes of one chunk: as built, as sent with brotli, as sent with gzip.
 * @param {string} root
 * @param {string} file
 * @returns {Sizes}
 */
export function chunkSizes(root, file) {
  const bytes = fs.readFileSync(path.join(root, file));
  return { raw: bytes.length, br: compressedSize(root, file, bytes, "br"), gzip: compressedSize(root, file, bytes, "gzip") };
}

/**
 * Totals per route (each chunk measured once however many routes load it), largest brotli size
 * first.
 * @param {ReadonlyArray<{ route: string, chunks: readonly string[] }>} routes
 * @param {(chunk: string) => Sizes} sizeOf
 * @returns {RouteSize[]}
 */
export function measureRoutes(routes, sizeOf) {
  const cache = new Map();
  const size = (chunk) => {
    if (!cache.has(chunk)) cache.set(chunk, sizeOf(chunk));
    return cache.get(chunk);
  };
  return routes
    .map(({ route, chunks }) => {
      const unique = [...new Set(chunks)];
      const total = { route, chunks: unique.length, raw: 0, br: 0, gzip: 0 };
      for (const chunk of unique) {
        const s = size(chunk);
        total.raw += s.raw;
        total.br += s.br;
        total.gzip += s.gzip;
      }
      return total;
    })
    .sort((a, b) => b.br - a.br || a.route.localeCompare(b.route));
}

/** @type {(rows: readonly RouteSize[], budget?: number) => RouteSize[]} */
export const overBudget = (rows, budget = BUDGET_BYTES) => rows.filter((row) => row.br > budget);

const kib = (bytes) => (bytes / 1024).toFixed(1);

/**
 * The table `npm test` prints: one line per route, sizes in KiB (1024 bytes).
 * @param {readonly RouteSize[]} rows
 * @param {number} [budget]
 * @returns {string}
 */
export function formatTable(rows, budget = BUDGET_BYTES) {
  const table = [
    ["route", "chunks", "raw KiB", "gzip KiB", "brotli KiB", ""],
    ...rows.map((row) => [row.route, String(row.chunks), kib(row.raw), kib(row.gzip), kib(row.br), row.br > budget ? `OVER by ${kib(row.br - budget)}` : ""]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(table[0]), line(widths.map((w) => "-".repeat(w))), ...table.slice(1).map(line)].join("\n");
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  let rows;
  try {
    rows = measureRoutes(readRouteStats(root), (chunk) => chunkSizes(root, chunk));
  } catch (error) {
    console.error(`[bundle] ${error.message}`);
    process.exit(1);
  }
  console.log(`First-load JavaScript per route, as sent (brotli); budget ${kib(BUDGET_BYTES)} KiB:\n`);
  console.log(formatTable(rows));
  const over = overBudget(rows);
  if (over.length > 0) {
    console.error(`\n[bundle] ${over.length} route(s) over the ${kib(BUDGET_BYTES)} KiB budget: ${over.map((row) => row.route).join(", ")}`);
    process.exit(1);
  }
  console.log(`\n[bundle] every route within ${kib(BUDGET_BYTES)} KiB (largest: ${rows[0].route}, ${kib(rows[0].br)} KiB)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
