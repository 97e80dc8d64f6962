/**
 * Workspaces, their members, invitations and CI keys. Reads are plain queries; every change goes
 * through the auth library's own endpoints (with the caller's headers, so its checks apply too),
 * after the studio's permission table has allowed it (server/trpc.ts).
 */
import { and, asc, desc, eq, gt } from "drizzle-orm";
import { APIError } from "better-auth/api";
import type { DB } from "@/db/client";
import { apikey, invitation, member, organization, user } from "@/db/schema";
import { assignableRoles, isRole, rank, type Role } from "@/server/domain/access/permissions";
import { DomainError } from "@/server/domain/errors";
import { authFor } from "@/server/auth/auth";
import { withSignUpAllowed } from "@/server/auth/auth";

export type WorkspaceSummary = { id: string; name: string; slug: string; role: Role };

export function workspacesOf(db: DB, userId: string): WorkspaceSummary[] {
  return db
    .select({ id: organization.id, name: organization.name, slug: organization.slug, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(asc(organization.name))
    .all()
    .flatMap((row) => (isRole(row.role) ? [{ ...row, role: row.role }] : []));
}

export function workspaceName(db: DB, workspaceId: string): string {
  return db.select({ name: organization.name }).from(organization).where(eq(organization.id, workspaceId)).get()?.name ?? "Workspace";
}

/** The auth library's refusals as the studio's errors (a message a person can act on). */
async function viaAuth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof APIError) throw new DomainError(error.statusCode === 404 ? "NOT_FOUND" : "BAD_REQUEST", error.message || "The request was refused.");
    throw error;
  }
}

export async function switchWorkspace(db: DB, headers: Headers, userId: string, workspaceId: string): Promise<WorkspaceSummary> {
  const target = workspacesOf(db, userId).find((workspace) => workspace.id === workspaceId);
  if (!target) throw new DomainError("NOT_FOUND", "You are not a member of that workspace.");
  await viaAuth(() => authFor(db).api.setActiveOrganization({ headers, body: { organizationId: workspaceId } }));
  return target;
}

