import { z } from "zod";
import { fidelitySchema, scopeNameSchema, slugSchema } from "@/server/domain/catalog/schema";
import * as explorer from "@/server/services/explorer";
import { allowed, createTRPCRouter } from "../trpc";

const filterList = z.array(z.string().trim().min(1).max(80)).max(50);

export const scopeSearchInput = z.object({
  query: z.string().max(200).optional(),
  wallets: filterList.optional(),
  regions: filterList.optional(),
  catalogs: z.array(slugSchema).max(50).optional(),
  mode: z.enum(["silent", "consent"]).optional(),
  fidelity: fidelitySchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

export const explorerRouter = createTRPCRouter({
  search: allowed("read").input(scopeSearchInput).query(({ ctx, input }) => explorer.searchScopes(ctx.db, ctx.workspaceId, input)),

  facets: allowed("read").query(({ ctx }) => explorer.explorerFacets(ctx.db, ctx.workspaceId)),

  scope: allowed("read")
    .input(z.object({ name: scopeNameSchema }))
    .query(({ ctx, input }) => explorer.scopeDetail(ctx.db, ctx.workspaceId, input.name)),

  compare: allowed("read")
    .input(
      z.object({
        slugs: z.array(slugSchema).min(1, "pick at least one catalog").max(12, "compare at most 12 catalogs"),
        query: z.string().max(200).optional(),
        onlyDifferences: z.boolean().optional(),
      }),
    )
    .query(({ ctx, input }) => explorer.compareCatalogs(ctx.db, ctx.workspaceId, input)),
});
