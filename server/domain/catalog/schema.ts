/**
 * The scope-catalog document: one wallet's (or region's) view of `my.getAuthCode`
 * and of the server APIs behind it. This zod schema is the single source of truth:
 * the database stores documents of this shape, the import/export format is this
 * shape (with `$schema` and `formatVersion`), the published JSON Schema is generated
 * from it, and the simulator and snippet generators read everything wallet-specific
 * from it.
 *
 * Client components import only its types (`import type`): zod is large, and the catalog editor
 * loads this module when it opens (`app/catalogs/_editor/checks.ts`). Plain constants the pages
 * share live in zod-free modules beside it (`slug.ts`, `limits.ts`).
 */
import { z } from "zod";
import { atMost } from "../validation-messages";
import { TEXT_LIMITS } from "./limits";
import { SLUG_PATTERN } from "./slug";
import { defaultEndpointSpecs, endpointSpec, ENDPOINT_SPEC_IDS } from "../wallet-api/endpoint-specs";

export { SLUG_PATTERN };

export const CATALOG_FORMAT_VERSION = 1 as const;
export const CATALOG_SCHEMA_PATH = "/api/catalogs/schema.json";

/**
 * How the studio knows a fact: a public source states it (`documented`), no source states it and the
 * product chose (`assumed`), or a source says two different things (`conflict`: both readings are
 * kept and the note says which one the studio uses).
 */
export const fidelitySchema = z.enum(["documented", "assumed", "conflict"]);
export type Fidelity = z.infer<typeof fidelitySchema>;

const urlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value), "Enter an http:// or https:// address without spaces");

/** Where the studio read a fact: a stored source file or a section of its domain reference. */
export const citationSchema = z.string().trim().min(1).max(200);

/** One of the readings of a self-contradicting source. */
export const readingSchema = z
  .object({
    reading: z.string().trim().min(1).max(500),
    ref: citationSchema,
  })
  .strict();
export type Reading = z.infer<typeof readingSchema>;

/**
 * Where a fact comes from. `documented` facts carry the page that states them (`source`) and/or
 * where the studio read it (`ref`: a stored source such as `seeds/002_8c0ea364592096bb.txt`, or a
 * section of the domain reference such as `wallet-domain.md §1.6`); `assumed` facts carry a note
 * saying why the product chose what it chose; `conflict` facts carry the readings and a note naming
 * the one the studio uses.
 */
export const provenanceSchema = z
  .object({
    fidelity: fidelitySchema,
    source: urlSchema.optional(),
    ref: citationSchema.optional(),
    note: z.string().trim().max(TEXT_LIMITS.provenanceNote).optional(),
    readings: z.array(readingSchema).max(8, { error: atMost("readings") }).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.fidelity === "documented" && !value.source && !value.ref) {
      ctx.addIssue({
        code: "custom",
        path: ["source"],
        message: "A documented fact needs the link to the page that states it",
      });
    }
    if (value.fidelity === "conflict") {
      if ((value.readings?.length ?? 0) < 2) {
        ctx.addIssue({ code: "custom", path: ["readings"], message: "A conflict needs the two (or more) readings of the source" });
      }
      if (!value.note) {
        ctx.addIssue({ code: "custom", path: ["note"], message: "Say which reading the studio uses" });
      }
    } else if (value.readings !== undefined) {
      ctx.addIssue({ code: "custom", path: ["readings"], message: "Readings belong only to a conflict" });
    }
  });
export type Provenance = z.infer<typeof provenanceSchema>;

export const SCOPE_NAME_MAX = 64;

/** Scope names: case-sensitive, non-empty, no whitespace, at most 64 characters. */
export const scopeNameSchema = z
  .string()
  .min(1)
  .max(SCOPE_NAME_MAX)
  .refine((value) => !/\s/.test(value), "A scope name cannot contain spaces or line breaks");

/** A user-info field path such as `userId`, `userName.fullName` or `loginIdInfos[].maskLoginId`. */
export const userInfoFieldSchema = z
  .string()
  .min(1)
  .max(128)
  .refine((value) => /^[A-Za-z_][A-Za-z0-9_]*(\[\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\])?)*$/.test(value), {
    message: "Write a field path such as userId, userName.fullName or loginIdInfos[].loginId",
  });

