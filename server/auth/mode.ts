/**
 * Local mode or team mode, decided from the environment once per process (the gateway's bundle and
 * Next's read the same variables):
 *
 * - local mode (the default): the studio binds loopback, nobody signs in, everything happens in the
 *   one implicit workspace;
 * - team mode: sign-in is required. It is on whenever the server binds beyond loopback, or with
 *   `AUTH=on`. `AUTH=off` with a non-loopback bind address is refused: that would open the studio
 *   to the network without sign-in.
 */
import { isIP } from "node:net";

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export type AuthConfig = {
  team: boolean;
  /** Why team mode is on (or off), for the start-up line. */
  reason: string;
  /** `STUDIO_ADMIN_EMAIL` / `STUDIO_ADMIN_PASSWORD`: the first owner, created at start when absent. */
  admin: { email: string; password: string } | null;
  oidc: OidcConfig | null;
};

export const DEFAULT_BIND_HOST = "127.0.0.1";

export function isLoopbackHost(host: string): boolean {
  const value = host.trim().toLowerCase();
  if (value === "localhost") return true;
  if (isIP(value) === 4) return value.startsWith("127.");
  return value === "::1";
}

export const MIN_PASSWORD_LENGTH = 12;

export function authConfig(env: NodeJS.ProcessEnv): { ok: true; value: AuthConfig } | { ok: false; message: string } {
  const host = env.HOST?.trim() || DEFAULT_BIND_HOST;
  const auth = env.AUTH?.trim().toLowerCase() ?? "";
  if (auth !== "" && auth !== "on" && auth !== "off") return { ok: false, message: `AUTH must be "on" or "off", got "${env.AUTH ?? ""}".` };
  const loopback = isLoopbackHost(host);
  if (auth === "off" && !loopback) {
    return { ok: false, message: `AUTH=off is refused with HOST=${host}: a studio reachable from the network needs sign-in. Bind 127.0.0.1, or drop AUTH=off.` };
  }
  const team = auth === "on" || !loopback;
  const reason = auth === "on" ? "AUTH=on" : !loopback ? `HOST=${host} is reachable from the network` : "bound to loopback";

  const email = env.STUDIO_ADMIN_EMAIL?.trim() ?? "";
  const password = env.STUDIO_ADMIN_PASSWORD ?? "";
  let admin: AuthConfig["admin"] = null;
  if (email || password) {
    if (!email.includes("@")) return { ok: false, message: "STUDIO_ADMIN_EMAIL must be an email address (set it together with STUDIO_ADMIN_PASSWORD)." };
    if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, message: `STUDIO_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters.` };
    admin = { email: email.toLowerCase(), password };
  }

  const issuer = env.OIDC_ISSUER?.trim() ?? "";
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? "";
  const clientSecret = env.OIDC_CLIENT_SECRET ?? "";
  let oidc: OidcConfig | null = null;
  if (issuer || clientId || clientSecret) {
    if (!issuer || !clientId || !clientSecret) return { ok: false, message: "OpenID Connect sign-in needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together." };
    try {
      new URL(issuer);
    } catch {
      return { ok: false, message: `OIDC_ISSUER must be the provider's issuer URL, got "${issuer}".` };
    }
    oidc = { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name: env.OIDC_NAME?.trim() || "your company's sign-in" };
  }
  return { ok: true, value: { team, reason, admin, oidc } };
}

let cached: { key: string; config: AuthConfig } | null = null;

/**
 * The process's configuration; a bad environment was refused at start, so here it is read as valid.
 * Read on every wallet call: parsed once per distinct environment.
 */
export function currentAuthConfig(): AuthConfig {
  const env = process.env;
  const key = [env.AUTH, env.HOST, env.STUDIO_ADMIN_EMAIL, env.STUDIO_ADMIN_PASSWORD, env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET, env.OIDC_NAME].join("\u0000");
  if (cached?.key === key) return cached.config;
  const config = authConfig(env);
  if (!config.ok) throw new Error(config.message);
  cached = { key, config: config.value };
  return config.value;
}
