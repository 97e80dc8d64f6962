/**
 * The headless API for CI, served by the gateway: `POST /api/simulations` (an auth code for a chosen
 * scenario), `POST /api/clients` (register a merchant client) and `GET|POST /api/clock` (time
 * travel). Thin: validate with the documented schemas, call the service, shape the answer.
 */
import type { z } from "zod";
import type { DB } from "@/db/client";
import type { Clock } from "@/server/domain/clock";
import { parseOutcome } from "@/server/domain/flow/engine";
import { WALLET_API_BASE } from "@/server/domain/wallet-api/request";
import { describeError, errorAnswer } from "@/server/http/errors";
import { parseJsonInput } from "@/server/http/json-input";
import { accountSchema, clientRequestSchema, clockRequestSchema, shimCallSchema, simulationRequestSchema } from "@/server/domain/headless-schemas";
import { APIError } from "better-auth/api";
import { authFor } from "@/server/auth/auth";
import { createOwner, setupAllowed } from "@/server/auth/bootstrap";
import { currentAuthConfig } from "@/server/auth/mode";
import { joinByInvitation } from "@/server/services/workspaces";
import { faultRuleInputSchema } from "@/server/domain/wallet-api/faults";
import { createFaultRule, deleteFaultRule, listFaultRules } from "@/server/services/faults";
import { registerClient } from "@/server/services/clients";
import { setClockOffset } from "@/server/services/clock";
import { planSimulation } from "@/server/services/simulations";
import { writeQueue } from "@/server/services/write-queue";

export type JsonAnswer = { status: number; body: unknown; headers?: Record<string, string | string[]> };

/** `{catalog, scopes, outcome, user?, client?, refuse?}` → the callback that fired, its payload and the authCode. */
export async function postSimulation(db: DB, workspaceId: string, bytes: Buffer | null, clock: Clock): Promise<JsonAnswer> {
  const input = parseJsonInput(bytes, simulationRequestSchema);
  return input.ok ? simulate(db, workspaceId, input.data, clock) : input.error;
}

async function simulate(db: DB, workspaceId: string, request: z.infer<typeof simulationRequestSchema>, clock: Clock): Promise<JsonAnswer> {
  try {
    const { catalog, scopes, params, outcome, user, client, refuse } = request;
    const parsedOutcome = parseOutcome(outcome, refuse ?? []);
    if (!parsedOutcome) return errorAnswer(400, "BAD_REQUEST", "outcome is approve, partial, deny, cancel, timeout or error:<code>");
    const plan = planSimulation(db, { workspaceId, catalogSlug: catalog, scopes, params, outcome: parsedOutcome, userId: user, clientId: client, source: "api", clock });
    // Stored with this turn's group commit; answered once it is durable.
    await writeQueue(db).enqueue(plan.write);
    const result = plan.view;
    return {
      status: 201,
      body: {
        id: result.id,
        catalog: result.catalog.slug,
        outcome: result.outcome,
        callback: result.callback,
        payload: result.payload,
        complete: result.completePayload,
        authCode: result.authCode,
        authCodeExpiresAt: result.authCodeExpiresAt,
        grantedScopes: result.grantedScopes,
        refusedScopes: result.refusedScopes,
        user: result.user,
        client: result.client,
        facts: result.facts,
        assumptions: result.assumptions,
      },
    };
  } catch (error) {
    return describeError(error);
  }
}

/** `{name, catalog, publicKey?, …}` → the clientId, the private key (once, when the server made the pair) and the wallet's public key. */
export async function postClient(db: DB, workspaceId: string, bytes: Buffer | null, origin: string, now: number): Promise<JsonAnswer> {
  const input = parseJsonInput(bytes, clientRequestSchema);
  if (!input.ok) return input.error;
  try {
    const { name, catalog, publicKey, clientId, allowedScopes, signature } = input.data;
    const registered = await registerClient(db, { workspaceId, catalogSlug: catalog, name, publicKey, clientId, allowedScopes: allowedScopes ?? null, signatureMode: signature, now });
    return {
      status: 201,
      body: {
        clientId: registered.client.clientId,
        name: registered.client.name,
        catalog: registered.client.catalogSlug,
        allowedScopes: registered.client.allowedScopes,
        signature: registered.client.signatureMode,
        publicKey: registered.client.publicKeyPem,
        privateKey: registered.privateKeyPem,
        walletPublicKey: registered.wallet.publicKeyPem,
        walletKeyVersion: registered.wallet.keyVersion,
        baseUrl: `${origin}${WALLET_API_BASE}/${catalog}`,
      },
    };
  } catch (error) {
    return describeError(error);
  }
}

