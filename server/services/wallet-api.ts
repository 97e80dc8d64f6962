/**
 * The mock wallet HTTP API behind `/api/wallets/<slug>/…`: identifies the client, checks the
 * request signature, validates the body with the endpoint's zod schema, runs the lifecycle
 * operation, signs the response with the wallet's key and records the call.
 * Every outcome is a `result{resultCode,resultStatus,resultMessage}` body — never a stack trace.
 */
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { apiCalls, catalogs } from "@/db/schema";
import { formatPath } from "@/server/domain/errors";
import { maskSecrets, publicId, secretPrefix, secretsIn } from "@/server/domain/secrets";
import { contentToSign, formatSignatureHeader, signContent } from "@/server/domain/signing/signature";
import { checkRequestSignature, type SignatureCheck } from "@/server/domain/signing/verify-request";
import { formatWalletTime, readExtendInfo, REQUEST_SCHEMAS, resolveEndpoint, type EndpointId } from "@/server/domain/wallet-api/endpoints";
import { httpStatusOf, result, type ResultCode } from "@/server/domain/wallet-api/result-codes";
import { recordCallActivity, type CallEffects } from "./activity-record";
import { rowDocument } from "./catalog-store";
import { ensureWalletKey, findClient } from "./clients";
import { mockNow } from "./clock";
import { exchangeAuthCode, inquireUserInfo, refreshGrant, revokeByAccessToken, type CatalogContext, type ClientRow } from "./lifecycle";

export const WALLET_API_BASE = "/api/wallets";

export type WalletRequest = {
  slug: string;
  /** The path after `/api/wallets/<slug>` (e.g. `/api/open/v2/authorizations/applyToken`). */
  path: string;
  /** Path and query exactly as requested. */
  uri: string;
  method: string;
  headers: Headers;
  /** Raw body, or null when it was larger than the limit. */
  body: Buffer | null;
  realNow: number;
};

export type WalletResponse = { status: number; headers: Record<string, string>; body: string; callId: string; resultCode: ResultCode };

type Answer = { code: ResultCode; detail?: string; fields?: Record<string, unknown>; status?: number; sign: boolean };

const LOGGED_HEADERS = ["content-type", "client-id", "request-time", "signature", "user-agent"];

function answer(code: ResultCode, detail?: string, fields?: Record<string, unknown>): Answer {
  return { code, detail, fields, sign: true };
}

