/**
 * The error shape of the studio's own HTTP API — `{"error": {"code", "message", "issues"}}` with a
 * 4xx status — independent of the server that sends it (Next route handlers or the gateway).
 */
import { DomainError, type Issue } from "@/server/domain/errors";

export type ApiError = { error: { code: string; message: string; issues: Issue[] } };

export type ErrorAnswer = { status: number; body: ApiError };

const STATUS: Record<DomainError["code"], number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

export function errorAnswer(status: number, code: string, message: string, issues: Issue[] = []): ErrorAnswer {
  return { status, body: { error: { code, message, issues } } };
}

/** A thrown error as the documented shape; anything unexpected is a 500 without internals (and is logged). */
export function describeError(error: unknown): ErrorAnswer {
  if (error instanceof DomainError) return errorAnswer(STATUS[error.code], error.code, error.message, error.issues);
  console.error("[api] unexpected error:", error);
  return errorAnswer(500, "INTERNAL", "Something went wrong on the server. Nothing was changed.");
}
