/**
 * The studio's own request path (plain `node:http`), in front of Next.js on the same port:
 *
 * - the mock wallet API (`/api/wallets/<slug>/…`) and the headless CI endpoints
 *   (`POST /api/simulations`, `POST /api/clients`, `GET|POST /api/clock`) are served here, without
 *   Next's router, so a merchant backend's load test measures its own code and not ours;
 * - requests Next would answer with a 5xx are answered here with the JSON error shape: methods Next
 *   does not serve (TRACE, PROPFIND, …) get 405, paths with malformed percent-escapes 400;
 * - the browser-safety rules (`server/http/security.ts`) hold for every request: a `Host` outside the
 *   allowlist gets 421, a cross-site state-changing request 403 (or 415 for a non-JSON body), a
 *   body over 1 MB for Next 413; pages get a CSP with a fresh nonce, every answer the security headers;
 * - the build's static assets are sent precompressed (brotli or gzip, `static-assets.ts`);
 * - everything else goes to Next's request handler.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import type { Duplex } from "node:stream";
import type { DB } from "@/db/client";
import { MAX_REQUEST_BYTES } from "@/server/domain/limits";
import { MAX_BODY_BYTES } from "@/server/domain/wallet-api/endpoints";
import { WALLET_API_BASE } from "@/server/domain/wallet-api/request";
import { errorAnswer, type ErrorAnswer } from "@/server/http/errors";
import { MAX_JSON_BYTES } from "@/server/http/json-input";
import { checkCrossSite, checkHost, contentSecurityPolicy, isStateChanging, LOCAL_POLICY, SECURITY_HEADERS, type SecurityPolicy } from "@/server/http/security";
import { fromNodeHeaders, toNodeHandler } from "better-auth/node";
import { authorize, LOCAL_WORKSPACE_ID, resolveActor } from "@/server/auth/actor";
import { authFor, CLIENT_IP_HEADER } from "@/server/auth/auth";
import { currentAuthConfig } from "@/server/auth/mode";
import { readClock } from "@/server/services/clock";
import { handleWalletRequest } from "@/server/services/wallet-api";
import { deleteFault, getClock, getFaults, postClient, postClock, postFault, postJoin, postSetup, postShimCall, postSimulation, type JsonAnswer } from "./headless";
import { serveShim } from "./shim";
import { magicValueTable } from "@/server/domain/wallet-api/magic";
import { findRoute, isSelfGuardedApi } from "./routes";
import { STATIC_PREFIX, type StaticAssets } from "./static-assets";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown;

/** Largest refused body read to its end before the 413 is sent (larger ones: the connection closes). */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/** Methods Next.js serves; anything else is answered 405 here. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const WALLET_PREFIX = `${WALLET_API_BASE}/`;

type Context = {
  db: DB;
  next: NextHandler | null;
  now: () => number;
  security: SecurityPolicy;
  team: boolean;
  authHandler: RequestListener | null;
  staticAssets: StaticAssets | null;
};
/** `workspaceId`: the caller's workspace (local mode's one workspace; none for public routes). */
type Headless = (ctx: Context, req: IncomingMessage, body: Buffer | null, workspaceId: string) => JsonAnswer | Promise<JsonAnswer>;

/** The gateway's own endpoints, by `METHOD path` of the route table (server/gateway/routes.ts). */
const HEADLESS: Record<string, Headless> = {
  "POST /api/simulations": ({ db, now }, _req, body, ws) => postSimulation(db, ws, body, readClock(db, ws, now())),
  "POST /api/clients": (ctx, req, body, ws) => postClient(ctx.db, ws, body, originOf(ctx, req), ctx.now()),
  "GET /api/clock": ({ db, now }, _req, _body, ws) => getClock(readClock(db, ws, now())),
  "POST /api/clock": ({ db, now }, _req, body, ws) => postClock(db, ws, body, readClock(db, ws, now())),
  "POST /api/faults": ({ db, now }, _req, body, ws) => postFault(db, ws, body, now()),
  "GET /api/faults": ({ db }, req, _body, ws) => getFaults(db, ws, new URL(req.url ?? "/", "http://studio").searchParams),
  "DELETE /api/faults/<id>": ({ db }, req, _body, ws) => deleteFault(db, ws, lastSegment(req)),
  "GET /api/magic-values": () => ({ status: 200, body: magicValueTable() }),
  "POST /api/jsapi/<slug>/getAuthCode": ({ db, now }, req, body, ws) => postShimCall(db, ws, segmentAt(req, 3), body, readClock(db, ws, now())),
  "POST /api/setup": ({ db }, req, body) => postSetup(db, body, req.socket.remoteAddress),
  "POST /api/invitations/<id>": ({ db, now }, req, body) => postJoin(db, lastSegment(req), body, now()),
};

