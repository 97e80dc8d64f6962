/**
 * AlipayHK (Hong Kong), from wallet-domain.md §1.6: the eKYC user-authorization JSAPI page (USER_NAME,
 * the error table) and the Auto Earn mini-app flow (auth_base + SCOPE_USER_BILL, then
 * /api/open/v2/authorizations/applyToken).
 *
 * AlipayHK's extra required `authClientId` parameter (the HK merchant ID) is a JSAPI parameter of the
 * catalog; its callback-as-second-argument style is described in the catalog description and shown in
 * the request example. Error 14 answers a consent page the user leaves open, 13 a wallet that does
 * not answer (no consent page). The H5 variant (AlipayJSBridge `getAuthCode` with `scopeNicks`) and the
 * redirect flow (`USER_POINTS` via prepareForRedirect) are not my.getAuthCode and are left out.
 */
import type { Catalog } from "../schema";
import { alipayPlusDataFlow, assumed, assumedSuccessScopes, commonResultFields, documented, errorCode, illustrative, scope, scopeErrorValue } from "./provenance";
import { NOTE, SRC } from "./sources";

const JSAPI_PAGE = SRC.alipayHkGetAuthCodeJsapi;
const AUTO_EARN = SRC.alipayHkAutoEarn;
const ERROR_NOTE =
  "Listed on both the JSAPI and the H5 variant of AlipayHK's getAuthCode page; the meaning classification and advice are this product's.";

