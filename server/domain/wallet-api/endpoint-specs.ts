/**
 * The documented profile of every mock-wallet endpoint, as data: its path and version, the fields
 * of its request (type, when required, maximum length, character rule), the result codes it
 * answers, and where each of those facts comes from. The request schemas the mock validates with
 * (`endpoints.ts`), the OpenAPI document, the generated merchant clients and the studio's pages
 * are all built from this list.
 *
 * zod-free, so pages can import it. Facts marked `documented` cite the wallet-domain reference
 * section (and the page) that states them; `assumed` facts say why the studio chose them.
 */
import type { EndpointId, EndpointKind, EndpointSpecId } from "./endpoint-paths";
import { ENDPOINT_SPEC_IDS, ENDPOINT_SPEC_LIST, ENDPOINTS, STUDIO_APP_ID } from "./endpoint-paths";

export { ENDPOINT_SPEC_IDS, STUDIO_APP_ID, type EndpointSpecId };

/** Where a fact comes from (the same shape as a catalog fact's provenance). */
export type FactProvenance = {
  fidelity: "documented" | "assumed" | "conflict";
  /** The page that states it. */
  source?: string;
  /** Where the studio read it, e.g. "wallet-domain.md §2.2". */
  ref?: string;
  /** Why the studio chose it (assumed), or what to know about it; for a conflict, which reading the studio uses. */
  note?: string;
  /** Only for `conflict`: the readings the sources give. */
  readings?: Array<{ reading: string; ref: string }>;
};


export type GrantType = "AUTHORIZATION_CODE" | "REFRESH_TOKEN";

/** When a field must be sent. */
export type FieldRequirement = { kind: "always" } | { kind: "optional" } | { kind: "when-grant-type"; grantType: GrantType };

export type FieldSpec = {
  name: string;
  type: "String";
  required: FieldRequirement;
  /** Where the field and its requirement come from. */
  provenance: FactProvenance;
  maxLength: number;
  maxLengthProvenance: FactProvenance;
  /** v2's rule for id-like strings: no `@`, `#` or `?`. */
  charset?: { rule: "no-special"; provenance: FactProvenance };
  /** A JSON object encoded as a string; `customerBelongsTo`: it must hold that key. */
  json?: { mustContain: "customerBelongsTo" | null; provenance: FactProvenance };
  description: string;
};

/** A result code an endpoint answers, and the source that lists it for this endpoint. */
export type EndpointResultCode = { code: string; provenance: FactProvenance };

export type EndpointSpec = {
  id: EndpointSpecId;
  endpoint: EndpointId;
  kind: EndpointKind;
  version: "v1" | "v2";
  path: string;
  /** Short name for lists: "v2 applyToken", "v1 applyToken (SuperQi)". */
  label: string;
  summary: string;
  provenance: FactProvenance;
  fields: FieldSpec[];
  resultCodes: EndpointResultCode[];
};

/** Pages the facts below are read from (all listed in the wallet-domain reference's Sources). */
const SRC = {
  applyTokenV2: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_applytoken",
  applyTokenV2Demo: "https://miniprogram.alipay.com/docs-demo/miniprogram_demo/mpdev/v2_applytoken",
  applyTokenV1: "https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/qfd7r1",
  applyTokenSuperQi: "https://miniapps.qi.iq/docs/miniprogram_qineo/mpdev/v2_applytoken",
  inquiryV2: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_users_inquiryuserinfo",
  inquiryV2Demo: "https://miniprogram.alipay.com/docs-demo/miniprogram_demo/mpdev/v2_users_inquiryuserinfo",
  inquiryV1Besuperapp: "https://miniprogram.alipay.com/docs-besuperapp/miniprogram_besuperapp/mpdev/v1_users_inquiryuserinfo",
  inquiryByAccessToken: "https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/lab2r2",
  revokeV2: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_revoke",
  cancelTokenV1: "https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/uh7agv",
  errorCodes: "https://miniprogram.alipay.com/docs-alipayconnect/miniprogram_alipayconnect/mpdev/error_codes",
  signature: "https://docs.antom.com/ac/ams/digital_signature",
  amsApplyToken: "https://docs.antom.com/ac/ams/accesstokenapp",
} as const;

