/**
 * The simulator's "continue the flow" button: signed wallet-API requests sent with the studio's
 * console client, over HTTP to the studio's own mock wallet — optionally broken on purpose so
 * the signature debugger has something to explain.
 */
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { apiCalls } from "@/db/schema";
import { contentToSign, formatSignatureHeader, generateRsaKeyPairAsync, signContent, verifyContent, parseSignatureHeader } from "@/server/domain/signing/signature";
import type { SignatureCheck } from "@/server/domain/signing/verify-request";
import type { Tamper } from "@/server/domain/signing/tampers";
import { ENDPOINTS, type EndpointId } from "@/server/domain/wallet-api/endpoints";
import { getCatalogRecord } from "./catalog-store";
import { ensureConsoleClient, walletPublicKey } from "./clients";
import { WALLET_API_BASE } from "@/server/domain/wallet-api/request";
import { splitResponseHeaders } from "@/server/domain/wallet-api/response-headers";
import { answerFacts, type AnswerFact } from "@/server/domain/wallet-api/answer-facts";



export type HttpExchange = {
  request: { method: string; url: string; headers: Record<string, string>; body: string; signedContent: string };
  /**
   * `headers` are the wallet protocol's (what a real wallet sends); `studioHeaders` the ones the
   * studio's server added on the way (HTTP framing, caching, security, the call id).
   */
  response: { status: number; headers: Record<string, string>; studioHeaders: Record<string, string>; body: string; json: unknown };
  /** Whether the response's Signature verifies with the wallet's public key (null when unsigned). */
  responseSignatureValid: boolean | null;
  callId: string | null;
  /** The server's signature check of this request, as recorded with the call. */
  signatureCheck: SignatureCheck | null;
  /** The facts the answer relies on (result code, endpoint, the rule that decided it), each labelled documented or assumed (absent on exchanges kept before facts were recorded). */
  facts?: AnswerFact[];
};

export type Transport = (req: { method: string; url: string; headers: Record<string, string>; body: string }) => Promise<{
  status: number;
  headers: Record<string, string>;
  body: string;
}>;

/** Real HTTP with fetch, to the studio's own origin. */
export const fetchTransport: Transport = async (req) => {
  const response = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return { status: response.status, headers, body: await response.text() };
};

