/** `GET /api/openapi.json` over the app database: valid OpenAPI 3.1, describing the catalogs' prefixes. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-openapi-route-"));
process.env.DATABASE_URL = path.join(dir, "openapi.db");

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("GET /api/openapi.json", () => {
  it("answers a valid OpenAPI 3.1 document with each seeded catalog's gateway prefixes", async () => {
    const route = await import("@/app/api/openapi.json/route");
    const response = (await route.GET(new Request("http://localhost:3000/api/openapi.json")));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const text = await response.text();
    const doc = JSON.parse(text) as { openapi: string; paths: Record<string, { post: { "x-gateway-prefixes": Record<string, string[]> } }> };
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.paths["/api/wallets/{slug}/v2/users/inquiryUserInfo"]?.post["x-gateway-prefixes"]).toMatchObject({
      dana: ["", "/api/open"],
      gcash: ["", "/api", "/miniprogram/api"],
    });
    expect(await (await route.GET(new Request("http://localhost:3000/api/openapi.json"))).text()).toBe(text);
  });
});