export const scopeSchema = z
  .object({
    name: scopeNameSchema,
    description: z.string().trim().max(TEXT_LIMITS.scopeDescription),
    /** Silent scopes are granted without the wallet's consent page. */
    silent: z.boolean(),
    /** Fields of `inquiryUserInfo.userInfo` that a token carrying this scope unlocks. */
    userInfoFields: z.array(userInfoFieldSchema).max(64, { error: atMost("fields per scope") }),
    /** Other names the wallet accepts for the same scope (e.g. `auth_base` ≡ `BASE_USER_INFO`). */
    aliases: z.array(scopeNameSchema).max(16, { error: atMost("aliases per scope") }),
    deprecated: z.boolean(),
    /** Touch 'n Go's "Preassign": granted to every merchant without applying. `null` when not stated. */
    preassigned: z.boolean().nullable(),
    /** Value placed in `authErrorScopes` when this scope is refused; falls back to the catalog default. */
    errorValue: z.string().trim().max(32).nullable(),
    provenance: provenanceSchema,
    /** Where the description comes from, when that is not where the scope itself is stated. */
    descriptionProvenance: provenanceSchema.optional(),
    silentProvenance: provenanceSchema,
    fieldsProvenance: provenanceSchema,
  })
  .strict();
export type Scope = z.infer<typeof scopeSchema>;

export const errorMeaningSchema = z.enum([
  "unknown",
  "user-cancel",
  "user-denied",
  "timeout",
  "system",
  "network",
  "empty-result",
  "no-permission",
  "pending-agreement",
  "not-eligible",
]);
export type ErrorMeaning = z.infer<typeof errorMeaningSchema>;

/**
 * The simulated outcomes a JSAPI error code answers: `deny` (the user refuses the consent page),
 * `cancel` (the user closes it), `timeout` (the consent page is open and the user does not answer),
 * `wallet-timeout` (no consent page, or the wallet itself does not answer in time).
 */
export const simulatedOutcomeSchema = z.enum(["deny", "cancel", "timeout", "wallet-timeout"]);
export type SimulatedOutcome = z.infer<typeof simulatedOutcomeSchema>;

export const jsapiErrorCodeSchema = z
  .object({
    code: z.number().int().min(0).max(999_999),
    /** The constant name as documented, spelling kept (e.g. `ERRORLCODE_AUTH_PENDING_AGREEMENT`). */
    name: z.string().trim().max(128),
    /** The `errorMessage` text as documented. */
    message: z.string().trim().max(500),
    meaning: errorMeaningSchema,
    /** Plain-language "why this happens / what to do". */
    advice: z.string().trim().max(TEXT_LIMITS.errorAdvice),
    /** Which simulated outcomes fail with this code (none: the code is only sent on request). */
    simulates: z.array(simulatedOutcomeSchema).max(4).default([]),
    provenance: provenanceSchema,
  })
  .strict()
  .refine((value) => value.name.length > 0 || value.message.length > 0, {
    message: "Give the error code a name or a message",
    path: ["name"],
  });
export type JsapiErrorCode = z.infer<typeof jsapiErrorCodeSchema>;

/** A value that appears in `authErrorScopes` (`{"auth_user":"10001"}`). */
export const scopeErrorValueSchema = z
  .object({
    value: z.string().trim().min(1).max(32),
    meaning: z.string().trim().max(500),
    provenance: provenanceSchema,
  })
  .strict();
export type ScopeErrorValue = z.infer<typeof scopeErrorValueSchema>;

export const resultFieldNameSchema = z.enum([
  "authCode",
  "authSuccessScopes",
  "authErrorScopes",
  "error",
  "errorMessage",
]);
export type ResultFieldName = z.infer<typeof resultFieldNameSchema>;

/**
 * When a callback field is present:
 * - `always`: in every payload (documented as required);
 * - `optional`: may be present (documented as not required);
 * - `on-success` / `on-failure`: conditional, as DANA documents.
 */
export const presenceSchema = z.enum(["always", "optional", "on-success", "on-failure"]);
export type Presence = z.infer<typeof presenceSchema>;

