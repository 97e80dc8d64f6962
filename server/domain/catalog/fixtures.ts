import type { Catalog, Provenance, Scope } from "./schema";

/** Small, valid documents for tests and benchmarks. */
export const ASSUMED: Provenance = { fidelity: "assumed", note: "test fixture" };
export const DOCUMENTED: Provenance = { fidelity: "documented", source: "https://example.com/docs" };

export function makeScope(name: string, overrides: Partial<Scope> = {}): Scope {
  return {
    name,
    description: `Authorized to obtain ${name}.`,
    silent: false,
    userInfoFields: [],
    aliases: [],
    deprecated: false,
    preassigned: null,
    errorValue: null,
    provenance: DOCUMENTED,
    silentProvenance: DOCUMENTED,
    fieldsProvenance: ASSUMED,
    ...overrides,
  };
}

export function makeCatalog(slug: string, overrides: Partial<Catalog> = {}): Catalog {
  return {
    slug,
    name: `Catalog ${slug}`,
    wallet: "Test Wallet",
    region: "Testland",
    countryCode: null,
    description: "",
    sources: [],
    scopes: [makeScope("auth_base", { silent: true, userInfoFields: ["userId"] }), makeScope("USER_NAME", { userInfoFields: ["userName"] })],
    errorCodes: [
      { code: 11, name: "USER_CANCEL", message: "User cancelled", meaning: "user-cancel", advice: "", simulates: ["cancel"], provenance: DOCUMENTED },
    ],
    jsapi: {
      scopesType: "array",
      scopesRequired: true,
      defaultScope: null,
      scopesProvenance: DOCUMENTED,
      resultFields: [
        { name: "authCode", type: "String", presence: "always", description: "Authorization code.", provenance: DOCUMENTED },
      ],
      defaultScopeErrorValue: "10001",
      scopeErrorValues: [{ value: "10001", meaning: "", provenance: DOCUMENTED }],
      params: [],
      examples: { request: "", success: "", fail: "" },
      examplesProvenance: { request: ASSUMED, success: ASSUMED, fail: ASSUMED },
      dataFlowProvenance: ASSUMED,
    },
    serverApi: {
      version: "v2",
      customerBelongsTo: null,
      pathPrefixes: [""],
      endpoints: [
        { spec: "v2.applyToken", provenance: DOCUMENTED },
        { spec: "v2.inquiryUserInfo", provenance: DOCUMENTED },
        { spec: "v2.revoke", provenance: DOCUMENTED },
      ],
      requestTimeFormat: "iso8601",
      authCodeTtlSeconds: 600,
      accessTokenTtlSeconds: 86_400,
      refreshTokenTtlSeconds: 172_800,
      rotateRefreshToken: true,
      provenance: DOCUMENTED,
      lifetimesProvenance: ASSUMED,
    },
    ...overrides,
  };
}
