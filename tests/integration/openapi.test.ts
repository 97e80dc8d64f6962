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
    type Operation = { parameters: Array<{ $ref: string }>; requestBody: { content: { "application/json": { schema: { $ref: string } } } } };
    const doc = JSON.parse(text) as {
      openapi: string;
      paths: Record<string, { post?: Operation }>;
      components: { schemas: Record<string, { properties: Record<string, { pattern?: string; maxLength?: number }>; required?: string[] }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // Each seeded catalog's served endpoints, under each of its gateway prefixes, and nothing else.
    const walletPaths = Object.keys(doc.paths).filter((p) => p.startsWith("/api/wallets/"));
    expect(walletPaths).toEqual(expect.arrayContaining(["/api/wallets/dana/v2/users/inquiryUserInfo", "/api/wallets/dana/api/open/v2/users/inquiryUserInfo", "/api/wallets/gcash/miniprogram/api/v2/users/inquiryUserInfo", "/api/wallets/gcash/api/v1/authorizations/applyToken"]));
    expect(walletPaths.filter((p) => p.startsWith("/api/wallets/alipay-hk/"))).toEqual(["/api/wallets/alipay-hk/v2/authorizations/applyToken", "/api/wallets/alipay-hk/api/open/v2/authorizations/applyToken"]);
    expect(walletPaths).not.toContain("/api/wallets/dana/v1/authorizations/applyToken");
    expect(walletPaths.some((p) => p.includes("{slug}"))).toBe(false);
    // The request schema keeps the v2 character pattern and the documented lengths.
    const ref = doc.paths["/api/wallets/dana/v2/authorizations/applyToken"]?.post?.requestBody.content["application/json"].schema.$ref ?? "";
    const schema = doc.components.schemas[ref.replace("#/components/schemas/", "")];
    expect(schema?.properties.authCode).toMatchObject({ pattern: "^[^@#?]*$", maxLength: 64 });
    expect(schema?.required).toEqual(expect.arrayContaining(["appId", "authClientId", "grantType"]));
    expect(await (await route.GET(new Request("http://localhost:3000/api/openapi.json"))).text()).toBe(text);
  });
});
