/**
 * Fault rules: the mock wallet failing on purpose, so a merchant backend can be tested against the
 * wallet's own failures. A rule names a client (or every client of the workspace), an endpoint (an
 * applyToken grant type, inquiryUserInfo, revoke/cancelToken, or `*`) and an effect; it applies to
 * the next N matching calls, until a time, to a percentage of calls, or (with none of these) to
 * every matching call until it is paused or deleted. Pure: matching and the effect's description.
 *
 * What each effect does (the studio's choice, documented in the README):
 * - `result`: answers the result code (in the endpoint's v1/v2 naming) instead of running the call;
 * - `http`: answers a bare 500/502/503/504, as a gateway in front of the wallet would, unsigned;
 * - `delay`: waits, then runs the call and answers as usual;
 * - `drop`: closes the connection without an answer;
 * - `malformed`: answers a cut-off JSON body, or an HTML error page, with HTTP 200, unsigned;
 * - `bad-signature`: runs the call, then signs the answer with another key, or not at all.
 */
import { z } from "zod";
// The product's wording of validation problems, for these schemas as for every other.
import "../validation-messages";
import type { ApiVersion } from "../catalog/schema";
import type { EndpointKind } from "./endpoints";
import type { Operation } from "./request";
import { FAULT_ENDPOINTS, FAULT_HTTP_STATUSES, type FaultEndpoint } from "./fault-choices";
import { codeFailure, RESULT_CODES, type ResultCode } from "./result-codes";

export { FAULT_ENDPOINTS, FAULT_HTTP_STATUSES, type FaultEndpoint };

const FAULT_RESULT_CODES = (Object.keys(RESULT_CODES) as ResultCode[]).filter((code) => code !== "SUCCESS");
export const MAX_FAULT_DELAY_MS = 60_000;

export const faultEffectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("result"), resultCode: z.enum(FAULT_RESULT_CODES as [ResultCode, ...ResultCode[]]) }).strict(),
  z.object({ kind: z.literal("http"), status: z.union(FAULT_HTTP_STATUSES.map((status) => z.literal(status)) as [z.ZodLiteral<500>, z.ZodLiteral<502>, z.ZodLiteral<503>, z.ZodLiteral<504>]) }).strict(),
  z.object({ kind: z.literal("delay"), ms: z.number().int().min(1).max(MAX_FAULT_DELAY_MS) }).strict(),
  z.object({ kind: z.literal("drop") }).strict(),
  z.object({ kind: z.literal("malformed"), form: z.enum(["truncated", "not-json"]).default("truncated") }).strict(),
  z.object({ kind: z.literal("bad-signature"), mode: z.enum(["wrong-key", "none"]) }).strict(),
]);

export type FaultEffect = z.infer<typeof faultEffectSchema>;

export const faultRuleInputSchema = z
  .object({
    /** A client id of the workspace; absent: every client of the workspace. */
    client: z.string().min(1).max(64).optional(),
    endpoint: z.enum(FAULT_ENDPOINTS).default("*"),
    effect: faultEffectSchema,
    times: z.number().int().min(1).max(1_000_000).optional(),
    until: z.iso.datetime({ offset: true }).optional(),
    percent: z.number().gt(0).max(100).optional(),
  })
  .strict()
  .refine((rule) => [rule.times, rule.until, rule.percent].filter((value) => value !== undefined).length <= 1, {
    message: "Give at most one of times, until and percent",
    path: ["times"],
  });

export type FaultRuleInput = z.infer<typeof faultRuleInputSchema>;

/** A stored rule as the pipeline sees it. */
export type FaultRule = {
  id: number;
  publicId: string;
  clientRowId: number | null;
  endpoint: FaultEndpoint;
  effect: FaultEffect;
  timesLeft: number | null;
  until: number | null;
  percent: number | null;
  paused: boolean;
};

