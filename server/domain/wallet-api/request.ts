/**
 * The pure stages of a mock-wallet request: where it goes (endpoint, method, size), what it asks
 * (UTF-8 JSON validated by the endpoint's zod schema, turned into one typed operation), and the
 * answer a refusal or success becomes (result body, HTTP status, headers). No I/O: the pipeline in
 * `server/services/wallet-api` feeds these with what it loaded and sends what they return.
 */
import type { z } from "zod";
import type { Catalog } from "../catalog/schema";
import { formatPath } from "../errors";
import { MAX_BODY_BYTES, readExtendInfo, REQUEST_SCHEMAS, resolveEndpoint, type EndpointId, type EndpointKind } from "./endpoints";
import { httpStatusOf, result, type ResultCode } from "./result-codes";

export { WALLET_API_BASE } from "./endpoints";

/** What the pipeline answers: a result code with the detail that says exactly what was wrong, plus success fields. */
export type Answer = {
  code: ResultCode;
  detail?: string;
  fields?: Record<string, unknown>;
  /** Overrides the result code's usual HTTP status (404 unknown wallet, 405 method, 413 size). */
  status?: number;
  /** INVALID_SIGNATURE answers are not signed: the caller is not who it says it is. */
  sign: boolean;
};

export function answer(code: ResultCode, detail?: string, extra: { fields?: Record<string, unknown>; status?: number } = {}): Answer {
  return { code, detail, fields: extra.fields, status: extra.status, sign: code !== "INVALID_SIGNATURE" };
}

export type Route = { endpoint: EndpointId; kind: EndpointKind };

/** Stage 1 — the request line: an endpoint of this wallet, POST, a body within the limit. */
export function routeRequest(catalog: Catalog, req: { path: string; method: string; bodyTooLarge: boolean }): Route | Answer {
  const endpoint = resolveEndpoint(catalog, req.path);
  if (!endpoint) {
    const prefixes = catalog.serverApi.pathPrefixes.map((p) => p || "(none)").join(", ");
    return answer("INVALID_API", `No API at "${req.path}" for ${catalog.name} (gateway prefixes: ${prefixes}).`);
  }
  if (req.method !== "POST") return answer("INVALID_API", `Use POST, not ${req.method}.`, { status: 405 });
  if (req.bodyTooLarge) return answer("PARAM_ILLEGAL", `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`, { status: 413 });
  return { endpoint: endpoint.id, kind: endpoint.kind };
}

export function isAnswer<T extends object>(value: T | Answer): value is Answer {
  return "code" in value && "sign" in value;
}

/** What the request asks the lifecycle to do, with the secret it presents. */
export type Operation =
  | { kind: "exchange-code"; authCode: string }
  | { kind: "refresh"; refreshToken: string }
  | { kind: "user-info"; accessToken: string }
  | { kind: "revoke"; accessToken: string };

export type ParsedCall = {
  route: Route;
  operation: Operation;
  /** `authClientId` from the body, when sent (must match Client-Id). */
  authClientId: string | undefined;
};

type RequestBody = z.output<(typeof REQUEST_SCHEMAS)[EndpointId]>;

/** Stage 3 — the body: strict UTF-8 JSON object, the endpoint's schema, the documented field rules. */
export function parseCall(catalog: Catalog, route: Route, raw: Buffer): ParsedCall | Answer {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    return answer("PARAM_ILLEGAL", "The body is not UTF-8 JSON.");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return answer("PARAM_ILLEGAL", "The body must be a JSON object.");
  const parsed = REQUEST_SCHEMAS[route.endpoint].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return answer("PARAM_ILLEGAL", issue ? `${formatPath(issue.path)}: ${issue.message}.` : "");
  }
  const body: RequestBody = parsed.data;
  const extend = readExtendInfo(body.extendInfo);
  if (!extend.ok) return answer("PARAM_ILLEGAL", "extendInfo must be a JSON object encoded as a string.");
  const expected = catalog.serverApi.customerBelongsTo;
  const fromExtend = typeof extend.data.customerBelongsTo === "string" ? extend.data.customerBelongsTo : undefined;
  const belongsTo = ("customerBelongsTo" in body ? body.customerBelongsTo : undefined) ?? fromExtend;
  if (expected && belongsTo !== undefined && belongsTo !== expected) {
    return answer("PARAM_ILLEGAL", `customerBelongsTo is "${belongsTo}"; this wallet is "${expected}".`);
  }
  const operation = operationOf(route.kind, body);
  if (isAnswer(operation)) return operation;
  return { route, operation, authClientId: "authClientId" in body ? body.authClientId : undefined };
}

function operationOf(kind: EndpointKind, body: RequestBody): Operation | Answer {
  if ("accessToken" in body) return { kind: kind === "revoke" ? "revoke" : "user-info", accessToken: body.accessToken };
  if (!("grantType" in body)) return answer("PARAM_ILLEGAL", "grantType is required.");
  if (body.grantType === "AUTHORIZATION_CODE") {
    return body.authCode ? { kind: "exchange-code", authCode: body.authCode } : answer("PARAM_ILLEGAL", "authCode is required when grantType is AUTHORIZATION_CODE.");
  }
  if (body.grantType === "REFRESH_TOKEN") {
    return body.refreshToken ? { kind: "refresh", refreshToken: body.refreshToken } : answer("PARAM_ILLEGAL", "refreshToken is required when grantType is REFRESH_TOKEN.");
  }
  return answer("AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE", `grantType "${body.grantType}" is not AUTHORIZATION_CODE or REFRESH_TOKEN.`);
}

/** The secret an operation presents, for the call's record. */
export function presentedIn(operation: Operation): { target: "code" | "access-token" | "refresh-token"; value: string } {
  switch (operation.kind) {
    case "exchange-code":
      return { target: "code", value: operation.authCode };
    case "refresh":
      return { target: "refresh-token", value: operation.refreshToken };
    default:
      return { target: "access-token", value: operation.accessToken };
  }
}

/**
 * What a body asks for, read best-effort (no validation): for the record of a call refused before
 * its body was checked (a bad signature, say), so Activity still links it to the code or token it named.
 */
export function peekOperation(kind: EndpointKind, raw: Buffer | null): Operation | null {
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw.toString("utf8")) : null;
  } catch {
    return null;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const field = (key: string): string => {
    const value: unknown = (body as Record<string, unknown>)[key];
    return typeof value === "string" && value.length <= 128 ? value : "";
  };
  if (kind === "inquiryUserInfo") return { kind: "user-info", accessToken: field("accessToken") };
  if (kind === "revoke") return { kind: "revoke", accessToken: field("accessToken") };
  return field("grantType") === "REFRESH_TOKEN" ? { kind: "refresh", refreshToken: field("refreshToken") } : { kind: "exchange-code", authCode: field("authCode") };
}

export type ResponseDraft = { status: number; body: string; headers: Record<string, string> };

/** Stage 5 — the answer as HTTP: `{result, …fields}`, its status, the headers every answer carries. */
export function draftResponse(decided: Answer, callId: string): ResponseDraft {
  const status = decided.status ?? httpStatusOf(decided.code);
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=UTF-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Call-Id": callId,
  };
  if (status === 405) headers.Allow = "POST";
  return { status, headers, body: JSON.stringify({ result: result(decided.code, decided.detail), ...decided.fields }) };
}
