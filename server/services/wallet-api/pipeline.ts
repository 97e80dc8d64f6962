/**
 * The mock wallet API (`/api/wallets/<slug>[<prefix>]/v1|v2/…`) as a pipeline of small stages:
 *
 *   route → authenticate → parse → fault → magic → commit (decide + write, one transaction) → sign → record
 *
 * The fault stage applies the workspace's fault rules (server/domain/wallet-api/faults.ts): a rule
 * may answer in the call's place, delay it, drop the connection, or spoil the answer's signature.
 *
 * Each stage returns either its typed hand-off to the next or an `Answer` that ends the request;
 * either way the call is signed (unless the caller could not prove who it is) and recorded before
 * it is answered. Every outcome is a `result{resultCode,resultStatus,resultMessage}` body, never a
 * stack trace. The pure stages live in `server/domain/wallet-api`; these wire them to the store.
 */
import type { DB } from "@/db/client";
import { currentAuthConfig } from "@/server/auth/mode";
import { clockAt, type Clock } from "@/server/domain/clock";
import { publicId, secretPrefix } from "@/server/domain/secrets";
import type { SignatureCheck } from "@/server/domain/signing/verify-request";
import {
  answer,
  checkRequestTime,
  draftResponse,
  isAnswer,
  parseCall,
  peekOperation,
  presentedIn,
  routeRequest,
  type Answer,
  type Operation,
  type ResponseDraft,
  type Route,
} from "@/server/domain/wallet-api/request";
import { describeEffect, endpointVersion, faultOutcome, httpFaultBody, inEndpointNaming, malformedBody, pickRule, type FaultEffect, type FaultRule } from "@/server/domain/wallet-api/faults";
import { magicAnswer } from "@/server/domain/wallet-api/magic";
import { activeFaultRules, claimFaultRule } from "../faults";
import { authenticate } from "./authenticate";
import { codeEffects, commitOperation, NO_EFFECTS, tokenEffects, type CallEffects } from "./commit";
import { writeQueue } from "../write-queue";
import { recordCall } from "./record";
import { signResponse, strangerKey, type Signer } from "./sign";
import { walletStore, type ClientContext, type WalletContext, type WalletStore } from "./store";

export type WalletRequest = {
  slug: string;
  /** The path after `/api/wallets/<slug>` (e.g. `/api/open/v2/authorizations/applyToken`). */
  path: string;
  /** Path and query exactly as requested. */
  uri: string;
  method: string;
  /** A request header by lower-case name. */
  header: (name: string) => string | undefined;
  /** Raw body, or null when it was larger than the limit (and so not read). */
  body: Buffer | null;
  /** Real time (ms) the request arrived. */
  realNow: number;
};

/** `drop`: close the connection without answering (a fault rule said so). `resultCode`: what was recorded. */
export type WalletResponse = { status: number; headers: Record<string, string>; body: string; callId: string; resultCode: string; drop?: boolean };

/** Everything the stages learned, whether the request got through them or was answered early. */
type Outcome = {
  answer: Answer;
  /** Real time, and the mock time of the client's workspace once the client is known. */
  clock: Clock;
  wallet: WalletContext | null;
  route: Route | null;
  client: ClientContext | null;
  signature: SignatureCheck | null;
  operation: Operation | null;
  effects: CallEffects | null;
  /** The fault rule that applied to the call, if one did. */
  fault: FaultRule | null;
};

export async function handleWalletRequest(db: DB, req: WalletRequest): Promise<WalletResponse> {
  const store = walletStore(db);
  const callId = publicId("call", req.realNow);
  const outcome = await runStages(store, req);
  const { clock, fault } = outcome;
  const signer = outcome.wallet && outcome.answer.sign && req.header("client-id") ? { wallet: outcome.wallet, clientId: req.header("client-id") ?? "", method: req.method, uri: req.uri } : null;
  const draft = draftResponse(outcome.answer, callId, outcome.route?.spec);
  const response = fault ? await faultedResponse(store, fault.effect, draft, signer, clock) : await signResponse(store, draft, signer, clock);
  const resultCode = (fault && faultOutcome(fault.effect)) ?? outcome.answer.code;
  const operation = outcome.operation ?? (outcome.route ? peekOperation(outcome.route.kind, req.body) : null);
  // A call lands in the workspace of the client it names. One naming no known client belongs to no
  // workspace: local mode shows it in its one workspace, team mode answers it without keeping it.
  const workspaceId = outcome.client?.workspaceId ?? (currentAuthConfig().team ? null : "local");
  if (workspaceId === null) return { ...response, callId, resultCode };
  await recordCall(db, {
    callId,
    workspaceId,
    catalogId: outcome.wallet?.catalogId ?? null,
    clientRowId: outcome.client?.id ?? null,
    endpoint: outcome.route?.endpoint ?? "unknown",
    operation: operation?.kind ?? null,
    method: req.method,
    uri: req.uri,
    requestHeaders: req.header,
    requestBody: req.body,
    status: response.status,
    resultCode,
    fault: fault ? { id: fault.publicId, effect: describeEffect(fault.effect) } : null,
    responseHeaders: response.headers,
    responseBody: response.body,
    signature: outcome.signature,
    effects: outcome.effects ?? presentedEffects(store, outcome.wallet, operation),
    createdAt: clock.real,
  });
  return { ...response, callId, resultCode };
}

