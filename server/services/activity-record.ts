/**
 * Writing the Activity index: one `activity` row per run and per wallet API call, its scopes and
 * the codes/tokens it issued or presented (prefixes only). Called inside the transaction that
 * stores the run or the call, so the list never shows a row whose run/call is missing.
 */
import { eq, inArray } from "drizzle-orm";
import type { DB } from "@/db/client";
import { activity, activityLinks, activityScopes, authCodes, grants, tokens } from "@/db/schema";
import { callEvent, callSummary } from "@/server/domain/activity/describe";
import type { ActivityEvent, ActivityKind } from "@/server/domain/activity/types";
import { hashSecret, secretPrefix } from "@/server/domain/secrets";

export type LinkTarget = "code" | "access-token" | "refresh-token";

export type ActivityLinkInput = { target: LinkTarget; targetId: number | null; role: "issued" | "presented"; prefix: string };

export type ActivityRowInput = {
  kind: ActivityKind;
  event: ActivityEvent;
  ref: string;
  simulationId?: number | null;
  apiCallId?: number | null;
  catalogId: number | null;
  clientRowId: number | null;
  outcome: string;
  isError: boolean;
  summary: string;
  authCodeId?: number | null;
  grantId?: number | null;
  /** Real time (ms). */
  createdAt: number;
  scopes: readonly string[];
  links: readonly ActivityLinkInput[];
};

const MAX_SCOPES = 200;

export function recordActivity(db: DB, input: ActivityRowInput): number {
  const codeLink = input.links.find((link) => link.target === "code");
  const tokenLink = input.links.find((link) => link.target === "access-token") ?? input.links.find((link) => link.target === "refresh-token");
  const row = db
    .insert(activity)
    .values({
      kind: input.kind,
      event: input.event,
      ref: input.ref,
      simulationId: input.simulationId ?? null,
      apiCallId: input.apiCallId ?? null,
      catalogId: input.catalogId,
      clientRowId: input.clientRowId,
      outcome: input.outcome.slice(0, 64),
      isError: input.isError,
      summary: input.summary.slice(0, 300),
      codePrefix: codeLink?.prefix ?? null,
      tokenPrefix: tokenLink?.prefix ?? null,
      authCodeId: input.authCodeId ?? codeLink?.targetId ?? null,
      grantId: input.grantId ?? null,
      createdAt: input.createdAt,
    })
    .returning({ id: activity.id })
    .get();
  const scopes = [...new Set(input.scopes.filter((scope) => typeof scope === "string" && scope.length > 0 && scope.length <= 64))].slice(0, MAX_SCOPES);
  if (scopes.length > 0) {
    db.insert(activityScopes)
      .values(scopes.map((scope) => ({ activityId: row.id, scope, createdAt: input.createdAt })))
      .run();
  }
  if (input.links.length > 0) {
    db.insert(activityLinks)
      .values(input.links.map((link) => ({ activityId: row.id, ...link, createdAt: input.createdAt })))
      .run();
  }
  return row.id;
}

/** What a wallet API request presented, resolved to the stored code/token (same catalog) by its hash. */
export function resolvePresented(
  db: DB,
  catalogId: number | null,
  presented: { target: LinkTarget; value: string } | null,
): { link: ActivityLinkInput; grantId: number | null; scopes: string[] } | null {
  if (!presented || presented.value === "") return null;
  const prefix = secretPrefix(presented.value);
  const hash = hashSecret(presented.value);
  if (presented.target === "code") {
    const code = db.select({ id: authCodes.id, catalogId: authCodes.catalogId, scopes: authCodes.scopes }).from(authCodes).where(eq(authCodes.codeHash, hash)).get();
    const own = code && code.catalogId === catalogId ? code : null;
    return { link: { target: "code", targetId: own?.id ?? null, role: "presented", prefix }, grantId: null, scopes: own?.scopes ?? [] };
  }
  const found = db
    .select({ id: tokens.id, kind: tokens.kind, grantId: grants.id, catalogId: grants.catalogId, scopes: grants.scopes })
    .from(tokens)
    .innerJoin(grants, eq(tokens.grantId, grants.id))
    .where(eq(tokens.tokenHash, hash))
    .get();
  const own = found && found.catalogId === catalogId && `${found.kind}-token` === presented.target ? found : null;
  return {
    link: { target: presented.target, targetId: own?.id ?? null, role: "presented", prefix },
    grantId: own?.grantId ?? null,
    scopes: own?.scopes ?? [],
  };
}

/** Scopes of a grant, for a call that created or used it. */
export function grantScopes(db: DB, grantIds: number[]): string[] {
  if (grantIds.length === 0) return [];
  return db
    .select({ scopes: grants.scopes })
    .from(grants)
    .where(inArray(grants.id, grantIds))
    .all()
    .flatMap((row) => row.scopes);
}

/** What a wallet API request touched, collected while it is decided. */
export type CallEffects = {
  endpointKind: "applyToken" | "inquiryUserInfo" | "revoke" | null;
  grantId?: number;
  issued?: Array<{ target: LinkTarget; id: number; prefix: string }>;
};

/** The code or token a request body names (best effort: read even when the request was refused before validation). */
function presentedSecret(event: ActivityEvent, body: unknown): { target: LinkTarget; value: string } | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const fields = body as Record<string, unknown>;
  const pick = (target: LinkTarget, key: string) => {
    const value = fields[key];
    return typeof value === "string" && value.length > 0 && value.length <= 128 ? { target, value } : null;
  };
  if (event === "redeem") return pick("code", "authCode");
  if (event === "refresh") return pick("refresh-token", "refreshToken");
  if (event === "user-info" || event === "revoke") return pick("access-token", "accessToken");
  return null;
}

function parseBody(body: Buffer | null): unknown {
  if (!body) return null;
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    return null;
  }
}

export function recordCallActivity(
  db: DB,
  call: {
    ref: string;
    apiCallId: number;
    catalogId: number | null;
    clientRowId: number | null;
    endpoint: string;
    method: string;
    path: string;
    body: Buffer | null;
    resultCode: string;
    effects: CallEffects;
    createdAt: number;
  },
): number {
  const json = parseBody(call.body);
  const event = callEvent(call.effects.endpointKind, json);
  const presented = resolvePresented(db, call.catalogId, presentedSecret(event, json));
  const links: ActivityLinkInput[] = presented ? [presented.link] : [];
  for (const token of call.effects.issued ?? []) {
    // A refresh without rotation hands back the same refresh token: it was presented, not issued.
    if (presented?.link.targetId === token.id && presented.link.target === token.target) continue;
    links.push({ target: token.target, targetId: token.id, role: "issued", prefix: token.prefix });
  }
  const grantId = call.effects.grantId ?? presented?.grantId ?? null;
  const scopes = presented && presented.scopes.length > 0 ? presented.scopes : grantId !== null ? grantScopes(db, [grantId]) : [];
  return recordActivity(db, {
    kind: "api-call",
    event,
    ref: call.ref,
    apiCallId: call.apiCallId,
    catalogId: call.catalogId,
    clientRowId: call.clientRowId,
    outcome: call.resultCode,
    isError: call.resultCode !== "SUCCESS",
    summary: callSummary({ event, endpoint: call.endpoint, method: call.method, path: call.path, resultCode: call.resultCode }),
    grantId,
    createdAt: call.createdAt,
    scopes,
    links,
  });
}
