/**
 * Opaque keyset cursors for the Activity list: a position `(createdAt, id)` in list order,
 * base64url JSON with a version, signed with an HMAC so an edited or foreign cursor is refused
 * with a clear message instead of silently returning a wrong page.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { DomainError } from "../errors";

export type Position = { createdAt: number; id: number };

const VERSION = 1;
const MAX_LENGTH = 200;
/** Before every row: nothing is older, everything is newer. */
export const ORIGIN: Position = { createdAt: 0, id: 0 };

function sign(payload: string, key: Buffer): string {
  return createHmac("sha256", key).update(payload).digest("base64url").slice(0, 22);
}

export function encodeCursor(position: Position, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify({ v: VERSION, c: position.createdAt, i: position.id })).toString("base64url");
  return `${payload}.${sign(payload, key)}`;
}

function invalid(field: string, why: string): DomainError {
  return new DomainError("BAD_REQUEST", `The ${field} is not valid (${why}). Reload the Activity list to start again from the newest events.`, [
    { path: field, message: why },
  ]);
}

/** Decode and verify a cursor; anything else is a BAD_REQUEST naming the field. */
export function decodeCursor(raw: string, key: Buffer, field = "cursor"): Position {
  if (raw.length > MAX_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(raw)) throw invalid(field, "not a cursor this server issued");
  const [payload = "", signature = ""] = raw.split(".");
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid(field, "it was changed, or issued by another database");
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw invalid(field, "unreadable");
  }
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  if (record.v !== VERSION) throw invalid(field, `version ${String(record.v)} is not supported`);
  const { c, i } = record;
  if (typeof c !== "number" || !Number.isSafeInteger(c) || c < 0 || typeof i !== "number" || !Number.isSafeInteger(i) || i < 0) {
    throw invalid(field, "its position is malformed");
  }
  return { createdAt: c, id: i };
}

/** The exclusive upper bound just above a row: every row at or older than it lies below. */
export function boundAbove(row: Position): Position {
  return { createdAt: row.createdAt, id: row.id + 1 };
}
