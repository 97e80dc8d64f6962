import { getDb } from "@/db";
import { parseOutcome } from "@/server/domain/flow/engine";
import { readJsonInput } from "@/server/http/json-input";
import { errorResponse, json } from "@/server/http/respond";
import { simulationRequestSchema } from "@/server/http/schemas";
import { mockNow } from "@/server/services/clock";
import { runSimulation } from "@/server/services/simulations";

export const dynamic = "force-dynamic";

/**
 * `POST /api/simulations` — run my.getAuthCode headlessly:
 * `{catalog, scopes, outcome, user?, client?, refuse?}` → the callback that fired, its payload and the authCode.
 */
export async function POST(req: Request) {
  const input = await readJsonInput(req, simulationRequestSchema);
  if (!input.ok) return input.response;
  try {
    const { catalog, scopes, outcome, user, client, refuse } = input.data;
    const parsedOutcome = parseOutcome(outcome, refuse ?? []);
    if (!parsedOutcome) throw new Error("unreachable: outcome was validated");
    const db = getDb();
    const result = runSimulation(db, {
      catalogSlug: catalog,
      scopes,
      outcome: parsedOutcome,
      userId: user,
      clientId: client,
      source: "api",
      now: mockNow(db, Date.now()),
    });
    return json(
      {
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
        assumptions: result.assumptions,
      },
      { status: 201 },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