/** The answer a fault rule shapes: a bare gateway error, nothing, a broken body, or a spoiled signature. */
async function faultedResponse(store: WalletStore, effect: FaultEffect, draft: ResponseDraft, signer: Signer | null, clock: Clock): Promise<ResponseDraft & { drop?: boolean }> {
  const bare = { "Cache-Control": "no-store", "X-Call-Id": draft.headers["X-Call-Id"] ?? "" };
  switch (effect.kind) {
    case "http":
      return { status: effect.status, headers: { ...bare, "Content-Type": "text/plain; charset=UTF-8" }, body: httpFaultBody(effect.status) };
    case "drop":
      return { status: 0, headers: bare, body: "", drop: true };
    case "malformed": {
      const broken = malformedBody(effect.form, draft.body);
      return { status: 200, headers: { ...bare, "Content-Type": broken.contentType }, body: broken.body };
    }
    case "bad-signature":
      if (effect.mode === "none" || !signer) return draft;
      return signResponse(store, draft, signer, clock, await strangerKey());
    default:
      return signResponse(store, draft, signer, clock);
  }
}

/** The stages up to and including the commit. */
async function runStages(store: WalletStore, req: WalletRequest): Promise<Outcome> {
  // Until the client is known, only real time counts (the request-time check).
  const out: Outcome = { answer: answer("SUCCESS"), clock: clockAt(req.realNow, 0), wallet: null, route: null, client: null, signature: null, operation: null, effects: null, fault: null };
  const end = (result: Answer): Outcome => ({ ...out, answer: result });
  try {
    out.wallet = store.wallet(req.slug);
    if (!out.wallet) return end(answer("INVALID_API", `No mock wallet "${req.slug}": see GET /api/catalogs for the slugs.`, { status: 404 }));
    const route = routeRequest(out.wallet.document, { path: req.path, method: req.method, bodyTooLarge: req.body === null });
    if (isAnswer(route)) return end(route);
    out.route = route;
    const body = req.body ?? Buffer.alloc(0);

    const auth = await authenticate(store, out.wallet, { ...req, body }, out.clock);
    out.client = auth.client;
    out.signature = auth.signature;
    if (auth.client) out.clock = clockAt(req.realNow, store.clockOffset(auth.client.workspaceId));
    if (!auth.ok) return end(auth.answer);
    const { clock } = out;
    const badTime = checkRequestTime(out.wallet.document, req.header("request-time"));
    if (badTime) return end(badTime);

    const parsed = parseCall(out.wallet.document, route, body);
    if (isAnswer(parsed)) return end(parsed);
    out.operation = parsed.operation;
    if (parsed.authClientId !== undefined && parsed.authClientId !== auth.client.clientId) {
      return end(answer("INVALID_AUTH_CLIENT", `authClientId "${parsed.authClientId}" does not match the Client-Id header "${auth.client.clientId}".`));
    }

    // Fault rules of the client's workspace: the first that applies shapes this call.
    const rule = pickRule(activeFaultRules(store.db, auth.client.workspaceId), {
      clientRowId: auth.client.id,
      kind: route.kind,
      operation: parsed.operation.kind,
      now: clock.real,
      draw: Math.random,
    });
    if (rule && claimFaultRule(store.db, rule)) {
      out.fault = rule;
      const { effect } = rule;
      if (effect.kind === "result") return end(answer(inEndpointNaming(effect.resultCode, endpointVersion(route.endpoint)), `(fault rule ${rule.publicId})`, { rule: "fault" }));
      if (effect.kind === "http" || effect.kind === "drop" || effect.kind === "malformed") return end(answer("SUCCESS"));
      if (effect.kind === "delay") await new Promise((resolve) => setTimeout(resolve, effect.ms));
    }

    // Magic values: the same documented answer on every catalog, nothing stored, no token.
    const magic = magicAnswer(parsed.operation, endpointVersion(route.endpoint));
    if (magic) {
      if (magic.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, magic.delayMs));
      return end(answer(magic.code, magic.detail, { rule: "magic" }));
    }

    const call = { wallet: out.wallet, client: auth.client, operation: parsed.operation, version: endpointVersion(route.endpoint), clock };
    // Reads answer at once; writes join this turn's group commit (and are acknowledged after it).
    const committed = parsed.operation.kind === "user-info" ? commitOperation(store, call) : await writeQueue(store.db).enqueue(() => commitOperation(store, call));
    out.effects = committed.effects;
    return end(committed.answer);
  } catch (error) {
    console.error("[wallet-api] unexpected error:", error);
    return end(answer("UNKNOWN_EXCEPTION", "The mock wallet hit an unexpected error; nothing was changed."));
  }
}

/** For a call answered before the commit: which stored code or token its body named, so Activity can link it. */
function presentedEffects(store: WalletStore, wallet: WalletContext | null, operation: Operation | null): CallEffects {
  if (!wallet || !operation) return NO_EFFECTS;
  const { target, value } = presentedIn(operation);
  if (value === "") return NO_EFFECTS;
  const prefix = secretPrefix(value);
  return target === "code" ? codeEffects(wallet, store.code(value), prefix) : tokenEffects(wallet, target, store.token(value), prefix);
}
