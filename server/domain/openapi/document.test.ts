import { Validator } from "@seriousme/openapi-schema-validator";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { clientRequestSchema, simulationRequestSchema } from "@/server/domain/headless-schemas";
import { BUILTIN_CATALOGS } from "../catalog/builtin";
import { ENDPOINTS, REQUEST_SCHEMAS } from "../wallet-api/endpoints";
import { buildOpenApiDocument, type OpenApiCatalog } from "./document";

const CATALOGS: OpenApiCatalog[] = BUILTIN_CATALOGS.map((catalog) => ({
  slug: catalog.slug,
  name: catalog.name,
  version: catalog.serverApi.version,
  pathPrefixes: catalog.serverApi.pathPrefixes,
}));

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> }; description?: string; "x-gateway-prefixes"?: unknown }>>;
  components: { schemas: Record<string, unknown> };
};

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, out);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") out.push(inner);
      else refs(inner, out);
    }
  }
  return out;
}

function resolve(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const part of pointer.replace(/^#\//, "").split("/")) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  }
  return node;
}

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument({ catalogs: CATALOGS }) as unknown as Doc;

  it("is valid OpenAPI 3.1 according to @seriousme/openapi-schema-validator", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("the validator is real: it rejects a broken document", async () => {
    const broken = { ...doc, info: { title: 42 }, paths: { "no-leading-slash": {} } };
    const result = await new Validator().validate(broken as unknown as Record<string, unknown>);
    expect(result.valid).toBe(false);
  });

  it("every $ref resolves", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(50);
    for (const ref of all) expect(resolve(doc, ref), ref).toBeDefined();
  });

  it("has a path per wallet endpoint under /api/wallets/{slug}, plus the headless APIs", () => {
    expect(Object.keys(doc.paths).sort()).toEqual([...ENDPOINTS.map((e) => `/api/wallets/{slug}${e.path}`), "/api/clients", "/api/faults", "/api/faults/{id}", "/api/simulations"].sort());
    const v1 = doc.paths["/api/wallets/{slug}/v1/authorizations/applyToken"]?.post;
    expect(v1?.["x-gateway-prefixes"]).toEqual({ superqi: [""], "touch-n-go": ["", "/acl/api"] });
    expect(v1?.description).toContain("INVALID_CODE");
    expect(doc.paths["/api/wallets/{slug}/v2/authorizations/applyToken"]?.post?.description).toContain("INVALID_AUTHCODE");
  });

  it("request bodies are the zod schemas the endpoints validate with, converted by z.toJSONSchema", () => {
    for (const endpoint of ENDPOINTS) {
      const ref = doc.paths[`/api/wallets/{slug}${endpoint.path}`]?.post?.requestBody?.content["application/json"]?.schema.$ref ?? "";
      const { $schema: _schema, ...expected } = z.toJSONSchema(REQUEST_SCHEMAS[endpoint.id], { io: "input" }) as Record<string, unknown>;
      expect(resolve(doc, ref), endpoint.id).toEqual(expected);
    }
    const { $schema: _a, ...simulation } = z.toJSONSchema(simulationRequestSchema, { io: "input" }) as Record<string, unknown>;
    const { $schema: _b, ...client } = z.toJSONSchema(clientRequestSchema, { io: "input" }) as Record<string, unknown>;
    expect(doc.components.schemas.SimulationRequest).toEqual(simulation);
    expect(doc.components.schemas.ClientRequest).toEqual(client);
  });

  it("is deterministic: same input, same bytes, whatever the catalogs' order", () => {
    const a = JSON.stringify(buildOpenApiDocument({ catalogs: CATALOGS }));
    const b = JSON.stringify(buildOpenApiDocument({ catalogs: [...CATALOGS].reverse() }));
    expect(b).toBe(a);
  });
});
