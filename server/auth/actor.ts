/**
 * Who is asking, and in which workspace: the one place a request's credentials become an `Actor`
 * (the session cookie of a signed-in person, or a CI key sent as `Authorization: Bearer <key>`), and
 * the one place an actor is checked against the permission table. tRPC procedures (server/trpc.ts),
 * the gateway's headless endpoints and every REST route (server/gateway) all go through here.
 */
import { and, asc, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { member, organization } from "@/db/schema";
import { can, isRole, leastRoleFor, PERMISSIONS, type Permission, type Role } from "@/server/domain/access/permissions";
import { authFor } from "./auth";
import { currentAuthConfig } from "./mode";

/** The implicit workspace of local mode (created by migration 0005). */
export const LOCAL_WORKSPACE_ID = "local";

export type Actor =
  /** Local mode: the person at the keyboard owns the one workspace. */
  | { kind: "local"; workspaceId: string; role: Role }
  | { kind: "user"; userId: string; name: string; email: string; workspaceId: string | null; role: Role | null }
  | { kind: "key"; keyId: string; name: string; workspaceId: string; role: Role }
  /** Team mode without credentials, or with ones that did not verify (`problem` says which). */
  | { kind: "anonymous"; problem: string | null };

export const LOCAL_ACTOR: Actor = { kind: "local", workspaceId: LOCAL_WORKSPACE_ID, role: "owner" };

/**
 * The access a procedure or route declares: a permission in the workspace, `account` (any
 * signed-in person, workspace or not: the workspace switcher, creating a workspace), or `public`
 * (sign-in status, accepting an invitation).
 */
export type Access = Permission | "account" | "public";

export type Granted = { actor: Actor; workspaceId: string; role: Role };

export type Refusal = { status: 401 | 403; code: "UNAUTHORIZED" | "FORBIDDEN"; message: string };

const BEARER = /^Bearer\s+(\S+)$/i;

function membership(db: DB, userId: string, preferred: string | null | undefined): { workspaceId: string; role: Role } | null {
  const rows = db
    .select({ workspaceId: member.organizationId, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(asc(member.createdAt))
    .all();
  const chosen = rows.find((row) => row.workspaceId === preferred) ?? rows[0];
  if (!chosen || !isRole(chosen.role)) return null;
  return { workspaceId: chosen.workspaceId, role: chosen.role };
}

/** The role a user holds in a workspace, or null when not a member. */
export function roleIn(db: DB, userId: string, workspaceId: string): Role | null {
  const row = db
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.userId, userId), eq(member.organizationId, workspaceId)))
    .get();
  return row && isRole(row.role) ? row.role : null;
}

/** The actor behind a request's headers. Local mode needs none. */
export async function resolveActor(db: DB, headers: Headers): Promise<Actor> {
  if (!currentAuthConfig().team) return LOCAL_ACTOR;
  const auth = authFor(db);
  const authorization = headers.get("authorization");
  if (authorization) {
    const bearer = BEARER.exec(authorization.trim());
    if (!bearer?.[1]) return { kind: "anonymous", problem: "The Authorization header must be `Bearer <key>`." };
    const result = await auth.api.verifyApiKey({ body: { key: bearer[1] } });
    const key = result.key;
    const metadata: unknown = key?.metadata;
    const role = typeof metadata === "object" && metadata !== null && "role" in metadata ? metadata.role : null;
    if (!result.valid || !key || !isRole(role)) return { kind: "anonymous", problem: "The API key is not valid: it may have been revoked. Create a new one in the workspace's settings." };
    return { kind: "key", keyId: key.id, name: key.name ?? "CI key", workspaceId: key.referenceId, role };
  }
  const session = await auth.api.getSession({ headers });
  if (!session) return { kind: "anonymous", problem: null };
  const found = membership(db, session.user.id, session.session.activeOrganizationId);
  return { kind: "user", userId: session.user.id, name: session.user.name, email: session.user.email, workspaceId: found?.workspaceId ?? null, role: found?.role ?? null };
}

/** Check an actor against what a procedure or route declares. */
export function authorize(actor: Actor, access: Access): { ok: true; granted: Granted | null } | { ok: false; refusal: Refusal } {
  if (access === "public") return { ok: true, granted: actor.kind === "anonymous" || !actor.workspaceId || !actor.role ? null : { actor, workspaceId: actor.workspaceId, role: actor.role } };
  if (actor.kind === "anonymous") {
    return { ok: false, refusal: { status: 401, code: "UNAUTHORIZED", message: actor.problem ?? "Sign in first (or send a CI key as `Authorization: Bearer <key>`)." } };
  }
  if (access === "account") {
    if (actor.kind === "key") return { ok: false, refusal: { status: 403, code: "FORBIDDEN", message: "CI keys reach the headless API only; this needs a signed-in person." } };
    return { ok: true, granted: actor.workspaceId && actor.role ? { actor, workspaceId: actor.workspaceId, role: actor.role } : null };
  }
  if (!actor.workspaceId || !actor.role) {
    return { ok: false, refusal: { status: 403, code: "FORBIDDEN", message: "You are not a member of any workspace yet. Ask a workspace admin to invite you, or create a workspace." } };
  }
  if (!can(actor.role, access)) {
    const who = actor.kind === "key" ? `This CI key's role (${actor.role})` : `Your role (${actor.role})`;
    return {
      ok: false,
      refusal: { status: 403, code: "FORBIDDEN", message: `${who} cannot: ${PERMISSIONS[access].toLowerCase()}. That needs ${leastRoleFor(access)} or above.` },
    };
  }
  return { ok: true, granted: { actor, workspaceId: actor.workspaceId, role: actor.role } };
}


/**
 * The workspace a request reads from, for route handlers and pages behind the gateway (which has
 * already checked access): local mode's one workspace, the caller's, or null when nobody is signed in.
 */
export async function requestWorkspace(db: DB, headers: Headers): Promise<string | null> {
  const actor = await resolveActor(db, headers);
  return actor.kind === "anonymous" ? null : actor.workspaceId;
}

/** A workspace id no workspace has: lists read with it show the built-in catalogs only. */
export const NO_WORKSPACE = "";