const doc = (ref: string, source?: string, note?: string): FactProvenance => ({
  fidelity: "documented",
  ref: `wallet-domain.md ${ref}`,
  ...(source ? { source } : {}),
  ...(note ? { note } : {}),
});
const assumed = (note: string): FactProvenance => ({ fidelity: "assumed", note });

const ALWAYS: FieldRequirement = { kind: "always" };
const OPTIONAL: FieldRequirement = { kind: "optional" };
const WHEN_CODE: FieldRequirement = { kind: "when-grant-type", grantType: "AUTHORIZATION_CODE" };
const WHEN_REFRESH: FieldRequirement = { kind: "when-grant-type", grantType: "REFRESH_TOKEN" };

/** The `@ # ?` rule as the v2 applyToken page states it. */
const V2_CHARSET = { rule: "no-special", provenance: doc("§2.2", SRC.applyTokenV2, 'All v2 string fields: "Characters not allowed: special characters such as @ # ?".') } as const;
/** The same rule on the other v2 endpoints, whose pages the reference does not quote on it. */
const V2_CHARSET_CARRIED = {
  rule: "no-special",
  provenance: assumed("The @ # ? rule is stated on the v2 applyToken page; the studio applies it to the same id-like fields of every v2 endpoint."),
} as const;

const EXTEND_INFO_EXEMPT = "extendInfo is a JSON string, so the @ # ? rule does not apply to it (assumed: the pages do not say).";

function extendInfo(provenance: FactProvenance, maxLength: FactProvenance, required: FieldRequirement = OPTIONAL, mustContain: "customerBelongsTo" | null = null): FieldSpec {
  return {
    name: "extendInfo",
    type: "String",
    required,
    provenance,
    maxLength: 4096,
    maxLengthProvenance: maxLength,
    json: {
      mustContain,
      provenance:
        mustContain === null
          ? assumed(`The studio reads extendInfo as a JSON object encoded as a string, as every example shows. ${EXTEND_INFO_EXEMPT}`)
          : doc("§2.2", SRC.applyTokenV1, 'A JSON string that must include customerBelongsTo ("mandatory in the mini program scenario").'),
    },
    description:
      mustContain === null
        ? "A JSON object encoded as a string, e.g. {\"memo\":\"memo\"}."
        : 'A JSON object encoded as a string holding customerBelongsTo, e.g. "{\\"customerBelongsTo\\":\\"TNG\\"}"; it must match the wallet\'s code when the catalog has one.',
  };
}

function field(name: string, required: FieldRequirement, maxLength: number, provenance: FactProvenance, maxLengthProvenance: FactProvenance, description: string, charset?: FieldSpec["charset"]): FieldSpec {
  return { name, type: "String", required, provenance, maxLength, maxLengthProvenance, description, ...(charset ? { charset } : {}) };
}

// Result codes every endpoint answers. The common table (§2.4) is documented for all mini program
// OpenAPIs; INVALID_SIGNATURE is the signature scheme's (§4.4).
const COMMON_TABLE = doc("§2.4", SRC.errorCodes, "Common error codes for mini program OpenAPIs.");
const SIGNATURE_CODE = doc("§4.4", SRC.signature, "The platform rejects a request whose signature does not verify (SIGNATURE_INVALID / INVALID_SIGNATURE).");
const common = (extra: FactProvenance = COMMON_TABLE): EndpointResultCode[] => [
  { code: "SUCCESS", provenance: extra },
  { code: "PARAM_ILLEGAL", provenance: COMMON_TABLE },
  { code: "INVALID_API", provenance: COMMON_TABLE },
  { code: "ACCESS_DENIED", provenance: COMMON_TABLE },
  { code: "PROCESS_FAIL", provenance: COMMON_TABLE },
  { code: "UNKNOWN_EXCEPTION", provenance: COMMON_TABLE },
  { code: "INVALID_SIGNATURE", provenance: SIGNATURE_CODE },
];

