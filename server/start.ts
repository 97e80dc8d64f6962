/**
 * Starting one server process: open (migrate, seed) the database, prepare Next.js, listen with the
 * gateway in front. `next: false` serves the gateway alone (the integration tests and benchmarks
 * of the mock wallet use it; every other path then answers 404).
 */
import http from "node:http";
import path from "node:path";
import { drizzleOf, resolveDatabasePath } from "@/db/client";
import { startCheckpointer } from "./checkpointer";
import { openAppDatabase } from "./database";
import { createGateway, refuseConnect, type NextHandler } from "./gateway/gateway";
import { loadStaticAssets } from "./gateway/static-assets";
import { securityPolicy, type SecurityPolicy } from "./http/security";
import { authConfig, type AuthConfig } from "./auth/mode";
import { bootstrapAdmin, hasAccounts } from "./auth/bootstrap";
import { pruneAll } from "./services/retention";

/** How often the call log and runs are pruned to each workspace's retention. */
const PRUNE_EVERY_MS = 60_000;

/** Local mode binds loopback only; `HOST` (e.g. 0.0.0.0) opens the studio to the network. */
export const DEFAULT_HOST = "127.0.0.1";

export type ServerConfig = { port: number; host: string; workers: number; dev: boolean; next: boolean; security: SecurityPolicy; auth: AuthConfig };

/** The project root: `npm start`, `npm run dev`, the tests and the benchmarks run from it (as Next, drizzle and the migrations expect). */
const ROOT = process.cwd();

export function parseServerConfig(env: NodeJS.ProcessEnv, args: readonly string[]): { ok: true; value: ServerConfig } | { ok: false; message: string } {
  const port = Number(env.PORT?.trim() || "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `PORT must be 0-65535, got "${env.PORT ?? ""}".` };
  const workers = Number(env.WORKERS?.trim() || "1");
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) return { ok: false, message: `WORKERS must be a whole number from 1 to 64, got "${env.WORKERS ?? ""}".` };
  const unknown = args.filter((arg) => arg !== "--dev" && arg !== "--no-next");
  if (unknown.length > 0) return { ok: false, message: `unknown argument(s): ${unknown.join(" ")} (known: --dev, --no-next)` };
  const host = env.HOST?.trim() || DEFAULT_HOST;
  const dev = args.includes("--dev");
  const security = securityPolicy({ publicUrl: env.PUBLIC_URL, bindHost: host, dev });
  if (!security.ok) return security;
  const auth = authConfig(env);
  if (!auth.ok) return auth;
  return { ok: true, value: { port, host, workers, dev, next: !args.includes("--no-next"), security: security.value, auth: auth.value } };
}

/** Team mode: create the owner `STUDIO_ADMIN_EMAIL` names, if absent. */
export async function bootstrapTeam(db: ReturnType<typeof drizzleOf>, config: ServerConfig): Promise<void> {
  if (!config.auth.team) return;
  const created = await bootstrapAdmin(db, config.auth.admin);
  if (created) console.log(`[server] created the first owner, ${created}, from STUDIO_ADMIN_EMAIL`);
}

export async function startServer(config: ServerConfig): Promise<http.Server> {
  const sqlite = openAppDatabase();
  const db = drizzleOf(sqlite);
  const file = resolveDatabasePath(process.env.DATABASE_URL);
  if (file !== ":memory:") startCheckpointer(file, sqlite);
  // With WORKERS > 1 the primary process has done this before forking.
  if (!process.env.NODE_APP_INSTANCE) await bootstrapTeam(drizzleOf(sqlite), config);
  const server = http.createServer();
  let next: NextHandler | null = null;
  if (config.next) {
    // React and Next pick their production or development code from NODE_ENV, read at import.
    Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? (config.dev ? "development" : "production") });
    const { default: createNext } = await import("next");
    const app = createNext({ dev: config.dev, dir: ROOT, hostname: config.host, port: config.port, httpServer: server });
    await app.prepare();
    next = app.getRequestHandler();
  }
  // The production build's static assets, precompressed by `npm run build` (development serves its own).
  const staticAssets = config.next && !config.dev ? loadStaticAssets(path.join(ROOT, ".next", "static")) : null;
  server.on("request", createGateway({ db, next, security: config.security, staticAssets }));
  // One process prunes (the only one, or worker 1 of several).
  if (!process.env.NODE_APP_INSTANCE || process.env.NODE_APP_INSTANCE === "1") {
    const prune = () => {
      try {
        pruneAll(db, Date.now());
      } catch (error) {
        console.error("[server] pruning the call log failed:", error);
      }
    };
    setInterval(prune, PRUNE_EVERY_MS).unref();
    setTimeout(prune, 5_000).unref();
  }
  server.on("connect", refuseConnect);
  // Load generators and backends keep connections open between requests; don't drop them at 5 s.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const shown = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;
  console.log(`[server] listening on http://${shown}:${port}${config.dev ? " (development)" : ""}${process.env.NODE_APP_INSTANCE ? ` worker ${process.env.NODE_APP_INSTANCE}` : ""}`);
  if (config.auth.team && !process.env.NODE_APP_INSTANCE) {
    console.log(`[server] team mode (${config.auth.reason}): sign-in required.${hasAccounts(db) ? "" : ` No account yet: open http://localhost:${port}/setup on this machine, or set STUDIO_ADMIN_EMAIL and STUDIO_ADMIN_PASSWORD.`}`);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
  return server;
}
