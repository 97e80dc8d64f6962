/**
 * The record stage: every call to the mock wallet is stored (`api_calls`, for the call view and its
 * signature debugger) and indexed for Activity, before its answer is sent — so an acknowledged call
 * is never missing from Activity, even after kill -9. Records of calls finishing in the same turn of
 * the event loop are written in one transaction (group commit): under load that is one commit for
 * tens of calls instead of one each. What is stored is bounded per call, and codes and tokens appear
 * only as their prefixes.
 */
import { sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { apiCalls } from "@/db/schema";
import { callEvent, callSummary } from "@/server/domain/activity/describe";
import { maskSecrets, secretsIn } from "@/server/domain/secrets";
import type { SignatureCheck } from "@/server/domain/signing/verify-request";
import type { Operation } from "@/server/domain/wallet-api/request";
import { recordActivity, type ActivityLinkInput } from "../activity-record";
import { perConnection } from "../per-connection";
import type { CallEffects } from "./commit";

/** Longest request or response body stored with a call; the rest is cut with a note. */
export const MAX_RECORDED_BODY = 8 * 1024;
const MAX_HEADER_VALUE = 2048;
const RECORDED_HEADERS = ["content-type", "client-id", "request-time", "signature", "user-agent"] as const;

export type CallRecord = {
  callId: string;
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
  effects: CallEffects;
  /** Real time (ms). */
  createdAt: number;
};

function bounded(text: string): string {
  return text.length <= MAX_RECORDED_BODY ? text : `${text.slice(0, MAX_RECORDED_BODY)}… (${text.length - MAX_RECORDED_BODY} more characters not recorded)`;
}

function prepareInsert(db: DB) {
  const p = sql.placeholder;
  return db
    .insert(apiCalls)
    .values({
      publicId: p("publicId"),
      catalogId: p("catalogId"),
      clientRowId: p("clientRowId"),
      endpoint: p("endpoint"),
      method: p("method"),
      path: p("path"),
      requestHeaders: p("requestHeaders"),
      requestBody: p("requestBody"),
      status: p("status"),
      resultCode: p("resultCode"),
      responseHeaders: p("responseHeaders"),
      responseBody: p("responseBody"),
      signature: p("signature"),
      createdAt: p("createdAt"),
    })
    .returning({ id: apiCalls.id })
    .prepare();
}

/** Write one call and its Activity row (inside the caller's transaction). */
export function writeCallRecord(db: DB, insert: ReturnType<typeof prepareInsert>, call: CallRecord): void {
  const requestHeaders: Record<string, string> = {};
  for (const name of RECORDED_HEADERS) {
    const value = call.requestHeaders(name);
    if (value !== undefined) requestHeaders[name] = value.slice(0, MAX_HEADER_VALUE);
  }
  const rawRequest = call.requestBody ? bounded(call.requestBody.toString("utf8")) : "(larger than 64 KB, not recorded)";
  const responseBody = bounded(call.responseBody);
  // Codes and tokens are stored only hashed: the recorded bodies keep their prefixes.
  const secrets = secretsIn(rawRequest, responseBody);
  const signature = call.signature && !call.signature.ok && secrets.length > 0 ? (JSON.parse(maskSecrets(JSON.stringify(call.signature), secrets)) as SignatureCheck) : call.signature;
  const method = call.method.slice(0, 16);
  const path = call.uri.slice(0, MAX_HEADER_VALUE);
  const row = insert.get({
    publicId: call.callId,
    catalogId: call.catalogId,
    clientRowId: call.clientRowId,
    endpoint: call.endpoint,
    method,
    path,
    requestHeaders,
    requestBody: maskSecrets(rawRequest, secrets),
    status: call.status,
    resultCode: call.resultCode,
    responseHeaders: call.responseHeaders,
    responseBody: maskSecrets(responseBody, secrets),
    signature,
    createdAt: call.createdAt,
  });
  if (!row) throw new Error("call was not stored");
  const event = callEvent(call.operation);
  const { effects } = call;
  const links: ActivityLinkInput[] = effects.presented ? [{ ...effects.presented, role: "presented" }] : [];
  for (const token of effects.issued) links.push({ target: token.target, targetId: token.id, role: "issued", prefix: token.prefix });
  recordActivity(db, {
    kind: "api-call",
    event,
    ref: call.callId,
    apiCallId: row.id,
    catalogId: call.catalogId,
    clientRowId: call.clientRowId,
    outcome: call.resultCode,
    isError: call.resultCode !== "SUCCESS",
    summary: callSummary({ event, endpoint: call.endpoint, method, path, resultCode: call.resultCode }),
    grantId: effects.grantId,
    createdAt: call.createdAt,
    scopes: effects.scopes,
    links,
  });
}

type Pending = { call: CallRecord; done: () => void };

/** Group commit of call records; one per connection. */
export class CallRecorder {
  private queue: Pending[] = [];
  private readonly insert: ReturnType<typeof prepareInsert>;

  constructor(private readonly db: DB) {
    this.insert = prepareInsert(db);
  }

  /** Resolves once the record is committed (or, if it cannot be stored, once that was logged). */
  record(call: CallRecord): Promise<void> {
    return new Promise((resolve) => {
      if (this.queue.length === 0) setImmediate(() => this.flush());
      this.queue.push({ call, done: resolve });
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    try {
      this.db.$client.transaction(() => batch.forEach((item) => writeCallRecord(this.db, this.insert, item.call))).immediate();
    } catch {
      // One bad record (say, its catalog was deleted meanwhile) must not drop the others: retry one by one.
      for (const item of batch) {
        try {
          this.db.$client.transaction(() => writeCallRecord(this.db, this.insert, item.call)).immediate();
        } catch (error) {
          console.error(`[wallet-api] could not record call ${item.call.callId}:`, error);
        }
      }
    }
    for (const item of batch) item.done();
  }
}

export const callRecorder = perConnection((db) => new CallRecorder(db));