export type ConsoleRequest = {
  /** The workspace whose console client sends the call (and whose Activity records it). */
  workspaceId: string;
  origin: string;
  catalogSlug: string;
  endpoint: EndpointId;
  /** Gateway prefix to call under (must be one of the catalog's). */
  prefix: string;
  body: Record<string, unknown>;
  tamper: Tamper;
  realNow: number;
};

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export async function sendConsoleRequest(db: DB, transport: Transport, input: ConsoleRequest): Promise<HttpExchange> {
  const catalog = getCatalogRecord(db, input.catalogSlug, input.workspaceId);
  const endpoint = ENDPOINTS.find((e) => e.id === input.endpoint);
  if (!endpoint) throw new Error(`unknown endpoint ${input.endpoint}`);
  const prefix = catalog.document.serverApi.pathPrefixes.includes(input.prefix) ? input.prefix : (catalog.document.serverApi.pathPrefixes[0] ?? "");
  const { row, privateKeyPem } = await ensureConsoleClient(db, catalog.slug, input.workspaceId, input.realNow);
  const uri = `${WALLET_API_BASE}/${catalog.slug}${prefix}${endpoint.path}`;
  const body = JSON.stringify(input.body);
  const sentAt = input.tamper === "stale-time" ? input.realNow - 3_600_000 : input.realNow;
  const isoTime = new Date(sentAt).toISOString();
  // The Request-Time in the catalog's format (epoch milliseconds, or ISO 8601).
  const epoch = catalog.document.serverApi.requestTimeFormat === "epoch-ms";
  const time = epoch ? String(sentAt) : isoTime;
  const parts = { method: "POST", uri, clientId: row.clientId, time, body };
  let sentBody = body;
  let signedContent = contentToSign(parts);
  let key = privateKeyPem;
  switch (input.tamper) {
    case "reserialized-body":
      sentBody = JSON.stringify(input.body, null, 2);
      break;
    case "shorter-uri":
      signedContent = contentToSign({ ...parts, uri: endpoint.path.replace(/^\/v\d/, "") });
      break;
    case "wrong-key":
      key = (await generateRsaKeyPairAsync()).privateKeyPem;
      break;
    case "lowercase-method":
      signedContent = contentToSign({ ...parts, method: "post" });
      break;
    case "crlf":
      signedContent = signedContent.replace("\n", "\r\n");
      break;
    case "epoch-time":
      signedContent = contentToSign({ ...parts, time: epoch ? isoTime : String(sentAt) });
      break;
    default:
      break;
  }
  const headers = {
    "Content-Type": "application/json; charset=UTF-8",
    "Client-Id": row.clientId,
    "Request-Time": time,
    Signature: formatSignatureHeader(signContent(signedContent, key)),
  };
  const response = await transport({ method: "POST", url: `${input.origin}${uri}`, headers, body: sentBody });
  const lower = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  let responseSignatureValid: boolean | null = null;
  const signatureHeader = lower.signature ? parseSignatureHeader(lower.signature) : null;
  if (signatureHeader && lower["response-time"] && lower["client-id"]) {
    const wallet = await walletPublicKey(db, catalog.slug, input.workspaceId, input.realNow);
    const content = contentToSign({ method: "POST", uri, clientId: lower["client-id"], time: lower["response-time"], body: response.body });
    responseSignatureValid = verifyContent(content, signatureHeader.signature, wallet.publicKeyPem);
  }
  const callId = lower["x-call-id"] ?? null;
  const recorded = callId ? db.select({ signature: apiCalls.signature }).from(apiCalls).where(eq(apiCalls.publicId, callId)).get() : undefined;
  const split = splitResponseHeaders(response.headers);
  let json: unknown = null;
  try {
    json = JSON.parse(response.body);
  } catch {
    json = null;
  }
  const facts = answerFacts({
    specId: lower["x-endpoint-spec"] ?? null,
    resultCode: resultCodeIn(json),
    rule: lower["x-applied-rule"] ?? null,
    requestTimeFormat: catalog.document.serverApi.requestTimeFormat,
  });
  return {
    request: { method: "POST", url: `${input.origin}${uri}`, headers, body: sentBody, signedContent },
    response: { status: response.status, headers: Object.fromEntries(split.wallet), studioHeaders: Object.fromEntries(split.studio), body: pretty(response.body), json },
    responseSignatureValid,
    callId,
    signatureCheck: (recorded?.signature as SignatureCheck | null | undefined) ?? null,
    facts,
  };
}

/** `result.resultCode` of a wallet answer, or null when the body is not one. */
export function resultCodeIn(json: unknown): string | null {
  if (typeof json !== "object" || json === null || !("result" in json)) return null;
  const result: unknown = json.result;
  if (typeof result !== "object" || result === null || !("resultCode" in result)) return null;
  return typeof result.resultCode === "string" ? result.resultCode : null;
}

/** In-process transport: the same handler without the network (tests, and a fallback when the own origin is unreachable). */
export function localTransport(db: DB): Transport {
  return async (req) => {
    const { handleWalletRequest } = await import("./wallet-api");
    const url = new URL(req.url);
    const match = /^\/api\/wallets\/([^/]+)(\/.*)$/.exec(url.pathname);
    const headers = new Headers(req.headers);
    const answer = await handleWalletRequest(db, {
      slug: match?.[1] ?? "",
      path: match?.[2] ?? url.pathname,
      uri: `${url.pathname}${url.search}`,
      method: req.method,
      header: (name) => headers.get(name) ?? undefined,
      body: Buffer.from(req.body, "utf8"),
      realNow: Date.now(),
    });
    return { status: answer.status, headers: answer.headers, body: answer.body };
  };
}

/** Real HTTP first; in-process when the studio cannot reach its own origin (e.g. behind a proxy). */
export function studioTransport(db: DB): Transport {
  return async (req) => {
    try {
      return await fetchTransport(req);
    } catch {
      return localTransport(db)(req);
    }
  };
}
