/**
 * Mainland Alipay (China), from wallet-domain.md §1.7: the opendocs my.getAuthCode page (read through
 * the AlipayDocs/open-docs mirror) plus the scope literals typed in `@mini-types/my` 3.x.
 *
 * The real server API is `alipay.system.oauth.token` on https://openapi.alipay.com/gateway.do (form
 * parameters, RSA2 `sign`). The mock does not speak that protocol: for this catalog it answers the
 * Alipay+ v2 REST shape, which the catalog says in its description and in serverApi.provenance.
 */
import type { Catalog, Scope } from "../schema";
import { alipayPlusDataFlow, assumed, documented, errorCode, illustrative, jsapiFailureFields, resultField, scope, scopeErrorValue } from "./provenance";
import { NOTE, SRC } from "./sources";

const PAGE = SRC.alipayCnGetAuthCode;
const TYPINGS = SRC.miniTypingsRepo;
const MIRROR_NOTE = "Read through the AlipayDocs/open-docs GitHub mirror of this page.";
const MOCK_FIELDS =
  "The mock answers the Alipay+ inquiryUserInfo shape for this catalog; the field mapping is inferred from the scope's meaning (mainland's own alipay.user.info.share fields differ).";

/** Scope literals that `@mini-types/my` types in `authSuccessScopes`, with a guessed meaning each. */
const TYPED_LITERALS: ReadonlyArray<readonly [string, string]> = [
  ["order_service", "Order service: presumably lets the mini program sync the user's orders to Alipay's order centre."],
  ["trip_ticket", "Trip tickets: presumably travel ticket and itinerary services."],
  ["ride_hailing", "Ride hailing: presumably ride-hailing order services."],
  ["charging_pile", "Charging pile: presumably electric-vehicle charging services."],
  ["ptjob_order_sync", "Part-time job order sync: presumably syncs part-time job orders."],
  ["indr_order_sync", "Industry order sync: presumably syncs orders of an industry service."],
  ["car_rental_auth", "Car rental authorization: presumably authorizes car rental services."],
  ["hospital_order", "Hospital orders: presumably hospital appointment or registration orders."],
  ["consumer_finance", "Consumer finance: presumably consumer credit services."],
];

function typedLiteral([name, description]: readonly [string, string]): Scope {
  return scope({
    name,
    description,
    silent: false,
    userInfoFields: [],
    provenance: documented(
      TYPINGS,
      "Only the literal is documented (a member of the authSuccessScopes type in @mini-types/my 3.x); the meaning is guessed from the name.",
    ),
    silentProvenance: assumed("Not stated anywhere; only auth_base is documented as silent on mainland Alipay."),
    fieldsProvenance: assumed("Assumed to unlock no userInfo field: these scopes serve industry APIs, not member information."),
  });
}

