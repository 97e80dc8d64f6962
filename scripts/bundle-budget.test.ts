import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUDGET_BYTES, chunkSizes, formatTable, measureRoutes, overBudget, readRouteStats, STATS_FILE } from "./bundle-budget.mjs";
import { compressSync } from "./precompress.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function project(stats: unknown, chunks: Record<string, string | Buffer> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-bundle-"));
  dirs.push(root);
  fs.mkdirSync(path.join(root, path.dirname(STATS_FILE)), { recursive: true });
  if (stats !== undefined) fs.writeFileSync(path.join(root, STATS_FILE), typeof stats === "string" ? stats : JSON.stringify(stats));
  for (const [file, body] of Object.entries(chunks)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), body);
  }
  return root;
}

const sizes: Record<string, { raw: number; br: number; gzip: number }> = {
  react: { raw: 230_000, br: 61_000, gzip: 71_000 },
  router: { raw: 170_000, br: 39_000, gzip: 46_000 },
  editor: { raw: 60_000, br: 60_000, gzip: 70_000 },
};

describe("measureRoutes", () => {
  it("sums each route's chunks once, largest brotli size first", () => {
    const rows = measureRoutes(
      [
        { route: "/", chunks: ["react", "router"] },
        { route: "/edit", chunks: ["react", "router", "editor", "editor"] },
      ],
      (chunk: string) => sizes[chunk] ?? { raw: 0, br: 0, gzip: 0 },
    );
    expect(rows).toEqual([
      { route: "/edit", chunks: 3, raw: 460_000, br: 160_000, gzip: 187_000 },
      { route: "/", chunks: 2, raw: 400_000, br: 100_000, gzip: 117_000 },
    ]);
    expect(overBudget(rows).map((row) => row.route)).toEqual(["/edit"]);
    expect(overBudget(rows, 200_000)).toEqual([]);
  });

  it("measures a shared chunk once", () => {
    let calls = 0;
    measureRoutes(
      [
        { route: "/a", chunks: ["react"] },
        { route: "/b", chunks: ["react"] },
      ],
      () => {
        calls++;
        return { raw: 1, br: 1, gzip: 1 };
      },
    );
    expect(calls).toBe(1);
  });
});

describe("formatTable", () => {
  it("lists every route in KiB and marks the ones over budget", () => {
    const table = formatTable([
      { route: "/catalogs/[slug]/edit", chunks: 11, raw: 700 * 1024, br: BUDGET_BYTES + 2048, gzip: 200 * 1024 },
      { route: "/", chunks: 8, raw: 500 * 1024, br: 138.4 * 1024, gzip: 160 * 1024 },
    ]);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^route\s+chunks\s+raw KiB\s+gzip KiB\s+brotli KiB$/);
    expect(lines[2]).toMatch(/^\/catalogs\/\[slug\]\/edit\s+11\s+700\.0\s+200\.0\s+152\.0\s+OVER by 2\.0$/);
    expect(lines[3]).toMatch(/^\/\s+8\s+500\.0\s+160\.0\s+138\.4$/);
  });
});

describe("reading the build", () => {
  it("takes the routes and chunk paths from Next's stats", () => {
    const root = project([{ route: "/", firstLoadUncompressedJsBytes: 3, firstLoadChunkPaths: [".next/static/chunks/a.js"] }]);
    expect(readRouteStats(root)).toEqual([{ route: "/", chunks: [".next/static/chunks/a.js"] }]);
  });

  it("says what is wrong when the stats are missing or not Next's shape", () => {
    expect(() => readRouteStats(project(undefined))).toThrow(/run `npm run build` first/);
    expect(() => readRouteStats(project("{"))).toThrow(/cannot read/);
    expect(() => readRouteStats(project([]))).toThrow(/format changed/);
    expect(() => readRouteStats(project([{ route: "/", chunks: [] }]))).toThrow(/format changed/);
  });

  it("counts a chunk by its precompressed copy, or compresses it the same way when there is none", () => {
    const code = Buffer.from("export const answer = 42;\n".repeat(400));
    const root = project(undefined, {
      "a.js": code,
      "a.js.br": Buffer.alloc(123),
      "a.js.gz": Buffer.alloc(456),
      "b.js": code,
    });
    expect(chunkSizes(root, "a.js")).toEqual({ raw: code.length, br: 123, gzip: 456 });
    expect(chunkSizes(root, "b.js")).toEqual({ raw: code.length, br: compressSync(code, "br").length, gzip: compressSync(code, "gzip").length });
  });
});