function slugFor(name: string): string {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "workspace"}-${Date.now().toString(36)}`;
}

export async function createWorkspace(db: DB, headers: Headers, name: string): Promise<WorkspaceSummary> {
  const created = await viaAuth(() => authFor(db).api.createOrganization({ headers, body: { name, slug: slugFor(name) } }));
  await viaAuth(() => authFor(db).api.setActiveOrganization({ headers, body: { organizationId: created.id } }));
  return { id: created.id, name: created.name, slug: created.slug, role: "owner" };
}

export type MemberView = { id: string; userId: string; name: string; email: string; role: Role; joinedAt: number };
export type InvitationView = { id: string; email: string; role: Role; expiresAt: number; invitedBy: string };

export function membersOf(db: DB, workspaceId: string, now: number): { members: MemberView[]; invitations: InvitationView[] } {
  const members = db
    .select({ id: member.id, userId: user.id, name: user.name, email: user.email, role: member.role, joinedAt: member.createdAt })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, workspaceId))
    .orderBy(asc(member.createdAt))
    .all()
    .flatMap((row) => (isRole(row.role) ? [{ ...row, role: row.role, joinedAt: row.joinedAt.getTime() }] : []));
  const invitations = db
    .select({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, invitedBy: user.name })
    .from(invitation)
    .innerJoin(user, eq(user.id, invitation.inviterId))
    .where(and(eq(invitation.organizationId, workspaceId), eq(invitation.status, "pending"), gt(invitation.expiresAt, new Date(now))))
    .orderBy(desc(invitation.createdAt))
    .all()
    .map((row) => ({ ...row, role: isRole(row.role) ? row.role : "viewer", expiresAt: row.expiresAt.getTime() }));
  return { members, invitations };
}

function checkAssignable(granter: Role, role: Role): void {
  if (!assignableRoles(granter).includes(role)) throw new DomainError("BAD_REQUEST", `A ${granter} cannot give the ${role} role.`, [{ path: "role", message: `at most ${granter}` }]);
}

export async function invite(db: DB, headers: Headers, args: { workspaceId: string; granter: Role; email: string; role: Role }): Promise<InvitationView> {
  checkAssignable(args.granter, args.role);
  const created = await viaAuth(() => authFor(db).api.createInvitation({ headers, body: { email: args.email, role: args.role, organizationId: args.workspaceId } }));
  return { id: created.id, email: created.email, role: args.role, expiresAt: new Date(created.expiresAt).getTime(), invitedBy: "you" };
}

export async function cancelInvitation(db: DB, headers: Headers, workspaceId: string, invitationId: string): Promise<{ id: string }> {
  const found = db.select({ id: invitation.id }).from(invitation).where(and(eq(invitation.id, invitationId), eq(invitation.organizationId, workspaceId))).get();
  if (!found) throw new DomainError("NOT_FOUND", "No such invitation in this workspace.");
  await viaAuth(() => authFor(db).api.cancelInvitation({ headers, body: { invitationId } }));
  return { id: invitationId };
}

function memberIn(db: DB, workspaceId: string, memberId: string): { role: Role; userId: string } {
  const row = db.select({ role: member.role, userId: member.userId }).from(member).where(and(eq(member.id, memberId), eq(member.organizationId, workspaceId))).get();
  if (!row || !isRole(row.role)) throw new DomainError("NOT_FOUND", "No such member in this workspace.");
  return { role: row.role, userId: row.userId };
}

export async function changeRole(db: DB, headers: Headers, args: { workspaceId: string; granter: Role; memberId: string; role: Role }): Promise<{ id: string; role: Role }> {
  const target = memberIn(db, args.workspaceId, args.memberId);
  checkAssignable(args.granter, args.role);
  if (rank(target.role) > rank(args.granter)) throw new DomainError("BAD_REQUEST", `A ${args.granter} cannot change a ${target.role}'s role.`);
  if (target.role === "owner" && args.role !== "owner") lastOwnerGuard(db, args.workspaceId);
  await viaAuth(() => authFor(db).api.updateMemberRole({ headers, body: { memberId: args.memberId, role: args.role, organizationId: args.workspaceId } }));
  return { id: args.memberId, role: args.role };
}

function lastOwnerGuard(db: DB, workspaceId: string): void {
  const owners = db.select({ id: member.id }).from(member).where(and(eq(member.organizationId, workspaceId), eq(member.role, "owner"))).all();
  if (owners.length <= 1) throw new DomainError("BAD_REQUEST", "A workspace keeps at least one owner: make someone else owner first.");
}

export async function removeMember(db: DB, headers: Headers, args: { workspaceId: string; granter: Role; memberId: string }): Promise<{ id: string }> {
  const target = memberIn(db, args.workspaceId, args.memberId);
  if (rank(target.role) > rank(args.granter)) throw new DomainError("BAD_REQUEST", `A ${args.granter} cannot remove a ${target.role}.`);
  if (target.role === "owner") lastOwnerGuard(db, args.workspaceId);
  await viaAuth(() => authFor(db).api.removeMember({ headers, body: { memberIdOrEmail: args.memberId, organizationId: args.workspaceId } }));
  return { id: args.memberId };
}

export type InvitationPreview = { id: string; workspace: string; email: string; role: Role; state: "pending" | "accepted" | "expired" | "cancelled"; hasAccount: boolean };

/** What an invitation link shows before anyone signs in: the workspace, the address, the role. */
export function invitationPreview(db: DB, invitationId: string, now: number): InvitationPreview {
  const row = db
    .select({ id: invitation.id, workspace: organization.name, email: invitation.email, role: invitation.role, status: invitation.status, expiresAt: invitation.expiresAt })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .where(eq(invitation.id, invitationId))
    .get();
  if (!row) throw new DomainError("NOT_FOUND", "This invitation link is not valid. Ask for a new one.");
  const state = row.status === "accepted" ? "accepted" : row.status !== "pending" ? "cancelled" : row.expiresAt.getTime() <= now ? "expired" : "pending";
  const hasAccount = db.select({ id: user.id }).from(user).where(eq(user.email, row.email)).get() !== undefined;
  return { id: row.id, workspace: row.workspace, email: row.email, role: isRole(row.role) ? row.role : "viewer", state, hasAccount };
}

