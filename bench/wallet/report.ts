/**
 * The wallet bench's report: one table of every case, the ratios of ours against the bare server
 * and the peer, and the targets as pass/miss lines — as console text and as Markdown.
 */
import type { LoadFigures } from "./load";

export type CaseKey = "ceiling" | "bare-sync" | "bare-pool" | "peer" | "apply" | "refresh" | "inquiry" | "simulations";

export type CaseRow = {
  key: CaseKey;
  name: string;
  /** "1 core" for the in-process ceiling, otherwise the server's process count. */
  processes: number;
  ours: boolean;
  figures?: LoadFigures;
  /** The in-process signing ceiling has a rate and nothing else. */
  rate?: number;
  note: string;
  error?: string;
};

export type Machine = { date: string; cpuModel: string; cores: number; node: string; seconds: number; connections: number };

const HEADERS = ["case", "processes", "req/s", "p50 ms", "p99 ms", "non-2xx", "5xx", "errors", "note"];
const P99_TARGET_MS = 25;
const SIMULATIONS_TARGET = 2_000;
const PEER_FACTOR = 1.5;
const BARE_FACTOR = 0.75;

const count = (value: number) => Math.round(value).toLocaleString("en-US");
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "-");

/** The first line of `text`, cut to `max` characters: error messages may carry a server's whole output. */
export function oneLine(text: string, max = 200): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function cells(row: CaseRow): string[] {
  const processes = row.key === "ceiling" ? "1 core" : String(row.processes);
  if (row.error) return [row.name, processes, "ERROR", "-", "-", "-", "-", "-", oneLine(row.error)];
  const f = row.figures;
  if (!f) return [row.name, processes, row.rate === undefined ? "-" : count(row.rate), "-", "-", "-", "-", "-", row.note];
  // A non-zero 5xx or error count is flagged so it cannot be overlooked in the table.
  const flag = (value: number) => (value > 0 ? `${count(value)} !` : "0");
  return [row.name, processes, count(f.requestsPerSecond), ms(f.p50Ms), ms(f.p99Ms), count(f.non2xx), flag(f.fiveXx), flag(f.errors), row.note];
}