export const alipayCnCatalog: Catalog = {
  slug: "alipay-cn",
  name: "Alipay (Mainland China)",
  wallet: "Alipay",
  region: "Mainland China",
  countryCode: "CN",
  description:
    "Mainland Alipay's my.getAuthCode (opendocs): scopes as a string or an array, optional, default auth_base. auth_base is silent and may be called on page load; proactive scopes may not be requested on the first screen. " +
    "The real server API is alipay.system.oauth.token on the openapi.alipay.com gateway (form parameters, RSA2 sign); the mock answers the Alipay+ v2 REST shape for this catalog instead. " +
    "The industry scope literals (order_service …) come from the @mini-types/my typings, which do not say what they mean.",
  sources: [
    { title: "Alipay Open Platform: my.getAuthCode", url: PAGE },
    { title: "ant-mini-program/api-typings (@mini-types/my)", url: TYPINGS },
  ],
  scopes: [
    scope({
      name: "auth_base",
      description: "Silent authorization: obtains the user ID without a pop-up; may be called anywhere, including on page load.",
      silent: true,
      userInfoFields: ["userId"],
      provenance: documented(PAGE, MIRROR_NOTE),
      silentProvenance: documented(PAGE, MIRROR_NOTE),
      fieldsProvenance: assumed(MOCK_FIELDS),
    }),
    scope({
      name: "auth_user",
      description: "Proactive authorization: obtains member information (alipay.user.info.share); may not be requested on the first screen.",
      silent: false,
      userInfoFields: ["userId", "nickName", "avatar"],
      provenance: documented(PAGE, MIRROR_NOTE),
      silentProvenance: documented(PAGE, MIRROR_NOTE),
      fieldsProvenance: assumed(MOCK_FIELDS),
    }),
    scope({
      name: "auth_zhima",
      description: "Zhima (Sesame) credit information (zhima.credit.score.brief.get); in older docs and still typed in @mini-types/my.",
      silent: false,
      userInfoFields: [],
      provenance: documented(TYPINGS, "Typed in @mini-types/my (and the 2.x const enum as Zhima credit); described in older opendocs copies."),
      silentProvenance: assumed("Not stated; only auth_base is documented as silent on mainland Alipay."),
      fieldsProvenance: assumed("Assumed to unlock no userInfo field: the credit score comes from a Zhima API, not member information."),
    }),
    ...TYPED_LITERALS.map(typedLiteral),
  ],
  errorCodes: [
    errorCode({
      code: 3,
      name: "",
      message: "Authorization result not found",
      meaning: "empty-result",
      simulates: ["cancel"],
      advice:
        "Either the scopes are wrong (a \"service busy, try again later\" toast appears first) or the user closed the pop-up. Check the scope names; if the user closed the pop-up, ask again only when the feature needs it.",
      provenance: documented(PAGE, `${MIRROR_NOTE} The message is the reference's English paraphrase of the Chinese page.`),
    }),
    errorCode({
      code: 4,
      name: "",
      message: "No permission (N22104)",
      meaning: "no-permission",
      advice:
        "The mini program may not call this JSAPI. Check that the JSAPI base package is enabled for the app and, for third-party apps, that the merchant has authorized the app.",
      provenance: documented(PAGE, `${MIRROR_NOTE} The message is the reference's English paraphrase of the Chinese page.`),
    }),
    errorCode({
      code: 11,
      name: "",
      message: "User tapped deny (用户点击拒绝授权)",
      meaning: "user-denied",
      simulates: ["deny"],
      advice:
        "The user refused. Explain the purpose, and call my.getAuthCode again from fail only when the business needs it; do not call it from onShow, since closing the pop-up fires onShow and loops the prompt.",
      provenance: documented(PAGE, `${MIRROR_NOTE} The English text is the reference's paraphrase.`),
    }),
  ],
  jsapi: {
    scopesType: "string-or-array",
    scopesRequired: false,
    defaultScope: "auth_base",
    scopesProvenance: documented(PAGE, `${MIRROR_NOTE} scopes: String/Array, optional, default auth_base.`),
    params: [],
    resultFields: [
      resultField({
        name: "authCode",
        type: "String",
        presence: "on-success",
        description: "Authorization code.",
        provenance: documented(TYPINGS, "Typed on the success result of @mini-types/my 3.x."),
      }),
      resultField({
        name: "authErrorScopes",
        type: "Key-value",
        presence: "optional",
        description: "Scopes that failed, mapped to a string error value (older docs spell it authErrorScope).",
        provenance: documented(TYPINGS, "Typed on the success result of @mini-types/my 3.x as an index signature from scope to string."),
      }),
      resultField({
        name: "authSuccessScopes",
        type: "Array",
        presence: "on-success",
        description: "Scopes that were granted (older docs spell it authSucessScope).",
        provenance: documented(TYPINGS, "Typed on the success result of @mini-types/my 3.x."),
      }),
      ...jsapiFailureFields(
        documented(TYPINGS, "Typed as optional error: number / errorMessage: string on the fail result of @mini-types/my 3.x."),
      ),
    ],
    defaultScopeErrorValue: "10001",
    scopeErrorValues: [
      scopeErrorValue({
        value: "10001",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: assumed(
          `No mainland example shows an authErrorScopes value; 10001 is the value on the generic Alipay+ page. ${NOTE.errorValueMeaning}`,
        ),
      }),
    ],
    examples: {
      request: `my.getAuthCode({
  scopes: 'auth_user',
  success: (res) => {
    my.alert({
      content: res.authCode,
    });
  },
  fail: (res) => {
    console.log(res.error, res.errorMessage);
  },
});`,
      success: `{
  "authCode": "4b203fe6c11548bcabd8da5bb087a83b",
  "authErrorScopes": {},
  "authSuccessScopes": ["auth_user"]
}`,
      fail: `{
  "error": 11,
  "errorMessage": "用户点击拒绝授权"
}`,
    },
    examplesProvenance: { request: illustrative("Mainland Alipay"), success: illustrative("Mainland Alipay"), fail: illustrative("Mainland Alipay") },
    dataFlowProvenance: alipayPlusDataFlow("Mainland Alipay"),
  },
  serverApi: {
    version: "v2",
    customerBelongsTo: "ALIPAY_CN",
    pathPrefixes: ["", "/api/open"],
    endpoints: (["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"] as const).map((spec) => ({
      spec,
      provenance: assumed("The real mainland API is alipay.system.oauth.token (wallet-domain.md §2.1); the mock serves the Alipay+ v2 endpoints as a stand-in."),
    })),
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 180,
    accessTokenTtlSeconds: 1_296_000,
    refreshTokenTtlSeconds: 2_592_000,
    rotateRefreshToken: true,
    provenance: assumed(
      "Mainland Alipay's real server API is alipay.system.oauth.token on https://openapi.alipay.com/gateway.do (form parameters, RSA2 sign, yyyy-MM-dd HH:mm:ss timestamps). The mock answers the Alipay+ v2 REST shape for this catalog instead. ALIPAY_CN is a documented customerBelongsTo value of Alipay+ v2 applyToken.",
    ),
    lifetimesProvenance: assumed(
      "An unused mainland auth_code is valid at least 3 minutes and at most 24 hours (platform-adjusted); the mock uses the 3-minute minimum. Token lifetimes follow an SDK sample (expiresIn 1296000 = 15 days, reExpiresIn 2592000 = 30 days); rotation on refresh is assumed.",
    ),
  },
};
