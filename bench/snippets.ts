/**
 * Snippet generator bench: every SDK file, and the zip, for the largest built-in catalog and for a
 * synthetic catalog at the schema's 5,000-scope limit. Snippets are generated at request time, so
 * each case is one request's work. Goal: every case under 50 ms median.
 */
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import type { Catalog } from "@/server/domain/catalog/schema";
import { largeCatalog } from "@/server/domain/snippets/fixtures";
import { generateAllSnippets, generateSnippet } from "@/server/domain/snippets/registry";
import { buildSdkZip } from "@/server/domain/snippets/zip";
import { formatTable, measure, meetsGoal, type BenchResult } from "./harness";

export const GOAL_MEDIAN_MS = 50;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function cases(label: string, catalog: Catalog, iterations: number): BenchResult[] {
  const total = () => generateAllSnippets(catalog).reduce((sum, file) => sum + file.contents.length, 0);
  return [
    measure(`${label}: every file (7)`, () => `${kb(total())} of source`, { iterations }),
    measure(`${label}: getauthcode.ts`, () => kb(generateSnippet(catalog, "getauthcode.ts").contents.length), { iterations }),
    measure(`${label}: wallet-client.ts`, () => kb(generateSnippet(catalog, "wallet-client.ts").contents.length), { iterations }),
    measure(`${label}: sdk.zip`, () => `${kb(buildSdkZip(catalog).byteLength)} zipped`, { iterations }),
  ];
}

export function runSnippetsBench(): { title: string; results: BenchResult[]; goalMs: number } {
  const largest = [...BUILTIN_CATALOGS].sort((a, b) => b.scopes.length - a.scopes.length)[0];
  if (!largest) throw new Error("no built-in catalogs");
  const results = [
    ...cases(`${largest.slug} (${largest.scopes.length} scopes, largest built-in)`, largest, 200),
    ...cases("synthetic (5,000 scopes)", largeCatalog(5000), 30),
  ];
  return { title: "Snippet generators", results, goalMs: GOAL_MEDIAN_MS };
}

export function printSnippetsBench() {
  const { title, results, goalMs } = runSnippetsBench();
  console.log(formatTable(`${title} (goal: median < ${goalMs} ms)`, results, goalMs));
  return meetsGoal(results, goalMs);
}
