/**
 * The OpenAPI 3.1 document of the mock wallet API and the headless studio APIs, generated from the
 * zod schemas the endpoints validate with (`REQUEST_SCHEMAS`, the response schemas in
 * `wallet-api/endpoints.ts`, and the headless request schemas in `server/http/schemas.ts`) through
 * `z.toJSONSchema`. Nothing is hand-written except prose and the shapes of the headless responses,
 * which are zod schemas here.
 *
 * Deterministic: the output depends only on its input (catalogs are sorted by slug).
 */
import { z } from "zod";
import { faultEffectSchema, faultRuleInputSchema, FAULT_ENDPOINTS } from "../wallet-api/faults";
import { clientRequestSchema, simulationRequestSchema } from "@/server/domain/headless-schemas";
import type { ApiVersion } from "../catalog/schema";
import {
  applyTokenResponse,
  ENDPOINTS,
  inquiryUserInfoResponse,
  REQUEST_SCHEMAS,
  resultSchema,
  revokeResponse,
  type EndpointId,
  type EndpointKind,
} from "../wallet-api/endpoints";
import { resultCodesFor } from "../wallet-api/result-codes";

export const OPENAPI_VERSION = "3.1.0";
export const OPENAPI_PATH = "/api/openapi.json";
const WALLET_MOUNT = "/api/wallets/{slug}";

/** What the document says about each catalog: which profile it serves and under which prefixes. */
export type OpenApiCatalog = { slug: string; name: string; version: ApiVersion; pathPrefixes: readonly string[] };

type JsonObject = Record<string, unknown>;

const SCHEMA_NAMES: Record<EndpointId, string> = {
  "v2.applyToken": "ApplyTokenV2Request",
  "v1.applyToken": "ApplyTokenV1Request",
  "v2.inquiryUserInfo": "InquiryUserInfoV2Request",
  "v1.inquiryUserInfo": "InquiryUserInfoV1Request",
  "v1.inquiryUserInfoByAccessToken": "InquiryUserInfoByAccessTokenRequest",
  "v2.revoke": "RevokeV2Request",
  "v1.cancelToken": "CancelTokenV1Request",
};

const RESPONSE_NAMES: Record<EndpointKind, string> = {
  applyToken: "ApplyTokenResponse",
  inquiryUserInfo: "InquiryUserInfoResponse",
  revoke: "RevokeResponse",
};

// Shapes of the headless APIs' answers (the route handlers build these objects).
const callbackPayloadSchema = z
  .object({
    authCode: z.string().optional(),
    authSuccessScopes: z.array(z.string()).optional(),
    authErrorScopes: z.record(z.string(), z.string()).optional(),
    error: z.number().int().optional(),
    errorMessage: z.string().optional(),
  })
  .meta({ description: "The object my.getAuthCode passes to the callback, in the catalog's documented shape." });

const simulationResponseSchema = z.object({
  id: z.string(),
  catalog: z.string(),
  outcome: z.string(),
  callback: z.enum(["success", "fail"]),
  payload: callbackPayloadSchema,
  complete: callbackPayloadSchema,
  authCode: z.string().nullable(),
  authCodeExpiresAt: z.string().nullable(),
  grantedScopes: z.array(z.string()),
  refusedScopes: z.array(z.string()),
  user: z.object({ userId: z.string(), displayName: z.string() }),
  client: z.object({ clientId: z.string(), name: z.string() }).nullable(),
  assumptions: z.array(z.string()),
});

const clientResponseSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  catalog: z.string(),
  allowedScopes: z.array(z.string()).nullable(),
  signature: z.enum(["strict", "off"]),
  publicKey: z.string().meta({ description: "Your public key (SPKI PEM)." }),
  privateKey: z.string().nullable().meta({ description: "The generated private key (PKCS#8 PEM), returned once; null when you sent your own public key." }),
  walletPublicKey: z.string().meta({ description: "The mock wallet's public key (SPKI PEM): verify response signatures with it." }),
  walletKeyVersion: z.number().int(),
  baseUrl: z.string().meta({ description: "The wallet API base URL for this catalog: <origin>/api/wallets/<slug>." }),
});

