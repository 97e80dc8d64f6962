/** A recorded call to the mock wallet API, for the call view and its signature debugger. */
import { and, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { apiCalls, catalogs, merchantClients } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { SignatureCheck } from "@/server/domain/signing/verify-request";
import { RESULT_CODES, type ResultCode } from "@/server/domain/wallet-api/result-codes";

export type ApiCallSummary = {
  id: string;
  catalogSlug: string | null;
  clientId: string | null;
  endpoint: string;
  method: string;
  path: string;
  status: number;
  resultCode: string;
  signatureOk: boolean | null;
  createdAt: number;
};

export type ApiCallDetail = ApiCallSummary & {
  requestHeaders: Record<string, string>;
  requestBody: string;
  responseHeaders: Record<string, string>;
  responseBody: string;
  signature: SignatureCheck | null;
  advice: string | null;
};

const columns = {
  id: apiCalls.publicId,
  catalogSlug: catalogs.slug,
  clientId: merchantClients.clientId,
  endpoint: apiCalls.endpoint,
  method: apiCalls.method,
  path: apiCalls.path,
  status: apiCalls.status,
  resultCode: apiCalls.resultCode,
  signature: apiCalls.signature,
  createdAt: apiCalls.createdAt,
};

function signatureOk(value: unknown): boolean | null {
  return typeof value === "object" && value !== null && "ok" in value ? Boolean((value as { ok: unknown }).ok) : null;
}

export function getApiCall(db: DB, id: string, workspaceId: string): ApiCallDetail {
  const row = db
    .select({
      ...columns,
      requestHeaders: apiCalls.requestHeaders,
      requestBody: apiCalls.requestBody,
      responseHeaders: apiCalls.responseHeaders,
      responseBody: apiCalls.responseBody,
    })
    .from(apiCalls)
    .leftJoin(catalogs, eq(apiCalls.catalogId, catalogs.id))
    .leftJoin(merchantClients, eq(apiCalls.clientRowId, merchantClients.id))
    .where(and(eq(apiCalls.publicId, id), eq(apiCalls.workspaceId, workspaceId)))
    .get();
  if (!row) throw new DomainError("NOT_FOUND", `No recorded call "${id}".`);
  const info = (RESULT_CODES as Record<string, { advice: string } | undefined>)[row.resultCode as ResultCode];
  return { ...row, signature: (row.signature as SignatureCheck | null) ?? null, signatureOk: signatureOk(row.signature), advice: info?.advice ?? null };
}