export const resultFieldSchema = z
  .object({
    name: resultFieldNameSchema,
    type: z.enum(["String", "Array", "Key-value", "Number"]),
    presence: presenceSchema,
    description: z.string().trim().max(500),
    provenance: provenanceSchema,
  })
  .strict();
export type ResultField = z.infer<typeof resultFieldSchema>;

/** A parameter of my.getAuthCode besides scopes and the callbacks (AlipayHK's `authClientId`). */
export const jsapiParamSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(64)
      .refine((value) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(value), "Use a JavaScript property name such as authClientId"),
    type: z.enum(["String", "Number", "Boolean"]),
    required: z.boolean(),
    description: z.string().trim().max(500),
    /** A value the simulator fills in when none is given (an example from the source, when it has one). */
    example: z.string().trim().max(128),
    provenance: provenanceSchema,
  })
  .strict()
  .refine((value) => !["scopes", "success", "fail", "complete"].includes(value.name), {
    message: "scopes, success, fail and complete are my.getAuthCode's own parameters",
    path: ["name"],
  });
export type JsapiParam = z.infer<typeof jsapiParamSchema>;

const notRecorded = (what: string): Provenance => ({ fidelity: "assumed", note: `Where ${what} comes from is not recorded in this catalog.` });

export const jsapiSchema = z
  .object({
    /** How the `scopes` parameter may be passed. */
    scopesType: z.enum(["array", "string-or-array"]),
    scopesRequired: z.boolean(),
    /** Scope used when `scopes` is omitted (only when not required). */
    defaultScope: scopeNameSchema.nullable(),
    scopesProvenance: provenanceSchema,
    /** Other parameters the wallet's my.getAuthCode takes. */
    params: z.array(jsapiParamSchema).max(8, { error: atMost("parameters") }).default([]),
    resultFields: z.array(resultFieldSchema).max(8, { error: atMost("result fields") }),
    /** Default value placed in `authErrorScopes` for a refused scope (seed examples: "10001", "40006"). */
    defaultScopeErrorValue: z.string().trim().min(1).max(32),
    scopeErrorValues: z.array(scopeErrorValueSchema).max(32, { error: atMost("scope error values") }),
    /** Examples exactly as the source shows them (not necessarily valid JSON). */
    examples: z
      .object({
        request: z.string().max(TEXT_LIMITS.example),
        success: z.string().max(TEXT_LIMITS.example),
        fail: z.string().max(TEXT_LIMITS.example),
      })
      .strict(),
    /** Whether each example is the source's own or the studio's illustration. */
    examplesProvenance: z
      .object({ request: provenanceSchema, success: provenanceSchema, fail: provenanceSchema })
      .strict()
      .default(() => ({ request: notRecorded("this example"), success: notRecorded("this example"), fail: notRecorded("this example") })),
    /** Where the steps of the data flow (call → consent → code → applyToken → tokens) are stated for this wallet. */
    dataFlowProvenance: provenanceSchema.default(() => notRecorded("the data flow")),
  })
  .strict();
export type JsapiProfile = z.infer<typeof jsapiSchema>;

export const apiVersionSchema = z.enum(["v1", "v2"]);
export type ApiVersion = z.infer<typeof apiVersionSchema>;

export const pathPrefixSchema = z
  .string()
  .max(64)
  .refine((value) => value === "" || /^(\/[A-Za-z0-9_-]+)+$/.test(value), {
    message: 'Leave it empty or write a prefix such as "/api/open"',
  });

/** An endpoint the catalog's mock wallet serves, with where that comes from. */
export const servedEndpointSchema = z
  .object({
    spec: z.enum(ENDPOINT_SPEC_IDS),
    provenance: provenanceSchema,
  })
  .strict();
export type ServedEndpoint = z.infer<typeof servedEndpointSchema>;

/** What a stored or imported document without `serverApi.endpoints` serves: its version's three endpoints. */
const DERIVED_ENDPOINTS: Provenance = {
  fidelity: "assumed",
  note: "The catalog does not list its endpoints; the studio serves the three endpoints of its server API version.",
};

