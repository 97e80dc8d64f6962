/**
 * Detail views of Activity: a run, an auth code, a token and an API call, each with the history
 * of what happened to it (redemption attempts, rotations, revocations) and the advice for its
 * failures. States are judged on the mock wallet's clock.
 */
import { and, asc, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { activity, activityLinks, authCodes, catalogs, grants, merchantClients, simulations, testUsers, tokens } from "@/db/schema";
import {
  AUTH_CODE_STATES,
  authCodeState,
  GRANT_REUSE_REASON,
  jsapiErrorAdvice,
  resultCodeAdvice,
  TOKEN_STATES,
  tokenState,
  type ResultAdvice,
} from "@/server/domain/activity/describe";
import type { ActivityEvent, AuthCodeState, TimelineEntry, TokenState } from "@/server/domain/activity/types";
import type { JsapiErrorCode } from "@/server/domain/catalog/schema";
import { DomainError } from "@/server/domain/errors";
import { unlockedFields, type FlowResult } from "@/server/domain/flow/engine";
import { maskSecrets, secretsIn } from "@/server/domain/secrets";
import { getApiCall, type ApiCallDetail } from "./api-calls";
import { getCatalogRecord, rowDocument } from "./catalog-store";
import { answerFacts, type AnswerFact } from "@/server/domain/wallet-api/answer-facts";
import type { RequestTimeFormat } from "@/server/domain/wallet-api/endpoint-specs";
import type { Clock } from "@/server/domain/clock";
import { readClock } from "./clock";
import { walletStore } from "./wallet-api/store";


export type Attempt = {
  ref: string;
  createdAt: number;
  event: ActivityEvent;
  role: "issued" | "presented";
  resultCode: string;
  isError: boolean;
  summary: string;
  clientId: string | null;
  advice: string | null;
};

export type TokenSummary = {
  id: number;
  kind: "access" | "refresh";
  prefix: string;
  state: TokenState;
  issuedAt: number;
  expiresAt: number;
  rotatedAt: number | null;
  revokedAt: number | null;
};

export type CodeSummary = { id: number; prefix: string; state: AuthCodeState; issuedAt: number; expiresAt: number; redeemedAt: number | null };

export type Party = { catalog: { slug: string; name: string }; client: { clientId: string; name: string } | null; user: { userId: string; displayName: string } | null };


function notFound(what: string, key: string, hint: string): DomainError {
  return new DomainError("NOT_FOUND", `No ${what} "${key}". ${hint}`);
}

function adviceOf(code: string): string | null {
  return code === "SUCCESS" ? null : (resultCodeAdvice(code)?.advice ?? null);
}

/** Calls and runs linked to a code or token, oldest first. */
function linkedActivity(db: DB, target: "code" | "access-token" | "refresh-token", targetId: number): Attempt[] {
  return db
    .select({
      ref: activity.ref,
      createdAt: activity.createdAt,
      event: activity.event,
      role: activityLinks.role,
      resultCode: activity.outcome,
      isError: activity.isError,
      summary: activity.summary,
      clientId: merchantClients.clientId,
    })
    .from(activityLinks)
    .innerJoin(activity, eq(activity.id, activityLinks.activityId))
    .leftJoin(merchantClients, eq(merchantClients.id, activity.clientRowId))
    .where(and(eq(activityLinks.target, target), eq(activityLinks.targetId, targetId)))
    .orderBy(asc(activity.createdAt), asc(activity.id))
    .limit(500)
    .all()
    .map((row) => ({ ...row, advice: row.event === "run" ? null : adviceOf(row.resultCode) }));
}

/** The catalog, client and test user a run, code or token names (each looked up by row id). */
export function party(db: DB, catalogId: number, clientRowId: number | null, testUserId: number | null): Party {
  const catalog = db.select({ slug: catalogs.slug, name: catalogs.name }).from(catalogs).where(eq(catalogs.id, catalogId)).get() ?? { slug: "?", name: "?" };
  const client =
    clientRowId !== null
      ? (db.select({ clientId: merchantClients.clientId, name: merchantClients.name }).from(merchantClients).where(eq(merchantClients.id, clientRowId)).get() ?? null)
      : null;
  const user =
    testUserId !== null
      ? (db.select({ userId: testUsers.userId, displayName: testUsers.displayName }).from(testUsers).where(eq(testUsers.id, testUserId)).get() ?? null)
      : null;
  return { catalog, client, user };
}

function tokenSummaries(db: DB, grantId: number, grantRevokedAt: number | null, mock: number): TokenSummary[] {
  return db
    .select()
    .from(tokens)
    .where(eq(tokens.grantId, grantId))
    .orderBy(asc(tokens.issuedAt), asc(tokens.id))
    .all()
    .map((token) => ({
      id: token.id,
      kind: token.kind,
      prefix: token.tokenPrefix,
      state: tokenState(token, { revokedAt: grantRevokedAt }, mock),
      issuedAt: token.issuedAt,
      expiresAt: token.expiresAt,
      rotatedAt: token.rotatedAt,
      revokedAt: token.revokedAt,
    }));
}

function attemptEntries(attempts: Attempt[], skipRef?: string): TimelineEntry[] {
  return attempts
    .filter((attempt) => attempt.ref !== skipRef)
    .map((attempt) => ({
      at: attempt.createdAt,
      clock: "real" as const,
      title: attempt.summary,
      detail: attempt.advice ?? undefined,
      tone: attempt.isError ? ("error" as const) : ("success" as const),
      href: attempt.event === "run" ? `/activity/runs/${attempt.ref}` : `/activity/calls/${attempt.ref}`,
    }));
}

// ---------------------------------------------------------------- auth codes

export type CodeView = Party &
  CodeSummary & {
    stateDescription: string;
    requestedScopes: string[] | null;
    grantedScopes: string[];
    run: { ref: string; createdAt: number } | null;
    attempts: Attempt[];
    grant: { id: number; createdAt: number; revokedAt: number | null; revokeReason: string | null; tokens: TokenSummary[] } | null;
    clock: Clock;
    timeline: TimelineEntry[];
  };

/** Find a code by its row id or its 8-character prefix. */
export function findCodeId(db: DB, key: string, workspaceId: string): number {
  if (/^\d{1,15}$/.test(key)) {
    const byId = db.select({ id: authCodes.id }).from(authCodes).where(and(eq(authCodes.id, Number(key)), eq(authCodes.workspaceId, workspaceId))).get();
    if (byId) return byId.id;
  }
  if (/^[A-Za-z0-9_-]{4,64}$/.test(key)) {
    const matches = db.select({ id: authCodes.id }).from(authCodes).where(and(eq(authCodes.codePrefix, key.slice(0, 8)), eq(authCodes.workspaceId, workspaceId))).limit(2).all();
    if (matches.length > 1) throw new DomainError("CONFLICT", `More than one code starts with "${key.slice(0, 8)}"; open it from its run instead.`);
    const first = matches[0];
    if (first) return first.id;
  }
  throw notFound("auth code", key, "Codes are found by their row id or their first 8 characters; it may have been deleted with its client or catalog.");
}

export function getCodeView(db: DB, args: { workspaceId: string; key: string; now: number }): CodeView {
  const code = db.select().from(authCodes).where(eq(authCodes.id, findCodeId(db, args.key, args.workspaceId))).get();
  if (!code) throw notFound("auth code", args.key, "");
  const view = readClock(db, args.workspaceId, args.now);
  const grant = db.select().from(grants).where(eq(grants.authCodeId, code.id)).get() ?? null;
  const state = authCodeState(code, grant, view.mock);
  const sim = code.simulationId !== null ? (db.select().from(simulations).where(eq(simulations.id, code.simulationId)).get() ?? null) : null;
  const requested = sim ? ((sim.result as FlowResult).requestedScopes ?? null) : null;
  const attempts = linkedActivity(db, "code", code.id);
  const grantTokens = grant ? tokenSummaries(db, grant.id, grant.revokedAt, view.mock) : [];

  const timeline: TimelineEntry[] = [
    {
      at: code.issuedAt,
      clock: "mock",
      title: "Code issued by my.getAuthCode",
      detail: `Granted scopes: ${code.scopes.join(", ") || "none"}.`,
      validUntil: code.expiresAt,
      tone: "neutral",
      href: sim ? `/activity/runs/${sim.publicId}` : undefined,
    },
    ...attemptEntries(attempts, sim?.publicId),
  ];
  if (grant) {
    timeline.push({
      at: grant.createdAt,
      clock: "mock",
      title: `Redeemed: grant #${grant.id} with ${grantTokens.length} tokens`,
      tone: "success",
      href: grantTokens[0] ? `/activity/tokens/${grantTokens[0].id}` : undefined,
    });
    if (grant.revokedAt !== null) {
      timeline.push({
        at: grant.revokedAt,
        clock: "mock",
        title: grant.revokeReason === GRANT_REUSE_REASON ? "Authorization refused: grant revoked by reuse detection" : "Grant revoked",
        detail: grant.revokeReason ?? undefined,
        tone: "warning",
      });
    }
  } else if (state === "expired") {
    timeline.push({ at: code.expiresAt, clock: "mock", title: "Expired without being redeemed", tone: "warning" });
  }
  return {
    ...party(db, code.catalogId, code.clientRowId, code.testUserId),
    id: code.id,
    prefix: code.codePrefix,
    state,
    stateDescription: AUTH_CODE_STATES[state].description,
    issuedAt: code.issuedAt,
    expiresAt: code.expiresAt,
    redeemedAt: code.redeemedAt,
    requestedScopes: requested,
    grantedScopes: code.scopes,
    run: sim ? { ref: sim.publicId, createdAt: sim.createdAt } : null,
    attempts: attempts.filter((attempt) => attempt.role === "presented"),
    grant: grant ? { id: grant.id, createdAt: grant.createdAt, revokedAt: grant.revokedAt, revokeReason: grant.revokeReason, tokens: grantTokens } : null,
    clock: view,
    timeline,
  };
}

// ---------------------------------------------------------------- tokens

export type TokenView = Party &
  TokenSummary & {
    stateDescription: string;
    grant: {
      id: number;
      scopes: string[];
      createdAt: number;
      refreshExpiresAt: number;
      revokedAt: number | null;
      revokeReason: string | null;
      code: { id: number; prefix: string } | null;
    };
    chain: TokenSummary[];
    unlockedFields: string[];
    history: Attempt[];
    clock: Clock;
    timeline: TimelineEntry[];
  };

/** Tokens of the workspace's clients. */
function workspaceTokens(db: DB, workspaceId: string) {
  return db
    .select({ id: tokens.id })
    .from(tokens)
    .innerJoin(grants, eq(grants.id, tokens.grantId))
    .innerJoin(merchantClients, and(eq(merchantClients.id, grants.clientRowId), eq(merchantClients.workspaceId, workspaceId)));
}

export function findTokenId(db: DB, key: string, workspaceId: string): number {
  if (/^\d{1,15}$/.test(key)) {
    const byId = workspaceTokens(db, workspaceId).where(eq(tokens.id, Number(key))).get();
    if (byId) return byId.id;
  }
  if (/^[A-Za-z0-9_-]{4,64}$/.test(key)) {
    const matches = workspaceTokens(db, workspaceId).where(eq(tokens.tokenPrefix, key.slice(0, 8))).limit(2).all();
    if (matches.length > 1) throw new DomainError("CONFLICT", `More than one token starts with "${key.slice(0, 8)}"; open it from its call instead.`);
    const first = matches[0];
    if (first) return first.id;
  }
  throw notFound("token", key, "Tokens are found by their row id or their first 8 characters; it may have been deleted with its client or catalog.");
}

export function getTokenView(db: DB, args: { workspaceId: string; key: string; now: number }): TokenView {
  const found = db
    .select({ token: tokens, grant: grants })
    .from(tokens)
    .innerJoin(grants, eq(grants.id, tokens.grantId))
    .where(eq(tokens.id, findTokenId(db, args.key, args.workspaceId)))
    .get();
  if (!found) throw notFound("token", args.key, "");
  const { token, grant } = found;
  const view = readClock(db, args.workspaceId, args.now);
  const state = tokenState(token, grant, view.mock);
  const catalogRow = db.select({ id: catalogs.id, version: catalogs.version, slug: catalogs.slug }).from(catalogs).where(eq(catalogs.id, grant.catalogId)).get();
  const document = catalogRow ? rowDocument(db, catalogRow) : null;
  const code = grant.authCodeId !== null ? (db.select({ id: authCodes.id, prefix: authCodes.codePrefix }).from(authCodes).where(eq(authCodes.id, grant.authCodeId)).get() ?? null) : null;
  const history = linkedActivity(db, `${token.kind}-token`, token.id);
  const issuedBy = history.find((entry) => entry.role === "issued");
  const timeline: TimelineEntry[] = [
    {
      at: token.issuedAt,
      clock: "mock",
      title: `${token.kind === "access" ? "Access" : "Refresh"} token issued`,
      validUntil: token.expiresAt,
      tone: "neutral",
      href: issuedBy ? `/activity/calls/${issuedBy.ref}` : undefined,
    },
    ...attemptEntries(history.filter((entry) => entry.role === "presented")),
  ];
  if (token.rotatedAt !== null) timeline.push({ at: token.rotatedAt, clock: "mock", title: "Rotated: a refresh replaced it", tone: "neutral" });
  const revokedAt = token.revokedAt ?? grant.revokedAt;
  if (revokedAt !== null) {
    timeline.push({ at: revokedAt, clock: "mock", title: "Revoked", detail: grant.revokeReason ?? (token.revokedAt !== null ? "This token alone was revoked." : undefined), tone: "warning" });
  } else if (state === "expired") {
    timeline.push({ at: token.expiresAt, clock: "mock", title: "Expired", tone: "warning" });
  }
  return {
    ...party(db, grant.catalogId, grant.clientRowId, grant.testUserId),
    id: token.id,
    kind: token.kind,
    prefix: token.tokenPrefix,
    state,
    stateDescription: TOKEN_STATES[state].description,
    issuedAt: token.issuedAt,
    expiresAt: token.expiresAt,
    rotatedAt: token.rotatedAt,
    revokedAt: token.revokedAt,
    grant: {
      id: grant.id,
      scopes: grant.scopes,
      createdAt: grant.createdAt,
      refreshExpiresAt: grant.refreshExpiresAt,
      revokedAt: grant.revokedAt,
      revokeReason: grant.revokeReason,
      code,
    },
    chain: tokenSummaries(db, grant.id, grant.revokedAt, view.mock),
    unlockedFields: document ? unlockedFields(document, grant.scopes) : [],
    history,
    clock: view,
    timeline,
  };
}

// ---------------------------------------------------------------- runs

export type RunView = Party & {
  ref: string;
  createdAt: number;
  source: "ui" | "api";
  outcome: string;
  callback: "success" | "fail";
  requestedScopesInput: unknown;
  result: FlowResult;
  code: CodeSummary | null;
  /** The JSAPI error behind a fail callback, with the catalog's advice (null when the catalog does not list the code). */
  jsapiError: { code: number; entry: JsapiErrorCode | null } | null;
  /** `authErrorScopes` of the payload with what the catalog says each value means. */
  scopeErrors: Array<{ scope: string; value: string; meaning: string | null }>;
  attempts: Attempt[];
  clock: Clock;
  timeline: TimelineEntry[];
};

export function getRunView(db: DB, args: { workspaceId: string; ref: string; now: number }): RunView {
  const sim = db.select().from(simulations).where(and(eq(simulations.publicId, args.ref), eq(simulations.workspaceId, args.workspaceId))).get();
  if (!sim) throw notFound("run", args.ref, "Runs are named sim_…; it may have been cleaned up.");
  const view = readClock(db, args.workspaceId, args.now);
  const result = sim.result as FlowResult;
  const catalogRow = db.select({ id: catalogs.id, version: catalogs.version, slug: catalogs.slug }).from(catalogs).where(eq(catalogs.id, sim.catalogId)).get();
  const document = catalogRow ? rowDocument(db, catalogRow) : null;
  const codeRow = db.select().from(authCodes).where(eq(authCodes.simulationId, sim.id)).get() ?? null;
  const grant = codeRow ? (db.select().from(grants).where(eq(grants.authCodeId, codeRow.id)).get() ?? null) : null;
  const code: CodeSummary | null = codeRow
    ? {
        id: codeRow.id,
        prefix: codeRow.codePrefix,
        state: authCodeState(codeRow, grant, view.mock),
        issuedAt: codeRow.issuedAt,
        expiresAt: codeRow.expiresAt,
        redeemedAt: codeRow.redeemedAt,
      }
    : null;
  const attempts = codeRow ? linkedActivity(db, "code", codeRow.id).filter((entry) => entry.role === "presented") : [];
  const errorCode = typeof result.errorCode === "number" ? result.errorCode : null;
  const jsapiError = errorCode !== null ? { code: errorCode, entry: document ? jsapiErrorAdvice(document, errorCode) : null } : null;
  const scopeErrors = Object.entries(result.payload?.authErrorScopes ?? {}).map(([scope, value]) => ({
    scope,
    value: String(value),
    meaning: document?.jsapi.scopeErrorValues.find((entry) => entry.value === String(value))?.meaning || null,
  }));

  const timeline: TimelineEntry[] = [
    {
      at: sim.createdAt,
      clock: "real",
      title: `my.getAuthCode called (${sim.source === "ui" ? "simulator" : "headless API"})`,
      detail: `Scopes as the wallet read them: ${result.requestedScopes?.join(", ") || "none"}. Outcome: ${sim.outcome}.`,
      tone: "neutral",
    },
    {
      at: sim.createdAt,
      clock: "real",
      title: `${sim.callback} callback fired`,
      detail:
        sim.callback === "fail"
          ? errorCode !== null
            ? `error ${errorCode}${jsapiError?.entry ? ` (${jsapiError.entry.name || jsapiError.entry.message})` : ""}`
            : `No error code: every requested scope was refused (${result.refusedScopes?.join(", ") || "none"}).`
          : `Granted: ${result.grantedScopes?.join(", ") || "none"}${result.refusedScopes?.length ? `; refused: ${result.refusedScopes.join(", ")}` : ""}.`,
      tone: sim.callback === "fail" ? "error" : "success",
    },
  ];
  if (code) {
    timeline.push({
      at: code.issuedAt,
      clock: "mock",
      title: `Auth code #${code.id} issued (now ${code.state})`,
      validUntil: code.expiresAt,
      tone: "neutral",
      href: `/activity/codes/${code.id}`,
    });
    timeline.push(...attemptEntries(attempts));
    if (code.state === "expired") timeline.push({ at: code.expiresAt, clock: "mock", title: "Code expired without being redeemed", tone: "warning" });
  }
  return {
    ...party(db, sim.catalogId, sim.clientRowId, sim.testUserId),
    ref: sim.publicId,
    createdAt: sim.createdAt,
    source: sim.source,
    outcome: sim.outcome,
    callback: sim.callback,
    requestedScopesInput: sim.requestedScopes ?? null,
    result,
    code,
    jsapiError,
    scopeErrors,
    attempts,
    clock: view,
    timeline,
  };
}

// ---------------------------------------------------------------- calls

export type CallView = ApiCallDetail & {
  event: ActivityEvent | null;
  /** The facts the answer relied on (result code, endpoint, the rule that decided it), each labelled. */
  facts: AnswerFact[];
  resultAdvice: ResultAdvice | null;
  code: CodeSummary | null;
  grantId: number | null;
  tokens: Array<{ id: number | null; target: "access-token" | "refresh-token"; role: "issued" | "presented"; prefix: string; state: TokenState | null }>;
  /** A presented code that matched nothing stored for this wallet (its prefix only). */
  unknownCodePrefix: string | null;
  /** Whether codes/tokens in the bodies were masked. */
  masked: boolean;
  clock: Clock;
  timeline: TimelineEntry[];
};

/**
 * Recorded bodies hold the codes and tokens as sent; the Activity view shows them masked like
 * everywhere else (first 8 characters), in the bodies and in the signature check alike.
 */
function maskCall(call: ApiCallDetail): { call: ApiCallDetail; masked: boolean } {
  const secrets = secretsIn(call.requestBody, call.responseBody);
  if (secrets.length === 0) return { call, masked: false };
  const mask = (text: string) => maskSecrets(text, secrets);
  return {
    call: {
      ...call,
      requestBody: mask(call.requestBody),
      responseBody: mask(call.responseBody),
      signature: call.signature ? (JSON.parse(mask(JSON.stringify(call.signature))) as ApiCallDetail["signature"]) : null,
    },
    masked: true,
  };
}

export function getCallView(db: DB, args: { workspaceId: string; ref: string; now: number }): CallView {
  const { call, masked } = maskCall(getApiCall(db, args.ref, args.workspaceId));
  const view = readClock(db, args.workspaceId, args.now);
  const row = db.select().from(activity).where(eq(activity.ref, args.ref)).get() ?? null;
  const links = row ? db.select().from(activityLinks).where(eq(activityLinks.activityId, row.id)).orderBy(asc(activityLinks.id)).all() : [];
  const codeLink = links.find((link) => link.target === "code") ?? null;
  let code: CodeSummary | null = null;
  if (codeLink?.targetId != null) {
    const codeRow = db.select().from(authCodes).where(eq(authCodes.id, codeLink.targetId)).get();
    if (codeRow) {
      const grant = db.select().from(grants).where(eq(grants.authCodeId, codeRow.id)).get() ?? null;
      code = {
        id: codeRow.id,
        prefix: codeRow.codePrefix,
        state: authCodeState(codeRow, grant, view.mock),
        issuedAt: codeRow.issuedAt,
        expiresAt: codeRow.expiresAt,
        redeemedAt: codeRow.redeemedAt,
      };
    }
  }
  const tokenLinks = links.filter((link): link is typeof link & { target: "access-token" | "refresh-token" } => link.target !== "code");
  const tokenList = tokenLinks.map((link) => {
    const found =
      link.targetId !== null
        ? db.select({ token: tokens, grant: grants }).from(tokens).innerJoin(grants, eq(grants.id, tokens.grantId)).where(eq(tokens.id, link.targetId)).get()
        : undefined;
    return {
      id: found ? found.token.id : null,
      target: link.target,
      role: link.role,
      prefix: link.prefix,
      state: found ? tokenState(found.token, found.grant, view.mock) : null,
    };
  });
  const resultAdvice = resultCodeAdvice(call.resultCode);
  const headers = Object.fromEntries(Object.entries(call.responseHeaders).map(([name, value]) => [name.toLowerCase(), value]));
  const facts = answerFacts({
    specId: headers["x-endpoint-spec"] ?? null,
    resultCode: call.resultCode,
    rule: headers["x-applied-rule"] ?? null,
    requestTimeFormat: call.catalogSlug ? requestTimeFormatOf(db, call.catalogSlug, args.workspaceId) : null,
  });
  const timeline: TimelineEntry[] = [
    { at: call.createdAt, clock: "real", title: `${call.method} ${call.path}`, detail: `Client-Id ${call.clientId ?? call.requestHeaders["client-id"] ?? "(none)"}`, tone: "neutral" },
  ];
  if (call.signature !== null) {
    timeline.push({
      at: call.createdAt,
      clock: "real",
      title: call.signatureOk ? "Signature verified" : "Signature refused",
      detail: call.signatureOk ? undefined : "See the signature debugger below.",
      tone: call.signatureOk ? "success" : "error",
    });
  }
  if (codeLink) {
    timeline.push({
      at: call.createdAt,
      clock: "real",
      title: `Presented ${code ? `auth code #${code.id} (now ${code.state})` : "an auth code unknown to this wallet"}`,
      tone: "neutral",
      href: code ? `/activity/codes/${code.id}` : undefined,
    });
  }
  for (const token of tokenList) {
    timeline.push({
      at: call.createdAt,
      clock: "real",
      title: `${token.role === "issued" ? "Issued" : "Presented"} ${token.target.replace("-", " ")}${token.id !== null ? ` #${token.id}` : ""}${token.state ? ` (now ${token.state})` : token.id === null ? " unknown to this wallet" : ""}`,
      tone: "neutral",
      href: token.id !== null ? `/activity/tokens/${token.id}` : undefined,
    });
  }
  timeline.push({
    at: call.createdAt,
    clock: "real",
    title: `Answered HTTP ${call.status} ${call.resultCode}`,
    detail: call.resultCode === "SUCCESS" ? undefined : (resultAdvice?.advice ?? undefined),
    tone: call.resultCode === "SUCCESS" ? "success" : "error",
  });
  return {
    ...call,
    event: row?.event ?? null,
    facts,
    resultAdvice,
    code,
    grantId: row?.grantId ?? null,
    tokens: tokenList,
    unknownCodePrefix: codeLink && codeLink.targetId === null ? codeLink.prefix : null,
    masked,
    clock: view,
    timeline,
  };
}

/** The Request-Time format of a catalog the workspace sees (null when it is gone). */
function requestTimeFormatOf(db: DB, slug: string, workspaceId: string): RequestTimeFormat | null {
  try {
    return getCatalogRecord(db, slug, workspaceId).document.serverApi.requestTimeFormat;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

// ---------------------------------------------------------------- revocation from the UI

export function revokeTokenFromStudio(db: DB, args: { workspaceId: string; tokenId: number; now: number }): { revoked: boolean } {
  const exists = workspaceTokens(db, args.workspaceId).where(eq(tokens.id, args.tokenId)).get();
  if (!exists) throw notFound("token", String(args.tokenId), "");
  return { revoked: walletStore(db).revokeToken(args.tokenId, readClock(db, args.workspaceId, args.now).mock) };
}

export function revokeGrantFromStudio(db: DB, args: { workspaceId: string; grantId: number; now: number }): { revoked: boolean } {
  const exists = db
    .select({ id: grants.id })
    .from(grants)
    .innerJoin(merchantClients, and(eq(merchantClients.id, grants.clientRowId), eq(merchantClients.workspaceId, args.workspaceId)))
    .where(eq(grants.id, args.grantId))
    .get();
  if (!exists) throw notFound("grant", String(args.grantId), "");
  return { revoked: walletStore(db).revokeGrant(args.grantId, readClock(db, args.workspaceId, args.now).mock, "revoked from the studio") };
}
