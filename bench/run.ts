/**
 * `npm run bench [-- <section>…]`: runs the bench sections listed below (all of them, in this order,
 * when none is named) and prints their figures. Sections may be async.
 * Exit code 1 when a section misses its goal, so a slowdown is visible in CI output; 2 for an
 * unknown section name.
 */
import { printActivityBench } from "./activity";
import { printExplorerBench } from "./explorer";
import { printSnippetsBench } from "./snippets";

/** `okLabel`: what a `true` result means, when that is less than "every goal met". */
type Section = { name: string; run: () => boolean | Promise<boolean>; okLabel?: string };

const SECTIONS: Section[] = [
  { name: "explorer", run: printExplorerBench },
  { name: "snippets", run: printSnippetsBench },
  // 1,000,000 rows, seeded once into a temporary file (about a minute) and reused by later runs.
  { name: "activity", run: () => printActivityBench() },
  // Starts servers as child processes and loads them over HTTP (several minutes); see bench/wallet.ts.
  // Imported only when it runs: autocannon and its signal handlers are of no use to the other sections.
  { name: "wallet", run: async () => (await import("./wallet")).printWalletBench(), okLabel: "no errors, no 5xx (targets are listed above)" },
];

function chosenSections(names: readonly string[]): Section[] | string {
  if (names.length === 0) return SECTIONS;
  const unknown = names.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) return `unknown bench section ${unknown.map((n) => `"${n}"`).join(", ")}; known: ${SECTIONS.map((s) => s.name).join(", ")}`;
  return SECTIONS.filter((section) => names.includes(section.name));
}

async function main(): Promise<number> {
  const sections = chosenSections(process.argv.slice(2));
  if (typeof sections === "string") {
    console.error(`[bench] ${sections}`);
    return 2;
  }
  let ok = true;
  for (const section of sections) {
    const started = Date.now();
    const passed = await section.run();
    console.log(`[bench] ${section.name}: ${passed ? (section.okLabel ?? "all goals met") : "GOAL MISSED"} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    ok &&= passed;
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
