/**
 * The studio's server: one port, our gateway in front of Next.js (its documented custom-server
 * API) in the same process. `npm run build` bundles this file to `dist/server.mjs`, which
 * `npm start` runs; `npm run dev` runs it from source with Next in development mode.
 *
 * Env: PORT (default 3000), HOST (bind address; default 127.0.0.1, loopback only), PUBLIC_URL (the
 * address people reach a shared studio at; its host joins the Host allowlist),
 * DATABASE_URL (default data/authcode-studio.db), WORKERS (server processes sharing the database
 * file, default 1). With WORKERS > 1 the primary process migrates and seeds the database once,
 * then forks that many workers that accept connections on the one port (node:cluster).
 */
import cluster from "node:cluster";
import { runPrimary } from "./cluster";
import { parseServerConfig, startServer } from "./start";

async function main(): Promise<void> {
  const config = parseServerConfig(process.env, process.argv.slice(2));
  if (!config.ok) throw new Error(config.message);
  if (cluster.isPrimary && config.value.workers > 1) await runPrimary(config.value);
  else await startServer(config.value);
}

main().catch((error: unknown) => {
  console.error(`[server] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
