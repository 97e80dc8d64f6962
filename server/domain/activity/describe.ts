/**
 * What the Activity pages say about codes, tokens and outcomes: states judged on the mock
 * wallet's clock, one-line summaries, and the plain-language advice that lives with the
 * result codes (`RESULT_CODES[code].advice`) and the catalog's JSAPI error codes (`errorCodes[].advice`).
 * Pure: used by the services and the pages.
 */
import type { Catalog, JsapiErrorCode } from "../catalog/schema";
import type { Operation } from "../wallet-api/request";
import { RESULT_CODES, type ResultCodeInfo } from "../wallet-api/result-codes";
import type { ActivityEvent } from "./types";

export { AUTH_CODE_STATES, TOKEN_STATES, authCodeState, tokenState, GRANT_REUSE_REASON } from "../wallet-api/lifecycle";

export type ResultAdvice = { code: string; status: ResultCodeInfo["status"]; message: string; advice: string };

/** "Why this happens / what to do" for a wallet API result code, or null for an unknown one. */
export function resultCodeAdvice(code: string): ResultAdvice | null {
  const info = (RESULT_CODES as Record<string, ResultCodeInfo | undefined>)[code];
  return info ? { code, status: info.status, message: info.message, advice: info.advice } : null;
}

/** The catalog's entry for a JSAPI error code (with its advice), or null when the catalog does not list it. */
export function jsapiErrorAdvice(catalog: Catalog, code: number): JsapiErrorCode | null {
  return catalog.errorCodes.find((error) => error.code === code) ?? null;
}

/** Which Activity event a wallet API call is, from the operation it asked for (null: no known endpoint). */
export function callEvent(operation: Operation["kind"] | null): ActivityEvent {
  switch (operation) {
    case "exchange-code":
      return "redeem";
    case "refresh":
      return "refresh";
    case "user-info":
      return "user-info";
    case "revoke":
      return "revoke";
    default:
      return "other";
  }
}

const EVENT_LABELS: Record<ActivityEvent, string> = {
  run: "my.getAuthCode run",
  redeem: "applyToken (code)",
  refresh: "applyToken (refresh)",
  "user-info": "inquiryUserInfo",
  revoke: "revoke",
  other: "call",
};

export function eventLabel(event: ActivityEvent): string {
  return EVENT_LABELS[event];
}

function list(names: readonly string[], max = 4): string {
  if (names.length === 0) return "none";
  return names.length > max ? `${names.slice(0, max).join(", ")} +${names.length - max}` : names.join(", ");
}

export function runSummary(run: { callback: "success" | "fail"; grantedScopes: readonly string[]; refusedScopes: readonly string[]; errorCode: number | null }): string {
  if (run.callback === "fail") return `fail callback${run.errorCode !== null ? ` · error ${run.errorCode}` : ""}`;
  const refused = run.refusedScopes.length > 0 ? ` · refused ${list(run.refusedScopes)}` : "";
  return `success callback · granted ${list(run.grantedScopes)}${refused}`;
}

export function callSummary(call: { event: ActivityEvent; endpoint: string; method: string; path: string; resultCode: string; fault?: { id: string; effect: string } | null }): string {
  const version = /^(v\d)\./.exec(call.endpoint)?.[1];
  const what = call.event === "other" ? `${call.method} ${call.path}`.slice(0, 120) : `${version ? `${version} ` : ""}${EVENT_LABELS[call.event]}`;
  const fault = call.fault ? ` (fault rule ${call.fault.id}: ${call.fault.effect})` : "";
  return `${what} → ${call.resultCode}${fault}`;
}
