/**
 * GCash (Philippines), from the GCash getAuthCode and User authorization pages (wallet-domain.md §1.3).
 *
 * Documented: auth_base (silent) and auth_user, both "legacy scopes and not recommended to be used",
 * scopes as String/Array and required, and the fail example with "40006". The replacement scope list is
 * not on the stored page, so the generic Alipay+ fine-grained scopes are added and marked assumed
 * (wallet-domain.md §8 item 4).
 */
import type { Catalog, Scope } from "../schema";
import { alipayPlusCatalog } from "./alipay-plus";
import { alipayPlusDataFlow, assumed, assumedCommonErrorCodes, commonResultFields, documented, illustrative, scope, scopeErrorValue } from "./provenance";
import { NOTE, SRC } from "./sources";

const PAGE = SRC.gcashGetAuthCode;

const GENERIC_NOTE =
  "GCash's current (non-legacy) scope list is not on the stored page; this scope, its description and its silent flag are taken from the generic Alipay+ page on the assumption that GCash accepts the generic list.";

function genericScope(source: Scope): Scope {
  return scope({
    name: source.name,
    description: source.description,
    silent: source.silent,
    userInfoFields: source.userInfoFields,
    provenance: assumed(GENERIC_NOTE),
    silentProvenance: assumed(GENERIC_NOTE),
    fieldsProvenance: assumed(NOTE.scopeToFields),
  });
}

const LEGACY = new Set(["auth_base", "auth_user"]);

export const gcashCatalog: Catalog = {
  slug: "gcash",
  name: "GCash (Philippines)",
  wallet: "GCash",
  region: "Philippines",
  countryCode: "PH",
  description:
    "GCash's my.getAuthCode: scopes as a string or an array, required. GCash documents only auth_base (silent) and auth_user and calls both legacy, not recommended. " +
    "The fine-grained scopes below them are the generic Alipay+ list, assumed because GCash's replacement list is not published on the stored page. " +
    "Server side is the Alipay+ v2 API at https://{host}/api/{restful_path}.",
  sources: [
    { title: "GCash Mini Program: my.getAuthCode", url: PAGE },
    { title: "GCash Mini Program: User authorization", url: SRC.gcashUserAuthorization },
    { title: "GCash Mini Program: v2 applyToken", url: SRC.gcashApplyTokenV2 },
    { title: "GCash Mini Program: OpenAPI overview", url: SRC.gcashOpenApiOverview },
    { title: "Alipay+ Mini Program: my.getAuthCode (generic scope list)", url: SRC.alipayPlusGetAuthCode },
  ],
  scopes: [
    scope({
      name: "auth_base",
      description: "Obtains the unique user ID. Legacy scope: not recommended to be used.",
      silent: true,
      deprecated: true,
      userInfoFields: ["userId"],
      provenance: documented(PAGE, "Described as the unique user ID on the GCash User authorization page; flagged legacy on the getAuthCode page."),
      silentProvenance: documented(PAGE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "auth_user",
      description: "Obtains the user information. Legacy scope: not recommended to be used.",
      silent: false,
      deprecated: true,
      userInfoFields: ["userId", "nickName", "userName", "avatar"],
      provenance: documented(PAGE, "Described as user information on the GCash User authorization page; flagged legacy on the getAuthCode page."),
      silentProvenance: documented(PAGE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    ...alipayPlusCatalog.scopes.filter((s) => !LEGACY.has(s.name)).map(genericScope),
  ],
  errorCodes: assumedCommonErrorCodes("GCash's JSAPI error codes are not in the stored sources."),
  jsapi: {
    scopesType: "string-or-array",
    scopesRequired: true,
    defaultScope: null,
    scopesProvenance: documented(PAGE, "scopes: String/Array, Required Yes."),
    params: [],
    resultFields: commonResultFields("GCash's callback table is not in the stored sources.", { ...documented(PAGE, "GCash's documented success example carries authSuccessScopes."), ref: "wallet-domain.md §1.1" }, {
      authCode: { ...documented(PAGE, "GCash's documented success example carries authCode."), ref: "wallet-domain.md §1.1" },
      authErrorScopes: documented(PAGE, "GCash's documented fail example carries authErrorScopes."),
    }),
    defaultScopeErrorValue: "40006",
    scopeErrorValues: [
      scopeErrorValue({
        value: "40006",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: documented(PAGE, NOTE.errorValueMeaning),
      }),
    ],
    // The fail example is GCash's (as quoted by the reference); request and success are illustrative.
    examples: {
      request: `my.getAuthCode({
  scopes: ['auth_user'],
  success: (res) => {
    my.alert({
      content: res.authCode,
    });
  },
  fail: (res) => {
    console.log(res.authErrorScopes)
  },
});`,
      success: `{"authCode":"1591797390204","authSuccessScopes":["auth_user"]}`,
      fail: `{"authErrorScopes":{"auth_user":"40006"}}`,
    },
    examplesProvenance: { request: illustrative("GCash"), success: { ...documented(PAGE), ref: "wallet-domain.md §1.1" }, fail: documented(PAGE) },
    dataFlowProvenance: alipayPlusDataFlow("GCash"),
  },
  serverApi: {
    version: "v2",
    customerBelongsTo: "GCASH",
    pathPrefixes: ["", "/api", "/miniprogram/api"],
    // No revoke API is documented for GCash, so none is served.
    endpoints: [
      { spec: "v2.applyToken", provenance: { ...documented(SRC.gcashApplyTokenV2, "POST /v2/authorizations/applyToken."), ref: "wallet-domain.md §2.1" } },
      {
        spec: "v2.inquiryUserInfo.demo",
        provenance: { ...documented("https://miniprogram.gcash.com/docs/miniprogram_gcash/mpdev-old/v2_users_inquiryuserinfo", "the docs-demo / GCash-old v2 variant."), ref: "wallet-domain.md §3.1" },
      },
      { spec: "v1.applyToken", provenance: { ...documented("https://miniprogram.gcash.com/docs/miniprogram_gcash/mpdev-old/qfd7r1", "GCash-old POST /v1/authorizations/applyToken."), ref: "wallet-domain.md §2.1" } },
      {
        spec: "v1.inquiryUserInfoByAccessToken",
        provenance: { ...documented("https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/lab2r2", "the Touch 'n Go / GCash-old v1 variant."), ref: "wallet-domain.md §3.1" },
      },
    ],
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 600,
    accessTokenTtlSeconds: 86_400,
    refreshTokenTtlSeconds: 172_800,
    rotateRefreshToken: true,
    provenance: documented(
      SRC.gcashApplyTokenV2,
      "v2 applyToken; URL shape https://{host}/api/{restful_path} from the GCash OpenAPI overview; /miniprogram/api from GCash's v1 example URL; GCASH is a documented customerBelongsTo value.",
    ),
    lifetimesProvenance: assumed(`${NOTE.authCodeTtl} ${NOTE.tokenTtl}`),
  },
};