function clockBody(clock: Clock) {
  return { offsetSeconds: Math.round(clock.offsetMs / 1000), realTime: new Date(clock.real).toISOString(), mockTime: new Date(clock.mock).toISOString() };
}

/** `GET /api/clock` — the mock wallet's clock (real time plus the time-travel offset). */
export function getClock(clock: Clock): JsonAnswer {
  return { status: 200, body: clockBody(clock) };
}

/** `POST /api/clock` with `{advanceSeconds}` or `{reset: true}` — time travel, to test expiry. */
export function postClock(db: DB, workspaceId: string, bytes: Buffer | null, clock: Clock): JsonAnswer {
  const input = parseJsonInput(bytes, clockRequestSchema);
  if (!input.ok) return input.error;
  try {
    const next = input.data.reset ? 0 : clock.offsetMs + (input.data.advanceSeconds ?? 0) * 1000;
    return { status: 200, body: clockBody(setClockOffset(db, workspaceId, next, clock.real)) };
  } catch (error) {
    return describeError(error);
  }
}

/**
 * `POST /api/setup` with `{name, email, password}` — the first-run page: while the studio has no
 * account, a request from the machine it runs on creates the first owner and signs them in.
 */
export async function postSetup(db: DB, bytes: Buffer | null, remoteAddress: string | undefined): Promise<JsonAnswer> {
  if (!currentAuthConfig().team) return errorAnswer(403, "SETUP_CLOSED", "This studio runs in local mode: it has no accounts to set up.");
  const allowed = setupAllowed(db, remoteAddress);
  if (!allowed.ok) return errorAnswer(403, "SETUP_CLOSED", allowed.message);
  const input = parseJsonInput(bytes, accountSchema);
  if (!input.ok) return input.error;
  try {
    await createOwner(db, input.data);
    const signedIn = await authFor(db).api.signInEmail({ body: { email: input.data.email, password: input.data.password }, asResponse: true });
    return { status: 201, body: { email: input.data.email, workspace: "default" }, headers: { "Set-Cookie": signedIn.headers.getSetCookie() } };
  } catch (error) {
    if (error instanceof APIError) return errorAnswer(error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400, "BAD_REQUEST", error.message);
    return describeError(error);
  }
}

/** `POST /api/invitations/<id>` with `{name, password}` — someone without an account takes up their invitation. */
export async function postJoin(db: DB, invitationId: string, bytes: Buffer | null, now: number): Promise<JsonAnswer> {
  const input = parseJsonInput(bytes, accountSchema.pick({ name: true, password: true }));
  if (!input.ok) return input.error;
  try {
    const joined = await joinByInvitation(db, { invitationId, name: input.data.name, password: input.data.password, now });
    return { status: 201, body: { joined: true }, headers: { "Set-Cookie": joined.setCookie } };
  } catch (error) {
    return describeError(error);
  }
}

/** `POST /api/faults` with `{client?, endpoint, effect, times? | until? | percent?}` — make the mock wallet fail on purpose. */
export function postFault(db: DB, workspaceId: string, bytes: Buffer | null, now: number): JsonAnswer {
  const input = parseJsonInput(bytes, faultRuleInputSchema);
  if (!input.ok) return input.error;
  try {
    return { status: 201, body: createFaultRule(db, workspaceId, input.data, now) };
  } catch (error) {
    return describeError(error);
  }
}

/** `GET /api/faults[?client=<clientId>]` — the workspace's fault rules (of one client). */
export function getFaults(db: DB, workspaceId: string, query: URLSearchParams): JsonAnswer {
  try {
    return { status: 200, body: { faults: listFaultRules(db, workspaceId, query.get("client") ?? undefined) } };
  } catch (error) {
    return describeError(error);
  }
}

/** `DELETE /api/faults/<id>` — remove a rule. */
export function deleteFault(db: DB, workspaceId: string, id: string): JsonAnswer {
  try {
    return { status: 200, body: deleteFaultRule(db, workspaceId, id) };
  } catch (error) {
    return describeError(error);
  }
}

/** `POST /api/jsapi/<slug>/getAuthCode` with `{scopes, outcome, refuse?, user?, client?}` — a \`my\` shim's call: a real run. */
export async function postShimCall(db: DB, workspaceId: string, slug: string, bytes: Buffer | null, clock: Clock): Promise<JsonAnswer> {
  const input = parseJsonInput(bytes, shimCallSchema);
  return input.ok ? simulate(db, workspaceId, { ...input.data, catalog: slug }, clock) : input.error;
}
