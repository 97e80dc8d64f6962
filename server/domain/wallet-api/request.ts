/**
 * The pure stages of a mock-wallet request: where it goes (endpoint, method, size), what it asks
 * (UTF-8 JSON validated by the endpoint's zod schema, turned into one typed operation), and the
 * answer a refusal or success becomes (result body, HTTP status, headers). No I/O: the pipeline in
 * `server/services/wallet-api` feeds these with what it loaded and sends what they return.
 */
import type { z } from "zod";
import type { Catalog } from "../catalog/schema";
import { formatPath } from "../errors";
import { MAX_BODY_BYTES, readExtendInfo, REQUEST_SCHEMAS, resolveEndpoint, servedSpecs, type EndpointId, type EndpointKind } from "./endpoints";
import { REQUEST_TIME_FORMATS, requestTimeMatches, type EndpointSpecId } from "./endpoint-specs";
import { httpStatusOf, result, type ResultCode } from "./result-codes";
import type { AnswerRule } from "./answer-facts";

export { WALLET_API_BASE } from "./endpoints";

/** What the pipeline answers: a result code with the detail that says exactly what was wrong, plus success fields. */
export type Answer = {
  code: ResultCode;
  detail?: string;
  fields?: Record<string, unknown>;
  /** Overrides the result code's usual HTTP status (404 unknown wallet, 405 method, 413 size). */
  status?: number;
  /** Only INVALID_SIGNATURE answers are unsigned: the caller is not who it says it is. Every other answer, errors included, is signed. */
  sign: boolean;
  /** The studio rule that decided this answer (a field rule, the Request-Time format, …), for the answer's facts. */
  rule?: AnswerRule;
};

export function answer(code: ResultCode, detail?: string, extra: { fields?: Record<string, unknown>; status?: number; rule?: AnswerRule } = {}): Answer {
  return { code, detail, fields: extra.fields, status: extra.status, sign: code !== "INVALID_SIGNATURE", ...(extra.rule ? { rule: extra.rule } : {}) };
}

/** `endpoint`: the path's endpoint; `spec`: the profile this catalog serves it with. */
export type Route = { endpoint: EndpointId; spec: EndpointSpecId; kind: EndpointKind };

/** "POST /v2/authorizations/applyToken, … (gateway prefixes: (none), /api/open)": what a catalog's mock serves. */
export function offeredPaths(catalog: Catalog): string {
  const paths = servedSpecs(catalog).map((spec) => spec.path);
  const prefixes = catalog.serverApi.pathPrefixes.map((p) => p || "(none)").join(", ");
  return `${paths.join(", ")} (gateway prefixes: ${prefixes})`;
}

/** Stage 1 — the request line: an endpoint this wallet serves, POST, a body within the limit. */
export function routeRequest(catalog: Catalog, req: { path: string; method: string; bodyTooLarge: boolean }): Route | Answer {
  const endpoint = resolveEndpoint(catalog, req.path);
  if (!endpoint) return answer("INVALID_API", `No API at "${req.path}" for ${catalog.name}. It serves ${offeredPaths(catalog)}.`, { rule: "unserved" });
  if (!endpoint.spec) {
    return answer("INVALID_API", `${catalog.name} does not serve ${endpoint.walletPath.slice(endpoint.prefix.length)}. It serves ${offeredPaths(catalog)}.`, { rule: "unserved" });
  }
  if (req.method !== "POST") return answer("INVALID_API", `Use POST, not ${req.method}.`, { status: 405 });
  if (req.bodyTooLarge) return answer("PARAM_ILLEGAL", `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`, { status: 413 });
  return { endpoint: endpoint.id, spec: endpoint.spec.id, kind: endpoint.kind };
}

/**
 * The Request-Time header in the catalog's format (ISO 8601, epoch milliseconds, or either). A
 * missing header is the signature check's to report (a client with checking off may omit it).
 */
