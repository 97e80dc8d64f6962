import { z } from "zod";
import { catalogFileSchema, catalogSchema, authorSchema, slugSchema } from "@/server/domain/catalog/schema";
import * as store from "@/server/services/catalog-store";
import { createTRPCRouter, publicProcedure } from "../trpc";

const slugInput = z.object({ slug: slugSchema });
const versionNumber = z.number().int().min(1);

export const catalogRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => store.listCatalogs(ctx.db)),

  bySlug: publicProcedure.input(slugInput).query(({ ctx, input }) => store.getCatalogRecord(ctx.db, input.slug)),

  create: publicProcedure
    .input(z.object({ catalog: catalogSchema, author: authorSchema }))
    .mutation(({ ctx, input }) => store.createCatalog(ctx.db, { ...input, now: ctx.now() })),

  update: publicProcedure
    .input(z.object({ slug: slugSchema, expectedVersion: versionNumber, catalog: catalogSchema, author: authorSchema }))
    .mutation(({ ctx, input }) => store.updateCatalog(ctx.db, { ...input, now: ctx.now() })),

  clone: publicProcedure
    .input(
      z.object({
        slug: slugSchema,
        newSlug: slugSchema,
        newName: catalogSchema.shape.name,
        author: authorSchema,
      }),
    )
    .mutation(({ ctx, input }) => store.cloneCatalog(ctx.db, { ...input, now: ctx.now() })),

  delete: publicProcedure
    .input(z.object({ slug: slugSchema, expectedVersion: versionNumber }))
    .mutation(({ ctx, input }) => store.deleteCatalog(ctx.db, input)),

  versions: publicProcedure.input(slugInput).query(({ ctx, input }) => store.listVersions(ctx.db, input.slug)),

  version: publicProcedure
    .input(z.object({ slug: slugSchema, version: versionNumber }))
    .query(({ ctx, input }) => store.getVersionDocument(ctx.db, input.slug, input.version)),

  diff: publicProcedure
    .input(z.object({ slug: slugSchema, from: versionNumber, to: versionNumber }))
    .query(({ ctx, input }) => store.diffVersions(ctx.db, input)),

  restoreVersion: publicProcedure
    .input(z.object({ slug: slugSchema, version: versionNumber, expectedVersion: versionNumber, author: authorSchema }))
    .mutation(({ ctx, input }) => store.restoreVersion(ctx.db, { ...input, now: ctx.now() })),

  builtins: publicProcedure.query(({ ctx }) => store.listBuiltins(ctx.db)),

  restoreBuiltin: publicProcedure
    .input(z.object({ slug: slugSchema, author: authorSchema }))
    .mutation(({ ctx, input }) => store.restoreBuiltin(ctx.db, { ...input, now: ctx.now() })),

  /** Apply an import the person previewed (`POST /api/catalogs/import` gives the preview). */
  import: publicProcedure
    .input(z.object({ file: catalogFileSchema, expectedVersion: versionNumber.nullable(), author: authorSchema }))
    .mutation(({ ctx, input }) =>
      store.applyImport(ctx.db, {
        document: input.file.catalog,
        expectedVersion: input.expectedVersion,
        author: input.author,
        now: ctx.now(),
      }),
    ),
});
