import type { z } from "zod";
import { formatPath } from "@/server/domain/errors";
import { apiError, readBody } from "./respond";

const MAX_JSON_BYTES = 64 * 1024;

/** Read and validate a JSON request body; answers the documented error response when it is not valid. */
export async function readJsonInput<T extends z.ZodType>(req: Request, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const bytes = await readBody(req, MAX_JSON_BYTES);
  if (bytes === null) return { ok: false, response: apiError(413, "PAYLOAD_TOO_LARGE", "The body is larger than 64 KB.") };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: apiError(400, "BAD_REQUEST", "The body must be UTF-8 JSON.") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    const first = issues[0];
    return { ok: false, response: apiError(400, "BAD_REQUEST", first ? `${first.path}: ${first.message}` : "Invalid input", issues) };
  }
  return { ok: true, data: parsed.data };
}
