import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS } from "../catalog/builtin";
import { endpointSpec } from "../wallet-api/endpoint-specs";
import { buildOpenApiDocument, type OpenApiCatalog } from "./document";

const CATALOGS: OpenApiCatalog[] = BUILTIN_CATALOGS.map((catalog) => ({ slug: catalog.slug, name: catalog.name, serverApi: catalog.serverApi }));

type Operation = {
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  description?: string;
  parameters?: Array<{ $ref: string }>;
  "x-endpoint-spec"?: string;
  "x-result-codes"?: Array<{ resultCode: string; resultMessage?: string; fidelity: string }>;
};
type SchemaNode = { type?: string; properties?: Record<string, { maxLength?: number; pattern?: string }>; required?: string[] };
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaNode>; parameters: Record<string, { schema: { pattern?: string } }> };
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

  it("has a path per served endpoint of each catalog under each of its prefixes, plus the headless APIs", () => {
    const expected = CATALOGS.flatMap((catalog) =>
      catalog.serverApi.pathPrefixes.flatMap((prefix) => catalog.serverApi.endpoints.map((entry) => `/api/wallets/${catalog.slug}${prefix}${endpointSpec(entry.spec).path}`)),
    );
    expect(Object.keys(doc.paths).sort()).toEqual([...expected, "/api/clients", "/api/faults", "/api/faults/{id}", "/api/simulations"].sort());
    // AlipayHK serves applyToken only; Touch 'n Go the v1 trio; GCash no revoke.
    expect(Object.keys(doc.paths).filter((path) => path.startsWith("/api/wallets/alipay-hk/"))).toEqual(["/api/wallets/alipay-hk/v2/authorizations/applyToken", "/api/wallets/alipay-hk/api/open/v2/authorizations/applyToken"]);
    expect(doc.paths["/api/wallets/touch-n-go/acl/api/v1/authorizations/cancelToken"]?.post).toBeDefined();
    expect(doc.paths["/api/wallets/dana/v1/authorizations/applyToken"]).toBeUndefined();
    expect(Object.keys(doc.paths).some((path) => path.startsWith("/api/wallets/gcash/") && path.endsWith("/revoke"))).toBe(false);
  });

  it("names result codes by the endpoint's version, with their messages and labels", () => {
    const v1 = doc.paths["/api/wallets/touch-n-go/v1/authorizations/applyToken"]?.post;
    const codes = (v1?.["x-result-codes"] ?? []).map((entry) => entry.resultCode);
    expect(codes).toContain("INVALID_CODE");
    expect(codes).not.toContain("INVALID_AUTHCODE");
    const v2 = doc.paths["/api/wallets/superqi/v1/authorizations/applyToken"]?.post;
    expect(v2?.["x-endpoint-spec"]).toBe("v1.applyToken.superqi");
    const info = doc.paths["/api/wallets/dana/v2/users/inquiryUserInfo"]?.post?.["x-result-codes"]?.find((entry) => entry.resultCode === "INVALID_ACCESS_TOKEN");
    expect(info).toMatchObject({ resultMessage: "The access token is expired, revoked, or does not exist.", fidelity: "assumed" });
  });

  it("keeps the validation rules: required fields, documented lengths and the v2 character pattern", () => {
    const v2 = doc.components.schemas.ApplyTokenV2Request;
    expect(v2?.required).toEqual(expect.arrayContaining(["appId", "authClientId", "grantType"]));
    expect(v2?.properties?.appId).toMatchObject({ maxLength: 32, pattern: "^[^@#?]*$" });
    expect(v2?.properties?.authCode).toMatchObject({ maxLength: 64, pattern: "^[^@#?]*$" });
    expect(v2?.properties?.extendInfo?.pattern).toBeUndefined();
    expect(doc.components.schemas.ApplyTokenV1Request?.required).toEqual(expect.arrayContaining(["grantType", "extendInfo"]));
    expect(doc.components.schemas.ApplyTokenV1Request?.properties?.authCode?.maxLength).toBe(32);
    expect(doc.components.schemas.ApplyTokenV1SuperQiRequest?.properties?.authCode?.maxLength).toBe(64);
    expect(doc.components.schemas.RevokeV2Request?.required).toEqual(expect.arrayContaining(["appId", "accessToken", "authClientId"]));
  });

  it("gives each catalog's Request-Time format as the header's pattern", () => {
    const params = doc.paths["/api/wallets/dana/v2/authorizations/applyToken"]?.post?.parameters?.map((entry) => entry.$ref) ?? [];
    expect(params).toContain("#/components/parameters/Request-Time-iso8601");
    expect(doc.components.parameters["Request-Time-iso8601"]?.schema.pattern).toMatch(/^\^\\d\{4\}/);
  });

  it("request bodies are the schemas the server validates with", () => {
    const ref = doc.paths["/api/wallets/dana/v2/authorizations/applyToken"]?.post?.requestBody?.content["application/json"]?.schema.$ref ?? "";
    expect(ref).toBe("#/components/schemas/ApplyTokenV2Request");
    expect(Object.keys(resolve(doc, ref) as SchemaNode["properties"] & object)).toContain("properties");
    expect(doc.components.schemas.SimulationRequest).toBeDefined();
    expect(doc.components.schemas.ClientRequest).toBeDefined();
  });

  it("is deterministic: same input, same bytes, whatever the catalogs' order", () => {
    const a = JSON.stringify(buildOpenApiDocument({ catalogs: CATALOGS }));
    const b = JSON.stringify(buildOpenApiDocument({ catalogs: [...CATALOGS].reverse() }));
    expect(b).toBe(a);
  });
});
