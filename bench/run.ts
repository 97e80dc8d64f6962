/**
 * `npm run bench`: runs every bench module listed below and prints its figures.
 * Exit code 1 when a case misses its goal, so a slowdown is visible in CI output.
 */
import { printActivityBench } from "./activity";
import { printExplorerBench } from "./explorer";
import { printSnippetsBench } from "./snippets";

const BENCHES: Array<{ name: string; run: () => boolean }> = [
  { name: "explorer", run: printExplorerBench },
  { name: "snippets", run: printSnippetsBench },
  // 1,000,000 rows, seeded once into a temporary file (about a minute) and reused by later runs.
  { name: "activity", run: () => printActivityBench() },
];

let ok = true;
for (const bench of BENCHES) {
  const started = Date.now();
  const passed = bench.run();
  console.log(`[bench] ${bench.name}: ${passed ? "all goals met" : "GOAL MISSED"} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  ok &&= passed;
}
process.exitCode = ok ? 0 : 1;
