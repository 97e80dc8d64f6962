/** Tiny timing helpers shared by the bench modules: run a case many times, report median and p95. */
import { performance } from "node:perf_hooks";

export type BenchResult = {
  name: string;
  iterations: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  note?: string;
  /** Shown for information only: not held to the bench's goal. */
  informational?: boolean;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Warm up, then time `fn` `iterations` times. `fn` may return a note (e.g. a row count) shown next to the figures. */
export function measure(
  name: string,
  fn: () => string | void,
  opts: { iterations?: number; warmup?: number; informational?: boolean } = {},
): BenchResult {
  const iterations = opts.iterations ?? 200;
  const warmup = opts.warmup ?? 20;
  let note: string | undefined;
  for (let i = 0; i < warmup; i++) note = fn() ?? note;
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    iterations,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    minMs: times[0] ?? Number.NaN,
    note,
    informational: opts.informational,
  };
}

export function meetsGoal(results: readonly BenchResult[], goalMs: number): boolean {
  return results.every((result) => result.informational || result.medianMs < goalMs);
}

export function formatTable(title: string, results: readonly BenchResult[], goalMs?: number): string {
  const headers = ["case", "iterations", "median ms", "p95 ms", "min ms", ...(goalMs ? ["goal"] : []), "note"];
  const rows = results.map((r) => [
    r.name,
    String(r.iterations),
    r.medianMs.toFixed(2),
    r.p95Ms.toFixed(2),
    r.minMs.toFixed(2),
    ...(goalMs ? [r.informational ? "info" : r.medianMs < goalMs ? "ok" : `OVER ${goalMs} ms`] : []),
    r.note ?? "",
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [title, line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
