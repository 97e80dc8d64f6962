/**
 * The `my.getAuthCode` flow engine: given a catalog, the `scopes` value a mini program passed,
 * a test user and an outcome, it produces what that wallet would — the success/fail/complete
 * callback payloads in the catalog's documented shape and the ordered steps of the data flow
 * (Alipay+ "my.getAuthCode" page: mini program → wallet app → consent page or silent → wallet
 * backend → authCode → mini program → merchant backend → applyToken → tokens → inquiryUserInfo).
 *
 * Pure: no database, no clock, no randomness (the caller supplies the authCode).
 */
import type { Catalog, Fidelity, JsapiErrorCode, Provenance, ResultField, Scope, SimulatedOutcome } from "../catalog/schema";
import { servesKind, specForStep } from "../wallet-api/request-builder";

export type Outcome =
  | { kind: "approve" }
  | { kind: "partial"; refuse: string[] }
  | { kind: "deny" }
  | { kind: "cancel" }
  | { kind: "timeout" }
  | { kind: "error"; code: number };

export type OutcomeKind = Outcome["kind"];

/** Parse the headless API's outcome string: approve | partial | deny | cancel | timeout | error:<code>. */
export function parseOutcome(value: string, refuse: string[] = []): Outcome | null {
  if (value === "approve" || value === "deny" || value === "cancel" || value === "timeout") return { kind: value };
  if (value === "partial") return { kind: "partial", refuse };
  const match = /^error:(\d{1,6})$/.exec(value);
  return match ? { kind: "error", code: Number(match[1]) } : null;
}

export function formatOutcome(outcome: Outcome): string {
  return outcome.kind === "error" ? `error:${outcome.code}` : outcome.kind;
}

export type Actor = "mini-program" | "wallet-app" | "user" | "wallet-backend" | "merchant-backend";

/** How the studio knows what a step or fact says (the catalog's provenance shape, resolved). */
export type FactLabel = {
  fidelity: Fidelity;
  source?: string;
  ref?: string;
  note?: string;
  readings?: Array<{ reading: string; ref: string }>;
};

export type FlowStep = FactLabel & {
  id: string;
  actor: Actor;
  target: Actor | null;
  title: string;
  detail: string;
  status: "done" | "skipped" | "failed" | "pending";
  payload?: unknown;
};

/** One fact a run relied on, with its label: what a developer checks before trusting the payload. */
export type FlowFact = FactLabel & {
  /** Stable id, e.g. `field:authSuccessScopes`, `error-code:14`, `silent:USER_ID`. */
  id: string;
  /** What the fact is, in words. */
  label: string;
};

export type CallbackName = "success" | "fail";

/** A JSON object exactly as the wallet would pass it to the callback (types as documented). */
export type CallbackPayload = {
  authCode?: string;
  authSuccessScopes?: string[];
  authErrorScopes?: Record<string, string>;
  error?: number;
  errorMessage?: string;
};

export type FlowResult = {
  /** The scopes as the wallet understood them (after defaults), in request order. */
  requestedScopes: string[];
  consentScopes: string[];
  silentScopes: string[];
  grantedScopes: string[];
  refusedScopes: string[];
  callback: CallbackName;
  payload: CallbackPayload;
  /** `complete` receives the same object as the callback that fired (assumed: no source states it). */
  completePayload: CallbackPayload;
  authCode: string | null;
  /** The JSAPI error code behind a fail callback, when there is one. */
  errorCode: number | null;
  consentShown: boolean;
  steps: FlowStep[];
  /** Every fact the run relied on, each with its label. */
  facts: FlowFact[];
  /** The assumed facts among them, in words (never empty: `complete`'s payload is always assumed). */
  assumptions: string[];
};

export class FlowInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FlowInputError";
  }
}

type ScopeRef = { requested: string; scope: Scope };

type Normalized =
  | { ok: true; scopes: ScopeRef[]; usedDefault: boolean; unknown: string[] }
  | { ok: false; reason: string };