const codes = (list: readonly string[], provenance: FactProvenance): EndpointResultCode[] => list.map((code) => ({ code, provenance }));

const V2_APPLY_TABLE = doc("§2.4", SRC.applyTokenV2, "v2 applyToken API-specific codes (English messages via a mirror and third-party constants).");
const V1_APPLY_TABLE = doc("§2.4", SRC.applyTokenV1, "v1 applyToken codes (TNG / GCash-old page; full table from a mirror).");

const APPLY_TOKEN_V2_CODES = [
  "AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE",
  "INVALID_AUTH_CLIENT",
  "INVALID_REFRESH_TOKEN",
  "EXPIRED_REFRESH_TOKEN",
  "USED_REFRESH_TOKEN",
  "INVALID_AUTHCODE",
  "USED_AUTHCODE",
  "EXPIRED_AUTHCODE",
] as const;
const APPLY_TOKEN_V1_CODES = [
  "AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE",
  "INVALID_AUTH_CLIENT",
  "INVALID_REFRESH_TOKEN",
  "EXPIRED_REFRESH_TOKEN",
  "USED_REFRESH_TOKEN",
  "INVALID_CODE",
  "USED_CODE",
  "EXPIRED_CODE",
] as const;
const TOKEN_CODES = ["INVALID_ACCESS_TOKEN", "EXPIRED_ACCESS_TOKEN", "INVALID_AUTH_CLIENT"] as const;

/** v1's documented 16 would refuse AUTHORIZATION_CODE (18 characters), a documented value: see the conflict below. */
const V1_GRANT_TYPE_MAX = "AUTHORIZATION_CODE".length;

const GRANT_TYPE_DESCRIPTION = "AUTHORIZATION_CODE (exchange an authCode) or REFRESH_TOKEN (renew with a refresh token).";
const SUCCESS_SAMPLE = doc("§2.3", SRC.applyTokenV2, 'The success sample answers resultCode SUCCESS, resultMessage "success".');

function pathOf(id: EndpointId): { path: string; kind: EndpointKind; summary: string } {
  const found = ENDPOINTS.find((endpoint) => endpoint.id === id);
  if (!found) throw new Error(`no endpoint ${id}`);
  return found;
}

function spec(id: EndpointSpecId, provenance: FactProvenance, fields: FieldSpec[], resultCodes: EndpointResultCode[]): EndpointSpec {
  const listed = ENDPOINT_SPEC_LIST.find((entry) => entry.id === id);
  if (!listed) throw new Error(`no endpoint spec ${id}`);
  const { endpoint, label } = listed;
  const { path, kind, summary } = pathOf(endpoint);
  return { id, endpoint, kind, version: endpoint.startsWith("v1.") ? "v1" : "v2", path, label, summary, provenance, fields, resultCodes };
}

const v2AccessFields = (source: string, ref: string): FieldSpec[] => [
  field("appId", ALWAYS, 32, doc(ref, source, "Required."), doc(ref, source), "The mini program ID (my.getAppIdSync), at most 32 characters.", V2_CHARSET_CARRIED),
  field("accessToken", ALWAYS, 128, doc(ref, source, "Required; from /v2/authorizations/applyToken."), doc(ref, source), "The access token applyToken returned.", V2_CHARSET_CARRIED),
  field("authClientId", ALWAYS, 128, doc(ref, source, "Required."), doc(ref, source), "The merchant's client id; must equal the Client-Id header.", V2_CHARSET_CARRIED),
  extendInfo(doc(ref, source, "Optional."), doc(ref, source)),
];

