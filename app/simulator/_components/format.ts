import type { Catalog, JsapiErrorCode, Scope } from "@/server/domain/catalog/schema";
import type { inferRouterOutputs } from "@trpc/server";
import type { Actor, FlowStep } from "@/server/domain/flow/engine";
import type { AppRouter } from "@/server/routers/_app";

type Outputs = inferRouterOutputs<AppRouter>;
/** What simulator.run answers (a SimulationView as it arrives over the wire). */
export type SimulationResult = Outputs["simulator"]["run"];
/** What simulator.send answers (an HttpExchange as it arrives over the wire, with its place in the run). */
export type Exchange = Outputs["simulator"]["send"];
/** A run restored by reference: the result, what it was asked, the calls sent for it. */
export type Session = Outputs["simulator"]["session"];
/** One call the simulator sent to continue a run. */
export type FlowCall = Session["calls"][number];
export type FlowStepId = FlowCall["step"];

export const DEFAULT_CATALOG = "alipay-plus";

export const ACTOR_NAMES: Record<Actor, string> = {
  "mini-program": "Mini program",
  "wallet-app": "Wallet app",
  user: "User",
  "wallet-backend": "Wallet backend",
  "merchant-backend": "Merchant backend",
};

export const STATUS_TEXT: Record<FlowStep["status"], string> = {
  done: "done",
  skipped: "skipped",
  failed: "failed",
  pending: "pending",
};

export type OutcomeId = "approve" | "partial" | "deny" | "cancel" | "timeout" | `error:${number}`;

export type OutcomeOption = { id: OutcomeId; label: string; hint?: string; disabledReason: string | null };

export function errorLabel(error: JsapiErrorCode): string {
  return `Error ${error.code} — ${error.name || error.message}`;
}

/** The outcomes a run can force, each with why it is unavailable for the selected scopes (or null). */
export function outcomeOptions(catalog: Catalog, selected: readonly Scope[]): OutcomeOption[] {
  const consent = selected.filter((scope) => !scope.silent);
  const allSilent = selected.length > 0 && consent.length === 0;
  const silentReason = allSilent ? "Every selected scope is silent: no consent page is shown, so the user cannot answer one." : null;
  const partialReason =
    silentReason ??
    (consent.length === 0
      ? "Select at least one consent scope to refuse."
      : selected.length < 2
        ? "A partial grant needs at least two scopes: one to refuse and one to grant."
        : null);
  return [
    { id: "approve", label: "Approve all", disabledReason: null },
    { id: "partial", label: "Partial grant", hint: "The user refuses some consent scopes.", disabledReason: partialReason },
    { id: "deny", label: "Deny all", disabledReason: silentReason },
    { id: "cancel", label: "User cancel", disabledReason: silentReason },
    { id: "timeout", label: "Timeout", disabledReason: null },
    ...[...catalog.errorCodes]
      .sort((a, b) => a.code - b.code)
      .map((error): OutcomeOption => ({ id: `error:${error.code}`, label: errorLabel(error), hint: error.advice || undefined, disabledReason: null })),
  ];
}

/** The user-info fields the granted scopes unlock (aliases resolved), in scope order. */
export function unlockedFields(catalog: Catalog, granted: readonly string[]): Array<{ scope: string; fields: string[] }> {
  return granted.map((name) => {
    const scope = catalog.scopes.find((s) => s.name === name) ?? catalog.scopes.find((s) => s.aliases.includes(name));
    return { scope: name, fields: scope?.userInfoFields ?? [] };
  });
}

/** `result.resultCode` of a wallet API answer, when it has one. */
function resultField(json: unknown, field: "resultCode" | "resultStatus" | "resultMessage"): string | null {
  if (typeof json !== "object" || json === null) return null;
  const result = (json as { result?: unknown }).result;
  if (typeof result !== "object" || result === null) return null;
  const value = (result as Record<string, unknown>)[field];
  return typeof value === "string" ? value : null;
}

export function resultCodeOf(json: unknown): string | null {
  return resultField(json, "resultCode");
}

