/**
 * `GET /api/jsapi/<slug>/my.js[?outcome=…&refuse=…&user=…&client=…&key=…]`: the `my` shim for a
 * catalog (server/domain/jsapi/shim.ts). A script tag sends no Authorization header, so in team mode
 * the workspace's CI key may come as `key=`; it is checked here and handed to the shim for its calls.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { fromNodeHeaders } from "better-auth/node";
import type { DB } from "@/db/client";
import { authorize, LOCAL_WORKSPACE_ID, NO_WORKSPACE, resolveActor } from "@/server/auth/actor";
import { buildShimScript, scenarioFromQuery } from "@/server/domain/jsapi/shim";
import { describeError, errorAnswer, type ErrorAnswer } from "@/server/http/errors";
import { SECURITY_HEADERS } from "@/server/http/security";
import { getCatalogRecord } from "@/server/services/catalog-store";

export async function serveShim(db: DB, req: IncomingMessage, res: ServerResponse, opts: { team: boolean; origin: string }): Promise<ErrorAnswer | null> {
  const url = new URL(req.url ?? "/", "http://studio");
  const slug = decodeURIComponent(url.pathname.split("/")[3] ?? "");
  const key = url.searchParams.get("key");
  let workspaceId = opts.team ? NO_WORKSPACE : LOCAL_WORKSPACE_ID;
  if (opts.team && key) {
    const decision = authorize(await resolveActor(db, new Headers({ authorization: `Bearer ${key}` })), "simulate");
    if (!decision.ok) return errorAnswer(decision.refusal.status, decision.refusal.code, decision.refusal.message);
    workspaceId = decision.granted?.workspaceId ?? NO_WORKSPACE;
  } else if (opts.team) {
    const actor = await resolveActor(db, fromNodeHeaders(req.headers));
    if (actor.kind !== "anonymous" && actor.workspaceId) workspaceId = actor.workspaceId;
  }
  try {
    getCatalogRecord(db, slug, workspaceId);
  } catch (error) {
    return describeError(error);
  }
  const script = buildShimScript({ origin: opts.origin, slug, scenario: scenarioFromQuery(url.searchParams), key: opts.team ? key : null });
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/javascript; charset=utf-8",
    "Cache-Control": "no-store",
    // Loaded by <script> from the team's own pages on other origins.
    "Cross-Origin-Resource-Policy": "cross-origin",
  });
  res.end(script);
  return null;
}
