import type { z } from "zod";
import { formatPath } from "@/server/domain/errors";
import { errorAnswer, type ErrorAnswer } from "./errors";
import { json, readBody } from "./respond";

/** Largest JSON body the headless API reads. */
export const MAX_JSON_BYTES = 64 * 1024;

export type JsonInput<T> = { ok: true; data: T } | { ok: false; error: ErrorAnswer };

/** Validate a JSON request body (null: it was over the limit); a refusal is the documented error answer. */
export function parseJsonInput<T extends z.ZodType>(bytes: Uint8Array | null, schema: T): JsonInput<z.infer<T>> {
  if (bytes === null) return { ok: false, error: errorAnswer(413, "PAYLOAD_TOO_LARGE", `The body is larger than ${MAX_JSON_BYTES / 1024} KB.`) };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
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

/** Read and validate a JSON request body in a route handler; answers the documented error response when it is not valid. */
export async function readJsonInput<T extends z.ZodType>(req: Request, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const input = parseJsonInput(await readBody(req, MAX_JSON_BYTES), schema);
  return input.ok ? input : { ok: false, response: json(input.error.body, { status: input.error.status }) };
}