export const alipayHkCatalog: Catalog = {
  slug: "alipay-hk",
  name: "AlipayHK (Hong Kong)",
  wallet: "AlipayHK",
  region: "Hong Kong",
  countryCode: "HK",
  description:
    "AlipayHK's my.getAuthCode as documented for eKYC user authorization (USER_NAME; further scopes on request from AlipayHK) and for the Auto Earn mini-app flow (auth_base and SCOPE_USER_BILL). " +
    "AlipayHK's JSAPI also takes a required authClientId (the HK merchant ID) and documents the callback as a second argument: my.getAuthCode({authClientId, scopes}, function (res) {...}). " +
    "Server side: /api/open/v2/authorizations/applyToken (Auto Earn). AlipayHK's legacy alipay.intl.oauth.auth.* envelope APIs are not modelled.",
  sources: [
    { title: "AlipayHK eKYC user authorization: getAuthCode JSAPI", url: JSAPI_PAGE },
    { title: "AlipayHK eKYC user authorization: getAuthCode H5", url: SRC.alipayHkGetAuthCodeH5 },
    { title: "AlipayHK Auto Earn: API list", url: AUTO_EARN },
    { title: "Antom: AlipayHK Auto Debit access token (10-minute authCode)", url: SRC.alipayHkAutoDebitToken },
  ],
  scopes: [
    scope({
      name: "auth_base",
      description: "Obtains the unique user ID; requested together with SCOPE_USER_BILL in the Auto Earn mini-app flow.",
      silent: true,
      userInfoFields: ["userId"],
      provenance: documented(AUTO_EARN),
      silentProvenance: assumed("AlipayHK states no silent flag; auth_base is silent on every Alipay-family page that states one."),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "USER_NAME",
      description: "Obtains the user's name for eKYC user authorization (other scopes are available on request from AlipayHK).",
      silent: false,
      userInfoFields: ["userName"],
      provenance: documented(JSAPI_PAGE),
      silentProvenance: assumed("AlipayHK states no silent flag; personal data scopes show the consent page on every Alipay-family page that states one."),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "SCOPE_USER_BILL",
      description: "Requested with auth_base in the Auto Earn mini-app flow; presumably access to the user's bills (meaning not documented).",
      silent: false,
      userInfoFields: [],
      provenance: documented(AUTO_EARN, "Only the scope name is documented; the description's meaning is inferred from the name."),
      silentProvenance: assumed("AlipayHK states no silent flag; assumed to need consent."),
      fieldsProvenance: assumed("Assumed to unlock no inquiryUserInfo field: bills would be read through Auto Earn APIs, not userInfo."),
    }),
  ],
  errorCodes: [
    errorCode({
      code: 3,
      name: "",
      message: "No Authorization Result",
      meaning: "empty-result",
      advice:
        "The wallet returned no authorization result. Check authClientId and the scopes (USER_NAME needs eKYC authorization enabled for your merchant), then retry.",
      provenance: documented(JSAPI_PAGE, ERROR_NOTE),
    }),
    errorCode({
      code: 11,
      name: "",
      message: "Cancel Authorization by User",
      meaning: "user-cancel",
      simulates: ["cancel"],
      advice: "The user cancelled the authorization. Explain why the data is needed and ask again only when the feature needs it.",
      provenance: documented(JSAPI_PAGE, ERROR_NOTE),
    }),
    errorCode({
      code: 12,
      name: "",
      message: "Network Error",
      meaning: "network",
      advice: "The device could not reach AlipayHK. Ask the user to check the connection and retry.",
      provenance: documented(JSAPI_PAGE, ERROR_NOTE),
    }),
    errorCode({
      code: 13,
      name: "",
      message: "Authorization Timeout",
      meaning: "timeout",
      simulates: ["wallet-timeout"],
      advice: "The authorization request timed out before the wallet answered. Retry; no authCode was issued.",
      provenance: documented(JSAPI_PAGE, ERROR_NOTE),
    }),
    errorCode({
      code: 14,
      name: "",
      message: "User Authorization Timeout",
      meaning: "timeout",
      simulates: ["timeout"],
      advice: "The user did not answer the consent page in time. Offer to try again when the user is ready.",
      provenance: documented(JSAPI_PAGE, ERROR_NOTE),
    }),
    errorCode({
      code: 15,
      name: "",
      message: "System Error",
      meaning: "system",
      advice: "An AlipayHK-side system error. Retry later; report it to AlipayHK if it persists.",
      provenance: documented(JSAPI_PAGE, ERROR_NOTE),
    }),
    errorCode({
      code: 101,
      name: "",
      message: "No eKYC",
      meaning: "not-eligible",
      advice:
        "The user has not completed AlipayHK's eKYC, so eKYC data cannot be shared. Ask the user to complete identity verification in AlipayHK, or offer a flow that does not need verified data.",
      provenance: documented(JSAPI_PAGE, ERROR_NOTE),
    }),
  ],
  jsapi: {
    scopesType: "array",
    scopesRequired: true,
    defaultScope: null,
    scopesProvenance: assumed(
      "AlipayHK's pages show scopes only as arrays (['USER_NAME']) and do not say whether they may be omitted; array and required are assumed.",
    ),
    params: [
      {
        name: "authClientId",
        type: "String",
        required: true,
        description: "The HK merchant ID the authorization is for.",
        example: "2160010200871872",
        provenance: documented(JSAPI_PAGE, "Required String; the example value is the page's."),
      },
    ],
    resultFields: commonResultFields("AlipayHK's callback fields are not in the stored sources.", assumedSuccessScopes("AlipayHK")),
    defaultScopeErrorValue: "10001",
    scopeErrorValues: [
      scopeErrorValue({
        value: "10001",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: assumed(
          `No AlipayHK example shows an authErrorScopes value; 10001 is the value on the generic Alipay+ page. ${NOTE.errorValueMeaning}`,
        ),
      }),
    ],
    examples: {
      request: `my.getAuthCode({authClientId:'2160010200871872', scopes:['USER_NAME']}, function (res) {
  console.log(res.authCode)
})`,
      success: `{
  "authCode": "0000000001T1dc0W0tv448DB00007826",
  "authSuccessScopes": ["USER_NAME"]
}`,
      fail: `{
  "error": 11,
  "errorMessage": "Cancel Authorization by User"
}`,
    },
    examplesProvenance: {
      request: documented(JSAPI_PAGE, "AlipayHK's documented call, callback as the second argument."),
      success: illustrative("AlipayHK"),
      fail: illustrative("AlipayHK"),
    },
    dataFlowProvenance: alipayPlusDataFlow("AlipayHK"),
  },
  serverApi: {
    version: "v2",
    customerBelongsTo: "ALIPAY_HK",
    pathPrefixes: ["", "/api/open"],
    // Only applyToken is documented (Auto Earn, under /api/open); no user-info or revoke API is.
    endpoints: [{ spec: "v2.applyToken", provenance: { ...documented(AUTO_EARN, "Auto Earn calls /api/open/v2/authorizations/applyToken."), ref: "wallet-domain.md §1.6" } }],
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 600,
    accessTokenTtlSeconds: 86_400,
    refreshTokenTtlSeconds: 172_800,
    rotateRefreshToken: true,
    provenance: documented(
      AUTO_EARN,
      "Auto Earn calls /api/open/v2/authorizations/applyToken; ALIPAY_HK is a documented customerBelongsTo value of Alipay+ v2 applyToken.",
    ),
    lifetimesProvenance: assumed(
      `A 10-minute authCode is documented for AlipayHK Auto Debit (a different flow) and is reused here. ${NOTE.tokenTtl}`,
    ),
  },
};
