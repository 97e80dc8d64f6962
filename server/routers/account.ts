import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ROLES, permissionTable } from "@/server/domain/access/permissions";
import { hasAccounts } from "@/server/auth/bootstrap";
import { currentAuthConfig } from "@/server/auth/mode";
import * as workspaces from "@/server/services/workspaces";
import { retentionSchema, retentionStatus, setRetention } from "@/server/services/retention";
import { accountProcedure, allowed, createTRPCRouter, publicProcedure } from "../trpc";

const role = z.enum(ROLES);
const id = z.string().min(1).max(128);

export const accountRouter = createTRPCRouter({
  /** Mode, who is signed in, their workspaces: what the shell and the sign-in page show. */
  status: publicProcedure.query(({ ctx }) => {
    const config = currentAuthConfig();
    const actor = ctx.actor;
    const signedIn = actor.kind === "user" ? { name: actor.name, email: actor.email } : null;
    const list = actor.kind === "user" ? workspaces.workspacesOf(ctx.db, actor.userId) : [];
    const current = actor.kind === "anonymous" || !actor.workspaceId || !actor.role ? null : { id: actor.workspaceId, name: workspaces.workspaceName(ctx.db, actor.workspaceId), role: actor.role };
    return {
      team: config.team,
      oidc: config.oidc ? { name: config.oidc.name } : null,
      needsSetup: config.team && !hasAccounts(ctx.db),
      user: signedIn,
      workspace: current,
      workspaces: list,
    };
  }),

  /** The permission table (the same one every check uses). */
  permissions: publicProcedure.query(() => permissionTable()),

  switchWorkspace: accountProcedure.input(z.object({ workspaceId: id })).mutation(({ ctx, input }) => {
    if (ctx.actor.kind !== "user") throw new TRPCError({ code: "FORBIDDEN", message: "Only a signed-in person has workspaces to switch between." });
    return workspaces.switchWorkspace(ctx.db, ctx.headers, ctx.actor.userId, input.workspaceId);
  }),

  createWorkspace: accountProcedure.input(z.object({ name: z.string().trim().min(1, "name is required").max(80) })).mutation(({ ctx, input }) => {
    if (ctx.actor.kind !== "user") throw new TRPCError({ code: "FORBIDDEN", message: "Workspaces are made by signed-in people." });
    return workspaces.createWorkspace(ctx.db, ctx.headers, input.name);
  }),

  members: allowed("read").query(({ ctx }) => workspaces.membersOf(ctx.db, ctx.workspaceId, ctx.now())),

  invite: allowed("members.manage")
    .input(z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email("enter an email address")), role }))
    .mutation(({ ctx, input }) => workspaces.invite(ctx.db, ctx.headers, { workspaceId: ctx.workspaceId, granter: ctx.role, email: input.email, role: input.role })),

  cancelInvitation: allowed("members.manage")
    .input(z.object({ invitationId: id }))
    .mutation(({ ctx, input }) => workspaces.cancelInvitation(ctx.db, ctx.headers, ctx.workspaceId, input.invitationId)),

  changeRole: allowed("members.manage")
    .input(z.object({ memberId: id, role }))
    .mutation(({ ctx, input }) => workspaces.changeRole(ctx.db, ctx.headers, { workspaceId: ctx.workspaceId, granter: ctx.role, memberId: input.memberId, role: input.role })),

  removeMember: allowed("members.manage")
    .input(z.object({ memberId: id }))
    .mutation(({ ctx, input }) => workspaces.removeMember(ctx.db, ctx.headers, { workspaceId: ctx.workspaceId, granter: ctx.role, memberId: input.memberId })),

  /** What an invitation link shows before signing in. */
  invitation: publicProcedure.input(z.object({ invitationId: id })).query(({ ctx, input }) => workspaces.invitationPreview(ctx.db, input.invitationId, ctx.now())),

  acceptInvitation: accountProcedure.input(z.object({ invitationId: id })).mutation(({ ctx, input }) => workspaces.acceptInvitation(ctx.db, ctx.headers, input.invitationId)),

  /** How much of the call log and runs the workspace keeps, and how much it holds now. */
  retention: allowed("read").query(({ ctx }) => retentionStatus(ctx.db, ctx.workspaceId)),

  setRetention: allowed("settings.write")
    .input(retentionSchema)
    .mutation(({ ctx, input }) => {
      setRetention(ctx.db, ctx.workspaceId, input, ctx.now());
      return retentionStatus(ctx.db, ctx.workspaceId);
    }),

  keys: allowed("keys.manage").query(({ ctx }) => workspaces.keysOf(ctx.db, ctx.workspaceId)),

  createKey: allowed("keys.manage")
    .input(z.object({ name: z.string().trim().min(1, "name is required").max(64), role }))
    .mutation(({ ctx, input }) => workspaces.createKey(ctx.db, ctx.headers, { workspaceId: ctx.workspaceId, granter: ctx.role, name: input.name, role: input.role })),

  revokeKey: allowed("keys.manage").input(z.object({ keyId: id })).mutation(({ ctx, input }) => workspaces.revokeKey(ctx.db, ctx.headers, ctx.workspaceId, input.keyId)),
});
