/**
 * The mock wallet API's endpoints: which paths exist (under each of the catalog's gateway
 * prefixes), the zod schemas their request bodies are validated with (also the source of the
 * OpenAPI document), and the response shapes.
 */
import { z } from "zod";
import type { Catalog } from "../catalog/schema";
import { isoAtOffset, walletOffsetMinutes } from "./wallet-time";
import { ENDPOINTS, WALLET_API_BASE, type EndpointId, type EndpointKind } from "./endpoint-paths";
import { describeProvenance, endpointSpec, ENDPOINT_SPECS, NO_SPECIAL_CHARACTERS, type EndpointSpec, type EndpointSpecId, type FieldSpec } from "./endpoint-specs";

export { ENDPOINTS, WALLET_API_BASE, type EndpointId, type EndpointKind };

/** Largest request body the mock accepts. */
export const MAX_BODY_BYTES = 64 * 1024;

// Validated documents are cached and never changed in place, so their served specs can be too.
const servedCache = new WeakMap<Catalog["serverApi"], EndpointSpec[]>();

/** The endpoint specs a catalog's mock serves, in the catalog's order. */
export function servedSpecs(catalog: Catalog): EndpointSpec[] {
  let specs = servedCache.get(catalog.serverApi);
  if (!specs) {
    specs = catalog.serverApi.endpoints.map((served) => endpointSpec(served.spec));
    servedCache.set(catalog.serverApi, specs);
  }
  return specs;
}

export type ResolvedEndpoint = { id: EndpointId; kind: EndpointKind; prefix: string; walletPath: string; spec: EndpointSpec | null };

/**
 * Resolve the path after `/api/wallets/<slug>` to an endpoint, honouring the catalog's gateway
 * prefixes (`""`, `/api/open`, `/acl/api`, …). `spec` is the profile the catalog serves it with,
 * or null when the catalog does not serve that endpoint; the result is null for an unknown path.
 */
export function resolveEndpoint(catalog: Catalog, path: string): ResolvedEndpoint | null {
  const normalized = path.replace(/\/+$/, "");
  for (const prefix of catalog.serverApi.pathPrefixes) {
    if (!normalized.startsWith(`${prefix}/`)) continue;
    const rest = normalized.slice(prefix.length);
    const endpoint = ENDPOINTS.find((e) => e.path === rest);
    if (endpoint) {
      const spec = servedSpecs(catalog).find((served) => served.path === endpoint.path) ?? null;
      return { id: endpoint.id, kind: endpoint.kind, prefix, walletPath: normalized, spec };
    }
  }
  return null;
}

/** Body of a field the request may omit or must send, in the product's words ("required", "at most 32 characters"). */
function fieldSchema(field: FieldSpec) {
  const carrying = field.json?.mustContain;
  const required = carrying ? `required: a JSON object as a string that carries ${carrying}` : "required";
  let schema = z.string({ error: (issue) => (issue.input === undefined ? required : undefined) }).max(field.maxLength, `at most ${field.maxLength} characters`);
  if (field.required.kind === "always") schema = schema.min(1, required);
  if (field.charset) schema = schema.regex(NO_SPECIAL_CHARACTERS, "must not contain @, # or ?");
  const described = schema.meta({ description: fieldDescription(field) });
  return field.required.kind === "always" ? described : described.optional();
}

function fieldDescription(field: FieldSpec): string {
  const when = field.required.kind === "when-grant-type" ? ` Required when grantType is ${field.required.grantType}.` : "";
  const chars = field.charset ? " Characters not allowed: @ # ?." : "";
  return `${field.description}${when}${chars} (${describeProvenance(field.provenance)})`;
}

/**
 * The zod schema of an endpoint's request body, built from its spec: required fields, documented
 * lengths and character rules (kept as `maxLength`/`pattern` in the OpenAPI document), plus the
 * conditional fields of applyToken and the JSON rule of extendInfo as refinements.
 */
export function requestSchemaOf(spec: EndpointSpec) {
  const shape: Record<string, ReturnType<typeof fieldSchema>> = {};
  for (const field of spec.fields) shape[field.name] = fieldSchema(field);
  const conditional = spec.fields.filter((field) => field.required.kind === "when-grant-type");
  const json = spec.fields.filter((field) => field.json);
  return z
    .object(shape)
    .superRefine((body: Record<string, string | undefined>, ctx) => {
      for (const field of conditional) {
        if (field.required.kind === "when-grant-type" && body.grantType === field.required.grantType && !body[field.name]) {
          ctx.addIssue({ code: "custom", path: [field.name], message: `required when grantType is ${field.required.grantType}` });
        }
      }
      for (const field of json) {
        const value = body[field.name];
        if (value === undefined || value === "" || !field.json) continue;
        const data = readExtendInfo(value);
        if (!data.ok) ctx.addIssue({ code: "custom", path: [field.name], message: "must be a JSON object encoded as a string" });
        else if (field.json.mustContain && typeof data.data[field.json.mustContain] !== "string") {
          ctx.addIssue({ code: "custom", path: [field.name], message: `must hold ${field.json.mustContain} (mandatory in the mini program scenario)` });
        }
      }
    })
    .meta({ description: `${spec.summary}. ${describeProvenance(spec.provenance)}` });
}

export type RequestSchema = ReturnType<typeof requestSchemaOf>;

/** One request schema per endpoint spec, built once. */
export const REQUEST_SCHEMAS = Object.fromEntries(ENDPOINT_SPECS.map((spec) => [spec.id, requestSchemaOf(spec)])) as Record<EndpointSpecId, RequestSchema>;

export const resultSchema = z.object({
  resultCode: z.string(),
  resultStatus: z.enum(["S", "F", "U"]),
  resultMessage: z.string(),
});

export const applyTokenResponse = z.object({
  result: resultSchema,
  accessToken: z.string().optional(),
  accessTokenExpiryTime: z.string().optional(),
  refreshToken: z.string().optional(),
  refreshTokenExpiryTime: z.string().optional(),
  customerId: z.string().optional(),
  extendInfo: z.string().optional(),
});

export const inquiryUserInfoResponse = z.object({ result: resultSchema, userInfo: z.record(z.string(), z.unknown()).optional() });

export const revokeResponse = z.object({ result: resultSchema });

/** `extendInfo` is a JSON string; v1 carries `customerBelongsTo` inside it. */
export function readExtendInfo(value: string | undefined): { ok: true; data: Record<string, unknown> } | { ok: false } {
  if (value === undefined || value === "") return { ok: true, data: {} };
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return { ok: true, data: parsed as Record<string, unknown> };
    return { ok: false };
  } catch {
    return { ok: false };
  }
}

/** `2019-06-06T12:12:12+08:00`: ISO 8601 at second precision in the wallet's local offset. */
export function formatWalletTime(ms: number, countryCode: string | null): string {
  return isoAtOffset(ms, walletOffsetMinutes(countryCode));
}
