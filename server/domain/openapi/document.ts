/**
 * The OpenAPI 3.1 document of the mock wallet API and the headless studio APIs, generated with
 * @asteasolutions/zod-to-openapi from the zod schemas the server validates with: the request
 * schemas built from the endpoint specs (`REQUEST_SCHEMAS`, so required fields, documented lengths
 * and the v2 character pattern survive as `required`/`maxLength`/`pattern`), the response schemas
 * in `wallet-api/endpoints.ts`, and the headless request schemas. Nothing is hand-written except
 * prose and the shapes of the headless responses, which are zod schemas here.
 *
 * It says exactly what each catalog's mock serves: one path per served endpoint under each of the
 * catalog's gateway prefixes (`/api/wallets/<slug><prefix><path>`), with that endpoint's result
 * codes (and their provenance) and the catalog's Request-Time format.
 *
 * Deterministic: the output depends only on its input (catalogs are sorted by slug).
 */
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { faultEffectSchema, faultRuleInputSchema, FAULT_ENDPOINTS } from "../wallet-api/faults";
import { clientRequestSchema, simulationRequestSchema } from "@/server/domain/headless-schemas";
import type { Catalog } from "../catalog/schema";
import { applyTokenResponse, inquiryUserInfoResponse, REQUEST_SCHEMAS, resultSchema, revokeResponse, WALLET_API_BASE, type EndpointKind } from "../wallet-api/endpoints";
import {
  describeProvenance,
  endpointSpec,
  ENDPOINT_SPECS,
  REQUEST_TIME_FORMATS,
  REQUEST_TIME_PATTERNS,
  type EndpointSpecId,
  type RequestTimeFormat,
} from "../wallet-api/endpoint-specs";
import { RESULT_CODES, type ResultCodeInfo } from "../wallet-api/result-codes";

// The library's registry names schemas through `.openapi(name)`: add it to zod's types once. zod
// gives schemas that method when they are made, so those made earlier are registered as clones
// (`schema.clone()`: the same definition, checks and refinements, made now).
extendZodWithOpenApi(z);

export const OPENAPI_VERSION = "3.1.0";
export const OPENAPI_PATH = "/api/openapi.json";

/** What the document says about each catalog: the endpoints it serves, under which prefixes, with which Request-Time. */
export type OpenApiCatalog = {
  slug: string;
  name: string;
  serverApi: Pick<Catalog["serverApi"], "pathPrefixes" | "endpoints" | "requestTimeFormat" | "version">;
};

type JsonObject = Record<string, unknown>;

/** Component names of the request schemas, one per endpoint spec. */
const SCHEMA_NAMES: Record<EndpointSpecId, string> = {
  "v2.applyToken": "ApplyTokenV2Request",
  "v1.applyToken": "ApplyTokenV1Request",
  "v1.applyToken.superqi": "ApplyTokenV1SuperQiRequest",
  "v2.inquiryUserInfo.demo": "InquiryUserInfoV2DemoRequest",
  "v2.inquiryUserInfo": "InquiryUserInfoV2Request",
  "v1.inquiryUserInfo": "InquiryUserInfoV1Request",
  "v1.inquiryUserInfoByAccessToken": "InquiryUserInfoByAccessTokenRequest",
  "v2.revoke": "RevokeV2Request",
  "v1.cancelToken": "CancelTokenV1Request",
};

/** The schemas as registered with the document (named, so paths refer to them). */
type Named = { requests: ReadonlyMap<EndpointSpecId, z.ZodType>; responses: Record<EndpointKind, z.ZodType> };

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

const STRING = { type: "string" } as const;
type HeaderParameter = { name: string; in: "header"; required: boolean; description: string; schema: { type: "string"; pattern?: string; example?: string } };

const HEADER_NAMES = ["Client-Id", "Response-Time", "Signature", "X-Call-Id", "X-Endpoint-Spec", "X-Applied-Rule"] as const;

