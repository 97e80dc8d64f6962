import { z } from "zod";
import { catalogFileSchema, catalogSchema, authorSchema, slugSchema } from "@/server/domain/catalog/schema";
import * as store from "@/server/services/catalog-store";
import { allowed, authorOf, createTRPCRouter } from "../trpc";

const slugInput = z.object({ slug: slugSchema });
const versionNumber = z.number().int().min(1);

export const catalogRouter = createTRPCRouter({
  list: allowed("read").query(({ ctx }) => store.listCatalogs(ctx.db, ctx.workspaceId)),

  bySlug: allowed("read").input(slugInput).query(({ ctx, input }) => store.getCatalogRecord(ctx.db, input.slug, ctx.workspaceId)),

  create: allowed("catalog.write")
    .input(z.object({ catalog: catalogSchema, author: authorSchema.optional() }))
    .mutation(({ ctx, input }) => store.createCatalog(ctx.db, { ...input, workspaceId: ctx.workspaceId, author: authorOf(ctx, input.author), now: ctx.now() })),

  update: allowed("catalog.write")
    .input(z.object({ slug: slugSchema, expectedVersion: versionNumber, catalog: catalogSchema, author: authorSchema.optional() }))
    .mutation(({ ctx, input }) => store.updateCatalog(ctx.db, { ...input, workspaceId: ctx.workspaceId, author: authorOf(ctx, input.author), now: ctx.now() })),

  clone: allowed("catalog.write")
    .input(
      z.object({
        slug: slugSchema,
        newSlug: slugSchema,
        newName: catalogSchema.shape.name,
        author: authorSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => store.cloneCatalog(ctx.db, { ...input, workspaceId: ctx.workspaceId, author: authorOf(ctx, input.author), now: ctx.now() })),

  delete: allowed("catalog.write")
    .input(z.object({ slug: slugSchema, expectedVersion: versionNumber }))
    .mutation(({ ctx, input }) => store.deleteCatalog(ctx.db, { ...input, workspaceId: ctx.workspaceId })),

  versions: allowed("read").input(slugInput).query(({ ctx, input }) => store.listVersions(ctx.db, input.slug, ctx.workspaceId)),

  version: allowed("read")
    .input(z.object({ slug: slugSchema, version: versionNumber }))
    .query(({ ctx, input }) => store.getVersionDocument(ctx.db, input.slug, input.version, ctx.workspaceId)),

  diff: allowed("read")
    .input(z.object({ slug: slugSchema, from: versionNumber, to: versionNumber }))
    .query(({ ctx, input }) => store.diffVersions(ctx.db, { ...input, workspaceId: ctx.workspaceId })),

  restoreVersion: allowed("catalog.write")
    .input(z.object({ slug: slugSchema, version: versionNumber, expectedVersion: versionNumber, author: authorSchema.optional() }))
    .mutation(({ ctx, input }) => store.restoreVersion(ctx.db, { ...input, workspaceId: ctx.workspaceId, author: authorOf(ctx, input.author), now: ctx.now() })),

  builtins: allowed("read").query(({ ctx }) => store.listBuiltins(ctx.db)),

  restoreBuiltin: allowed("catalog.write")
    .input(z.object({ slug: slugSchema, author: authorSchema.optional() }))
    .mutation(({ ctx, input }) => store.restoreBuiltin(ctx.db, { ...input, workspaceId: ctx.workspaceId, author: authorOf(ctx, input.author), now: ctx.now() })),

  /** Apply an import the person previewed (`POST /api/catalogs/import` gives the preview). */
  import: allowed("catalog.write")
    .input(z.object({ file: catalogFileSchema, expectedVersion: versionNumber.nullable(), author: authorSchema.optional() }))
    .mutation(({ ctx, input }) =>
      store.applyImport(ctx.db, {
        workspaceId: ctx.workspaceId,
        document: input.file.catalog,
        expectedVersion: input.expectedVersion,
        author: authorOf(ctx, input.author),
        now: ctx.now(),
      }),
    ),
});