export const ENDPOINT_SPECS: readonly EndpointSpec[] = [
  spec(
    "v2.applyToken",
    doc("§2.1", SRC.applyTokenV2, "POST /v2/authorizations/applyToken (Alipay+ mini program v2)."),
    [
      field("appId", ALWAYS, 32, doc("§2.2", SRC.applyTokenV2, "Required."), doc("§2.2", SRC.applyTokenV2, "Length from the Spanish mirror of the page."), "The mini program ID (my.getAppIdSync or the platform), at most 32 characters.", V2_CHARSET),
      field("authClientId", ALWAYS, 128, doc("§2.2", SRC.applyTokenV2, "Required (optional on the docs-demo variant)."), doc("§2.2", SRC.applyTokenV2), "The merchant's client id assigned by the super app; must equal the Client-Id header.", V2_CHARSET),
      field("grantType", ALWAYS, 64, doc("§2.2", SRC.applyTokenV2, "Required."), doc("§2.2", SRC.applyTokenV2Demo, "Max 64 on the docs-demo variant."), GRANT_TYPE_DESCRIPTION, V2_CHARSET),
      field(
        "customerBelongsTo",
        OPTIONAL,
        64,
        doc("§2.2", SRC.applyTokenV2, "Optional (required only in the Alipay Connect variant)."),
        assumed("No length is given for v2; 64 is Antom's documented limit for the same field."),
        "The super app code (e.g. DANA, TNG); must match the wallet's code when the catalog has one.",
        V2_CHARSET,
      ),
      field("authCode", WHEN_CODE, 64, doc("§2.2", SRC.applyTokenV2, "Required when grantType is AUTHORIZATION_CODE."), doc("§2.2", SRC.applyTokenV2, "Max 64 (docs-demo: 32)."), "The code my.getAuthCode returned.", V2_CHARSET),
      field("refreshToken", WHEN_REFRESH, 128, doc("§2.2", SRC.applyTokenV2, "Required when grantType is REFRESH_TOKEN."), doc("§2.2", SRC.applyTokenV2), "The newest refresh token applyToken returned.", V2_CHARSET),
      extendInfo(doc("§2.2", SRC.applyTokenV2, "Optional."), doc("§2.2", SRC.applyTokenV2)),
    ],
    [...common(SUCCESS_SAMPLE), ...codes(APPLY_TOKEN_V2_CODES, V2_APPLY_TABLE)],
  ),
  spec(
    "v1.applyToken",
    doc("§2.1", SRC.applyTokenV1, "POST /v1/authorizations/applyToken (Touch 'n Go, GCash-old)."),
    [
      field("referenceClientId", OPTIONAL, 128, doc("§2.2", SRC.applyTokenV1, "Optional: the mini program ID the user authorized."), doc("§2.2", SRC.applyTokenV1), "The mini program ID the user authorized (the next-level client id)."),
      field(
        "grantType",
        ALWAYS,
        V1_GRANT_TYPE_MAX,
        doc("§2.2", SRC.applyTokenV1, "Required."),
        {
          fidelity: "conflict",
          source: SRC.applyTokenV1,
          ref: "wallet-domain.md §2.2",
          readings: [
            { reading: "grantType: max 16 characters", ref: "wallet-domain.md §2.2 (v1 table)" },
            { reading: "AUTHORIZATION_CODE, one of the two documented values, has 18 characters", ref: "wallet-domain.md §2.2 (v1 table)" },
          ],
          note: "The studio uses the documented values: it accepts up to 18 characters, so AUTHORIZATION_CODE is not refused.",
        },
        GRANT_TYPE_DESCRIPTION,
      ),
      field("authCode", WHEN_CODE, 32, doc("§2.2", SRC.applyTokenV1, "Required when grantType is AUTHORIZATION_CODE."), doc("§2.2", SRC.applyTokenV1), "The code my.getAuthCode returned."),
      field("refreshToken", WHEN_REFRESH, 128, doc("§2.2", SRC.applyTokenV1, "Required when grantType is REFRESH_TOKEN."), doc("§2.2", SRC.applyTokenV1), "The newest refresh token applyToken returned."),
      extendInfo(
        doc("§2.2", SRC.applyTokenV1, 'Must carry customerBelongsTo, "mandatory in the mini program scenario".'),
        assumed("No length is given for v1 applyToken's extendInfo; 4096 is the documented limit of every other extendInfo."),
        ALWAYS,
        "customerBelongsTo",
      ),
    ],
    [...common(SUCCESS_SAMPLE), ...codes(APPLY_TOKEN_V1_CODES, V1_APPLY_TABLE)],
  ),
  spec(
    "v1.applyToken.superqi",
    doc("§2.1", SRC.applyTokenSuperQi, "SuperQi's POST /v1/authorizations/applyToken: grantType, authCode (max 64), refreshToken, extendInfo."),
    [
      field("grantType", ALWAYS, 64, doc("§2.2", SRC.applyTokenSuperQi, "Required."), assumed("SuperQi gives no length for grantType; 64 is the v2 limit."), GRANT_TYPE_DESCRIPTION),
      field("authCode", WHEN_CODE, 64, doc("§2.2", SRC.applyTokenSuperQi, "Required when grantType is AUTHORIZATION_CODE."), doc("§2.2", SRC.applyTokenSuperQi, "Max 64."), "The code my.getAuthCode returned."),
      field("refreshToken", WHEN_REFRESH, 128, doc("§2.2", SRC.applyTokenSuperQi, "Required when grantType is REFRESH_TOKEN."), assumed("SuperQi gives no length for refreshToken; 128 is the v1/v2 limit."), "The newest refresh token applyToken returned."),
      extendInfo(doc("§2.2", SRC.applyTokenSuperQi, "Optional."), assumed("SuperQi gives no length for extendInfo; 4096 is the limit documented elsewhere.")),
    ],
    [
      ...common(SUCCESS_SAMPLE),
      ...codes(APPLY_TOKEN_V1_CODES, assumed("SuperQi's applyToken code table is not in the stored sources; the studio answers the v1 table of Touch 'n Go / GCash-old (§2.4).")),
    ],
  ),
  spec(
    "v2.inquiryUserInfo",
    doc("§3.1", SRC.inquiryV2, "POST /v2/users/inquiryUserInfo (Alipay+ v2 main docs; GCash-old and docs-demo too)."),
    v2AccessFields(SRC.inquiryV2, "§3.1"),
    [...common(), ...codes(TOKEN_CODES, assumed("The v2 inquiryUserInfo code table is not in the stored sources (§3.1, §8 item 6); the studio answers the access-token codes of the v1 API."))],
  ),
  spec(
    "v2.inquiryUserInfo.demo",
    doc("§3.1", SRC.inquiryV2Demo, "POST /v2/users/inquiryUserInfo as the docs-demo and GCash-old pages give it: only accessToken is required."),
    [
      field("accessToken", ALWAYS, 128, doc("§3.1", SRC.inquiryV2Demo, "Required."), assumed("No length is given on this variant; 128 is the main v2 page's limit."), "The access token applyToken returned.", V2_CHARSET_CARRIED),
      field("authClientId", OPTIONAL, 128, doc("§3.1", SRC.inquiryV2Demo, "Optional on this variant."), assumed("No length is given on this variant; 128 is the main v2 page's limit."), "The merchant's client id; must equal the Client-Id header when sent.", V2_CHARSET_CARRIED),
      extendInfo(doc("§3.1", SRC.inquiryV2Demo, "Optional."), assumed("No length is given on this variant; 4096 is the main v2 page's limit.")),
    ],
    [...common(), ...codes(TOKEN_CODES, assumed("The v2 inquiryUserInfo code table is not in the stored sources (§3.1, §8 item 6); the studio answers the access-token codes of the v1 API."))],
  ),
  spec(
    "v1.inquiryUserInfo",
    doc("§3.1", SRC.inquiryV1Besuperapp, "POST /v1/users/inquiryUserInfo (besuperapp; a third-party SuperQi client calls it too)."),
    [
      field("appId", OPTIONAL, 32, doc("§3.1", SRC.inquiryV1Besuperapp, "Optional."), assumed("No length is given; 32 is the v2 limit for appId."), "The mini program ID."),
      field("accessToken", ALWAYS, 128, doc("§3.1", SRC.inquiryV1Besuperapp, "Required."), assumed("No length is given; 128 is the limit of every other accessToken field."), "The access token applyToken returned."),
      extendInfo(doc("§3.1", SRC.inquiryV1Besuperapp, "Optional."), assumed("No length is given; 4096 is the limit documented elsewhere.")),
    ],
    [...common(), ...codes(TOKEN_CODES, assumed("The besuperapp page's code table is not in the stored sources; the studio answers the access-token codes of the v1 inquiryUserInfoByAccessToken API."))],
  ),
  spec(
    "v1.inquiryUserInfoByAccessToken",
    doc("§3.1", SRC.inquiryByAccessToken, "POST /v1/customers/user/inquiryUserInfoByAccessToken (Touch 'n Go, GCash-old)."),
    [
      field("accessToken", ALWAYS, 128, doc("§3.1", SRC.inquiryByAccessToken, "Required."), doc("§3.1", SRC.inquiryByAccessToken), "The access token applyToken returned."),
      extendInfo(doc("§3.1", SRC.inquiryByAccessToken, "Optional; carries customerBelongsTo."), doc("§3.1", SRC.inquiryByAccessToken)),
      field("authClientId", OPTIONAL, 128, doc("§3.1", SRC.inquiryByAccessToken, "Optional (pre-release copy of the page)."), assumed("No length is given for this field here; 128 is its v2 limit."), "The merchant's client id; must equal the Client-Id header when sent."),
    ],
    [...common(), ...codes(TOKEN_CODES, doc("§3.1", SRC.inquiryByAccessToken, "v1 inquiryUserInfoByAccessToken result codes."))],
  ),
  spec(
    "v2.revoke",
    doc("§3.3", SRC.revokeV2, "POST /v2/authorizations/revoke: afterwards neither the access token nor its refresh token can be used."),
    v2AccessFields(SRC.revokeV2, "§3.3"),
    [...common(), ...codes(TOKEN_CODES, assumed("The v2 revoke code table is not in the stored sources; the studio answers the access-token codes of v1 cancelToken (§3.3)."))],
  ),
  spec(
    "v1.cancelToken",
    doc("§3.3", SRC.cancelTokenV1, "POST /v1/authorizations/cancelToken (Touch 'n Go, SuperQi)."),
    [
      field("accessToken", ALWAYS, 128, doc("§3.3", SRC.cancelTokenV1, "Required."), doc("§3.3", SRC.cancelTokenV1), "The access token to revoke (its refresh token dies with it)."),
      extendInfo(doc("§3.3", SRC.cancelTokenV1, "Optional."), doc("§3.3", SRC.cancelTokenV1)),
    ],
    [...common(), ...codes(TOKEN_CODES, doc("§3.3", SRC.cancelTokenV1, "v1 cancelToken result codes."))],
  ),
];