/** `POST /api/jsapi/<slug>/getAuthCode`: the \`my\` shim's call back to the studio. */
const SHIM_CALL = /^\/api\/jsapi\/[^/]+\/getAuthCode$/;

/**
 * CORS for the shim's calls. Local mode answers pages on loopback origins (a mini program's web
 * preview on localhost); team mode answers any origin, which must then send a CI key (cookies from
 * another origin are dropped, so a session never acts for a foreign page).
 */
function shimCors(ctx: Context, req: IncomingMessage): { allowed: true; headers: Record<string, string> } | { allowed: false; message: string; headers: Record<string, string> } {
  const origin = headerValue(req, "origin");
  const vary = { Vary: "Origin" };
  if (origin === undefined) return { allowed: true, headers: vary };
  let host: string | null = null;
  try {
    host = new URL(origin).hostname;
  } catch {
    host = null;
  }
  const local = host !== null && checkHost(LOCAL_POLICY, host) === null;
  if (!ctx.team && !local) return { allowed: false, message: `The my shim answers pages on this machine (localhost) in local mode, not ${origin}.`, headers: vary };
  const sameOrigin = ctx.security.publicOrigin === origin || `http://${headerValue(req, "host") ?? ""}` === origin;
  if (!sameOrigin) delete req.headers.cookie;
  return {
    allowed: true,
    headers: {
      ...vary,
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": "POST",
      "Access-Control-Allow-Headers": "Content-Type, Authorization",
      "Access-Control-Max-Age": "600",
    },
  };
}

/** Pages anyone may open in team mode (everything else redirects to sign-in first). */
const PUBLIC_PAGES = /^\/(sign-in|setup|invite\/[^/]+)\/?$/;

/** Files anyone may fetch in team mode: the icons, the social image and robots.txt (`public/`, and Next's `/icon.svg`). */
export const PUBLIC_FILES: ReadonlySet<string> = new Set(["/icon.svg", "/favicon.ico", "/apple-touch-icon.png", "/og-image.png", "/robots.txt"]);

/**
 * `now` is real time (default `Date.now`); tests pin it. `security` defaults to local mode's
 * loopback-only policy. `staticAssets`: the production build's precompressed assets (none in development).
 */
export function createGateway(opts: { db: DB; next: NextHandler | null; now?: () => number; security?: SecurityPolicy; staticAssets?: StaticAssets | null }): RequestListener {
  const team = currentAuthConfig().team;
  const ctx: Context = {
    db: opts.db,
    next: opts.next,
    now: opts.now ?? Date.now,
    security: opts.security ?? LOCAL_POLICY,
    team,
    authHandler: null,
    staticAssets: opts.staticAssets ?? null,
  };
  return (req, res) => {
    route(ctx, req, res).catch((error: unknown) => {
      console.error("[gateway] unexpected error:", error);
      if (!res.headersSent) sendJson(res, errorAnswer(500, "INTERNAL", "Something went wrong on the server. Nothing was changed."));
      else res.destroy();
    });
  };
}

