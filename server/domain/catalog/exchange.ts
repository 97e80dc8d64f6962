import { z } from "zod";
import { formatPath, type Issue } from "../errors";
import { jsonTextDepth, MAX_JSON_DEPTH } from "../json-depth";
import { MAX_IMPORT_BYTES } from "../limits";
import { CATALOG_FORMAT_VERSION, catalogFileSchema, type CatalogFile } from "./schema";

export { MAX_IMPORT_BYTES };

export type ParseResult = { ok: true; file: CatalogFile } | { ok: false; message: string; issues: Issue[] };

const fail = (message: string, issues: Issue[] = []): ParseResult => ({ ok: false, message, issues });

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Read an uploaded catalog file: size, strict UTF-8, JSON syntax, nesting, format version,
 * then every rule of the catalog schema. Every refusal names where and what is wrong.
 */
export function parseCatalogFile(bytes: Uint8Array): ParseResult {
  if (bytes.byteLength === 0) return fail("The file is empty.");
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fail(`The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; catalog files are at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail("The file is not valid UTF-8 text. Export catalogs as UTF-8 JSON.");
  }
  return parseCatalogText(text);
}

export function parseCatalogText(text: string): ParseResult {
  if (jsonTextDepth(text) > MAX_JSON_DEPTH) {
    return fail(`The JSON is nested more than ${MAX_JSON_DEPTH} levels deep; a catalog file is not.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "syntax error";
    return fail(`The file is not valid JSON: ${detail}.`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail("The file must hold a JSON object with formatVersion and catalog.");
  }
  if (!("formatVersion" in json)) {
    return fail(`The file has no formatVersion; this format is version ${CATALOG_FORMAT_VERSION}.`, [
      { path: "formatVersion", message: `expected ${CATALOG_FORMAT_VERSION}` },
    ]);
  }
  const parsed = catalogFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    return fail(first ? `${first.path}: ${first.message}${more}` : "The catalog is not valid.", issues);
  }
  return { ok: true, file: parsed.data };
}

/** The JSON Schema of the exchange format, generated from the zod schema. */
export function catalogFileJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogFileSchema, { target: "draft-2020-12", unrepresentable: "any" });
  return { ...schema, $id: id, title: "AuthCode Studio scope catalog" };
}
