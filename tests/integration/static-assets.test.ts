/**
 * The build's static assets over real HTTP: the gateway sends the brotli or gzip copy that
 * `npm run build` wrote (scripts/precompress.mjs, run here on a temporary directory), chosen by
 * Accept-Encoding, with a year-long immutable cache; anything else goes on to Next.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/db/testing";
import { createGateway, PUBLIC_FILES } from "@/server/gateway/gateway";
import { loadStaticAssets } from "@/server/gateway/static-assets";
import { precompressDirectory } from "@/scripts/precompress.mjs";

const SCRIPT = `${"export function greet(name) { return 'Hello, ' + name + '!'; }\n".repeat(200)}`;
const STYLE = `${".card { border: 1px solid #e2e8f0; border-radius: 0.5rem; }\n".repeat(100)}`;

let dir = "";
let server: http.Server;
let port = 0;
/** Paths that reached the handler standing in for Next's. */
const handedOff: string[] = [];

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(pathname: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // The path as given (a URL would resolve its dot segments first).
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-static-"));
  fs.mkdirSync(path.join(dir, "chunks"), { recursive: true });
  fs.writeFileSync(path.join(dir, "chunks", "app-3f9a.js"), SCRIPT);
  fs.writeFileSync(path.join(dir, "chunks", "app-3f9a.css"), STYLE);
  // Too small to gain from compression: no copies are written, Next serves it.
  fs.writeFileSync(path.join(dir, "chunks", "tiny.js"), "1");
  fs.mkdirSync(path.join(dir, "media"));
  fs.writeFileSync(path.join(dir, "media", "font.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await precompressDirectory(dir);
  const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handedOff.push(req.url ?? "");
    res.writeHead(200, { "Content-Type": "text/plain" }).end("from next");
  };
  server = http.createServer(createGateway({ db: createTestDb(), next, staticAssets: loadStaticAssets(dir) }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("precompressed static assets", () => {
  it("writes brotli and gzip copies only where they are smaller", () => {
    expect(fs.existsSync(path.join(dir, "chunks", "app-3f9a.js.br"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "chunks", "app-3f9a.js.gz"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "chunks", "tiny.js.br"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "media", "font.woff2.br"))).toBe(false);
    expect(loadStaticAssets(dir).size).toBe(2);
  });

  it("sends brotli to a browser that accepts it, with an immutable year-long cache", async () => {
    const reply = await get("/_next/static/chunks/app-3f9a.js", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(reply.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(reply.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
    expect(reply.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(zlib.brotliDecompressSync(reply.body).toString()).toBe(SCRIPT);
  });

  it("falls back to gzip when brotli is not accepted", async () => {
    for (const accept of ["gzip, deflate", "br;q=0, gzip;q=0.8", "x-gzip"]) {
      const reply = await get("/_next/static/chunks/app-3f9a.css", { "Accept-Encoding": accept });
      expect(reply.headers["content-encoding"], accept).toBe("gzip");
      expect(reply.headers["content-type"]).toBe("text/css; charset=utf-8");
      expect(zlib.gunzipSync(reply.body).toString()).toBe(STYLE);
    }
  });

  it("answers HEAD with the headers of the compressed body and no body", async () => {
    const reply = await get("/_next/static/chunks/app-3f9a.js", { "Accept-Encoding": "br" }, "HEAD");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(Number(reply.headers["content-length"])).toBe(fs.statSync(path.join(dir, "chunks", "app-3f9a.js.br")).size);
    expect(reply.body.length).toBe(0);
  });

  it("leaves to Next what it cannot send compressed", async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ["/_next/static/chunks/app-3f9a.js", {}],
      ["/_next/static/chunks/app-3f9a.js", { "Accept-Encoding": "identity" }],
      ["/_next/static/chunks/app-3f9a.js", { "Accept-Encoding": "br;q=0, gzip;q=0" }],
      ["/_next/static/chunks/tiny.js", { "Accept-Encoding": "br" }],
      ["/_next/static/media/font.woff2", { "Accept-Encoding": "br" }],
      ["/_next/static/chunks/missing.js", { "Accept-Encoding": "br" }],
      ["/_next/static/chunks/../chunks/app-3f9a.js", { "Accept-Encoding": "br" }],
      ["/_next/static/chunks/app-3f9a.js.br", { "Accept-Encoding": "br" }],
    ];
    for (const [pathname, headers] of cases) {
      const before = handedOff.length;
      const reply = await get(pathname, headers);
      expect(reply.headers["content-encoding"], pathname).toBeUndefined();
      expect(reply.body.toString()).toBe("from next");
      expect(handedOff.length).toBe(before + 1);
    }
  });

  it("only serves GET and HEAD", async () => {
    const reply = await get("/_next/static/chunks/app-3f9a.js", { "Accept-Encoding": "br" }, "DELETE");
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.body.toString()).toBe("from next");
  });
});

describe("public files", () => {
  it("lets anyone fetch every file in public/ (and the app icon) in team mode, and nothing else", () => {
    const files = fs.readdirSync(path.join(process.cwd(), "public")).map((name) => `/${name}`);
    expect([...PUBLIC_FILES].sort()).toEqual([...files, "/icon.svg"].sort());
  });
});
