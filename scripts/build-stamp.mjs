// Shared by scripts/start.mjs and scripts/test.mjs: decides whether `.next` holds a production
// build of the current sources. Plain Node ESM, no dependencies.
//
// The stamp is a SHA-256 over the relative path and contents of every source input (see
// SOURCE_DIRS / SOURCE_FILES), the Node major version and any NEXT_PUBLIC_* variables (they are
// inlined at build time). It is written to `.next/authcode-build-stamp` after a successful
// `npm run build`; a build counts as current when `.next/BUILD_ID` and the server bundle exist
// and the stamp matches.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STAMP_FILE = path.join(ROOT, ".next", "authcode-build-stamp");
/** The studio's server, bundled by scripts/build.mjs; `npm start` runs it. */
export const SERVER_BUNDLE = path.join(ROOT, "dist", "server.mjs");

/** Directories whose files feed `next build`. Missing ones are skipped. */
const SOURCE_DIRS = [
  "app",
  "server",
  "db",
  "public",
  // Not in the project layout today; hashed if someone adds them, so the stamp can't go stale.
  "lib",
  "components",
  "utils",
  "hooks",
  "styles",
];

/** Single files that feed `next build`. Missing ones are skipped (their absence is hashed too). */
const SOURCE_FILES = [
  "next.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "instrumentation.ts",
  "scripts/build.mjs",
  "proxy.ts",
  "middleware.ts",
];

/** Never descend into these, wherever they appear. */
const SKIP_DIRS = new Set(["node_modules", ".next", "dist", "data", ".git", "test-results", "playwright-report"]);
/** Files that change without a source change (written by builds, editors or the OS). */
const SKIP_FILE = (name) => name.endsWith(".tsbuildinfo") || name === ".DS_Store" || name === "next-env.d.ts";

function listFiles(relDir, out) {
  let entries;
  try {
    entries = fs.readdirSync(path.join(ROOT, relDir), { withFileTypes: true });
  } catch {
    return; // directory does not exist
  }
  for (const entry of entries) {
    const rel = path.posix.join(relDir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) listFiles(rel, out);
    } else if (entry.isFile() && !SKIP_FILE(entry.name)) {
      out.push(rel);
    }
  }
}

/** Hex SHA-256 over the build inputs. Takes a few ms for a project of this size. */
export function computeSourceHash() {
  const files = [];
  for (const dir of SOURCE_DIRS) listFiles(dir, files);
  files.sort();
  const hash = createHash("sha256");
  hash.update("authcode-build-stamp v1\0");
  hash.update(`node ${process.versions.node.split(".")[0]}\0`);
  for (const [key, value] of Object.entries(process.env)
    .filter(([key]) => key.startsWith("NEXT_PUBLIC_"))
    .sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`env ${key}=${value}\0`);
  }
  for (const rel of [...files, ...SOURCE_FILES]) {
    let content;
    try {
      content = fs.readFileSync(path.join(ROOT, rel));
    } catch {
      hash.update(`missing ${rel}\0`);
      continue;
    }
    hash.update(`file ${rel} ${content.length}\0`);
    hash.update(content);
    hash.update("\0");
  }
  return hash.digest("hex");
}

export function readStamp() {
  try {
    return fs.readFileSync(STAMP_FILE, "utf8").trim();
  } catch {
    return null;
  }
}

export function writeStamp(hash) {
  fs.mkdirSync(path.dirname(STAMP_FILE), { recursive: true });
  fs.writeFileSync(STAMP_FILE, `${hash}\n`);
}

/** True when `.next` holds a finished production build of exactly these sources. */
export function isBuildCurrent(hash = computeSourceHash()) {
  return fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) && fs.existsSync(SERVER_BUNDLE) && readStamp() === hash;
}