function withDefaultEndpoints(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || "endpoints" in value) return value;
  const version: unknown = (value as { version?: unknown }).version;
  if (version !== "v1" && version !== "v2") return value;
  return { ...value, endpoints: defaultEndpointSpecs(version).map((spec) => ({ spec, provenance: DERIVED_ENDPOINTS })) };
}

/** The wallet's server API as the mock serves it and the snippet generator targets it. */
const serverApiObjectSchema = z
  .object({
    /** The catalog's main profile (v1 or v2): the flow and snippets prefer its endpoints. Result codes follow each endpoint's own version. */
    version: apiVersionSchema,
    /** The super-app code sent as `customerBelongsTo` (e.g. `DANA`, `TNG`); null when none is documented. */
    customerBelongsTo: z
      .string()
      .trim()
      .max(32)
      .refine((value) => /^[A-Z0-9_]+$/.test(value), "Use an upper-case code such as TNG")
      .nullable(),
    /** Gateway prefixes the wallet answers on in front of `/v1/…` or `/v2/…` ("" = none). */
    pathPrefixes: z
      .array(pathPrefixSchema)
      .min(1, "Add at least one path prefix (an empty one means none)")
      .max(8, { error: atMost("path prefixes") }),
    /** The endpoints the mock serves for this catalog (others answer INVALID_API); at most one per path. */
    endpoints: z
      .array(servedEndpointSchema)
      .min(1, "Serve at least one endpoint")
      .max(ENDPOINT_SPEC_IDS.length, { error: atMost("endpoints") }),
    requestTimeFormat: z.enum(["iso8601", "epoch-ms", "either"]),
    authCodeTtlSeconds: z.number().int().min(1).max(86_400),
    accessTokenTtlSeconds: z.number().int().min(1).max(31_536_000),
    refreshTokenTtlSeconds: z.number().int().min(1).max(63_072_000),
    /** Whether refreshing returns a new refresh token and retires the old one. */
    rotateRefreshToken: z.boolean(),
    provenance: provenanceSchema,
    lifetimesProvenance: provenanceSchema,
  })
  .strict()
  .superRefine((api, ctx) => {
    const paths = new Map<string, string>();
    api.endpoints.forEach((served, index) => {
      const { path } = endpointSpec(served.spec);
      const other = paths.get(path);
      if (other !== undefined) {
        ctx.addIssue({ code: "custom", path: ["endpoints", index, "spec"], message: `${served.spec} and ${other} both serve ${path}: keep one` });
      } else {
        paths.set(path, served.spec);
      }
    });
  });

/** Documents that lack `endpoints` (stored before it existed, or imported) get their version's three. */
export const serverApiSchema = z.preprocess(withDefaultEndpoints, serverApiObjectSchema);
export type ServerApiProfile = z.infer<typeof serverApiSchema>;

export const slugSchema = z
  .string()
  .min(1)
  .max(48)
  .refine((value) => SLUG_PATTERN.test(value), "Use only a-z, 0-9 and hyphens, with no hyphen at the start or end");

/** A page (by URL) or a stored source document (by `ref`, e.g. `seeds/000_990cf4b666aceb78.txt`) the catalog is written from. */
export const sourceSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    url: urlSchema.optional(),
    ref: citationSchema.optional(),
  })
  .strict()
  .refine((value) => value.url !== undefined || value.ref !== undefined, { message: "Give the page's address", path: ["url"] });
export type Source = z.infer<typeof sourceSchema>;