/** Whether a rule covers a call to `kind` doing `operation`. */
export function ruleCovers(endpoint: FaultEndpoint, kind: EndpointKind, operation: Operation["kind"]): boolean {
  switch (endpoint) {
    case "*":
      return true;
    case "applyToken":
      return kind === "applyToken";
    case "applyToken:AUTHORIZATION_CODE":
      return operation === "exchange-code";
    case "applyToken:REFRESH_TOKEN":
      return operation === "refresh";
    case "inquiryUserInfo":
      return kind === "inquiryUserInfo";
    case "revoke":
      return kind === "revoke";
  }
}

/**
 * The first rule (oldest first) that applies to this call, if any: same client (or a workspace-wide
 * rule), the endpoint covered, not paused, not past `until`, calls left, and the percentage drawn.
 */
export function pickRule(rules: readonly FaultRule[], call: { clientRowId: number; kind: EndpointKind; operation: Operation["kind"]; now: number; draw: () => number }): FaultRule | null {
  for (const rule of rules) {
    if (rule.paused) continue;
    if (rule.clientRowId !== null && rule.clientRowId !== call.clientRowId) continue;
    if (!ruleCovers(rule.endpoint, call.kind, call.operation)) continue;
    if (rule.until !== null && call.now >= rule.until) continue;
    if (rule.timesLeft !== null && rule.timesLeft <= 0) continue;
    if (rule.percent !== null && call.draw() * 100 >= rule.percent) continue;
    return rule;
  }
  return null;
}

const VERSIONED: Partial<Record<ResultCode, "invalid" | "used" | "expired">> = {
  INVALID_AUTHCODE: "invalid",
  INVALID_CODE: "invalid",
  USED_AUTHCODE: "used",
  USED_CODE: "used",
  EXPIRED_AUTHCODE: "expired",
  EXPIRED_CODE: "expired",
};

/** A result code in the naming of the endpoint that was called (a v2 name on a v1 path becomes its v1 name). */
export function inEndpointNaming(code: ResultCode, version: ApiVersion): ResultCode {
  const kind = VERSIONED[code];
  return kind ? codeFailure(kind, version) : code;
}

/** The version of an endpoint id (`v1.applyToken`). */
export function endpointVersion(endpointId: string): ApiVersion {
  return endpointId.startsWith("v1.") ? "v1" : "v2";
}

/** One line for Activity and the rule list: what the rule does. */
export function describeEffect(effect: FaultEffect): string {
  switch (effect.kind) {
    case "result":
      return `answer ${effect.resultCode}`;
    case "http":
      return `HTTP ${effect.status}`;
    case "delay":
      return `delay ${effect.ms} ms`;
    case "drop":
      return "drop the connection";
    case "malformed":
      return effect.form === "not-json" ? "non-JSON body" : "truncated body";
    case "bad-signature":
      return effect.mode === "none" ? "no response signature" : "response signed with the wrong key";
  }
}

/** The recorded result of a call a fault answered without a wallet result (HTTP error, dropped, malformed). */
export function faultOutcome(effect: FaultEffect): string | null {
  if (effect.kind === "http") return `HTTP_${effect.status}`;
  if (effect.kind === "drop") return "DROPPED";
  if (effect.kind === "malformed") return effect.form === "not-json" ? "NOT_JSON" : "TRUNCATED";
  return null;
}

const REASONS: Record<(typeof FAULT_HTTP_STATUSES)[number], string> = { 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" };

/** The bare answer a gateway in front of the wallet gives. */
export function httpFaultBody(status: (typeof FAULT_HTTP_STATUSES)[number]): string {
  return `${status} ${REASONS[status]}`;
}

/** A JSON answer cut off mid-way, or an HTML error page. */
export function malformedBody(form: "truncated" | "not-json", wouldBe: string): { body: string; contentType: string } {
  if (form === "not-json") return { body: "<html><body><h1>Service temporarily unavailable</h1></body></html>", contentType: "text/html; charset=UTF-8" };
  return { body: wouldBe.slice(0, Math.max(1, Math.floor(wouldBe.length / 2))), contentType: "application/json; charset=UTF-8" };
}