/** Read the raw `scopes` argument the way the catalog documents `my.getAuthCode` reading it. */
export function normalizeScopes(catalog: Catalog, raw: unknown): Normalized {
  const { jsapi } = catalog;
  let names: string[];
  let usedDefault = false;
  const empty = raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0) || raw === "";
  if (empty) {
    if (jsapi.scopesRequired || jsapi.defaultScope === null) {
      return { ok: false, reason: raw === undefined || raw === null ? "scopes is required but missing" : "scopes is empty" };
    }
    names = [jsapi.defaultScope];
    usedDefault = true;
  } else if (typeof raw === "string") {
    if (jsapi.scopesType !== "string-or-array") return { ok: false, reason: "scopes must be an array of strings, got a string" };
    names = [raw];
  } else if (Array.isArray(raw)) {
    const wrong = raw.find((item) => typeof item !== "string");
    if (wrong !== undefined) return { ok: false, reason: `every scope must be a string, got ${JSON.stringify(wrong) ?? typeof wrong}` };
    names = raw as string[];
  } else {
    return { ok: false, reason: `scopes must be ${jsapi.scopesType === "array" ? "an array" : "a string or an array"} of strings, got ${typeof raw}` };
  }
  const byName = new Map<string, Scope>();
  for (const scope of catalog.scopes) byName.set(scope.name, scope);
  for (const scope of catalog.scopes) for (const alias of scope.aliases) if (!byName.has(alias)) byName.set(alias, scope);
  const seen = new Set<string>();
  const scopes: ScopeRef[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const scope = byName.get(name);
    if (scope) scopes.push({ requested: name, scope });
    else unknown.push(name);
  }
  return { ok: true, scopes, usedDefault, unknown };
}

function field(catalog: Catalog, name: ResultField["name"]): ResultField | undefined {
  return catalog.jsapi.resultFields.find((f) => f.name === name);
}

/** The catalog's JSAPI error with this meaning, the lowest code first. */
export function errorByMeaning(catalog: Catalog, meanings: JsapiErrorCode["meaning"][]): JsapiErrorCode | undefined {
  for (const meaning of meanings) {
    const found = [...catalog.errorCodes].sort((a, b) => a.code - b.code).find((code) => code.meaning === meaning);
    if (found) return found;
  }
  return undefined;
}

/** The catalog's JSAPI error that answers this simulated outcome (`simulates`), if it names one. */
export function errorForOutcome(catalog: Catalog, outcome: SimulatedOutcome): JsapiErrorCode | undefined {
  return catalog.errorCodes.find((code) => code.simulates.includes(outcome));
}

export function errorValueOf(catalog: Catalog, scope: Scope): string {
  return scope.errorValue ?? catalog.jsapi.defaultScopeErrorValue;
}

/** A provenance as a label (drops nothing the label shows). */
export function labelOf(provenance: Provenance): FactLabel {
  const label: FactLabel = { fidelity: provenance.fidelity };
  if (provenance.source) label.source = provenance.source;
  if (provenance.ref) label.ref = provenance.ref;
  if (provenance.note) label.note = provenance.note;
  if (provenance.readings) label.readings = provenance.readings.map((r) => ({ ...r }));
  return label;
}

const assumedLabel = (note: string): FactLabel => ({ fidelity: "assumed", note });

/** The label of something that rests on several facts: a conflict if any is, else assumed if any is. */
export function combineLabels(labels: readonly FactLabel[]): FactLabel {
  const conflicted = labels.find((l) => l.fidelity === "conflict");
  if (conflicted) return conflicted;
  const assumedOne = labels.find((l) => l.fidelity === "assumed");
  if (assumedOne) return assumedOne;
  return labels[0] ?? assumedLabel("Nothing in the catalog states this.");
}

type Ctx = { catalog: Catalog; steps: FlowStep[]; facts: FlowFact[] };

/** Record a fact the run relies on (once per id). */
function rely(ctx: Ctx, id: string, label: string, fact: FactLabel): FactLabel {
  if (!ctx.facts.some((f) => f.id === id)) ctx.facts.push({ id, label, ...fact });
  return fact;
}

const SIMULATION_RULE = "No source states this; it is how the studio simulates it.";

