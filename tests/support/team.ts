/**
 * A team-mode studio's people for tests: an owner, an admin, a developer and a viewer in the default
 * workspace (or another), each with a signed-in session, and a CI key of each role. Made through the
 * auth library itself, as the product makes them.
 */
import type { DB } from "@/db/client";
import type { Role } from "@/server/domain/access/permissions";
import { LOCAL_WORKSPACE_ID } from "@/server/auth/actor";
import { authFor, withSignUpAllowed } from "@/server/auth/auth";

export const PASSWORD = "correct horse battery staple";

/** Cookie header of a fresh session for an account. */
export async function signIn(db: DB, email: string, password = PASSWORD): Promise<string> {
  const response = await authFor(db).api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

/** An account that is a member of `workspaceId` with `role`; answers its session cookie. */
export async function addPerson(db: DB, email: string, role: Role, workspaceId = LOCAL_WORKSPACE_ID): Promise<{ userId: string; cookie: string }> {
  const auth = authFor(db);
  const created = await withSignUpAllowed(email, () => auth.api.signUpEmail({ body: { email, password: PASSWORD, name: email.split("@")[0] ?? email } }));
  await auth.api.addMember({ body: { userId: created.user.id, role, organizationId: workspaceId } });
  return { userId: created.user.id, cookie: await signIn(db, email) };
}

/** A CI key of `role` for the workspace, made by a member who may make it. */
export async function addKey(db: DB, makerCookie: string, role: Role, workspaceId = LOCAL_WORKSPACE_ID): Promise<string> {
  const created = await authFor(db).api.createApiKey({ headers: new Headers({ cookie: makerCookie }), body: { name: `${role} key`, organizationId: workspaceId, metadata: { role } } });
  return created.key;
}

export type Credentials = Record<string, Record<string, string>>;

/** Headers of every kind of caller: anonymous, each role signed in, a key of each role. */
export async function teamCallers(db: DB): Promise<Credentials> {
  const owner = await addPerson(db, "owner@example.com", "owner");
  const callers: Credentials = { anonymous: {}, owner: { cookie: owner.cookie } };
  for (const role of ["admin", "developer", "viewer"] as const) callers[role] = { cookie: (await addPerson(db, `${role}@example.com`, role)).cookie };
  for (const role of ["viewer", "developer", "admin", "owner"] as const) callers[`key:${role}`] = { authorization: `Bearer ${await addKey(db, owner.cookie, role)}` };
  return callers;
}
