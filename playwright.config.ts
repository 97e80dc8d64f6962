import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices, type ReporterDescription } from "@playwright/test";
import { TEAM_OWNER } from "./e2e/team/owner";

// Browser tests run against the production build (`npm run build` first; `npm test` does it) served
// by the studio's own server (`node dist/server.mjs`, the gateway in front of Next) on a dedicated port, with Debian's chromium unless CHROMIUM_PATH says otherwise.
// Never `npx playwright install` on our machines (no browser downloads from here).

// E2E_PORT lets a second checkout run its browser tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 3123);
const baseURL = `http://127.0.0.1:${PORT}`;
// A second server in team mode (AUTH=on, a bootstrap owner) for e2e/team/**.
const TEAM_PORT = PORT + 1;

const DATA_DIR = path.join(__dirname, "data");

// A fresh SQLite file per run, so e2e never touches the dev database and never sees a previous
// run's data. Playwright loads this module in the runner and again in every worker: the name is
// computed once and handed down through the environment so all of them agree.
const E2E_DB_ENV = "AUTHCODE_E2E_DATABASE_URL";
if (!process.env[E2E_DB_ENV]) {
  process.env[E2E_DB_ENV] = `./data/e2e-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}-${process.pid}.db`;
  removeStaleE2eDatabases();
}
const e2eDatabaseUrl = process.env[E2E_DB_ENV];
const teamDatabaseUrl = e2eDatabaseUrl?.replace(/\.db$/, "-team.db");

/** Deletes data/e2e-*.db (and -wal/-shm/-journal) files older than a day. */
function removeStaleE2eDatabases() {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  let names: string[] = [];
  try {
    names = fs.readdirSync(DATA_DIR);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^e2e-.*\.db(-wal|-shm|-journal)?$/.test(name)) continue;
    const file = path.join(DATA_DIR, name);
    try {
      if (fs.statSync(file).mtimeMs < dayAgo) fs.rmSync(file, { force: true });
    } catch {
      // another run removed it first
    }
  }
}

const reporter: ReporterDescription[] = [["list"]];
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) {
  reporter.push(["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME }]);
}

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    // Debian's chromium (apt-get install -y chromium) by default; scripts/test.mjs sets
    // CHROMIUM_PATH to whatever browser it found or installed.
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  },
};

/** The studio's own server (`node dist/server.mjs`, needs a production build) on `port`. */
function studioServer(port: number, env: Record<string, string>) {
  return {
    // One process (node itself), so stopping it stops the server.
    command: "node dist/server.mjs",
    // Ready once the port accepts connections. (Waiting on `url` would turn a page that answers 500
    // into a silent 60 s webServer timeout instead of a test failure that shows the error.)
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    contextOptions: { reducedMotion: "reduce" },
  },
  projects: [
    { name: "chromium", testIgnore: "team/**", use: browser },
    { name: "team", testMatch: "team/**/*.spec.ts", use: { ...browser, baseURL: `http://127.0.0.1:${TEAM_PORT}` } },
  ],
  webServer: [
    studioServer(PORT, { DATABASE_URL: e2eDatabaseUrl ?? "./data/e2e.db" }),
    studioServer(TEAM_PORT, {
      DATABASE_URL: teamDatabaseUrl ?? "./data/e2e-team.db",
      AUTH: "on",
      STUDIO_ADMIN_EMAIL: TEAM_OWNER.email,
      STUDIO_ADMIN_PASSWORD: TEAM_OWNER.password,
    }),
  ],
});
