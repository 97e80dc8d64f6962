/** Starting points for new catalogs and for rows the person adds. */
import type {
  Catalog,
  JsapiErrorCode,
  JsapiParam,
  Provenance,
  ResultField,
  ResultFieldName,
  Scope,
  ScopeErrorValue,
  Source,
} from "@/server/domain/catalog/schema";
import { slugify } from "./format";

export const CREATOR_NOTE = "Set by the person who created this catalog.";
export const ADDED_NOTE = "Added by hand in the catalog editor; no source recorded yet.";

const assumed = (note: string): Provenance => ({ fidelity: "assumed", note });

/** The wallet-independent defaults most Alipay+-family wallets share, all marked assumed. */
export function blankCatalog(): Catalog {
  return {
    slug: "",
    name: "",
    wallet: "",
    region: "",
    countryCode: null,
    description: "",
    sources: [],
    scopes: [],
    errorCodes: [],
    jsapi: {
      scopesType: "array",
      scopesRequired: true,
      defaultScope: null,
      scopesProvenance: assumed(CREATOR_NOTE),
      resultFields: [
        { name: "authCode", type: "String", presence: "on-success", description: "Authorization code.", provenance: assumed(CREATOR_NOTE) },
        {
          name: "authSuccessScopes",
          type: "Array",
          presence: "on-success",
          description: "The scopes that were granted.",
          provenance: assumed(CREATOR_NOTE),
        },
        {
          name: "authErrorScopes",
          type: "Key-value",
          presence: "on-failure",
          description: "The scopes that were not granted: key is the scope, value is the error value.",
          provenance: assumed(CREATOR_NOTE),
        },
      ],
      defaultScopeErrorValue: "10001",
      scopeErrorValues: [
        { value: "10001", meaning: "The scope was not granted.", provenance: assumed(CREATOR_NOTE) },
      ],
      params: [],
      examples: { request: "", success: "", fail: "" },
      examplesProvenance: { request: assumed(CREATOR_NOTE), success: assumed(CREATOR_NOTE), fail: assumed(CREATOR_NOTE) },
      dataFlowProvenance: assumed(CREATOR_NOTE),
    },
    serverApi: {
      version: "v2",
      customerBelongsTo: null,
      pathPrefixes: [""],
      endpoints: [
        { spec: "v2.applyToken", provenance: assumed(CREATOR_NOTE) },
        { spec: "v2.inquiryUserInfo", provenance: assumed(CREATOR_NOTE) },
        { spec: "v2.revoke", provenance: assumed(CREATOR_NOTE) },
      ],
      requestTimeFormat: "iso8601",
      authCodeTtlSeconds: 600,
      accessTokenTtlSeconds: 86_400,
      refreshTokenTtlSeconds: 172_800,
      rotateRefreshToken: true,
      provenance: assumed(CREATOR_NOTE),
      lifetimesProvenance: assumed(CREATOR_NOTE),
    },
  };
}

/** A copy of an existing catalog to start a new one from (`/catalogs/new?from=<slug>`). */
export function cloneAsDraft(source: Catalog): Catalog {
  const name = `${source.name} (copy)`.slice(0, 120);
  return { ...structuredClone(source), name, slug: slugify(name) };
}

export function blankScope(): Scope {
  return {
    name: "",
    description: "",
    silent: false,
    userInfoFields: [],
    aliases: [],
    deprecated: false,
    preassigned: null,
    errorValue: null,
    provenance: assumed(ADDED_NOTE),
    silentProvenance: assumed(ADDED_NOTE),
    fieldsProvenance: assumed(ADDED_NOTE),
  };
}

export function blankSource(): Source {
  return { title: "", url: "" };
}

export function blankErrorCode(existing: readonly JsapiErrorCode[]): JsapiErrorCode {
  const used = new Set(existing.map((error) => error.code));
  let code = 1;
  while (used.has(code)) code++;
  return { code, name: "", message: "", meaning: "unknown", advice: "", simulates: [], provenance: assumed(ADDED_NOTE) };
}

export const RESULT_FIELD_NAMES: readonly ResultFieldName[] = ["authCode", "authSuccessScopes", "authErrorScopes", "error", "errorMessage"];

export function blankResultField(existing: readonly ResultField[]): ResultField {
  const used = new Set(existing.map((field) => field.name));
  const name = RESULT_FIELD_NAMES.find((candidate) => !used.has(candidate)) ?? "authCode";
  const type: ResultField["type"] =
    name === "authSuccessScopes" ? "Array" : name === "authErrorScopes" ? "Key-value" : name === "error" ? "Number" : "String";
  return { name, type, presence: "optional", description: "", provenance: assumed(ADDED_NOTE) };
}

export function blankParam(): JsapiParam {
  return { name: "", type: "String", required: false, description: "", example: "", provenance: assumed(ADDED_NOTE) };
}

export function blankScopeErrorValue(): ScopeErrorValue {
  return { value: "", meaning: "", provenance: assumed(ADDED_NOTE) };
}
