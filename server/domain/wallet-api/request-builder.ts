/**
 * The request a merchant backend sends for each step, in the catalog's API profile: the endpoint
 * the catalog serves for that step (its own version's first), with every field that endpoint
 * requires — appId and authClientId on v2, extendInfo with customerBelongsTo on v1 — and
 * customerBelongsTo where the wallet wants it.
 */
import type { Catalog } from "../catalog/schema";
import { servesKind as servesAny, type EndpointId, type EndpointKind } from "./endpoint-paths";
import { defaultEndpointSpecs, endpointSpec, EXAMPLE_SITE_NAME, STUDIO_APP_ID, type EndpointSpec, type EndpointSpecId } from "./endpoint-specs";

export type FlowCall =
  | { step: "applyToken"; authCode: string }
  | { step: "refresh"; refreshToken: string }
  | { step: "inquiryUserInfo"; accessToken: string }
  | { step: "revoke"; accessToken: string };

const KIND_OF: Record<FlowCall["step"], EndpointKind> = { applyToken: "applyToken", refresh: "applyToken", inquiryUserInfo: "inquiryUserInfo", revoke: "revoke" };

/**
 * The endpoint spec a catalog serves for a kind of call: its version's first, else any it serves,
 * else (it serves none of that kind) its version's default, which the mock answers INVALID_API.
 */
export function specForStep(catalog: Catalog, kind: EndpointKind): EndpointSpec {
  const served = catalog.serverApi.endpoints.map((entry) => endpointSpec(entry.spec)).filter((spec) => spec.kind === kind);
  const preferred = served.find((spec) => spec.version === catalog.serverApi.version) ?? served[0];
  if (preferred) return preferred;
  const fallback = defaultEndpointSpecs(catalog.serverApi.version).map(endpointSpec).find((spec) => spec.kind === kind);
  if (!fallback) throw new Error(`no ${kind} endpoint for ${catalog.serverApi.version}`);
  return fallback;
}

/** Whether the catalog's mock serves an endpoint of this kind at all. */
export function servesKind(catalog: Catalog, kind: EndpointKind): boolean {
  return servesAny(catalog.serverApi.endpoints, kind);
}

export function buildWalletRequest(
  catalog: Catalog,
  clientId: string,
  call: FlowCall,
  options: { appId?: string } = {},
): { endpoint: EndpointId; spec: EndpointSpecId; body: Record<string, unknown> } {
  const spec = specForStep(catalog, KIND_OF[call.step]);
  return { endpoint: spec.endpoint, spec: spec.id, body: requestBody(spec, catalog, clientId, call, options) };
}

/** The body of one call to one endpoint spec: its own fields plus every field the spec requires. */
export function requestBody(spec: EndpointSpec, catalog: Catalog, clientId: string, call: FlowCall, options: { appId?: string } = {}): Record<string, unknown> {
  const { customerBelongsTo } = catalog.serverApi;
  const has = (name: string) => spec.fields.some((field) => field.name === name);
  const body: Record<string, unknown> = {};
  if (has("appId")) body.appId = options.appId ?? STUDIO_APP_ID;
  if (has("authClientId")) body.authClientId = clientId;
  switch (call.step) {
    case "applyToken":
      body.grantType = "AUTHORIZATION_CODE";
      body.authCode = call.authCode;
      break;
    case "refresh":
      body.grantType = "REFRESH_TOKEN";
      body.refreshToken = call.refreshToken;
      break;
    default:
      body.accessToken = call.accessToken;
  }
  if (has("customerBelongsTo") && customerBelongsTo) body.customerBelongsTo = customerBelongsTo;
  const extend = spec.fields.find((field) => field.name === "extendInfo");
  // v1 carries customerBelongsTo in extendInfo: always where it is mandatory, else when the wallet has a code.
  if (extend && spec.version === "v1" && (extend.required.kind === "always" || customerBelongsTo)) {
    body.extendInfo = JSON.stringify({ customerBelongsTo: customerBelongsTo ?? EXAMPLE_SITE_NAME });
  }
  return body;
}
