/**
 * The downloadable SDK: every snippet file of a catalog in one zip (fflate `zipSync`), with a fixed
 * modification time and attributes so the same catalog always gives the same bytes.
 */
import { zipSync, type Zippable } from "fflate";
import type { Catalog } from "../catalog/schema";
import type { SnippetOptions } from "./model";
import { generateAllSnippets } from "./registry";

/**
 * fflate writes DOS times from the Date's local fields, so the date is built from local fields too,
 * at every call (the zone may change at run time): the same bytes in every time zone.
 */
function fixedMtime(): Date {
  return new Date(2024, 0, 1, 12, 0, 0);
}
const UNIX = 3;
const REGULAR_FILE = 0o100000;

export function sdkZipFilename(slug: string, options: SnippetOptions = {}): string {
  return options.scopes === undefined ? `${slug}-sdk.zip` : `${slug}-sdk-narrowed.zip`;
}

export function buildSdkZip(catalog: Catalog, options: SnippetOptions = {}): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const file of generateAllSnippets(catalog, options)) {
    const mode = file.language === "shell" ? 0o755 : 0o644;
    entries[file.filename] = [encoder.encode(file.contents), { mtime: fixedMtime(), os: UNIX, attrs: (REGULAR_FILE | mode) * 0x10000 }];
  }
  // Level 4 with a small hash table (mem 4): the 5,000-scope catalog's 2 MB of source zips in ~60% of
  // level 6's time for ~4% more bytes (bench/snippets.ts). Fixed options, so the bytes stay stable.
  return zipSync(entries, { level: 4, mem: 4 });
}
