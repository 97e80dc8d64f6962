/**
 * Browser safety rules of the studio's HTTP surface, in both local and team mode, as pure
 * functions of a request's method and headers (the gateway applies them to every request):
 *
 * - a `Host` allowlist (loopback names, the bind address when it is an IP literal, the host of
 *   `PUBLIC_URL`), so a DNS-rebound name cannot reach the studio from a web page;
 * - cross-site request refusal for state-changing methods: a foreign `Origin`, a cross-site
 *   `Sec-Fetch-Site`, or a body that is not JSON (what an HTML form or a `text/plain` fetch can
 *   send without a preflight) is refused before anything runs;
 * - a Content-Security-Policy with a per-request nonce for pages, and the fixed security headers.
 */
import { isIP } from "node:net";
import { errorAnswer, type ErrorAnswer } from "./errors";

export type SecurityPolicy = {
  /** Host names (lower case, no port, IPv6 without brackets) a request may name in `Host`. */
  allowedHosts: ReadonlySet<string>;
  /** `PUBLIC_URL`'s origin when configured (`https://studio.example.com`). */
  publicOrigin: string | null;
  /** The studio is served over https (`PUBLIC_URL` says so): cookies get `Secure`, CSP upgrades requests. */
  https: boolean;
  /** Development server: React needs `eval` for its stack traces, HMR a websocket. */
  dev: boolean;
};

export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "::1"];

export type PolicyInput = { publicUrl?: string | undefined; bindHost?: string | undefined; dev?: boolean };

/** The policy for a server's configuration; a `PUBLIC_URL` that is not an http(s) URL is an error. */
export function securityPolicy(input: PolicyInput = {}): { ok: true; value: SecurityPolicy } | { ok: false; message: string } {
  const hosts = new Set(LOOPBACK_HOSTS);
  const bind = input.bindHost?.trim();
  if (bind && isIP(bind) && bind !== "0.0.0.0" && bind !== "::") hosts.add(bind.toLowerCase());
  let publicOrigin: string | null = null;
  let https = false;
  const raw = input.publicUrl?.trim();
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, message: `PUBLIC_URL must be an absolute http(s) URL such as https://studio.example.com, got "${raw}".` };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, message: `PUBLIC_URL must start with http:// or https://, got "${raw}".` };
    publicOrigin = url.origin;
    https = url.protocol === "https:";
    hosts.add(stripBrackets(url.hostname.toLowerCase()));
  }
  return { ok: true, value: { allowedHosts: hosts, publicOrigin, https, dev: input.dev ?? false } };
}

/** The loopback-only policy local mode runs with (and the gateway's default). */
export const LOCAL_POLICY: SecurityPolicy = { allowedHosts: new Set(LOOPBACK_HOSTS), publicOrigin: null, https: false, dev: false };

/** `Host` header → host name without port (lower case); null when it cannot be read. */
export function hostName(host: string | undefined): string | null {
  if (!host) return null;
  const value = host.trim().toLowerCase();
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    return end === -1 ? null : value.slice(1, end);
  }
  const colon = value.indexOf(":");
  const name = colon === -1 ? value : value.slice(0, colon);
  return name.endsWith(".") ? name.slice(0, -1) : name;
}

function stripBrackets(name: string): string {
  return name.startsWith("[") && name.endsWith("]") ? name.slice(1, -1) : name;
}

/** 421 for a `Host` the studio does not answer to (DNS rebinding, a proxy sending the wrong name). */
export function checkHost(policy: SecurityPolicy, host: string | undefined): ErrorAnswer | null {
  const name = hostName(host);
  if (name !== null && (policy.allowedHosts.has(name) || name.endsWith(".localhost"))) return null;
  return errorAnswer(
    421,
    "MISDIRECTED_REQUEST",
    `This studio does not answer to the host "${host ?? ""}". It answers to ${[...policy.allowedHosts].join(", ")}; to reach it under another name, set PUBLIC_URL to the address people use (for example PUBLIC_URL=https://studio.example.com).`,
  );
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The request carries a body (a declared length above 0, or a chunked one). */
export function hasBody(headers: RequestHeaders): boolean {
  const length = header(headers, "content-length");
  if (length !== undefined) return Number(length) > 0;
  return header(headers, "transfer-encoding") !== undefined;
}

function isJsonType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/**
 * CSRF refusal (403) for a state-changing request a browser sent from another site. A request with
 * neither `Origin` nor `Sec-Fetch-Site` (curl, CI, a backend) is not a browser's and passes. A body
 * must be JSON: browsers send JSON cross-site only after a CORS preflight, which the studio never
 * grants.
 */
export function checkCrossSite(policy: SecurityPolicy, method: string, headers: RequestHeaders): ErrorAnswer | null {
  if (!isStateChanging(method)) return null;
  const site = header(headers, "sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") {
    return errorAnswer(403, "CROSS_SITE_REQUEST", `A ${method} from another site (Sec-Fetch-Site: ${site}) is refused; nothing was changed.`);
  }
  const origin = header(headers, "origin");
  if (origin !== undefined && !sameOrigin(policy, origin, header(headers, "host"))) {
    return errorAnswer(403, "CROSS_SITE_REQUEST", `A ${method} from the origin ${origin} is refused; only the studio's own pages may change things. Nothing was changed.`);
  }
  if (hasBody(headers) && !isJsonType(header(headers, "content-type"))) {
    return errorAnswer(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the body as JSON with "Content-Type: application/json" (got ${header(headers, "content-type") ?? "no Content-Type"}). Nothing was changed.`,
    );
  }
  return null;
}

function sameOrigin(policy: SecurityPolicy, origin: string, host: string | undefined): boolean {
  if (origin === "null") return false;
  if (policy.publicOrigin !== null && origin === policy.publicOrigin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // The page was served by this server under the name the request names, and that name is allowed.
  return host !== undefined && url.host.toLowerCase() === host.trim().toLowerCase() && checkHost(policy, host) === null;
}

/** The Content-Security-Policy of a page rendered with `nonce`. */
export function contentSecurityPolicy(policy: SecurityPolicy, nonce: string): string {
  const script = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(policy.dev ? ["'unsafe-eval'"] : [])];
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // Highlighted code and a few layout values are style attributes; no script can run from them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${policy.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(policy.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Sent with every answer, pages and API alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};
