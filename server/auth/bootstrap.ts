/**
 * The first owner of a team studio: from `STUDIO_ADMIN_EMAIL` / `STUDIO_ADMIN_PASSWORD` at start
 * (created when no account has that email), or from the first-run page, which only a loopback
 * request may use and only while the studio has no account at all. Either way the owner owns the
 * default workspace, so what was made in local mode stays theirs.
 */
import { count } from "drizzle-orm";
import type { DB } from "@/db/client";
import { user } from "@/db/schema";
import { LOCAL_WORKSPACE_ID } from "./actor";
import { authFor, withSignUpAllowed } from "./auth";
import { isLoopbackHost } from "./mode";

export function hasAccounts(db: DB): boolean {
  return (db.select({ n: count() }).from(user).get()?.n ?? 0) > 0;
}

/** Create an account and make it owner of the default workspace; returns the user id. */
export async function createOwner(db: DB, input: { email: string; password: string; name: string }): Promise<string> {
  const auth = authFor(db);
  const created = await withSignUpAllowed(input.email, () => auth.api.signUpEmail({ body: { email: input.email, password: input.password, name: input.name } }));
  await auth.api.addMember({ body: { userId: created.user.id, role: "owner", organizationId: LOCAL_WORKSPACE_ID } });
  return created.user.id;
}

/** At start: the owner named by the environment, unless an account with that email exists. */
export async function bootstrapAdmin(db: DB, admin: { email: string; password: string } | null): Promise<string | null> {
  if (!admin) return null;
  const auth = authFor(db);
  const existing = await auth.$context.then((context) => context.internalAdapter.findUserByEmail(admin.email));
  if (existing) return null;
  await createOwner(db, { email: admin.email, password: admin.password, name: admin.email.split("@")[0] ?? "Owner" });
  return admin.email;
}

/** The first-run page is open while there is no account, and only to the machine the studio runs on. */
export function setupAllowed(db: DB, remoteAddress: string | undefined): { ok: true } | { ok: false; message: string } {
  if (hasAccounts(db)) return { ok: false, message: "The studio already has an owner. Sign in, or ask an admin for an invitation." };
  const address = (remoteAddress ?? "").replace(/^::ffff:/, "");
  if (!isLoopbackHost(address)) {
    return { ok: false, message: "The first-run page opens only from the machine the studio runs on (a loopback address), or set STUDIO_ADMIN_EMAIL and STUDIO_ADMIN_PASSWORD." };
  }
  return { ok: true };
}
