import { z } from "zod";
import { scopeNameSchema, slugSchema } from "@/server/domain/catalog/schema";
import { parseOutcome } from "@/server/domain/flow/engine";
import { pathPrefixSchema } from "@/server/domain/catalog/schema";
import { buildWalletRequest } from "@/server/domain/wallet-api/request-builder";
import { clientIdSchema, jsapiParamsSchema, outcomeSchema } from "@/server/domain/headless-schemas";
import { getCatalogRecord } from "@/server/services/catalog-store";
import { consoleClientId, ensureConsoleClient } from "@/server/services/clients";
import { MAX_OFFSET_MS, type Clock } from "@/server/domain/clock";
import { setClockOffset } from "@/server/services/clock";
import { TAMPER_IDS } from "@/server/domain/signing/tampers";
import { sendConsoleRequest } from "@/server/services/console";
import { runSimulation } from "@/server/services/simulations";
import { findRun, getSimulatorSession, recordSimulatorCall } from "@/server/services/simulator-session";
import { allowed, createTRPCRouter } from "../trpc";

const tamperSchema = z.enum(TAMPER_IDS);
const secret = z.string().min(1).max(128);
const runRefSchema = z.string().regex(/^sim_[A-Za-z0-9_-]{1,64}$/, "Runs are named sim_…");

function clockView(clock: Clock) {
  return { offsetMs: clock.offsetMs, realNow: clock.real, mockNow: clock.mock };
}

export const simulatorRouter = createTRPCRouter({
  /** Run my.getAuthCode. Without a client, the code is bound to the studio console client so the UI can continue the flow. */
  run: allowed("simulate")
    .input(
      z.object({
        catalog: slugSchema,
        scopes: z.array(scopeNameSchema).max(500),
        outcome: outcomeSchema,
        refuse: z.array(scopeNameSchema).max(500).default([]),
        /** Other my.getAuthCode parameters; ones left out get the catalog's example value. */
        params: jsapiParamsSchema.optional(),
        userId: z.string().min(1).max(64).optional(),
        clientId: clientIdSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const outcome = parseOutcome(input.outcome, input.refuse);
      if (!outcome) throw new Error("unreachable: outcome was validated");
      const clock = ctx.clock();
      const clientId = input.clientId ?? (await ensureConsoleClient(ctx.db, input.catalog, ctx.workspaceId, clock.real)).row.clientId;
      return runSimulation(ctx.db, {
        workspaceId: ctx.workspaceId,
        catalogSlug: input.catalog,
        scopes: input.scopes,
        params: input.params,
        fillExampleParams: true,
        outcome,
        userId: input.userId,
        clientId,
        source: "ui",
        clock,
      });
    }),

  /** A run as the simulator shows it again (reload, back/forward, a shared link): result, inputs and the calls sent for it. */
  session: allowed("read")
    .input(z.object({ run: runRefSchema }))
    .query(({ ctx, input }) => getSimulatorSession(ctx.db, { workspaceId: ctx.workspaceId, ref: input.run, consoleClientId: (slug) => consoleClientId(slug, ctx.workspaceId) })),

  /**
   * Send one signed request of the flow with the studio console client (optionally broken on
   * purpose). With `run`, the exchange is kept with that run (masked) and answered with its place.
   */
  send: allowed("simulate")
    .input(
      z.object({
        catalog: slugSchema,
        run: runRefSchema.optional(),
        call: z.discriminatedUnion("step", [
          z.object({ step: z.literal("applyToken"), authCode: secret }),
          z.object({ step: z.literal("refresh"), refreshToken: secret }),
          z.object({ step: z.literal("inquiryUserInfo"), accessToken: secret }),
          z.object({ step: z.literal("revoke"), accessToken: secret }),
        ]),
        prefix: pathPrefixSchema.optional(),
        tamper: tamperSchema.default("none"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const catalog = getCatalogRecord(ctx.db, input.catalog, ctx.workspaceId);
      // The run is checked before anything is sent: a call is never sent for a run it cannot be kept with.
      const run = input.run ? findRun(ctx.db, ctx.workspaceId, input.run) : null;
      const request = buildWalletRequest(catalog.document, consoleClientId(catalog.slug, ctx.workspaceId), input.call);
      const exchange = await sendConsoleRequest(ctx.db, ctx.transport, {
        workspaceId: ctx.workspaceId,
        origin: ctx.origin,
        catalogSlug: catalog.slug,
        endpoint: request.endpoint,
        prefix: input.prefix ?? catalog.document.serverApi.pathPrefixes[0] ?? "",
        body: request.body,
        tamper: input.tamper,
        realNow: ctx.now(),
      });
      const kept = run
        ? recordSimulatorCall(ctx.db, { simulationId: run.id, step: input.call.step, tamper: input.tamper, exchange, now: ctx.now() })
        : null;
      return { ...exchange, n: kept?.n ?? null };
    }),

  clock: allowed("read").query(({ ctx }) => clockView(ctx.clock())),

  /** Time travel: move the mock wallet's clock forward (bounded), or back to real time. */
  setClock: allowed("clock.write")
    .input(z.union([z.object({ advanceSeconds: z.number().int().min(1).max(MAX_OFFSET_MS / 1000) }), z.object({ reset: z.literal(true) })]))
    .mutation(({ ctx, input }) => {
      const clock = ctx.clock();
      const next = "reset" in input ? 0 : clock.offsetMs + input.advanceSeconds * 1000;
      return clockView(setClockOffset(ctx.db, ctx.workspaceId, next, clock.real));
    }),
});