export function textTable(rows: readonly CaseRow[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ").trimEnd();
  return [line(HEADERS), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function markdownTable(rows: readonly CaseRow[]): string {
  const escape = (c: string) => c.replaceAll("|", "\\|");
  const line = (r: string[]) => `| ${r.map(escape).join(" | ")} |`;
  const align = HEADERS.map((_, i) => (i === 0 || i === HEADERS.length - 1 ? "---" : "---:"));
  return [line(HEADERS), `|${align.join("|")}|`, ...rows.map(cells).map(line)].join("\n");
}

function find(rows: readonly CaseRow[], key: CaseKey, processes = 1): LoadFigures | undefined {
  return rows.find((r) => r.key === key && r.processes === processes && !r.error)?.figures;
}

const OUR_COMPARED: Array<[CaseKey, string]> = [
  ["apply", "applyToken, fresh code"],
  ["refresh", "applyToken REFRESH_TOKEN"],
  ["inquiry", "inquiryUserInfo"],
];

export function ratioLines(rows: readonly CaseRow[]): string[] {
  const bare = find(rows, "bare-pool");
  const peer = find(rows, "peer");
  const ratio = (ours: number, other: LoadFigures | undefined) => (other && other.requestsPerSecond > 0 ? `${(ours / other.requestsPerSecond).toFixed(2)}×` : "n/a");
  return OUR_COMPARED.map(([key, label]) => {
    const ours = find(rows, key);
    if (!ours) return `${label}: not measured`;
    return `${label} (1 process): ours ÷ bare thread-pool = ${ratio(ours.requestsPerSecond, bare)}, ours ÷ oauth2-mock-server = ${ratio(ours.requestsPerSecond, peer)}`;
  });
}

type Target = { label: string; met: boolean | undefined; detail: string };

function atLeast(label: string, ours: LoadFigures | undefined, other: LoadFigures | undefined, factor: number): Target {
  if (!ours || !other) return { label, met: undefined, detail: "not measured" };
  const needed = other.requestsPerSecond * factor;
  return { label, met: ours.requestsPerSecond >= needed, detail: `${count(ours.requestsPerSecond)}/s vs ${count(needed)}/s needed` };
}

function ratioTargets(rows: readonly CaseRow[]): Target[] {
  const bare = find(rows, "bare-pool");
  const peer = find(rows, "peer");
  return (["apply", "inquiry"] as const).flatMap((key) => {
    const name = key === "apply" ? "applyToken" : "inquiryUserInfo";
    const ours = find(rows, key);
    return [
      atLeast(`${name} ≥ ${PEER_FACTOR}× oauth2-mock-server (1 process)`, ours, peer, PEER_FACTOR),
      atLeast(`${name} ≥ ${BARE_FACTOR}× bare thread-pool (1 process)`, ours, bare, BARE_FACTOR),
    ];
  });
}

function latencyTargets(rows: readonly CaseRow[]): Target[] {
  return rows
    .filter((r) => r.ours && r.figures)
    .map((r) => {
      const p99 = r.figures?.p99Ms ?? Number.NaN;
      return { label: `p99 ≤ ${P99_TARGET_MS} ms: ${r.name} (${r.processes} process${r.processes > 1 ? "es" : ""})`, met: p99 <= P99_TARGET_MS, detail: `${ms(p99)} ms` };
    });
}

function scalingTargets(rows: readonly CaseRow[]): Target[] {
  return (["apply", "refresh", "inquiry", "simulations"] as const).map((key) => {
    const one = find(rows, key, 1);
    const two = find(rows, key, 2);
    const name = rows.find((r) => r.key === key)?.name ?? key;
    const label = `2 processes: 0 5xx and req/s not below 1 process: ${name}`;
    if (!one || !two) return { label, met: undefined, detail: "not measured" };
    const met = two.fiveXx === 0 && two.requestsPerSecond >= one.requestsPerSecond;
    return { label, met, detail: `${count(two.requestsPerSecond)}/s vs ${count(one.requestsPerSecond)}/s, 5xx ${two.fiveXx}` };
  });
}

export function targetLines(rows: readonly CaseRow[]): string[] {
  const simulations = find(rows, "simulations");
  const targets: Target[] = [
    ...ratioTargets(rows),
    ...latencyTargets(rows),
    {
      label: `POST /api/simulations ≥ ${count(SIMULATIONS_TARGET)}/s (1 process)`,
      met: simulations ? simulations.requestsPerSecond >= SIMULATIONS_TARGET : undefined,
      detail: simulations ? `${count(simulations.requestsPerSecond)}/s` : "not measured",
    },
    ...scalingTargets(rows),
  ];
  return targets.map((t) => `${t.met === undefined ? "NOT MEASURED" : t.met ? "pass" : "MISSED"}  ${t.label} — ${t.detail}`);
}

export function markdownReport(machine: Machine, rows: readonly CaseRow[], notes: readonly string[]): string {
  const bullets = (lines: readonly string[]) => lines.map((l) => `- ${l}`).join("\n");
  return [
    "# Wallet bench results",
    "",
    "Written by `npm run bench -- wallet` (bench/wallet.ts); every run overwrites this file.",
    "",
    `- date: ${machine.date}`,
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores`,
    `- Node: ${machine.node}`,
    `- load: autocannon, ${machine.connections} keep-alive connections, no pipelining, warm-up not counted, measured window ${machine.seconds} s`,
    "",
    "## Cases",
    "",
    markdownTable(rows),
    "",
    ...(notes.length > 0 ? ["## Notes", "", bullets(notes), ""] : []),
    "## Ratios",
    "",
    bullets(ratioLines(rows)),
    "",
    "## Targets",
    "",
    bullets(targetLines(rows).map((l) => l.replace(/^(\S+(?: MEASURED)?)/, "**$1**"))),
    "",
  ].join("\n");
}