/** `S` success, `F` failure, `U` unknown (retry): what decides whether a wallet answer succeeded. */
export function resultStatusOf(json: unknown): "S" | "F" | "U" | null {
  const status = resultField(json, "resultStatus");
  return status === "S" || status === "F" || status === "U" ? status : null;
}

/** `result.resultMessage` of a wallet API answer, when it has one. */
export function resultMessageOf(json: unknown): string | null {
  const message = resultField(json, "resultMessage");
  return message !== null && message.length > 0 ? message : null;
}

export function stringField(json: unknown, key: string): string | null {
  if (typeof json !== "object" || json === null) return null;
  const value = (json as Record<string, unknown>)[key];
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** What the flow's progress reads of a call. */
type CallOutcome = { step: string; exchange: { response: { json?: unknown } } };

/** Whether a call of `step` got a SUCCESS answer. */
export function succeeded(calls: readonly CallOutcome[], step: string): boolean {
  return calls.some((call) => call.step === step && resultCodeOf(call.exchange.response.json) === "SUCCESS");
}

export type FlowProgressStep = "authorize" | "exchange" | "userInfo" | "refresh";

/**
 * The four steps of the flow and where the run stands: the first step not done yet is "you are
 * here". Without a run, authorizing is. A fail callback ends the flow there; a code bound to a
 * registered client is exchanged by that client's backend, not here.
 */
export function flowProgress(
  run: { callback: "success" | "fail"; hasCode: boolean; boundToConsole: boolean } | null,
  calls: readonly CallOutcome[],
  unserved: ReadonlySet<FlowProgressStep> = new Set(),
): Array<{ id: FlowProgressStep; state: "done" | "current" | "failed" | "todo" | "elsewhere" | "unserved" }> {
  // A step the wallet serves no endpoint for is never "you are here": the flow moves past it.
  return progressOf(run, calls, unserved).map((step) => (unserved.has(step.id) ? { id: step.id, state: "unserved" } : step));
}

function progressOf(
  run: { callback: "success" | "fail"; hasCode: boolean; boundToConsole: boolean } | null,
  calls: readonly CallOutcome[],
  unserved: ReadonlySet<FlowProgressStep>,
): Array<{ id: FlowProgressStep; state: "done" | "current" | "failed" | "todo" | "elsewhere" }> {
  const exchanged = succeeded(calls, "applyToken");
  const userInfo = succeeded(calls, "inquiryUserInfo");
  const after = succeeded(calls, "refresh") || succeeded(calls, "revoke");
  const authorize = run === null ? "current" : run.callback === "fail" || !run.hasCode ? "failed" : "done";
  if (authorize !== "done" || !run) {
    return [
      { id: "authorize", state: authorize },
      { id: "exchange", state: "todo" },
      { id: "userInfo", state: "todo" },
      { id: "refresh", state: "todo" },
    ];
  }
  if (!run.boundToConsole) {
    return [
      { id: "authorize", state: "done" },
      { id: "exchange", state: "elsewhere" },
      { id: "userInfo", state: "elsewhere" },
      { id: "refresh", state: "elsewhere" },
    ];
  }
  const ids = ["authorize", "exchange", "userInfo", "refresh"] as const;
  const done = [true, exchanged, userInfo, after].map((value, index) => value || unserved.has(ids[index] ?? "authorize"));
  const current = done.indexOf(false);
  return ids.map((id, index) => ({ id, state: done[index] ? "done" : index === current ? "current" : "todo" }));
}

/**
 * A restored run with the code put back where the server's copy masks it (`abcd1234…`), when this
 * tab holds the code; otherwise the view as it is.
 */
export function withCode<T extends { authCode: string | null; payload: unknown; completePayload: unknown }>(view: T, code: string | null): T {
  if (!code || !view.authCode || view.authCode === code || !view.authCode.endsWith("…") || !code.startsWith(view.authCode.slice(0, -1))) return view;
  const masked = view.authCode;
  const put = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null).split(masked).join(code)) as unknown;
  return { ...view, authCode: code, payload: put(view.payload), completePayload: put(view.completePayload) };
}
