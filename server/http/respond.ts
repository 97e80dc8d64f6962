import { DomainError, type Issue } from "@/server/domain/errors";

/** The error shape of the studio's own HTTP API (`/api/catalogs…`). */
export type ApiError = { error: { code: string; message: string; issues: Issue[] } };

const STATUS: Record<DomainError["code"], number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body, null, 2), { ...init, headers });
}

export function apiError(status: number, code: string, message: string, issues: Issue[] = []): Response {
  const body: ApiError = { error: { code, message, issues } };
  return json(body, { status });
}

/** Answer a thrown error with the documented shape; anything unexpected is a 500 without internals. */
export function errorResponse(error: unknown): Response {
  if (error instanceof DomainError) return apiError(STATUS[error.code], error.code, error.message, error.issues);
  console.error("[api] unexpected error:", error);
  return apiError(500, "INTERNAL", "Something went wrong on the server. Nothing was changed.");
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
