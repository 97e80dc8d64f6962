import type { Issue } from "@/server/domain/errors";
import { describeError, errorAnswer } from "./errors";

export type { ApiError } from "./errors";

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body, null, 2), { ...init, headers });
}

export function apiError(status: number, code: string, message: string, issues: Issue[] = []): Response {
  return json(errorAnswer(status, code, message, issues).body, { status });
}

/** Answer a thrown error with the documented shape; anything unexpected is a 500 without internals. */
export function errorResponse(error: unknown): Response {
  const answer = describeError(error);
  return json(answer.body, { status: answer.status });
}

/**
 * Read a request body up to `limit` bytes, refusing larger ones without buffering them.
 * Returns null when the body is over the limit.
 */
export async function readBody(req: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