const faultRuleSchema = z.object({
  id: z.string().meta({ description: "fault_…; DELETE /api/faults/{id} removes it." }),
  client: z.string().nullable().meta({ description: "The client it is limited to; null: every client of the workspace." }),
  endpoint: z.enum(FAULT_ENDPOINTS),
  effect: faultEffectSchema,
  description: z.string(),
  times: z.number().int().nullable().meta({ description: "Calls it still applies to; null: no count." }),
  until: z.string().nullable(),
  percent: z.number().nullable(),
  paused: z.boolean(),
  applied: z.number().int().meta({ description: "Calls it has applied to." }),
  createdAt: z.number().int(),
});

const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

/** `z.toJSONSchema` over a registry, with refs into components and no per-schema `$schema`/`$id`. */
function componentSchemas(entries: ReadonlyArray<[string, z.ZodType]>, io: "input" | "output"): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of entries) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonObject> };
  const out: Record<string, JsonObject> = {};
  for (const [id] of entries) {
    const schema = schemas[id];
    if (!schema) throw new Error(`zod produced no schema for ${id}`);
    const { $schema: _schema, $id: _id, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const HEADER_NAMES = ["Client-Id", "Response-Time", "Signature", "X-Call-Id"] as const;
const PARAMETER_NAMES = ["slug", "Client-Id", "Request-Time", "Signature"] as const;

/** Response headers of the wallet API, referenced from every wallet response. */
function signatureHeaderRefs() {
  return Object.fromEntries(HEADER_NAMES.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

function walletParameterRefs() {
  return PARAMETER_NAMES.map((name) => ({ $ref: `#/components/parameters/${name === "slug" ? "slug" : `${name}-header`}` }));
}

function signatureHeaders() {
  return {
    "Client-Id": { description: "Echoes the request's Client-Id.", schema: { type: "string" } },
    "Response-Time": { description: "ISO 8601 time of the response in the wallet's offset; part of the signed content.", schema: { type: "string" } },
    Signature: {
      description:
        "algorithm=RSA256, keyVersion=<n>, signature=<urlEncode(base64(SHA256withRSA(content)))> with content = " +
        '"POST <request uri>\\n<Client-Id>.<Response-Time>.<raw body>", signed with the wallet key (GET the public key from POST /api/clients). ' +
        "Absent when the request signature did not verify: treat an unsigned response as invalid.",
      schema: { type: "string" },
    },
    "X-Call-Id": { description: "Id of the recorded call (Simulator → Calls).", schema: { type: "string" } },
  };
}

function walletParameters() {
  return [
    { name: "slug", in: "path", required: true, description: "Catalog slug: the mock wallet to talk to.", schema: { type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$" } },
    { name: "Client-Id", in: "header", required: true, description: "Your client id (registered with POST /api/clients).", schema: { type: "string" } },
    {
      name: "Request-Time",
      in: "header",
      required: true,
      description: "ISO 8601 (e.g. 2019-04-04T12:08:56.253+05:30) or epoch milliseconds; part of the signed content; at most 10 minutes from the server clock.",
      schema: { type: "string" },
    },
    {
      name: "Signature",
      in: "header",
      required: true,
      description:
        'algorithm=RSA256, keyVersion=1, signature=<urlEncode(base64(SHA256withRSA(content, privateKey)))> with content = "POST <uri>\\n<Client-Id>.<Request-Time>.<body>": ' +
        "<uri> is the path as requested (with /api/wallets/<slug>; the path without that mount is accepted too), <body> the exact bytes sent.",
      schema: { type: "string" },
    },
  ];
}

function prefixesNote(catalogs: readonly OpenApiCatalog[], version: ApiVersion): string {
  const lines = catalogs
    .filter((catalog) => catalog.version === version)
    .map((catalog) => `${catalog.slug}: ${catalog.pathPrefixes.map((prefix) => (prefix === "" ? "(none)" : prefix)).join(", ")}`);
  return lines.length === 0 ? "No catalog currently serves this profile." : `Gateway prefixes per catalog serving ${version}: ${lines.join("; ")}.`;
}

export function buildOpenApiDocument(input: { catalogs: readonly OpenApiCatalog[] } = { catalogs: [] }): JsonObject {
  const catalogs = [...input.catalogs].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const requests = componentSchemas(
    [
      ...ENDPOINTS.map((endpoint): [string, z.ZodType] => [SCHEMA_NAMES[endpoint.id], REQUEST_SCHEMAS[endpoint.id]]),
      ["SimulationRequest", simulationRequestSchema],
      ["ClientRequest", clientRequestSchema],
      ["FaultRuleRequest", faultRuleInputSchema],
    ],
    "input",
  );
  const responses = componentSchemas(
    [
      ["Result", resultSchema],
      ["ApplyTokenResponse", applyTokenResponse],
      ["InquiryUserInfoResponse", inquiryUserInfoResponse],
      ["RevokeResponse", revokeResponse],
      ["SimulationResponse", simulationResponseSchema],
      ["ClientResponse", clientResponseSchema],
      ["FaultRule", faultRuleSchema],
      ["ApiError", apiErrorSchema],
    ],
    "output",
  );

  const paths: Record<string, JsonObject> = {};
  for (const endpoint of ENDPOINTS) {
    const version: ApiVersion = endpoint.id.startsWith("v2.") ? "v2" : "v1";
    const codes = resultCodesFor(endpoint.kind, version);
    const walletError = (description: string) => ({
      description,
      headers: signatureHeaderRefs(),
      content: { "application/json": { schema: ref("RevokeResponse") } },
    });
    paths[`${WALLET_MOUNT}${endpoint.path}`] = {
      post: {
        operationId: endpoint.id.replace(/\./g, "_"),
        tags: [`Mock wallet API (${version})`],
        summary: endpoint.summary,
        description: [
          `The mock wallet also answers this endpoint behind each catalog's gateway prefix: ${WALLET_MOUNT}<prefix>${endpoint.path}.`,
          prefixesNote(catalogs, version),
          `Result codes: ${codes.join(", ")}. Business outcomes answer HTTP 200 with resultStatus F; protocol problems a 4xx.`,
        ].join("\n\n"),
        "x-gateway-prefixes": Object.fromEntries(catalogs.filter((c) => c.version === version).map((c) => [c.slug, [...c.pathPrefixes]])),
        "x-result-codes": codes,
        parameters: walletParameterRefs(),
        requestBody: { required: true, content: { "application/json": { schema: ref(SCHEMA_NAMES[endpoint.id]) } } },
        responses: {
          "200": {
            description: "A result (resultStatus S, or F for business failures such as a used authCode), signed by the wallet.",
            headers: signatureHeaderRefs(),
            content: { "application/json": { schema: ref(RESPONSE_NAMES[endpoint.kind]) } },
          },
          "400": walletError("PARAM_ILLEGAL or AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE."),
          "401": walletError("INVALID_SIGNATURE (unsigned response) or INVALID_AUTH_CLIENT."),
          "403": walletError("ACCESS_DENIED."),
          "404": walletError("INVALID_API: no such catalog or path."),
          "405": walletError("INVALID_API: only POST is served."),
          "413": walletError("PARAM_ILLEGAL: the body is larger than 64 KB."),
          "500": walletError("UNKNOWN_EXCEPTION."),
        },
      },
    };
  }
  const studioError = (description: string) => ({ description, content: { "application/json": { schema: ref("ApiError") } } });
  // Team mode: a CI key of the workspace (local mode needs none, hence the empty alternative).
  const teamAccess = [{ studioKey: [] }, {}];
  const refused = {
    "401": studioError("Team mode: no CI key, or one that was revoked."),
    "403": studioError("Team mode: the key's role may not do this; or a cross-site browser request."),
    "415": studioError("The body is not JSON."),
  };
  paths["/api/simulations"] = {
    post: {
      operationId: "createSimulation",
      tags: ["Headless studio API"],
      security: teamAccess,
      summary: "Run my.getAuthCode headlessly and get the callback payload (and an authCode to exchange)",
      requestBody: { required: true, content: { "application/json": { schema: ref("SimulationRequest") } } },
      responses: {
        "201": { description: "The simulated callback.", content: { "application/json": { schema: ref("SimulationResponse") } } },
        "400": studioError("Invalid input (the message names the field)."),
        "404": studioError("Unknown catalog or client."),
        "413": studioError("The body is larger than 64 KB."),
        ...refused,
      },
    },
  };
  paths["/api/clients"] = {
    post: {
      operationId: "registerClient",
      tags: ["Headless studio API"],
      security: teamAccess,
      summary: "Register a merchant client for a mock wallet; returns its keys and the wallet public key",
      requestBody: { required: true, content: { "application/json": { schema: ref("ClientRequest") } } },
      responses: {
        "201": { description: "The registered client.", content: { "application/json": { schema: ref("ClientResponse") } } },
        "400": studioError("Invalid input (the message names the field)."),
        "404": studioError("Unknown catalog."),
        "409": studioError("The client id is already registered."),
        "413": studioError("The body is larger than 64 KB."),
        ...refused,
      },
    },
  };

  paths["/api/faults"] = {
    post: {
      operationId: "createFaultRule",
      tags: ["Headless studio API"],
      summary: "Make the mock wallet fail on purpose: a result code, an HTTP error, a delay, a dropped connection, a malformed body or a bad signature",
      security: teamAccess,
      requestBody: { required: true, content: { "application/json": { schema: ref("FaultRuleRequest") } } },
      responses: {
        "201": { description: "The rule.", content: { "application/json": { schema: ref("FaultRule") } } },
        "400": studioError("Invalid rule (the message names the field)."),
        "404": studioError("Unknown client."),
        ...refused,
      },
    },
    get: {
      operationId: "listFaultRules",
      tags: ["Headless studio API"],
      summary: "The workspace's fault rules (of one client with ?client=)",
      security: teamAccess,
      parameters: [{ name: "client", in: "query", required: false, schema: { type: "string" } }],
      responses: {
        "200": { description: "The rules, oldest first.", content: { "application/json": { schema: { type: "object", properties: { faults: { type: "array", items: ref("FaultRule") } }, required: ["faults"] } } } },
        ...refused,
      },
    },
  };
  paths["/api/faults/{id}"] = {
    delete: {
      operationId: "deleteFaultRule",
      tags: ["Headless studio API"],
      summary: "Remove a fault rule",
      security: teamAccess,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": { description: "Removed.", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" } }, required: ["id"] } } } },
        "404": studioError("No such rule in this workspace."),
        ...refused,
      },
    },
  };

  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: "AuthCode Studio mock wallet API",
      version: "1.0.0",
      description:
        "The mock Alipay+-family wallet API served per catalog under /api/wallets/{slug} (applyToken, inquiryUserInfo, revoke in the v1 and v2 profiles), " +
        "with the Alipay+ / Antom request signature, plus the headless studio APIs that register clients and produce authCodes. " +
        "Generated from the zod schemas the server validates with.",
    },
    tags: [
      { name: "Mock wallet API (v2)", description: "Alipay+ v2 paths: /v2/authorizations/applyToken, /v2/users/inquiryUserInfo, /v2/authorizations/revoke." },
      { name: "Mock wallet API (v1)", description: "v1 paths (Touch 'n Go, SuperQi style), with customerBelongsTo in extendInfo." },
      { name: "Headless studio API", description: "Set up clients and produce authCodes without the UI." },
    ],
    paths,
    components: {
      schemas: { ...requests, ...responses },
      parameters: Object.fromEntries(walletParameters().map((parameter) => [parameter.in === "path" ? parameter.name : `${parameter.name}-header`, parameter])),
      headers: signatureHeaders(),
      securitySchemes: {
        studioKey: { type: "http", scheme: "bearer", description: "A CI key of the workspace (team mode; created on the Workspace page). Local mode needs none." },
      },
    },
  };
}
