import { z } from "zod";
import { clientIdSchema } from "@/server/domain/headless-schemas";
import { faultRuleInputSchema } from "@/server/domain/wallet-api/faults";
import * as faults from "@/server/services/faults";
import { allowed, createTRPCRouter } from "../trpc";

const id = z.string().min(1).max(64);

/** Fault rules of the workspace, from a client's page (the same rules as `/api/faults`). */
export const faultRouter = createTRPCRouter({
  list: allowed("read")
    .input(z.object({ client: clientIdSchema.optional() }))
    .query(({ ctx, input }) => faults.listFaultRules(ctx.db, ctx.workspaceId, input.client)),

  create: allowed("client.write").input(faultRuleInputSchema).mutation(({ ctx, input }) => faults.createFaultRule(ctx.db, ctx.workspaceId, input, ctx.now())),

  pause: allowed("client.write")
    .input(z.object({ id, paused: z.boolean() }))
    .mutation(({ ctx, input }) => faults.pauseFaultRule(ctx.db, ctx.workspaceId, input.id, input.paused)),

  delete: allowed("client.write").input(z.object({ id })).mutation(({ ctx, input }) => faults.deleteFaultRule(ctx.db, ctx.workspaceId, input.id)),
});
