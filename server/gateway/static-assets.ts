/**
 * The build's static assets (`/_next/static/…`: hashed names, never changing) sent precompressed:
 * `npm run build` writes `<file>.br` and `<file>.gz` beside each text asset (scripts/precompress.mjs),
 * and the gateway answers with the best one the request accepts (brotli, else gzip), with a year-long
 * immutable cache. A request that accepts neither, and every asset without a precompressed copy, goes
 * on to Next, which serves the file itself.
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

export const STATIC_PREFIX = "/_next/static/";
export const IMMUTABLE = "public, max-age=31536000, immutable";

type Encoding = "br" | "gzip";
const SUFFIX: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

type Asset = { type: string; files: Partial<Record<Encoding, string>>; bodies: Partial<Record<Encoding, Buffer>> };

export type StaticAssets = {
  /** How many assets have a precompressed copy. */
  readonly size: number;
  /** Answers `GET|HEAD /_next/static/<asset>` when it can; false: the request is left for Next. */
  serve(req: IncomingMessage, res: ServerResponse, rawPath: string, headers: Readonly<Record<string, string>>): boolean;
};

/**
 * The encoding to send for an `Accept-Encoding` header: brotli, else gzip, each only when listed
 * with a non-zero quality (directly or through `*`); null when neither is acceptable.
 */
export function chooseEncoding(header: string | undefined, available: ReadonlySet<Encoding>): Encoding | null {
  if (!header) return null;
  const quality = new Map<string, number>();
  for (const part of header.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(token, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (quality.get(name) ?? quality.get("*") ?? 0) > 0;
  if (available.has("br") && accepts("br")) return "br";
  if (available.has("gzip") && (accepts("gzip") || accepts("x-gzip"))) return "gzip";
  return null;
}

function walk(dir: string, base: string, out: Map<string, Asset>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const names = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(file, `${base}${entry.name}/`, out);
      continue;
    }
    const type = CONTENT_TYPES[path.extname(entry.name)];
    if (!entry.isFile() || type === undefined) continue;
    const files: Asset["files"] = {};
    for (const encoding of ["br", "gzip"] as const) {
      if (names.has(entry.name + SUFFIX[encoding])) files[encoding] = file + SUFFIX[encoding];
    }
    if (files.br !== undefined || files.gzip !== undefined) out.set(`${base}${entry.name}`, { type, files, bodies: {} });
  }
}

/**
 * The precompressed assets under `dir` (the build's `.next/static`), found once at start. Bodies are
 * read on first request and kept: the whole set is a few hundred KB.
 */
export function loadStaticAssets(dir: string): StaticAssets {
  const assets = new Map<string, Asset>();
  walk(dir, STATIC_PREFIX, assets);
  return {
    size: assets.size,
    serve(req, res, rawPath, headers) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const asset = assets.get(rawPath);
      if (!asset) return false;
      const header = req.headers["accept-encoding"];
      const encoding = chooseEncoding(Array.isArray(header) ? header.join(",") : header, new Set(Object.keys(asset.files) as Encoding[]));
      const file = encoding === null ? undefined : asset.files[encoding];
      if (encoding === null || file === undefined) return false;
      let body = asset.bodies[encoding];
      if (body === undefined) {
        try {
          body = fs.readFileSync(file);
        } catch {
          return false;
        }
        asset.bodies[encoding] = body;
      }
      res.writeHead(200, {
        ...headers,
        "Content-Type": asset.type,
        "Content-Encoding": encoding,
        "Content-Length": String(body.length),
        "Cache-Control": IMMUTABLE,
        Vary: "Accept-Encoding",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