/** Response headers of the wallet API, referenced from every wallet response. */
function signatureHeaderRefs() {
  return Object.fromEntries(HEADER_NAMES.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

function signatureHeaders() {
  return {
    "Client-Id": { description: "Echoes the request's Client-Id.", schema: STRING },
    "Response-Time": { description: "ISO 8601 time of the response in the wallet's offset; part of the signed content.", schema: STRING },
    Signature: {
      description:
        "algorithm=RSA256, keyVersion=<n>, signature=<urlEncode(base64(SHA256withRSA(content)))> with content = " +
        '"POST <request uri>\\n<Client-Id>.<Response-Time>.<raw body>", signed with the wallet key (GET the public key from POST /api/clients). ' +
        "Every answer is signed, errors included, except INVALID_SIGNATURE: when the request signature did not verify the answer carries none. Treat an unsigned answer as invalid.",
      schema: STRING,
    },
    "X-Call-Id": { description: "The studio's: id of the recorded call (Activity). Not a wallet header.", schema: STRING },
    "X-Endpoint-Spec": { description: "The studio's: the endpoint profile that answered (e.g. v1.applyToken.superqi). Not a wallet header.", schema: STRING },
    "X-Applied-Rule": {
      description: "The studio's: the rule that decided the answer (field:<name>:required|maxLength|charset|json, request-time, unserved, …). Not a wallet header.",
      schema: STRING,
    },
  };
}

const REQUEST_TIME_PARAMETER = (format: RequestTimeFormat) => `Request-Time-${format}`;

function walletParameters(): Record<string, HeaderParameter> {
  const out: Record<string, HeaderParameter> = {
    "Client-Id-header": { name: "Client-Id", in: "header", required: true, description: "Your client id (registered with POST /api/clients).", schema: STRING },
    "Signature-header": {
      name: "Signature",
      in: "header",
      required: true,
      description:
        'algorithm=RSA256, keyVersion=1, signature=<urlEncode(base64(SHA256withRSA(content, privateKey)))> with content = "POST <uri>\\n<Client-Id>.<Request-Time>.<body>": ' +
        "<uri> is the path as requested (with /api/wallets/<slug>; the path without that mount is accepted too), <body> the exact bytes sent.",
      schema: STRING,
    },
  };
  for (const [format, info] of Object.entries(REQUEST_TIME_FORMATS) as Array<[RequestTimeFormat, (typeof REQUEST_TIME_FORMATS)[RequestTimeFormat]]>) {
    out[REQUEST_TIME_PARAMETER(format)] = {
      name: "Request-Time",
      in: "header",
      required: true,
      description: `${info.label} (e.g. ${info.example}), the format of this catalog's wallet (${describeProvenance(info.provenance)}); part of the signed content; at most 10 minutes from the server clock. Another format answers PARAM_ILLEGAL.`,
      schema: { ...STRING, pattern: REQUEST_TIME_PATTERNS[format], example: info.example },
    };
  }
  return out;
}

function resultCodeEntry(code: string) {
  const info = (RESULT_CODES as Record<string, ResultCodeInfo | undefined>)[code];
  return info ? { resultStatus: info.status, resultMessage: info.message, http: info.http } : {};
}

function bySlug(a: OpenApiCatalog, b: OpenApiCatalog): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** The wallet paths of one catalog: each served endpoint under each gateway prefix. */
function registerCatalogPaths(registry: OpenAPIRegistry, catalog: OpenApiCatalog, named: Named) {
  const walletError = (kind: EndpointKind, description: string) => ({
    description,
    headers: signatureHeaderRefs(),
    content: { "application/json": { schema: named.responses[kind] } },
  });
  const served = catalog.serverApi.endpoints.map((entry) => ({ spec: endpointSpec(entry.spec), provenance: entry.provenance }));
  const offered = served.map((entry) => entry.spec.path).join(", ");
  for (const prefix of catalog.serverApi.pathPrefixes) {
    for (const { spec, provenance } of served) {
      const codes = spec.resultCodes.map((entry) => ({ resultCode: entry.code, ...resultCodeEntry(entry.code), fidelity: entry.provenance.fidelity, source: describeProvenance(entry.provenance) }));
      registry.registerPath({
        method: "post",
        path: `${WALLET_API_BASE}/${catalog.slug}${prefix}${spec.path}`,
        operationId: `${catalog.slug}${prefix.replace(/[^A-Za-z0-9]+/g, "_")}_${spec.id.replace(/\./g, "_")}`,
        tags: [`Mock wallet: ${catalog.name}`],
        summary: `${spec.summary} — ${catalog.name}`,
        description: [
          `${spec.label} on ${catalog.name}${prefix ? ` behind the gateway prefix ${prefix}` : ""}. ${describeProvenance(spec.provenance)}`,
          `Served by this catalog: ${describeProvenance(provenance)}. This catalog serves ${offered}; any other path answers INVALID_API (HTTP 404) naming them.`,
          `Result codes: ${spec.resultCodes.map((entry) => entry.code).join(", ")}. Business outcomes answer HTTP 200 with resultStatus F; protocol problems a 4xx (the studio's choice). Every answer is signed except INVALID_SIGNATURE.`,
        ].join("\n\n"),
        "x-endpoint-spec": spec.id,
        "x-result-codes": codes,
        parameters: [
          { $ref: "#/components/parameters/Client-Id-header" },
          { $ref: `#/components/parameters/${REQUEST_TIME_PARAMETER(catalog.serverApi.requestTimeFormat)}` },
          { $ref: "#/components/parameters/Signature-header" },
        ],
        request: { body: { required: true, content: { "application/json": { schema: named.requests.get(spec.id) ?? REQUEST_SCHEMAS[spec.id] } } } },
        responses: {
          "200": {
            description: "A result (resultStatus S, or F for business failures such as a used authCode), signed by the wallet.",
            headers: signatureHeaderRefs(),
            content: { "application/json": { schema: named.responses[spec.kind] } },
          },
          "400": walletError(spec.kind, "PARAM_ILLEGAL (the message names the field or header) or AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE; signed."),
          "401": walletError(spec.kind, "INVALID_SIGNATURE (the one unsigned answer) or INVALID_AUTH_CLIENT (signed)."),
          "403": walletError(spec.kind, "ACCESS_DENIED; signed."),
          "404": walletError(spec.kind, "INVALID_API: no such catalog or path; signed."),
          "405": walletError(spec.kind, "INVALID_API: only POST is served; signed."),
          "413": walletError(spec.kind, "PARAM_ILLEGAL: the body is larger than 64 KB; signed."),
          "500": walletError(spec.kind, "UNKNOWN_EXCEPTION; signed."),
        },
      });
    }
  }
}

export function buildOpenApiDocument(input: { catalogs: readonly OpenApiCatalog[] } = { catalogs: [] }): JsonObject {
  const catalogs = [...input.catalogs].sort(bySlug);
  const registry = new OpenAPIRegistry();
  const register = <T extends z.ZodType>(name: string, schema: T): T => registry.register(name, schema.clone());
  const named: Named = {
    requests: new Map(ENDPOINT_SPECS.map((spec) => [spec.id, register(SCHEMA_NAMES[spec.id], REQUEST_SCHEMAS[spec.id])])),
    responses: {
      applyToken: register("ApplyTokenResponse", applyTokenResponse),
      inquiryUserInfo: register("InquiryUserInfoResponse", inquiryUserInfoResponse),
      revoke: register("RevokeResponse", revokeResponse),
    },
  };
  register("Result", resultSchema);
  const simulationRequest = register("SimulationRequest", simulationRequestSchema);
  const clientRequest = register("ClientRequest", clientRequestSchema);
  const faultRuleRequest = register("FaultRuleRequest", faultRuleInputSchema);
  const simulationResponse = register("SimulationResponse", simulationResponseSchema);
  const clientResponse = register("ClientResponse", clientResponseSchema);
  const faultRule = register("FaultRule", faultRuleSchema);
  const apiError = register("ApiError", apiErrorSchema);
  registry.registerComponent("securitySchemes", "studioKey", {
    type: "http",
    scheme: "bearer",
    description: "A CI key of the workspace (team mode; created on the Workspace page). Local mode needs none.",
  });
  for (const [name, header] of Object.entries(signatureHeaders())) registry.registerComponent("headers", name, header);
  for (const [name, parameter] of Object.entries(walletParameters())) registry.registerComponent("parameters", name, parameter);

  for (const catalog of catalogs) registerCatalogPaths(registry, catalog, named);

  const json = (schema: z.ZodType) => ({ "application/json": { schema } });
  const studioError = (description: string) => ({ description, content: json(apiError) });
  // Team mode: a CI key of the workspace (local mode needs none, hence the empty alternative).
  const teamAccess: Array<Record<string, string[]>> = [{ studioKey: [] }, {}];
  const refused = {
    "401": studioError("Team mode: no CI key, or one that was revoked."),
    "403": studioError("Team mode: the key's role may not do this; or a cross-site browser request."),
    "415": studioError("The body is not JSON."),
  };
  registry.registerPath({
    method: "post",
    path: "/api/simulations",
    operationId: "createSimulation",
    tags: ["Headless studio API"],
    security: teamAccess,
    summary: "Run my.getAuthCode headlessly and get the callback payload (and an authCode to exchange)",
    request: { body: { required: true, content: json(simulationRequest) } },
    responses: {
      "201": { description: "The simulated callback.", content: json(simulationResponse) },
      "400": studioError("Invalid input (the message names the field)."),
      "404": studioError("Unknown catalog or client."),
      "413": studioError("The body is larger than 64 KB."),
      ...refused,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/clients",
    operationId: "registerClient",
    tags: ["Headless studio API"],
    security: teamAccess,
    summary: "Register a merchant client for a mock wallet; returns its keys and the wallet public key",
    request: { body: { required: true, content: json(clientRequest) } },
    responses: {
      "201": { description: "The registered client.", content: json(clientResponse) },
      "400": studioError("Invalid input (the message names the field)."),
      "404": studioError("Unknown catalog."),
      "409": studioError("The client id is already registered."),
      "413": studioError("The body is larger than 64 KB."),
      ...refused,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/faults",
    operationId: "createFaultRule",
    tags: ["Headless studio API"],
    summary: "Make the mock wallet fail on purpose: a result code, an HTTP error, a delay, a dropped connection, a malformed body or a bad signature",
    security: teamAccess,
    request: { body: { required: true, content: json(faultRuleRequest) } },
    responses: {
      "201": { description: "The rule.", content: json(faultRule) },
      "400": studioError("Invalid rule (the message names the field)."),
      "404": studioError("Unknown client."),
      ...refused,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/faults",
    operationId: "listFaultRules",
    tags: ["Headless studio API"],
    summary: "The workspace's fault rules (of one client with ?client=)",
    security: teamAccess,
    request: { query: z.object({ client: z.string().optional() }) },
    responses: {
      "200": { description: "The rules, oldest first.", content: json(z.object({ faults: z.array(faultRule) })) },
      ...refused,
    },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/faults/{id}",
    operationId: "deleteFaultRule",
    tags: ["Headless studio API"],
    summary: "Remove a fault rule",
    security: teamAccess,
    request: { params: z.object({ id: z.string() }) },
    responses: {
      "200": { description: "Removed.", content: json(z.object({ id: z.string() })) },
      "404": studioError("No such rule in this workspace."),
      ...refused,
    },
  });

  const generated = new OpenApiGeneratorV31(registry.definitions, { sortComponents: "alphabetically" }).generateDocument({
    openapi: OPENAPI_VERSION,
    info: {
      title: "AuthCode Studio mock wallet API",
      version: "1.0.0",
      description:
        "The mock Alipay+-family wallet API served per catalog under /api/wallets/{slug}: each catalog serves only the endpoints its sources document " +
        "(listed here per catalog and gateway prefix; others answer INVALID_API), with the Alipay+ / Antom request signature, plus the headless studio APIs " +
        "that register clients and produce authCodes. Generated with @asteasolutions/zod-to-openapi from the zod schemas the server validates with.",
    },
    tags: [
      ...catalogs.map((catalog) => ({ name: `Mock wallet: ${catalog.name}`, description: `/api/wallets/${catalog.slug}: ${catalog.serverApi.endpoints.map((entry) => entry.spec).join(", ")}.` })),
      { name: "Headless studio API", description: "Set up clients and produce authCodes without the UI." },
    ],
  });
  return JSON.parse(JSON.stringify(generated)) as JsonObject;
}