/** The catalog body: everything except the envelope of the exchange format. */
export const catalogSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(1).max(120),
    wallet: z.string().trim().min(1).max(80),
    region: z.string().trim().min(1).max(80),
    /** ISO 3166-1 alpha-2, or null for multi-country catalogs. */
    countryCode: z
      .string()
      .refine((value) => /^[A-Z]{2}$/.test(value), "Two upper-case letters (ISO 3166-1), such as ID")
      .nullable(),
    description: z.string().trim().max(TEXT_LIMITS.catalogDescription),
    sources: z.array(sourceSchema).max(50, { error: atMost("sources") }),
    scopes: z.array(scopeSchema).max(5000, { error: atMost("scopes per catalog") }),
    errorCodes: z.array(jsapiErrorCodeSchema).max(500, { error: atMost("error codes") }),
    jsapi: jsapiSchema,
    serverApi: serverApiSchema,
  })
  .strict()
  .superRefine((catalog, ctx) => {
    const seen = new Map<string, number>();
    catalog.scopes.forEach((scope, index) => {
      const first = seen.get(scope.name);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["scopes", index, "name"],
          message: `Duplicate scope name "${scope.name}" (also scope #${first + 1})`,
        });
      } else {
        seen.set(scope.name, index);
      }
    });
    catalog.scopes.forEach((scope, index) => {
      scope.aliases.forEach((alias, aliasIndex) => {
        const owner = seen.get(alias);
        if (owner !== undefined && owner !== index) {
          ctx.addIssue({
            code: "custom",
            path: ["scopes", index, "aliases", aliasIndex],
            message: `Alias "${alias}" is already the name of scope #${owner + 1}`,
          });
        }
      });
    });
    const codes = new Set<number>();
    catalog.errorCodes.forEach((error, index) => {
      if (codes.has(error.code)) {
        ctx.addIssue({
          code: "custom",
          path: ["errorCodes", index, "code"],
          message: `Duplicate error code ${error.code}`,
        });
      }
      codes.add(error.code);
    });
    const simulated = new Map<string, number>();
    catalog.errorCodes.forEach((error, index) => {
      error.simulates.forEach((outcome, outcomeIndex) => {
        const other = simulated.get(outcome);
        if (other !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["errorCodes", index, "simulates", outcomeIndex],
            message: `Error code ${catalog.errorCodes[other]?.code ?? ""} already answers "${outcome}"`,
          });
        } else {
          simulated.set(outcome, index);
        }
      });
    });
    const params = new Set<string>();
    catalog.jsapi.params.forEach((param, index) => {
      if (params.has(param.name)) {
        ctx.addIssue({ code: "custom", path: ["jsapi", "params", index, "name"], message: `Duplicate parameter "${param.name}"` });
      }
      params.add(param.name);
    });
    const prefixes = new Set<string>();
    catalog.serverApi.pathPrefixes.forEach((prefix, index) => {
      if (prefixes.has(prefix)) {
        ctx.addIssue({ code: "custom", path: ["serverApi", "pathPrefixes", index], message: `Duplicate prefix "${prefix}"` });
      }
      prefixes.add(prefix);
    });
    if (catalog.jsapi.scopesRequired && catalog.jsapi.defaultScope !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["jsapi", "defaultScope"],
        message: "A default scope applies only when scopes are optional",
      });
    }
    if (catalog.jsapi.defaultScope !== null && !seen.has(catalog.jsapi.defaultScope)) {
      ctx.addIssue({
        code: "custom",
        path: ["jsapi", "defaultScope"],
        message: `Default scope "${catalog.jsapi.defaultScope}" is not a scope of this catalog`,
      });
    }
    const fieldNames = new Set<string>();
    catalog.jsapi.resultFields.forEach((field, index) => {
      if (fieldNames.has(field.name)) {
        ctx.addIssue({
          code: "custom",
          path: ["jsapi", "resultFields", index, "name"],
          message: `Duplicate result field "${field.name}"`,
        });
      }
      fieldNames.add(field.name);
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;

/** The exchange format: a catalog plus the envelope that names the format. */
export const catalogFileSchema = z
  .object({
    $schema: z.string().max(2048).optional(),
    formatVersion: z.literal(CATALOG_FORMAT_VERSION, {
      error: `Must be ${CATALOG_FORMAT_VERSION}, the catalog file format this studio reads`,
    }),
    catalog: catalogSchema,
  })
  .strict();
export type CatalogFile = z.infer<typeof catalogFileSchema>;

export function toCatalogFile(catalog: Catalog, origin = ""): CatalogFile {
  return { $schema: `${origin}${CATALOG_SCHEMA_PATH}`, formatVersion: CATALOG_FORMAT_VERSION, catalog };
}

/** Display name of the person saving: set once in the browser, sent with every change. */
export const authorSchema = z
  .string()
  .trim()
  .min(1, "Set your display name before saving")
  .max(64);
