import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ListRoute from "@/app/api/catalogs/route";
import type * as ExportRoute from "@/app/api/catalogs/[slug]/export/route";
import type * as ImportRoute from "@/app/api/catalogs/import/route";
import type * as SchemaRoute from "@/app/api/catalogs/schema.json/route";

// The route handlers open the app database through getDb(); point it at a temporary file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-routes-"));
process.env.DATABASE_URL = path.join(dir, "routes.db");

type Routes = {
  list: typeof ListRoute;
  exportRoute: typeof ExportRoute;
  importRoute: typeof ImportRoute;
  schemaRoute: typeof SchemaRoute;
};
let routes: Routes;

beforeAll(async () => {
  routes = {
    list: await import("@/app/api/catalogs/route"),
    exportRoute: await import("@/app/api/catalogs/[slug]/export/route"),
    importRoute: await import("@/app/api/catalogs/import/route"),
    schemaRoute: await import("@/app/api/catalogs/schema.json/route"),
  };
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const BASE = "http://localhost:3000";
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const post = (body: BodyInit) => new Request(`${BASE}/api/catalogs/import`, { method: "POST", body });

describe("GET /api/catalogs", () => {
  it("lists the seeded catalogs with slug, name, wallet, region and scope count", async () => {
    const response = await routes.list.GET(new Request(`${BASE}/api/catalogs`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { catalogs: Array<Record<string, unknown>> };
    expect(body.catalogs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slug: "dana", name: "DANA (Indonesia)", wallet: "DANA", region: "Indonesia", scopeCount: 25 }),
        expect.objectContaining({ slug: "alipay-plus", scopeCount: 13 }),
      ]),
    );
  });
});

describe("GET /api/catalogs/<slug>/export and POST /api/catalogs/import", () => {
  it("exports a file that imports back with no changes", async () => {
    const response = await routes.exportRoute.GET(new Request(`${BASE}/api/catalogs/dana/export`), params("dana"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="dana.catalog.json"');
    const text = await response.text();
    const file = JSON.parse(text) as { $schema: string; formatVersion: number; catalog: { slug: string } };
    expect(file).toMatchObject({ $schema: `${BASE}/api/catalogs/schema.json`, formatVersion: 1, catalog: { slug: "dana" } });

    const preview = await routes.importRoute.POST(post(text));
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as { preview: { existing: { version: number } | null; changes: unknown[]; summary: string } };
    expect(body.preview.existing?.version).toBe(1);
    expect(body.preview.changes).toEqual([]);
    expect(body.preview.summary).toBe("No changes");
  });

  it("answers 404 for an unknown catalog and 400 for a malformed slug", async () => {
    const missing = await routes.exportRoute.GET(new Request(`${BASE}/api/catalogs/nope/export`), params("nope"));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.stringContaining("nope"), issues: [] } });
    const bad = await routes.exportRoute.GET(new Request(`${BASE}/api/catalogs/..%2F/export`), params("../"));
    expect(bad.status).toBe(400);
  });

  it.each([
    ["5 MB of junk", () => randomBytes(5 * 1024 * 1024), 413, "PAYLOAD_TOO_LARGE"],
    ["invalid UTF-8", () => new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 400, "INVALID_CATALOG_FILE"],
    ["deep nesting", () => `${"[".repeat(50_000)}${"]".repeat(50_000)}`, 400, "INVALID_CATALOG_FILE"],
    ["not JSON", () => "{ catalog:", 400, "INVALID_CATALOG_FILE"],
  ])("refuses %s with the documented error shape", async (_label, body, status, code) => {
    const before = await (await routes.list.GET(new Request(`${BASE}/api/catalogs`))).json();
    const response = await routes.importRoute.POST(post(body()));
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(10);
    expect(await (await routes.list.GET(new Request(`${BASE}/api/catalogs`))).json()).toEqual(before);
  });

  it("names the path and problem of an invalid catalog", async () => {
    const exported = await (await routes.exportRoute.GET(new Request(`${BASE}/api/catalogs/dana/export`), params("dana"))).json();
    const file = exported as { catalog: { scopes: Array<{ name: string }> } };
    const second = file.catalog.scopes[1];
    if (second) second.name = "has space";
    const response = await routes.importRoute.POST(post(JSON.stringify(file)));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: Array<{ path: string; message: string }> } };
    expect(body.error.issues).toContainEqual({ path: "catalog.scopes[1].name", message: "A scope name cannot contain spaces or line breaks" });
  });
});

describe("GET /api/catalogs/schema.json", () => {
  it("publishes the JSON Schema generated from zod", async () => {
    const response = routes.schemaRoute.GET(new Request(`${BASE}/api/catalogs/schema.json`));
    expect(response.headers.get("content-type")).toContain("application/schema+json");
    const schema = (await response.json()) as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe(`${BASE}/api/catalogs/schema.json`);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["$schema", "formatVersion", "catalog"]));
  });
});
