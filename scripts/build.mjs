#!/usr/bin/env node
// `npm run build`: the production build of AuthCode Studio. Plain Node ESM.
//
// 1. `next build` (the pages and the API routes Next serves) into `.next/`, then brotli and gzip
//    copies of its static assets beside them (precompress.mjs), which the studio's server sends;
// 2. the studio's own server (`server/main.ts`: the gateway in front of Next) bundled with esbuild
//    into `dist/server.mjs` — JavaScript that `npm start` runs with plain `node`, no TypeScript
//    loader; packages stay in node_modules (not bundled);
// 3. the build stamp (see build-stamp.mjs), so `npm start` and `npm test` know the build is current.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { ROOT, SERVER_BUNDLE, computeSourceHash, writeStamp } from "./build-stamp.mjs";
import { precompressDirectory } from "./precompress.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const hash = computeSourceHash();

const next = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { cwd: ROOT, stdio: "inherit", env: process.env });
if (next.status !== 0) process.exit(next.status ?? 1);

const compressing = Date.now();
const packed = await precompressDirectory(path.join(ROOT, ".next", "static"));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `[build] .next/static: ${packed.files} files, ${kib(packed.bytes)} → brotli ${kib(packed.br)}, gzip ${kib(packed.gzip)} (${Date.now() - compressing} ms)`,
);

const started = Date.now();
fs.rmSync(path.dirname(SERVER_BUNDLE), { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ["server/main.ts"],
  outfile: SERVER_BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  sourcemap: true,
  logLevel: "warning",
  metafile: true,
});
// The gateway's code must run outside Next: a module that is only for Next's server bundles
// (`server-only`) would throw at start.
const inputs = Object.keys(result.metafile.inputs);
const imported = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
if (imported.includes("server-only")) {
  console.error(`[build] ${path.relative(ROOT, SERVER_BUNDLE)} imports "server-only"; keep the gateway's modules free of Next-only imports.`);
  process.exit(1);
}
console.log(`[build] ${path.relative(ROOT, SERVER_BUNDLE)}: ${inputs.length} modules bundled in ${Date.now() - started} ms`);
writeStamp(hash);