/** A signed-in person takes up an invitation made out to their address. */
export async function acceptInvitation(db: DB, headers: Headers, invitationId: string): Promise<{ workspaceId: string }> {
  const accepted = await viaAuth(() => authFor(db).api.acceptInvitation({ headers, body: { invitationId } }));
  const workspaceId = accepted?.invitation.organizationId;
  if (!workspaceId) throw new DomainError("BAD_REQUEST", "The invitation could not be accepted.");
  await viaAuth(() => authFor(db).api.setActiveOrganization({ headers, body: { organizationId: workspaceId } }));
  return { workspaceId };
}

/**
 * Someone without an account opens their invitation: the account is made for the invited address
 * (sign-up is otherwise closed), signed in, and the invitation accepted. Answers the session cookies.
 */
export async function joinByInvitation(db: DB, args: { invitationId: string; name: string; password: string; now: number }): Promise<{ setCookie: string[] }> {
  const preview = invitationPreview(db, args.invitationId, args.now);
  if (preview.state !== "pending") throw new DomainError("BAD_REQUEST", `This invitation is ${preview.state}. Ask for a new one.`);
  if (preview.hasAccount) throw new DomainError("CONFLICT", "An account with this address exists: sign in to accept the invitation.");
  const auth = authFor(db);
  await viaAuth(() => withSignUpAllowed(preview.email, () => auth.api.signUpEmail({ body: { email: preview.email, password: args.password, name: args.name } })));
  const signedIn = await viaAuth(() => auth.api.signInEmail({ body: { email: preview.email, password: args.password }, asResponse: true }));
  const setCookie = signedIn.headers.getSetCookie();
  const cookie = setCookie.map((line) => line.split(";")[0]).join("; ");
  await acceptInvitation(db, new Headers({ cookie }), args.invitationId);
  return { setCookie };
}

export type KeyView = { id: string; name: string; start: string | null; role: Role; createdAt: number; lastUsedAt: number | null };

function keyRole(metadata: string | null): Role {
  try {
    const parsed: unknown = metadata ? JSON.parse(metadata) : null;
    const role = typeof parsed === "object" && parsed !== null && "role" in parsed ? parsed.role : null;
    return isRole(role) ? role : "viewer";
  } catch {
    return "viewer";
  }
}

export function keysOf(db: DB, workspaceId: string): KeyView[] {
  return db
    .select()
    .from(apikey)
    .where(eq(apikey.referenceId, workspaceId))
    .orderBy(desc(apikey.createdAt))
    .all()
    .map((row) => ({ id: row.id, name: row.name ?? "CI key", start: row.start, role: keyRole(row.metadata), createdAt: row.createdAt.getTime(), lastUsedAt: row.lastRequest?.getTime() ?? null }));
}

/** A new CI key: the key itself is answered this once; only its hash is stored. */
export async function createKey(db: DB, headers: Headers, args: { workspaceId: string; granter: Role; name: string; role: Role }): Promise<{ key: string; view: KeyView }> {
  checkAssignable(args.granter, args.role);
  const created = await viaAuth(() => authFor(db).api.createApiKey({ headers, body: { name: args.name, organizationId: args.workspaceId, metadata: { role: args.role } } }));
  return { key: created.key, view: { id: created.id, name: created.name ?? args.name, start: created.start, role: args.role, createdAt: new Date(created.createdAt).getTime(), lastUsedAt: null } };
}

export async function revokeKey(db: DB, headers: Headers, workspaceId: string, keyId: string): Promise<{ id: string }> {
  const found = db.select({ id: apikey.id }).from(apikey).where(and(eq(apikey.id, keyId), eq(apikey.referenceId, workspaceId))).get();
  if (!found) throw new DomainError("NOT_FOUND", "No such key in this workspace.");
  await viaAuth(() => authFor(db).api.deleteApiKey({ headers, body: { keyId } }));
  return { id: keyId };
}
