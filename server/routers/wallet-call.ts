import { z } from "zod";
import { slugSchema } from "@/server/domain/catalog/schema";
import { clientIdSchema } from "@/server/http/schemas";
import { getApiCall, listApiCalls } from "@/server/services/api-calls";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const walletCallRouter = createTRPCRouter({
  list: publicProcedure
    .input(z.object({ catalog: slugSchema.optional(), clientId: clientIdSchema.optional(), limit: z.number().int().min(1).max(100).default(20) }))
    .query(({ ctx, input }) => listApiCalls(ctx.db, { catalogSlug: input.catalog, clientId: input.clientId, limit: input.limit })),

  byId: publicProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => getApiCall(ctx.db, input.id)),
});