export function handleWalletRequest(db: DB, req: WalletRequest): WalletResponse {
  const callId = publicId("call");
  const catalogRow = db.select().from(catalogs).where(eq(catalogs.slug, req.slug)).get();
  let signature: SignatureCheck | null = null;
  let clientRow: ClientRow | null = null;
  let endpointId: EndpointId | "unknown" = "unknown";
  // What the request touched, for the Activity history (filled in as decide() learns it).
  const touched: CallEffects = { endpointKind: null };

  const decide = (): Answer => {
    if (!catalogRow) return { ...answer("INVALID_API", `No mock wallet "${req.slug}": see GET /api/catalogs for the slugs.`), status: 404 };
    const document = rowDocument(db, catalogRow);
    const endpoint = resolveEndpoint(document, req.path);
    if (!endpoint) {
      const prefixes = document.serverApi.pathPrefixes.map((p) => p || "(none)").join(", ");
      return answer("INVALID_API", `No API at "${req.path}" for ${document.name} (gateway prefixes: ${prefixes}).`);
    }
    endpointId = endpoint.id;
    touched.endpointKind = endpoint.kind;
    if (req.method !== "POST") return { ...answer("INVALID_API", `Use POST, not ${req.method}.`), status: 405 };
    if (req.body === null) return { ...answer("PARAM_ILLEGAL", "The request body is larger than 64 KB."), status: 413 };

    const clientId = req.headers.get("client-id");
    if (!clientId) return answer("PARAM_ILLEGAL", "The Client-Id header is required.");
    const found = findClient(db, clientId);
    if (!found) return answer("INVALID_AUTH_CLIENT", `Client-Id "${clientId}" is not registered. Register it in the studio (Simulator → Clients) or POST /api/clients.`);
    if (found.catalogSlug !== req.slug) {
      return answer("INVALID_AUTH_CLIENT", `Client-Id "${clientId}" is registered for the ${found.catalogSlug} wallet, not ${req.slug}.`);
    }
    clientRow = found.row;

    const mount = `${WALLET_API_BASE}/${req.slug}`;
    signature = checkRequestSignature({
      method: req.method,
      uri: req.uri,
      acceptedUris: req.uri.startsWith(mount) ? [req.uri.slice(mount.length) || "/"] : [],
      clientIdHeader: clientId,
      requestTimeHeader: req.headers.get("request-time"),
      signatureHeader: req.headers.get("signature"),
      body: req.body,
      publicKeyPem: found.row.publicKeyPem,
      now: req.realNow,
    });
    if (!signature.ok && found.row.signatureMode === "strict") {
      return { code: "INVALID_SIGNATURE", detail: signature.message, sign: false };
    }

    let json: unknown;
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(req.body);
      json = JSON.parse(text);
    } catch {
      return answer("PARAM_ILLEGAL", "The body is not UTF-8 JSON.");
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) return answer("PARAM_ILLEGAL", "The body must be a JSON object.");
    const parsed = REQUEST_SCHEMAS[endpoint.id].safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return answer("PARAM_ILLEGAL", issue ? `${formatPath(issue.path)}: ${issue.message}.` : "");
    }
    const body: Record<string, unknown> = parsed.data;
    const catalog: CatalogContext = { id: catalogRow.id, slug: catalogRow.slug, document };
    const now = mockNow(db, req.realNow);
    const time = (ms: number) => formatWalletTime(ms, catalogRow.countryCode);
    const str = (key: string) => (typeof body[key] === "string" ? (body[key] as string) : undefined);

    const authClientId = str("authClientId");
    if (authClientId !== undefined && authClientId !== clientId) {
      return answer("INVALID_AUTH_CLIENT", `authClientId "${authClientId}" does not match the Client-Id header "${clientId}".`);
    }
    const extend = readExtendInfo(str("extendInfo"));
    if (!extend.ok) return answer("PARAM_ILLEGAL", "extendInfo must be a JSON object encoded as a string.");
    const expected = document.serverApi.customerBelongsTo;
    const belongsTo = str("customerBelongsTo") ?? (typeof extend.data.customerBelongsTo === "string" ? extend.data.customerBelongsTo : undefined);
    if (expected && belongsTo !== undefined && belongsTo !== expected) {
      return answer("PARAM_ILLEGAL", `customerBelongsTo is "${belongsTo}"; this wallet is "${expected}".`);
    }

    if (endpoint.kind === "applyToken") {
      const grantType = str("grantType") ?? "";
      let issued;
      if (grantType === "AUTHORIZATION_CODE") {
        const code = str("authCode");
        if (!code) return answer("PARAM_ILLEGAL", "authCode is required when grantType is AUTHORIZATION_CODE.");
        issued = exchangeAuthCode(db, { catalog, client: found.row, authCode: code, now });
      } else if (grantType === "REFRESH_TOKEN") {
        const token = str("refreshToken");
        if (!token) return answer("PARAM_ILLEGAL", "refreshToken is required when grantType is REFRESH_TOKEN.");
        issued = refreshGrant(db, { catalog, client: found.row, refreshToken: token, now });
      } else {
        return answer("AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE", `grantType "${grantType}" is not AUTHORIZATION_CODE or REFRESH_TOKEN.`);
      }
      if (!issued.ok) return answer(issued.code, issued.detail);
      touched.grantId = issued.grantId;
      touched.issued = [
        { target: "access-token", id: issued.accessTokenId, prefix: secretPrefix(issued.accessToken) },
        { target: "refresh-token", id: issued.refreshTokenId, prefix: secretPrefix(issued.refreshToken) },
      ];
      return answer("SUCCESS", undefined, {
        accessToken: issued.accessToken,
        accessTokenExpiryTime: time(issued.accessTokenExpiresAt),
        refreshToken: issued.refreshToken,
        refreshTokenExpiryTime: time(issued.refreshTokenExpiresAt),
        customerId: issued.customerId,
      });
    }
    const accessToken = str("accessToken") ?? "";
    if (endpoint.kind === "inquiryUserInfo") {
      const info = inquireUserInfo(db, { catalog, client: found.row, accessToken, now });
      if (!info.ok) return answer(info.code, info.detail);
      touched.grantId = info.grantId;
      return answer("SUCCESS", undefined, { userInfo: info.userInfo });
    }
    const revoked = revokeByAccessToken(db, { catalog, client: found.row, accessToken, now });
    if (!revoked.ok) return answer(revoked.code, revoked.detail);
    touched.grantId = revoked.grantId;
    return answer("SUCCESS");
  };

  let decided: Answer;
  try {
    decided = decide();
  } catch (error) {
    console.error("[wallet-api] unexpected error:", error);
    decided = answer("UNKNOWN_EXCEPTION", "The mock wallet hit an unexpected error; nothing was changed.");
  }

  const responseBody = JSON.stringify({ result: result(decided.code, decided.detail), ...(decided.fields ?? {}) });
  const status = decided.status ?? httpStatusOf(decided.code);
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=UTF-8",
    "Cache-Control": "no-store",
    "X-Call-Id": callId,
  };
  if (status === 405) headers.Allow = "POST";
  const clientId = req.headers.get("client-id");
  if (catalogRow && decided.sign && clientId) {
    const key = ensureWalletKey(db, catalogRow.id, req.realNow);
    const responseTime = formatWalletTime(req.realNow, catalogRow.countryCode);
    const content = contentToSign({ method: req.method, uri: req.uri, clientId, time: responseTime, body: responseBody });
    headers["Client-Id"] = clientId;
    headers["Response-Time"] = responseTime;
    headers.Signature = formatSignatureHeader(signContent(content, key.privateKeyPem), String(key.keyVersion));
  }

  const requestHeaders: Record<string, string> = {};
  for (const name of LOGGED_HEADERS) {
    const value = req.headers.get(name);
    if (value !== null) requestHeaders[name] = value.slice(0, 2048);
  }
  // Codes and tokens are stored only hashed: the recorded bodies and signature check keep their prefixes.
  const rawRequestBody = req.body ? req.body.toString("utf8") : "(larger than 64 KB, not recorded)";
  const secrets = secretsIn(rawRequestBody, responseBody);
  try {
    db.transaction(() => {
      const call = db
        .insert(apiCalls)
        .values({
          publicId: callId,
          catalogId: catalogRow?.id ?? null,
          clientRowId: (clientRow as ClientRow | null)?.id ?? null,
          endpoint: endpointId,
          method: req.method.slice(0, 16),
          path: req.uri.slice(0, 2048),
          requestHeaders,
          requestBody: maskSecrets(rawRequestBody, secrets),
          status,
          resultCode: decided.code,
          responseHeaders: headers,
          responseBody: maskSecrets(responseBody, secrets),
          signature: signature ? (JSON.parse(maskSecrets(JSON.stringify(signature), secrets)) as SignatureCheck) : null,
          createdAt: req.realNow,
        })
        .returning({ id: apiCalls.id })
        .get();
      recordCallActivity(db, {
        ref: callId,
        apiCallId: call.id,
        catalogId: catalogRow?.id ?? null,
        clientRowId: (clientRow as ClientRow | null)?.id ?? null,
        endpoint: endpointId,
        method: req.method.slice(0, 16),
        path: req.uri.slice(0, 2048),
        body: req.body,
        resultCode: decided.code,
        effects: touched,
        createdAt: req.realNow,
      });
    });
  } catch (error) {
    console.error("[wallet-api] could not record the call:", error);
  }
  return { status, headers, body: responseBody, callId, resultCode: decided.code };
}