/** A rule of the simulation that no source states. */
function assume(ctx: Ctx, id: string, text: string): FactLabel {
  return rely(ctx, id, text, assumedLabel(SIMULATION_RULE));
}

/** Whether a field's documented presence puts it in this payload. */
function includes(presence: ResultField["presence"] | undefined, callback: CallbackName, meaningful: boolean): boolean {
  if (!presence) return false;
  if (presence === "always") return callback === "success" || meaningful;
  if (presence === "on-success") return callback === "success";
  if (presence === "on-failure") return callback === "fail" || meaningful;
  return meaningful;
}

/** The payload's fields, each relied on with the catalog's label for it (or assumed when the catalog has no such field). */
function relyOnPayload(ctx: Ctx, payload: CallbackPayload): FactLabel[] {
  return (Object.keys(payload) as Array<keyof CallbackPayload>).map((name) => {
    const declared = field(ctx.catalog, name);
    return rely(
      ctx,
      `field:${name}`,
      `The callback carries ${name}`,
      declared ? labelOf(declared.provenance) : assumedLabel(`${ctx.catalog.name} does not list ${name} among its callback fields; the simulation sends it anyway.`),
    );
  });
}

function jsapiErrorPayload(ctx: Ctx, error: JsapiErrorCode | undefined, fallbackCode: number, fallbackMessage: string): CallbackPayload {
  if (!error) {
    assume(ctx, `error-code:${fallbackCode}`, `${ctx.catalog.name} has no JSAPI error for this; the simulation answers error ${fallbackCode} "${fallbackMessage}".`);
    return { error: fallbackCode, errorMessage: fallbackMessage };
  }
  rely(ctx, `error-code:${error.code}`, `JSAPI error ${error.code} ${error.message || error.name}`, labelOf(error.provenance));
  return { error: error.code, errorMessage: error.message || error.name };
}

export type FlowInput = {
  catalog: Catalog;
  /** The `scopes` value passed to my.getAuthCode, as-is (may be missing or of the wrong type). */
  scopes: unknown;
  /** Other my.getAuthCode parameters (the catalog's `jsapi.params`, e.g. AlipayHK's authClientId). */
  params?: Record<string, unknown>;
  outcome: Outcome;
  user: { userId: string; displayName: string };
  /** Called once, only when the wallet issues an authCode. */
  issueCode: () => string;
};

/** The parameters given, plus the catalog's example value for each one left out (what the simulator sends). */
export function withExampleParams(catalog: Catalog, given: Record<string, unknown> = {}): Record<string, unknown> {
  const params: Record<string, unknown> = { ...given };
  for (const param of catalog.jsapi.params) if (params[param.name] === undefined && param.example !== "") params[param.name] = param.example;
  return params;
}

const PARAM_TYPES = { String: "string", Number: "number", Boolean: "boolean" } as const;

/** The first required-but-missing or wrongly typed parameter of the catalog's my.getAuthCode. */
function paramProblem(catalog: Catalog, params: Record<string, unknown>): string | null {
  for (const param of catalog.jsapi.params) {
    const value = params[param.name];
    if (value === undefined || value === null || value === "") {
      if (param.required) return `${param.name} is required but missing`;
      continue;
    }
    if (typeof value !== PARAM_TYPES[param.type]) return `${param.name} must be a ${param.type}, got ${typeof value}`;
  }
  return null;
}

