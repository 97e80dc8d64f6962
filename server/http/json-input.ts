import type { z } from "zod";
import { formatPath } from "@/server/domain/errors";
import { jsonTextDepth, MAX_JSON_DEPTH } from "@/server/domain/json-depth";
import { errorAnswer, type ErrorAnswer } from "./errors";

/** Largest JSON body the headless API reads. */
export const MAX_JSON_BYTES = 64 * 1024;

export type JsonInput<T> = { ok: true; data: T } | { ok: false; error: ErrorAnswer };

/** Validate a JSON request body (null: it was over the limit); a refusal is the documented error answer. */
export function parseJsonInput<T extends z.ZodType>(bytes: Uint8Array | null, schema: T): JsonInput<z.infer<T>> {
  if (bytes === null) return { ok: false, error: errorAnswer(413, "PAYLOAD_TOO_LARGE", `The body is larger than ${MAX_JSON_BYTES / 1024} KB.`) };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: errorAnswer(400, "BAD_REQUEST", "The body must be UTF-8 JSON.") };
  }
  if (jsonTextDepth(text) > MAX_JSON_DEPTH) return { ok: false, error: errorAnswer(400, "BAD_REQUEST", `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: errorAnswer(400, "BAD_REQUEST", "The body must be UTF-8 JSON.") };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    const first = issues[0];
    return { ok: false, error: errorAnswer(400, "BAD_REQUEST", first ? `${first.path}: ${first.message}` : "Invalid input", issues) };
  }
  return { ok: true, data: parsed.data };
}
