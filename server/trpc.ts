import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { DB } from "@/db/client";
import { DomainError, formatPath, type Issue } from "@/server/domain/errors";
// Every procedure's input problems in the product's words (zod's error map for the process).
import "@/server/domain/validation-messages";
import type { Clock } from "@/server/domain/clock";
import type { Permission, Role } from "@/server/domain/access/permissions";
import { authorize, LOCAL_ACTOR, type Access, type Actor } from "@/server/auth/actor";
import { readClock } from "@/server/services/clock";
import { localTransport, type Transport } from "@/server/services/console";

/** Everything a procedure may use. Tests build it with an in-memory database. */
export type Context = {
  db: DB;
  /** Real time (ms). */
  now: () => number;
  /** The studio's own origin, for requests the simulator sends to the mock wallet. */
  origin: string;
  transport: Transport;
  /** Who is calling (resolved from the session cookie by the route handler; local mode's owner by default). */
  actor: Actor;
  /** The request's headers, for the auth library's own calls (members, keys, switching workspace). */
  headers: Headers;
};

export function createInnerContext(opts: { db: DB; now?: () => number; origin?: string; transport?: Transport; actor?: Actor; headers?: Headers }): Context {
  const now = opts.now ?? Date.now;
  return {
    db: opts.db,
    now,
    origin: opts.origin ?? "http://localhost:3000",
    transport: opts.transport ?? localTransport(opts.db),
    actor: opts.actor ?? LOCAL_ACTOR,
    headers: opts.headers ?? new Headers(),
  };
}

/** What every procedure declares: the permission (or `account` / `public`) it needs. */
export type Meta = { access: Access };

const TRPC_CODE = {
  BAD_REQUEST: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
} as const;

function issuesOf(error: unknown): Issue[] | null {
  if (error instanceof ZodError) {
    return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  }
  if (error instanceof DomainError) return error.issues;
  return null;
}

const t = initTRPC.context<Context>().meta<Meta>().create({
  errorFormatter({ shape, error }) {
    const issues = issuesOf(error.cause);
    return {
      ...shape,
      data: { ...shape.data, issues, stack: undefined },
    };
  },
});

/**
 * Turn domain errors and input-validation errors into tRPC errors with a readable message,
 * in one place instead of a try/catch per procedure. Registered before `.input()`, so it
 * also wraps input parsing.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  if (cause instanceof ZodError) {
    const message = (issuesOf(cause) ?? []).map((issue) => `${issue.path}: ${issue.message}`).join("; ");
    throw new TRPCError({ code: "BAD_REQUEST", message: message || "Invalid input", cause });
  }
  return result;
});

/**
 * The permission check of every procedure, against the table in server/domain/access: a procedure
 * that declares no access is refused (and fails the permission matrix test).
 */
const guard = t.middleware(({ ctx, meta, next }) => {
  const access = meta?.access;
  if (!access) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "This procedure declares no access rule." });
  const result = authorize(ctx.actor, access);
  if (!result.ok) throw new TRPCError({ code: result.refusal.code, message: result.refusal.message });
  return next({ ctx: { granted: result.granted } });
});

const base = t.procedure.use(domainErrors).use(guard);

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not (sign-in status, accepting an invitation). */
export const publicProcedure = base.meta({ access: "public" });

/** Any signed-in person, in a workspace or not (the workspace switcher, creating a workspace). */
export const accountProcedure = base.meta({ access: "account" });

/** Needs `permission` in the caller's workspace; the procedure sees that workspace and role. */
export function allowed(permission: Permission) {
  return base.meta({ access: permission }).use(({ ctx, next }) => {
    const granted = ctx.granted;
    if (!granted) throw new TRPCError({ code: "FORBIDDEN", message: "No workspace." });
    const signedInName = granted.actor.kind === "user" ? granted.actor.name : null;
    const { workspaceId } = granted;
    /** Real time and the workspace's mock wallet time (real plus its time-travel offset), read once per call. */
    const clock = (): Clock => readClock(ctx.db, workspaceId, ctx.now());
    return next({ ctx: { workspaceId, role: granted.role satisfies Role, signedInName, clock } });
  });
}

/** Who a change is recorded as: the signed-in person in team mode, else the display name the page sent. */
export function authorOf(ctx: { signedInName: string | null }, sent: string | undefined): string {
  if (ctx.signedInName) return ctx.signedInName;
  if (!sent) throw new TRPCError({ code: "BAD_REQUEST", message: "author: set your display name before saving" });
  return sent;
}
