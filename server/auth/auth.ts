/**
 * Sign-in, sessions, workspaces and CI keys: better-auth on the studio's own SQLite database
 * (drizzle adapter, tables in db/schema.ts), with its organization plugin (a workspace is an
 * organization; roles owner / admin / developer / viewer) and its API-key plugin (keys owned by a
 * workspace, their role in the key's metadata). No password hashing, session or token code here.
 *
 * One instance per process, kept on globalThis: the gateway's bundle and Next's bundle each have a
 * copy of this module and must share it.
 */
import { randomBytes } from "node:crypto";
import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { genericOAuth, organization } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, memberAc, ownerAc } from "better-auth/plugins/organization/access";
import { eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import * as schema from "@/db/schema";
import { securityPolicy } from "@/server/http/security";
import { currentAuthConfig, MIN_PASSWORD_LENGTH, type AuthConfig } from "./mode";

/** The header the gateway sets to the connection's address (and strips from what clients send): the sign-in rate limit's key. */
export const CLIENT_IP_HEADER = "x-studio-client-ip";

/** Prefix of CI keys, so a leaked key is recognisable in logs and secret scanners. */
export const API_KEY_PREFIX = "acs_";

/** Sign-in attempts allowed per address per minute. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 5;

// The library's own checks on its workspace endpoints (members, invitations) match the studio's
// table: owners and admins manage members, developers and viewers do not.
const API_KEY_ACTIONS = ["create", "read", "update", "delete"] as const;
const ac = createAccessControl({ ...defaultStatements, apiKey: API_KEY_ACTIONS });
const ROLE_GRANTS = {
  owner: ac.newRole({ ...ownerAc.statements, apiKey: [...API_KEY_ACTIONS] }),
  admin: ac.newRole({ ...adminAc.statements, apiKey: [...API_KEY_ACTIONS] }),
  developer: ac.newRole(memberAc.statements),
  viewer: ac.newRole(memberAc.statements),
};

/** Emails allowed to sign up right now: the bootstrap owner, the first-run page, an accepted invitation. */
const signUpAllowed = new Set<string>();

/** Run `create` while `email` may sign up (sign-up is otherwise closed: people join by invitation). */
export async function withSignUpAllowed<T>(email: string, create: () => Promise<T>): Promise<T> {
  const key = email.trim().toLowerCase();
  signUpAllowed.add(key);
  try {
    return await create();
  } finally {
    signUpAllowed.delete(key);
  }
}

/** The auth secret: `BETTER_AUTH_SECRET`, else one made at first start and kept in the database. */
function authSecret(db: DB): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const stored = db.select({ value: schema.meta.value }).from(schema.meta).where(eq(schema.meta.key, "auth_secret")).get();
  if (stored) return stored.value;
  const secret = randomBytes(32).toString("base64url");
  db.insert(schema.meta).values({ key: "auth_secret", value: secret, updatedAt: Date.now() }).onConflictDoNothing().run();
  return db.select({ value: schema.meta.value }).from(schema.meta).where(eq(schema.meta.key, "auth_secret")).get()?.value ?? secret;
}

/** Host-header patterns for the names the gateway lets through, with any port. */
function requestHosts(names: readonly string[]): string[] {
  return [...names, "*.localhost"].flatMap((name) => {
    const host = name.includes(":") ? `[${name}]` : name;
    return [host, `${host}:*`];
  });
}

function createStudioAuth(db: DB, config: AuthConfig) {
  const policy = securityPolicy({ publicUrl: process.env.PUBLIC_URL, bindHost: process.env.HOST });
  const publicOrigin = policy.ok ? policy.value.publicOrigin : null;
  const https = policy.ok && policy.value.https;
  return betterAuth({
    appName: "AuthCode Studio",
    secret: authSecret(db),
    // Behind PUBLIC_URL: that origin. Otherwise the loopback name and port the request used (the
    // gateway has refused every other Host already).
    baseURL: publicOrigin ?? {
      allowedHosts: requestHosts(policy.ok ? [...policy.value.allowedHosts] : []),
      protocol: "http",
      // Server-side calls without a request (bootstrap, tests) resolve to the local address.
      fallback: `http://localhost:${process.env.PORT?.trim() || "3000"}`,
    },
    basePath: "/api/auth",
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        organization: schema.organization,
        member: schema.member,
        invitation: schema.invitation,
        apikey: schema.apikey,
        rateLimit: schema.rateLimit,
      },
    }),
    // The gateway has already refused foreign hosts and cross-site origins; the page's own origin is trusted.
    trustedOrigins: (request) => {
      const origins: string[] = publicOrigin ? [publicOrigin] : [];
      const host = request?.headers.get("host");
      if (host) origins.push(`http://${host}`, `https://${host}`);
      return origins;
    },
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 256, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/sign-in/social": { window: 60, max: 20 },
      },
    },
    advanced: {
      useSecureCookies: https,
      cookiePrefix: "authcode-studio",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: https },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // 96 random bits, 16 characters: a workspace id leads every Activity index, so it is kept short.
      database: { generateId: () => randomBytes(12).toString("base64url") },
    },
    telemetry: { enabled: false },
    databaseHooks: {
      user: {
        create: {
          // Sign-up is closed: accounts come from the bootstrap owner, the first-run page, an
          // invitation, or the company's OpenID Connect provider.
          before: async (candidate, context) => {
            const email = candidate.email.toLowerCase();
            // The provider's callback (`/callback/oidc`): the company's directory vouches for them.
            const viaOidc = context?.path?.startsWith("/callback/") ?? false;
            if (!viaOidc && !signUpAllowed.has(email)) {
              throw new APIError("FORBIDDEN", { message: "Accounts are created by invitation. Ask a workspace admin to invite you." });
            }
            return { data: { ...candidate, email } };
          },
        },
      },
    },
    plugins: [
      organization({
        ac,
        roles: ROLE_GRANTS,
        creatorRole: "owner",
        allowUserToCreateOrganization: true,
        invitationExpiresIn: 60 * 60 * 24 * 7,
        // The invitation link is the proof: its id is 96 random bits (generateId below), and the
        // studio has no mail server to verify addresses with.
        requireEmailVerificationOnInvitation: false,
        cancelPendingInvitationsOnReInvite: true,
        // No mail server: the invitation link is shown to the admin who made it, to send themselves.
        sendInvitationEmail: async () => {},
      }),
      apiKey({
        references: "organization",
        defaultPrefix: API_KEY_PREFIX,
        enableMetadata: true,
        requireName: true,
        maximumNameLength: 64,
        // CI calls are not throttled per key; the key's last use is recorded.
        rateLimit: { enabled: false },
        keyExpiration: { defaultExpiresIn: null },
      }),
      ...(config.oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: "oidc",
                  discoveryUrl: `${config.oidc.issuer}/.well-known/openid-configuration`,
                  clientId: config.oidc.clientId,
                  clientSecret: config.oidc.clientSecret,
                  scopes: ["openid", "email", "profile"],
                  pkce: true,
                },
              ],
            }),
          ]
        : []),
    ],
  });
}

export type StudioAuth = ReturnType<typeof createStudioAuth>;

const holder = globalThis as unknown as { __authcodeAuth?: { db: DB["$client"]; auth: StudioAuth } };

/** The process's auth instance on the app database (made on first use). */
export function authFor(db: DB): StudioAuth {
  const held = holder.__authcodeAuth;
  if (held && held.db === db.$client) return held.auth;
  const auth = createStudioAuth(db, currentAuthConfig());
  holder.__authcodeAuth = { db: db.$client, auth };
  return auth;
}
