import { z } from "zod";
import { activityFilterSchema, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "@/server/domain/activity/types";
import { activityFilterOptions, listActivity, liveActivity } from "@/server/services/activity";
import { cleanupActivity, previewCleanup } from "@/server/services/activity-cleanup";
import { getCallView, getCodeView, getRunView, getTokenView, revokeGrantFromStudio, revokeTokenFromStudio } from "@/server/services/activity-details";
import { allowed, createTRPCRouter } from "../trpc";

const cursor = z.string().min(1).max(200, "cursor is longer than 200 characters");
const ref = (prefix: "sim" | "call") =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]+$`), `a ${prefix === "sim" ? "run" : "call"} id looks like ${prefix}_…`);
const key = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "a row id or the first characters of the value");
const rowId = z.number().int().positive();
const cleanupScope = z.union([
  z.object({ olderThanDays: z.number().int().min(0).max(3650) }).strict(),
  z.object({ catalog: z.string().min(1).max(48) }).strict(),
]);

export const activityRouter = createTRPCRouter({
  /** One page of runs and calls, newest first; `cursor` (from the previous page) continues below it. */
  list: allowed("read")
    .input(z.object({ filter: activityFilterSchema.default({}), cursor: cursor.nullish(), limit: z.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT) }))
    .query(({ ctx, input }) => listActivity(ctx.db, { workspaceId: ctx.workspaceId, filter: input.filter, cursor: input.cursor, limit: input.limit, now: ctx.now() })),

  /** What arrived above `since` (a head from a previous answer); without it, the current head. */
  live: allowed("read")
    .input(z.object({ filter: activityFilterSchema.default({}), since: cursor.nullish() }))
    .query(({ ctx, input }) => liveActivity(ctx.db, { workspaceId: ctx.workspaceId, filter: input.filter, since: input.since, now: ctx.now() })),

  filterOptions: allowed("read").query(({ ctx }) => activityFilterOptions(ctx.db, ctx.workspaceId)),

  run: allowed("read").input(z.object({ ref: ref("sim") })).query(({ ctx, input }) => getRunView(ctx.db, { workspaceId: ctx.workspaceId, ref: input.ref, now: ctx.now() })),
  apiCall: allowed("read").input(z.object({ ref: ref("call") })).query(({ ctx, input }) => getCallView(ctx.db, { workspaceId: ctx.workspaceId, ref: input.ref, now: ctx.now() })),
  code: allowed("read").input(z.object({ key })).query(({ ctx, input }) => getCodeView(ctx.db, { workspaceId: ctx.workspaceId, key: input.key, now: ctx.now() })),
  token: allowed("read").input(z.object({ key })).query(({ ctx, input }) => getTokenView(ctx.db, { workspaceId: ctx.workspaceId, key: input.key, now: ctx.now() })),

  revokeToken: allowed("simulate").input(z.object({ tokenId: rowId })).mutation(({ ctx, input }) => revokeTokenFromStudio(ctx.db, { workspaceId: ctx.workspaceId, tokenId: input.tokenId, now: ctx.now() })),
  revokeGrant: allowed("simulate").input(z.object({ grantId: rowId })).mutation(({ ctx, input }) => revokeGrantFromStudio(ctx.db, { workspaceId: ctx.workspaceId, grantId: input.grantId, now: ctx.now() })),

  cleanupPreview: allowed("read").input(cleanupScope).query(({ ctx, input }) => previewCleanup(ctx.db, ctx.workspaceId, input, ctx.now())),
  cleanup: allowed("activity.delete").input(cleanupScope).mutation(({ ctx, input }) => cleanupActivity(ctx.db, ctx.workspaceId, input, ctx.now())),
});