/** CONNECT (a proxy tunnel) is never served: answer 405 rather than dropping the connection. */
export function refuseConnect(_req: IncomingMessage, socket: Duplex): void {
  const body = JSON.stringify({ error: { code: "METHOD_NOT_ALLOWED", message: "CONNECT is not served here.", issues: [] } });
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

async function route(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const rawPath = query === -1 ? url : url.slice(0, query);

  const misdirected = checkHost(ctx.security, req.headers.host);
  if (misdirected) return sendJson(res, misdirected, { Connection: "close" });
  // The wallet API is called by merchant backends, not browsers; it is authenticated by signatures.
  if (rawPath.startsWith(WALLET_PREFIX)) return wallet(ctx, req, res, method, url, rawPath);
  if (!METHODS.has(method)) {
    return sendJson(res, errorAnswer(405, "METHOD_NOT_ALLOWED", `${method} is not served here; use ${[...METHODS].join(", ")}.`), { Allow: [...METHODS].join(", ") });
  }
  if (!decodable(rawPath)) return sendJson(res, malformedPath());
  if (ctx.staticAssets && rawPath.startsWith(STATIC_PREFIX) && ctx.staticAssets.serve(req, res, rawPath, SECURITY_HEADERS)) return;
  // The \`my\` shim's calls come from the team's own mini-program pages, on other origins: the one
  // endpoint with CORS (and with it, no cookies from another origin).
  const cors = SHIM_CALL.test(rawPath) ? shimCors(ctx, req) : null;
  if (cors) {
    if (!cors.allowed) return sendJson(res, errorAnswer(403, "CROSS_SITE_REQUEST", cors.message), cors.headers);
    for (const [name, value] of Object.entries(cors.headers)) res.setHeader(name, value);
    if (method === "OPTIONS") return void res.writeHead(204, { "Cache-Control": "no-store" }).end();
  }
  const crossSite = cors ? null : checkCrossSite(ctx.security, method, req.headers);
  if (crossSite) return sendJson(res, crossSite, { Connection: "close" });
  if (isStateChanging(method)) {
    const refused = checkBodySize(req);
    if (refused) {
      // A body of up to 16 MB is read and discarded before the answer, so a client still uploading
      // reads the 413 instead of a broken pipe; beyond that the connection is closed after it.
      const declared = Number(req.headers["content-length"]);
      if (Number.isFinite(declared) && declared <= DRAIN_LIMIT_BYTES) {
        await new Promise<void>((resolve) => {
          req.once("end", resolve).once("error", () => resolve()).once("close", resolve);
          req.resume();
        });
        return sendJson(res, refused);
      }
      req.resume();
      return sendJson(res, refused, { Connection: "close" });
    }
  }
  // The auth library keys its sign-in rate limit by this address; a client cannot choose it.
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "";

  if (rawPath.startsWith("/api/auth/")) {
    ctx.authHandler ??= toNodeHandler(authFor(ctx.db));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader("Cache-Control", "no-store");
    return void (await ctx.authHandler(req, res));
  }
  if (rawPath.startsWith("/api/") && !isSelfGuardedApi(rawPath)) {
    const found = findRoute(method, rawPath);
    if (!found) return sendJson(res, errorAnswer(404, "NOT_FOUND", `Nothing at ${rawPath}; the README's "HTTP API" section lists what is served.`));
    if ("allow" in found) {
      const allow = found.allow.join(", ");
      return sendJson(res, errorAnswer(405, "METHOD_NOT_ALLOWED", `Use ${allow} on ${rawPath}.`), { Allow: allow });
    }
    const route = found.match;
    const decision = authorize(await resolveActor(ctx.db, fromNodeHeaders(req.headers)), route.access);
    if (!decision.ok) return sendJson(res, errorAnswer(decision.refusal.status, decision.refusal.code, decision.refusal.message), decision.refusal.status === 401 ? { "WWW-Authenticate": "Bearer" } : {});
    if (route.path === "/api/jsapi/<slug>/my.js") {
      const refused = await serveShim(ctx.db, req, res, { team: ctx.team, origin: originOf(ctx, req) });
      return refused ? sendJson(res, refused) : undefined;
    }
    const handler = route.servedBy === "gateway" ? HEADLESS[`${route.method} ${route.path}`] : undefined;
    if (handler) {
      const body = method === "POST" ? await readBody(req, MAX_JSON_BYTES) : Buffer.alloc(0);
      if (body === null) res.setHeader("Connection", "close");
      return sendJson(res, await handler(ctx, req, body, decision.granted?.workspaceId ?? LOCAL_WORKSPACE_ID));
    }
  } else if (ctx.team && !rawPath.startsWith("/api/") && !rawPath.startsWith("/_next/") && !PUBLIC_PAGES.test(rawPath) && !PUBLIC_FILES.has(rawPath)) {
    // Pages: someone not signed in is sent to sign in first (their data is guarded by tRPC either way).
    const actor = await resolveActor(ctx.db, fromNodeHeaders(req.headers));
    if (actor.kind === "anonymous") {
      res.writeHead(303, { Location: `/sign-in?next=${encodeURIComponent(url)}`, "Cache-Control": "no-store", ...SECURITY_HEADERS });
      return void res.end();
    }
  }

  if (!ctx.next) return sendJson(res, errorAnswer(404, "NOT_FOUND", `Nothing at ${rawPath}.`));
  // Next reads the nonce for its own scripts from the request's policy header; the root layout
  // reads `x-nonce` for the theme script.
  const nonce = randomBytes(16).toString("base64");
  const policy = contentSecurityPolicy(ctx.security, nonce);
  req.headers["content-security-policy"] = policy;
  req.headers["x-nonce"] = nonce;
  res.setHeader("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  await ctx.next(req, res);
}

/** Bodies for Next are capped by their declared length (Next reads them itself): over 1 MB 413, undeclared 411. */
function checkBodySize(req: IncomingMessage): ErrorAnswer | null {
  const length = req.headers["content-length"];
  if (length === undefined) {
    return req.headers["transfer-encoding"] === undefined ? null : errorAnswer(411, "LENGTH_REQUIRED", "Send the body with a Content-Length header (chunked bodies are not accepted here).");
  }
  const declared = Number(length);
  if (!Number.isFinite(declared) || declared < 0) return errorAnswer(400, "BAD_REQUEST", "The Content-Length header is not a number.");
  if (declared > MAX_REQUEST_BYTES) return errorAnswer(413, "PAYLOAD_TOO_LARGE", `The body is ${Math.ceil(declared / 1024)} KB; requests here are at most ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`);
  return null;
}

async function wallet(ctx: Context, req: IncomingMessage, res: ServerResponse, method: string, url: string, rawPath: string): Promise<void> {
  // `/api/wallets/<slug><path>`: the slug is one segment, the rest is the wallet's own path.
  const rest = rawPath.slice(WALLET_PREFIX.length);
  const slash = rest.indexOf("/");
  const rawSlug = slash === -1 ? rest : rest.slice(0, slash);
  const rawWalletPath = slash === -1 ? "/" : rest.slice(slash);
  if (!decodable(rawPath)) return sendJson(res, malformedPath());
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) res.setHeader("Connection", "close");
  const answer = await handleWalletRequest(ctx.db, {
    slug: decodeURIComponent(rawSlug),
    path: decodeURIComponent(rawWalletPath),
    uri: url,
    method,
    header: (name) => headerValue(req, name),
    body,
    realNow: ctx.now(),
  });
  // A fault rule's `drop`: the connection closes with no answer at all.
  if (answer.drop) return void req.socket.destroy();
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/** Path segment `index` of a request (`/api/jsapi/<slug>/…`: 3 is the slug), percent-decoded. */
function segmentAt(req: IncomingMessage, index: number): string {
  return decodeURIComponent((req.url ?? "").split("?")[0]?.split("/")[index] ?? "");
}

/** The last path segment of a request (`/api/faults/<id>` → `<id>`), percent-decoded. */
function lastSegment(req: IncomingMessage): string {
  return decodeURIComponent((req.url ?? "").split("?")[0]?.split("/").pop() ?? "");
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function decodable(path: string): boolean {
  if (!path.includes("%")) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function malformedPath(): ErrorAnswer {
  return errorAnswer(400, "BAD_REQUEST", "The URL path has a malformed percent-escape (every % must start a valid UTF-8 escape such as %2F).");
}

function originOf(ctx: Context, req: IncomingMessage): string {
  return ctx.security.publicOrigin ?? `http://${headerValue(req, "host") ?? "localhost"}`;
}

function sendJson(res: ServerResponse, answer: JsonAnswer, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(answer.body, null, 2);
  res.writeHead(answer.status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...SECURITY_HEADERS, ...answer.headers, ...headers });
  res.end(body);
}

/**
 * The request body up to `limit` bytes; null when it is larger (not buffered beyond the limit:
 * the rest is discarded, and the caller closes the connection after its answer).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge(req));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve(tooLarge(req));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!done) resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size));
    });
    req.on("error", reject);
  });
}

function tooLarge(req: IncomingMessage): null {
  // The rest is discarded unread; the answer closes the connection (see `send`).
  req.resume();
  return null;
}