export function checkRequestTime(catalog: Catalog, header: string | undefined): Answer | null {
  if (header === undefined) return null;
  const format = catalog.serverApi.requestTimeFormat;
  if (requestTimeMatches(format, header)) return null;
  const { label, example } = REQUEST_TIME_FORMATS[format];
  return answer("PARAM_ILLEGAL", `Request-Time "${header.slice(0, 64)}" is not ${label}, the format this wallet uses (e.g. ${example}).`, { rule: "request-time" });
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

type RequestBody = z.output<(typeof REQUEST_SCHEMAS)[EndpointSpecId]>;

/** Which of a field's rules a validation issue broke. */
function fieldRuleOf(issue: z.core.$ZodIssue): "required" | "maxLength" | "charset" | "json" {
  if (issue.code === "too_big") return "maxLength";
  if (issue.code === "invalid_format") return "charset";
  if (issue.code === "custom") return issue.message.startsWith("required") ? "required" : "json";
  return "required";
}

/** Stage 3 — the body: strict UTF-8 JSON object, the endpoint's documented field rules, the wallet's customerBelongsTo. */
export function parseCall(catalog: Catalog, route: Route, raw: Buffer): ParsedCall | Answer {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    return answer("PARAM_ILLEGAL", "The body is not UTF-8 JSON.");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return answer("PARAM_ILLEGAL", "The body must be a JSON object.");
  const parsed = REQUEST_SCHEMAS[route.spec].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return answer("PARAM_ILLEGAL", "");
    const name = typeof issue.path[0] === "string" ? issue.path[0] : null;
    return answer("PARAM_ILLEGAL", `${formatPath(issue.path)}: ${issue.message}.`, name ? { rule: `field:${name}:${fieldRuleOf(issue)}` } : {});
  }
  const body: RequestBody = parsed.data;
  const expected = catalog.serverApi.customerBelongsTo;
  const extend = readExtendInfo(body.extendInfo);
  const fromExtend = extend.ok && typeof extend.data.customerBelongsTo === "string" ? extend.data.customerBelongsTo : undefined;
  const belongsTo = body.customerBelongsTo ?? fromExtend;
  if (expected && belongsTo !== undefined && belongsTo !== expected) {
    return answer("PARAM_ILLEGAL", `customerBelongsTo is "${belongsTo}"; this wallet is "${expected}".`, { rule: "customer-belongs-to" });
  }
  const operation = operationOf(route.kind, body);
  if (isAnswer(operation)) return operation;
  return { route, operation, authClientId: body.authClientId };
}

function operationOf(kind: EndpointKind, body: RequestBody): Operation | Answer {
  if (kind !== "applyToken") {
    const accessToken = body.accessToken ?? "";
    return { kind: kind === "revoke" ? "revoke" : "user-info", accessToken };
  }
  if (body.grantType === "AUTHORIZATION_CODE" && body.authCode) return { kind: "exchange-code", authCode: body.authCode };
  if (body.grantType === "REFRESH_TOKEN" && body.refreshToken) return { kind: "refresh", refreshToken: body.refreshToken };
  return answer("AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE", `grantType "${body.grantType ?? ""}" is not AUTHORIZATION_CODE or REFRESH_TOKEN.`);
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

/**
 * Stage 5 — the answer as HTTP: `{result, …fields}`, its status, the headers every answer carries.
 * `X-Endpoint-Spec` / `X-Applied-Rule` are the studio's (not a wallet's): which endpoint profile and
 * which rule decided the answer, so the studio can show the facts it relied on.
 */
export function draftResponse(decided: Answer, callId: string, spec?: EndpointSpecId): ResponseDraft {
  const status = decided.status ?? httpStatusOf(decided.code);
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=UTF-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Call-Id": callId,
  };
  if (status === 405) headers.Allow = "POST";
  if (spec) headers["X-Endpoint-Spec"] = spec;
  if (decided.rule) headers["X-Applied-Rule"] = decided.rule;
  return { status, headers, body: JSON.stringify({ result: result(decided.code, decided.detail), ...decided.fields }) };
}