const BY_ID = new Map<EndpointSpecId, EndpointSpec>(ENDPOINT_SPECS.map((entry) => [entry.id, entry]));

export function endpointSpec(id: EndpointSpecId): EndpointSpec {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`no endpoint spec ${id}`);
  return found;
}

export function isEndpointSpecId(value: string): value is EndpointSpecId {
  return BY_ID.has(value as EndpointSpecId);
}

/** The endpoints a catalog without `serverApi.endpoints` serves: its version's three. */
export function defaultEndpointSpecs(version: "v1" | "v2"): EndpointSpecId[] {
  return version === "v2" ? ["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"] : ["v1.applyToken", "v1.inquiryUserInfoByAccessToken", "v1.cancelToken"];
}

/** The `@ # ?` rule as a pattern (one source for the server's check and the OpenAPI document). */
export const NO_SPECIAL_CHARACTERS = /^[^@#?]*$/;

/**
 * The Request-Time formats a catalog can ask for, with the documented examples (§4.1): the mini
 * program docs use ISO 8601, Antom's newer pages epoch milliseconds.
 */
export const REQUEST_TIME_FORMATS = {
  iso8601: { label: "ISO 8601", example: "2019-04-04T12:08:56.253+05:30", provenance: doc("§4.1", SRC.applyTokenV2, "Mini program docs: ISO 8601.") },
  "epoch-ms": { label: "epoch milliseconds", example: "1685599933871", provenance: doc("§4.1", SRC.signature, "Antom (newer): epoch milliseconds.") },
  either: {
    label: "ISO 8601 or epoch milliseconds",
    example: "2019-04-04T12:08:56.253+05:30",
    provenance: assumed("Accepting both is the studio's leniency for a catalog that does not say which one its wallet uses."),
  },
} as const satisfies Record<string, { label: string; example: string; provenance: FactProvenance }>;

export type RequestTimeFormat = keyof typeof REQUEST_TIME_FORMATS;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const EPOCH_MS = /^\d{12,14}$/;

/** Whether a Request-Time header value is written in the catalog's format. */
export function requestTimeMatches(format: RequestTimeFormat, value: string): boolean {
  const trimmed = value.trim();
  if (format === "iso8601") return ISO_TIME.test(trimmed);
  if (format === "epoch-ms") return EPOCH_MS.test(trimmed);
  return ISO_TIME.test(trimmed) || EPOCH_MS.test(trimmed);
}

/** Revoking the whole grant when a rotated refresh token comes back: the studio's choice. */
export const REFRESH_REUSE_RULE: FactProvenance = assumed(
  "Revoking the whole grant when a rotated refresh token is presented again is the studio's choice (RFC 9700 refresh-token reuse detection); no wallet source states it.",
);

/** The mock's HTTP statuses and its advice texts are the studio's, not a wallet's. */
export const STUDIO_HTTP_AND_ADVICE: FactProvenance = assumed(
  "No wallet documents HTTP statuses for these answers: business outcomes answer 200 with resultStatus F, protocol problems a 4xx (the studio's choice); the advice is the studio's.",
);

/** A provenance as one line: "documented (wallet-domain.md §2.2)", "assumed: …". */
export function describeProvenance(provenance: FactProvenance): string {
  if (provenance.fidelity === "assumed") return provenance.note ? `assumed: ${provenance.note}` : "assumed";
  if (provenance.fidelity === "conflict") {
    const readings = (provenance.readings ?? []).map((entry) => `${entry.reading} (${entry.ref})`).join(" vs ");
    return `conflict: ${readings}${provenance.note ? `. ${provenance.note}` : ""}`;
  }
  const where = [provenance.ref, provenance.source].filter((part): part is string => Boolean(part)).join(", ");
  const head = where ? `${provenance.fidelity} (${where})` : provenance.fidelity;
  return provenance.note ? `${head}: ${provenance.note}` : head;
}


/** The documented example siteName, sent as v1's customerBelongsTo when a catalog has no wallet code. */
export const EXAMPLE_SITE_NAME = "siteNameExample";

/** The Request-Time formats as patterns (the OpenAPI document's header schemas). */
export const REQUEST_TIME_PATTERNS: Record<RequestTimeFormat, string> = {
  iso8601: ISO_TIME.source,
  "epoch-ms": EPOCH_MS.source,
  either: `${ISO_TIME.source}|${EPOCH_MS.source}`,
};
