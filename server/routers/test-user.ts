import { z } from "zod";
import { slugSchema } from "@/server/domain/catalog/schema";
import * as testUsers from "@/server/services/test-users";
import { allowed, createTRPCRouter } from "../trpc";

const userIdSchema = z.string().min(1).max(64);

/** A profile is a JSON object (at most 32 KB serialised). */
const profileSchema = z
  .record(z.string(), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 32_768, "profile is larger than 32 KB");

export const testUserRouter = createTRPCRouter({
  list: allowed("read").input(z.object({ catalog: slugSchema })).query(({ ctx, input }) => testUsers.listTestUsers(ctx.db, input.catalog, ctx.workspaceId, ctx.now())),

  create: allowed("client.write").input(z.object({ catalog: slugSchema })).mutation(({ ctx, input }) => testUsers.createTestUser(ctx.db, { workspaceId: ctx.workspaceId, catalogSlug: input.catalog, now: ctx.now() })),

  update: allowed("client.write")
    .input(z.object({ catalog: slugSchema, userId: userIdSchema, profile: profileSchema }))
    .mutation(({ ctx, input }) => testUsers.updateTestUser(ctx.db, { workspaceId: ctx.workspaceId, catalogSlug: input.catalog, userId: input.userId, profile: input.profile, now: ctx.now() })),

  delete: allowed("client.write")
    .input(z.object({ catalog: slugSchema, userId: userIdSchema }))
    .mutation(({ ctx, input }) => testUsers.deleteTestUser(ctx.db, { workspaceId: ctx.workspaceId, catalogSlug: input.catalog, userId: input.userId, now: ctx.now() })),
});
