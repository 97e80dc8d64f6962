/**
 * The record stage: every call to the mock wallet is stored (`api_calls`, for the call view and its
 * signature debugger) and indexed for Activity, before its answer is sent — so an acknowledged call
 * is never missing from Activity, even after kill -9. Records join the write queue's group commit
 * (one transaction per turn of the event loop for every write of the request path). What is stored
 * is bounded per call, and codes and tokens appear only as their prefixes.
 */
import type { DB } from "@/db/client";
import { callEvent, callSummary } from "@/server/domain/activity/describe";
import { maskJsonText, maskSecrets } from "@/server/domain/secrets";
import type { SignatureCheck } from "@/server/domain/signing/verify-request";
import type { Operation } from "@/server/domain/wallet-api/request";
import { recordActivity, type ActivityLinkInput } from "../activity-record";
import { perConnection } from "../per-connection";
import { writeQueue } from "../write-queue";
import type { CallEffects } from "./commit";

/** Longest request or response body stored with a call; the rest is cut with a note. */
export const MAX_RECORDED_BODY = 8 * 1024;
const MAX_HEADER_VALUE = 2048;
const RECORDED_HEADERS = ["content-type", "client-id", "request-time", "signature", "user-agent"] as const;

export type CallRecord = {
  callId: string;
  /** The workspace of the client the call named. */
  workspaceId: string;
  catalogId: number | null;
  clientRowId: number | null;
  endpoint: string;
  operation: Operation["kind"] | null;
  method: string;
  uri: string;
  requestHeaders: (name: string) => string | undefined;
  /** Null when it was over the size limit (not read). */
  requestBody: Buffer | null;
  status: number;
  resultCode: string;
  responseHeaders: Record<string, string>;
  responseBody: string;
  signature: SignatureCheck | null;
  /** The fault rule that shaped the answer. */
  fault: { id: string; effect: string } | null;
  effects: CallEffects;
  /** Real time (ms). */
  createdAt: number;
};

function bounded(text: string): string {
  return text.length <= MAX_RECORDED_BODY ? text : `${text.slice(0, MAX_RECORDED_BODY)}… (${text.length - MAX_RECORDED_BODY} more characters not recorded)`;
}

function prepareInsert(db: DB) {
  return db.$client.prepare(
    `INSERT INTO api_calls (public_id, catalog_id, client_row_id, endpoint, method, path, request_headers, request_body, status, result_code, response_headers, response_body, signature, workspace_id, fault, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}

const insertCall = perConnection(prepareInsert);

/** A failed signature check's texts hold the body as sent: they get the body's masked copy. */
function maskCheck(check: Extract<SignatureCheck, { ok: false }>, rawBody: string, maskedBody: string, secrets: readonly string[]): SignatureCheck {
  const mask = (text: string) => maskSecrets(rawBody === "" ? text : text.split(rawBody).join(maskedBody), secrets);
  return {
    ...check,
    message: mask(check.message),
    expectedContent: check.expectedContent === null ? null : mask(check.expectedContent),
    signedContent: check.signedContent === null ? null : mask(check.signedContent),
    differences: check.differences.map((d) => ({ ...d, expected: mask(d.expected), actual: d.actual === null ? null : mask(d.actual), explanation: mask(d.explanation) })),
  };
}

/** Write one call and its Activity row (inside the caller's transaction). */
function writeCallRecord(db: DB, call: CallRecord): void {
  const requestHeaders: Record<string, string> = {};
  for (const name of RECORDED_HEADERS) {
    const value = call.requestHeaders(name);
    if (value !== undefined) requestHeaders[name] = value.slice(0, MAX_HEADER_VALUE);
  }
  const rawRequest = call.requestBody ? bounded(call.requestBody.toString("utf8")) : "(larger than 64 KB, not recorded)";
  const responseBody = bounded(call.responseBody);
  // Codes and tokens are stored only hashed: the recorded bodies keep their prefixes.
  const request = maskJsonText(rawRequest);
  const response = maskJsonText(responseBody);
  const secrets = [...new Set([...request.secrets, ...response.secrets])];
  const signature = call.signature && !call.signature.ok && secrets.length > 0 ? maskCheck(call.signature, rawRequest, request.text, secrets) : call.signature;
  const method = call.method.slice(0, 16);
  const path = call.uri.slice(0, MAX_HEADER_VALUE);
  const { lastInsertRowid } = insertCall(db).run(
    call.callId,
    call.catalogId,
    call.clientRowId,
    call.endpoint,
    method,
    path,
    JSON.stringify(requestHeaders),
    request.text,
    call.status,
    call.resultCode,
    JSON.stringify(call.responseHeaders),
    response.text,
    signature === null ? null : JSON.stringify(signature),
    call.workspaceId,
    call.fault === null ? null : JSON.stringify(call.fault),
    call.createdAt,
  );
  const event = callEvent(call.operation);
  const { effects } = call;
  const links: ActivityLinkInput[] = effects.presented ? [{ ...effects.presented, role: "presented" }] : [];
  for (const token of effects.issued) links.push({ target: token.target, targetId: token.id, role: "issued", prefix: token.prefix });
  recordActivity(db, {
    kind: "api-call",
    event,
    ref: call.callId,
    workspaceId: call.workspaceId,
    apiCallId: Number(lastInsertRowid),
    catalogId: call.catalogId,
    clientRowId: call.clientRowId,
    outcome: call.resultCode,
    isError: call.resultCode !== "SUCCESS",
    summary: callSummary({ event, endpoint: call.endpoint, method, path, resultCode: call.resultCode, fault: call.fault }),
    grantId: effects.grantId,
    createdAt: call.createdAt,
    scopes: effects.scopes,
    links,
  });
}

/**
 * Store a call with this turn's group commit; resolves once it is committed (or, if it cannot be
 * stored, once that was logged: a call is answered either way).
 */
export async function recordCall(db: DB, call: CallRecord): Promise<void> {
  try {
    await writeQueue(db).enqueue(() => writeCallRecord(db, call));
  } catch (error) {
    console.error(`[wallet-api] could not record call ${call.callId}:`, error);
  }
}
