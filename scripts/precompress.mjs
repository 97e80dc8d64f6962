// Brotli and gzip copies of the build's static assets, written once at build time so the studio's
// server sends them as they are (server/gateway/static-assets.ts) instead of compressing every
// request. Plain Node ESM; scripts/build.mjs runs it over `.next/static`, scripts/bundle-budget.mjs
// reads the sizes it leaves.
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

/** Text assets worth compressing; images and fonts in the build are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|json|svg|txt|map|html)$/;
/** Next to `file`: `file.br` and `file.gz`. */
export const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The strongest settings: spent once per build rather than on every request. */
function options(encoding, size) {
  if (encoding === "gzip") return { level: zlib.constants.Z_BEST_COMPRESSION };
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/** `bytes` compressed as the build does it ("br" or "gzip"). */
export function compress(bytes, encoding) {
  return encoding === "br" ? brotli(bytes, options("br", bytes.length)) : gzip(bytes, options("gzip", bytes.length));
}

export function compressSync(bytes, encoding) {
  return encoding === "br" ? zlib.brotliCompressSync(bytes, options("br", bytes.length)) : zlib.gzipSync(bytes, options("gzip", bytes.length));
}

function listFiles(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(file, out);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) out.push(file);
  }
  return out;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir` (an encoding that
 * would not be smaller is left out, so the file is sent as it is). Resolves with totals.
 */
export async function precompressDirectory(dir) {
  const files = fs.existsSync(dir) ? listFiles(dir) : [];
  const totals = { files: files.length, bytes: 0, br: 0, gzip: 0 };
  let next = 0;
  // Two at a time: zlib runs on libuv's thread pool, and the build machine may be small.
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const bytes = fs.readFileSync(file);
      totals.bytes += bytes.length;
      for (const { name, suffix } of ENCODINGS) {
        const packed = await compress(bytes, name);
        if (packed.length < bytes.length) {
          fs.writeFileSync(file + suffix, packed);
          totals[name] += packed.length;
        } else {
          fs.rmSync(file + suffix, { force: true });
          totals[name] += bytes.length;
        }
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return totals;
}