export function runFlow(input: FlowInput): FlowResult {
  const { catalog, outcome } = input;
  const ctx: Ctx = { catalog, steps: [], facts: [] };
  const flowLabel = rely(ctx, "data-flow", `The steps of ${catalog.name}'s authorization data flow`, labelOf(catalog.jsapi.dataFlowProvenance));
  const step = (s: Omit<FlowStep, keyof FactLabel>, label: FactLabel = flowLabel) => ctx.steps.push({ ...s, ...label });
  const params = input.params ?? {};
  const sentParams = Object.fromEntries(catalog.jsapi.params.filter((p) => params[p.name] !== undefined).map((p) => [p.name, params[p.name]]));
  for (const param of catalog.jsapi.params) {
    rely(ctx, `param:${param.name}`, `my.getAuthCode takes ${param.required ? "a required" : "an optional"} ${param.name}`, labelOf(param.provenance));
  }

  step({
    id: "call",
    actor: "mini-program",
    target: "wallet-app",
    title: "Mini program calls my.getAuthCode",
    detail: "The mini program asks the wallet app for an authorization code for the requested scopes.",
    status: "done",
    payload: { ...sentParams, scopes: input.scopes },
  });

  const normalized = normalizeScopes(catalog, input.scopes);
  const scopesLabel = rely(
    ctx,
    "scopes-param",
    `scopes is ${catalog.jsapi.scopesType === "array" ? "an array" : "a string or an array"}, ${catalog.jsapi.scopesRequired ? "required" : `optional (default ${catalog.jsapi.defaultScope ?? "none"})`}`,
    labelOf(catalog.jsapi.scopesProvenance),
  );
  const finish = (result: Omit<FlowResult, "steps" | "assumptions" | "completePayload" | "facts">): FlowResult => {
    const fired = result.callback;
    const payloadLabels = relyOnPayload(ctx, result.payload);
    assume(ctx, "complete", "complete receives the same object as the callback that fired");
    step(
      {
        id: "callback",
        actor: "wallet-app",
        target: "mini-program",
        title: `Wallet app calls ${fired}, then complete`,
        detail:
          fired === "success"
            ? "The authorization code goes back to the mini program."
            : result.errorCode !== null
              ? `The JSAPI failed with error ${result.errorCode}.`
              : "Every requested scope was refused; no authorization code is issued.",
        status: fired === "success" ? "done" : "failed",
        payload: { [fired]: result.payload, complete: result.payload },
      },
      combineLabels(payloadLabels),
    );
    const code = result.authCode;
    const pending = (id: string, actor: Actor, target: Actor, title: string, detail: string, served = true) =>
      step({ id, actor, target, title, detail, status: code && served ? "pending" : "skipped" });
    const served = (kind: "applyToken" | "inquiryUserInfo") => (servesKind(catalog, kind) ? specForStep(catalog, kind) : undefined);
    const applyToken = served("applyToken");
    const userInfo = served("inquiryUserInfo");
    pending("send-code", "mini-program", "merchant-backend", "Mini program sends the authCode to the merchant backend", "Your mini program posts the code to your own server.");
    pending(
      "apply-token",
      "merchant-backend",
      "wallet-backend",
      "Merchant backend calls applyToken",
      applyToken
        ? `Signed POST ${applyToken.path} with grantType AUTHORIZATION_CODE and the code.`
        : `${catalog.name} serves no applyToken endpoint in this catalog, so the code cannot be exchanged here.`,
      applyToken !== undefined,
    );
    pending("tokens", "wallet-backend", "merchant-backend", "Wallet returns accessToken and refreshToken", "With their ISO 8601 expiry times and the customerId.", applyToken !== undefined);
    pending(
      "user-info",
      "merchant-backend",
      "wallet-backend",
      "Merchant backend calls inquiryUserInfo",
      userInfo
        ? `Signed POST ${userInfo.path}: only the user-info fields unlocked by the granted scopes come back.`
        : `The sources document no user-info API for ${catalog.name}, so the mock serves none.`,
      userInfo !== undefined,
    );
    const assumptions = ctx.facts.filter((f) => f.fidelity === "assumed").map((f) => (f.note && f.note !== SIMULATION_RULE ? `${f.label}: ${f.note}` : `${f.label}.`));
    return { ...result, completePayload: result.payload, steps: ctx.steps, facts: ctx.facts, assumptions };
  };

  const unknownError = () => errorByMeaning(catalog, ["unknown", "empty-result", "system"]);
  const rejectRequest = (reason: string, requested: string[]): FlowResult => {
    const error = unknownError();
    assume(ctx, "invalid-request", `An invalid request (${reason}) answers the JSAPI error with meaning "unknown" (error ${error?.code ?? 3})`);
    step(
      {
        id: "validate",
        actor: "wallet-app",
        target: null,
        title: "Wallet app rejects the request",
        detail: `Invalid request: ${reason}.`,
        status: "failed",
      },
      assumedLabel("No source states how an invalid request is answered."),
    );
    return finish({
      requestedScopes: requested,
      consentScopes: [],
      silentScopes: [],
      grantedScopes: [],
      refusedScopes: [],
      callback: "fail",
      payload: jsapiErrorPayload(ctx, error, 3, "Unknown error"),
      authCode: null,
      errorCode: error?.code ?? 3,
      consentShown: false,
    });
  };
  if (!normalized.ok) return rejectRequest(`scopes: ${normalized.reason}`, []);
  const problem = paramProblem(catalog, params);
  if (problem) return rejectRequest(problem, normalized.scopes.map((ref) => ref.requested));

  const requested = normalized.scopes.map((ref) => ref.requested);
  step(
    {
      id: "validate",
      actor: "wallet-app",
      target: null,
      title: "Wallet app reads the requested scopes",
      detail: normalized.usedDefault
        ? `No scopes given: the wallet uses the default scope ${catalog.jsapi.defaultScope ?? ""}.`
        : `Requested: ${[...requested, ...normalized.unknown].join(", ")}.`,
      status: normalized.unknown.length > 0 ? "failed" : "done",
      payload: { scopes: requested, unknown: normalized.unknown },
    },
    scopesLabel,
  );

  if (normalized.unknown.length > 0) {
    const error = unknownError();
    assume(
      ctx,
      "unknown-scopes",
      `Unknown scopes (${normalized.unknown.join(", ")}) fail the call with the JSAPI error meaning "unknown" (error ${error?.code ?? 3}); mainland Alipay documents error 3 for wrong scopes`,
    );
    return finish({
      requestedScopes: requested,
      consentScopes: [],
      silentScopes: [],
      grantedScopes: [],
      refusedScopes: [],
      callback: "fail",
      payload: jsapiErrorPayload(ctx, error, 3, "Unknown error"),
      authCode: null,
      errorCode: error?.code ?? 3,
      consentShown: false,
    });
  }

  for (const ref of normalized.scopes) rely(ctx, `scope:${ref.requested}`, `${catalog.name} has the scope ${ref.requested}`, labelOf(ref.scope.provenance));
  const consent = normalized.scopes.filter((ref) => !ref.scope.silent);
  const silent = normalized.scopes.filter((ref) => ref.scope.silent);
  const consentShown = consent.length > 0;
  const silentLabel = combineLabels(
    normalized.scopes.map((ref) =>
      rely(ctx, `silent:${ref.requested}`, `${ref.requested} is ${ref.scope.silent ? "silent" : "shown on the consent page"}`, labelOf(ref.scope.silentProvenance)),
    ),
  );

  if (!consentShown && (outcome.kind === "partial" || outcome.kind === "deny" || outcome.kind === "cancel")) {
    throw new FlowInputError(
      `Only silent scopes were requested (${requested.join(", ")}): no consent page is shown, so the user cannot ${outcome.kind === "partial" ? "refuse some of them" : outcome.kind}.`,
    );
  }

  step(
    {
      id: "consent",
      actor: "wallet-app",
      target: "user",
      title: consentShown ? "Wallet app shows the consent page" : "Silent authorization: no consent page",
      detail: consentShown
        ? `The user is asked to share: ${consent.map((ref) => ref.requested).join(", ")}.`
        : "Every requested scope is silent, so the wallet grants them without asking.",
      status: consentShown ? "done" : "skipped",
      payload: consentShown
        ? { scopes: consent.map((ref) => ({ scope: ref.requested, description: ref.scope.description, shares: ref.scope.userInfoFields })) }
        : undefined,
    },
    silentLabel,
  );

  const base = {
    requestedScopes: requested,
    consentScopes: consent.map((r) => r.requested),
    silentScopes: silent.map((r) => r.requested),
    consentShown,
  };
  const failWith = (error: JsapiErrorCode | undefined, fallback: { code: number; message: string }): FlowResult =>
    finish({
      ...base,
      grantedScopes: [],
      refusedScopes: [],
      callback: "fail",
      payload: jsapiErrorPayload(ctx, error, fallback.code, fallback.message),
      authCode: null,
      errorCode: error?.code ?? fallback.code,
    });

  if (outcome.kind === "error") {
    const error = catalog.errorCodes.find((code) => code.code === outcome.code);
    if (!error) throw new FlowInputError(`Error code ${outcome.code} is not a JSAPI error code of ${catalog.name}.`);
    step(
      {
        id: "decision",
        actor: "wallet-app",
        target: null,
        title: `The JSAPI fails with error ${error.code}`,
        detail: error.message || error.name,
        status: "failed",
      },
      labelOf(error.provenance),
    );
    return failWith(error, { code: error.code, message: error.name });
  }

  // Cancel, a timeout, or a denial the wallet answers with a JSAPI error rather than authErrorScopes.
  const trigger: SimulatedOutcome | null =
    outcome.kind === "cancel" ? "cancel" : outcome.kind === "timeout" ? (consentShown ? "timeout" : "wallet-timeout") : outcome.kind === "deny" ? "deny" : null;
  const mapped = trigger ? errorForOutcome(catalog, trigger) : undefined;
  if (outcome.kind === "cancel" || outcome.kind === "timeout" || (outcome.kind === "deny" && mapped)) {
    let error = mapped;
    if (!error && outcome.kind === "timeout") error = errorForOutcome(catalog, trigger === "timeout" ? "wallet-timeout" : "timeout");
    const fallback = outcome.kind === "cancel" ? { code: 11, message: "User cancelled" } : { code: 3, message: "Unknown error" };
    if (!error) {
      error = outcome.kind === "cancel" ? errorByMeaning(catalog, ["user-cancel", "user-denied"]) : errorByMeaning(catalog, ["timeout", "network", "unknown"]);
      assume(
        ctx,
        `outcome:${outcome.kind}`,
        `${catalog.name} names no JSAPI error for ${trigger === "wallet-timeout" ? "a wallet that does not answer" : trigger === "timeout" ? "a consent page left unanswered" : "a cancelled consent page"}; the simulation answers error ${error?.code ?? fallback.code}`,
      );
    }
    const decisionLabel = mapped
      ? labelOf(mapped.provenance)
      : assumedLabel(`${catalog.name} names no JSAPI error for this outcome; the studio picked error ${error?.code ?? fallback.code}.`);
    const title =
      outcome.kind === "deny"
        ? "The user denies the authorization"
        : outcome.kind === "cancel"
          ? "The user cancels the consent page"
          : consentShown
            ? "The user does not answer in time"
            : "The wallet does not answer in time";
    step(
      {
        id: "decision",
        actor: outcome.kind === "timeout" && !consentShown ? "wallet-app" : "user",
        target: outcome.kind === "timeout" && !consentShown ? null : "wallet-app",
        title,
        detail: `The wallet app fails the call with error ${error?.code ?? fallback.code}.`,
        status: "failed",
      },
      decisionLabel,
    );
    return failWith(error, fallback);
  }

  let refused: ScopeRef[] = [];
  if (outcome.kind === "deny") {
    refused = normalized.scopes;
    assume(ctx, "deny-semantics", "Denying the consent page refuses every requested scope (silent ones included) and fires fail with authErrorScopes");
  } else if (outcome.kind === "partial") {
    const wanted = new Set(outcome.refuse);
    const notConsent = outcome.refuse.filter((name) => !consent.some((ref) => ref.requested === name));
    if (notConsent.length > 0) {
      throw new FlowInputError(`Only consent scopes of this request can be refused; not: ${notConsent.join(", ")}.`);
    }
    refused = consent.filter((ref) => wanted.has(ref.requested));
    if (refused.length === 0) throw new FlowInputError("A partial grant refuses at least one of the requested consent scopes.");
    if (refused.length === normalized.scopes.length) throw new FlowInputError("Refusing every requested scope is a denial, not a partial grant.");
    assume(ctx, "partial-semantics", "A partial grant still issues an authCode for the granted scopes and lists the refused ones in authErrorScopes (no source states partial-grant semantics)");
  }
  const refusedNames = new Set(refused.map((ref) => ref.requested));
  const granted = normalized.scopes.filter((ref) => !refusedNames.has(ref.requested));

  step(
    {
      id: "decision",
      actor: consentShown ? "user" : "wallet-app",
      target: "wallet-app",
      title:
        outcome.kind === "deny"
          ? "The user denies the authorization"
          : outcome.kind === "partial"
            ? "The user grants some scopes and refuses others"
            : consentShown
              ? "The user confirms the authorization"
              : "Granted silently",
      detail:
        refused.length > 0
          ? `Refused: ${refused.map((ref) => ref.requested).join(", ")}.${granted.length ? ` Granted: ${granted.map((ref) => ref.requested).join(", ")}.` : ""}`
          : `Granted: ${granted.map((ref) => ref.requested).join(", ")}.`,
      status: outcome.kind === "deny" ? "failed" : "done",
    },
    outcome.kind === "partial" || outcome.kind === "deny" ? assumedLabel("No source states how a refusal is answered beyond the authErrorScopes example.") : flowLabel,
  );

  step({
    id: "authorize",
    actor: "wallet-app",
    target: "wallet-backend",
    title: "Wallet app service calls the authorization service",
    detail: "The decision and the granted scopes are sent to the wallet backend.",
    status: "done",
  });

  const errorScopes: Record<string, string> = {};
  for (const ref of refused) {
    const value = errorValueOf(catalog, ref.scope);
    errorScopes[ref.requested] = value;
    const declared = catalog.jsapi.scopeErrorValues.find((v) => v.value === value);
    rely(
      ctx,
      `error-value:${value}`,
      `A refused scope carries "${value}" in authErrorScopes`,
      declared ? labelOf(declared.provenance) : assumedLabel(`${catalog.name} does not list the value ${value}.`),
    );
  }

  if (granted.length === 0) {
    const errorField = field(catalog, "authErrorScopes");
    const payload: CallbackPayload = {};
    if (includes(errorField?.presence, "fail", true)) payload.authErrorScopes = errorScopes;
    step({
      id: "issue",
      actor: "wallet-backend",
      target: "wallet-app",
      title: "No authorization code is generated",
      detail: "Nothing was granted.",
      status: "skipped",
    });
    return finish({ ...base, grantedScopes: [], refusedScopes: refused.map((r) => r.requested), callback: "fail", payload, authCode: null, errorCode: null });
  }

  const authCode = input.issueCode();
  step({
    id: "issue",
    actor: "wallet-backend",
    target: "wallet-app",
    title: "Wallet backend verifies and generates the authCode",
    detail: `A single-use code for ${granted.map((ref) => ref.requested).join(", ")}, bound to ${input.user.displayName} (${input.user.userId}).`,
    status: "done",
    payload: { authCode, scopes: granted.map((ref) => ref.requested) },
  });
  const payload: CallbackPayload = { authCode };
  if (includes(field(catalog, "authSuccessScopes")?.presence, "success", refused.length > 0)) {
    payload.authSuccessScopes = granted.map((ref) => ref.requested);
  }
  if (refused.length > 0 && field(catalog, "authErrorScopes")) payload.authErrorScopes = errorScopes;
  return finish({
    ...base,
    grantedScopes: granted.map((ref) => ref.requested),
    refusedScopes: refused.map((r) => r.requested),
    callback: "success",
    payload,
    authCode,
    errorCode: null,
  });
}

/** The userInfo fields that a set of granted scopes unlocks (aliases resolved). */
export function unlockedFields(catalog: Catalog, grantedScopes: readonly string[]): string[] {
  const fields = new Set<string>();
  for (const name of grantedScopes) {
    const scope = catalog.scopes.find((s) => s.name === name) ?? catalog.scopes.find((s) => s.aliases.includes(name));
    for (const f of scope?.userInfoFields ?? []) fields.add(f);
  }
  return [...fields];
}
