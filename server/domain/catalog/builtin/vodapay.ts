/**
 * VodaPay (South Africa), from wallet-domain.md §1.8: USER_ID, NOTIFICATION_INBOX, auth_base and
 * auth_user, with USER_ID and auth_base silent; scopes may be a string or an array (§1.1). Nothing about
 * VodaPay's server API is in the stored sources, so serverApi is entirely assumed.
 */
import type { Catalog } from "../schema";
import { alipayPlusDataFlow, assumed, assumedCommonErrorCodes, assumedSuccessScopes, commonResultFields, documented, illustrative, scope, scopeErrorValue } from "./provenance";
import { NOTE, SRC } from "./sources";

const PAGE = SRC.vodaPayGetAuthCode;
const SILENT_NOTE = "The page names USER_ID and auth_base as the silent scopes; the others need consent.";

export const vodaPayCatalog: Catalog = {
  slug: "vodapay",
  name: "VodaPay (South Africa)",
  wallet: "VodaPay",
  region: "South Africa",
  countryCode: "ZA",
  description:
    "VodaPay's my.getAuthCode: USER_ID and auth_base (both silent), auth_user and NOTIFICATION_INBOX (in-app inbox messages). " +
    "Scopes may be a string or an array. VodaPay's server API is not in the stored sources; the mock serves the Alipay+ v2 shape.",
  sources: [{ title: "VodaPay Mini Program: my.getAuthCode", url: PAGE }],
  scopes: [
    scope({
      name: "USER_ID",
      description: "Obtains the unique user ID.",
      silent: true,
      userInfoFields: ["userId"],
      provenance: documented(PAGE),
      silentProvenance: documented(PAGE, SILENT_NOTE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "NOTIFICATION_INBOX",
      description: "Sends notifications to the user's in-app inbox.",
      silent: false,
      userInfoFields: [],
      provenance: documented(PAGE),
      silentProvenance: documented(PAGE, SILENT_NOTE),
      fieldsProvenance: assumed("Unlocks no userInfo field: the token is used for the inbox/message-send APIs instead."),
    }),
    scope({
      name: "auth_base",
      description: "Obtains the unique user ID silently.",
      silent: true,
      userInfoFields: ["userId"],
      provenance: documented(PAGE),
      silentProvenance: documented(PAGE, SILENT_NOTE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "auth_user",
      description: "Obtains the basic user information.",
      silent: false,
      userInfoFields: ["userId", "nickName", "userName", "avatar"],
      provenance: documented(PAGE),
      silentProvenance: documented(PAGE, SILENT_NOTE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
  ],
  errorCodes: assumedCommonErrorCodes("VodaPay's JSAPI error codes are not in the stored sources."),
  jsapi: {
    scopesType: "string-or-array",
    scopesRequired: true,
    defaultScope: null,
    scopesProvenance: assumed(
      "VodaPay is listed among the wallets whose scopes are String/Array; whether scopes may be omitted is not in the stored sources, so they are assumed required.",
    ),
    params: [],
    resultFields: commonResultFields("VodaPay's callback table is not in the stored sources.", assumedSuccessScopes("VodaPay")),
    defaultScopeErrorValue: "10001",
    scopeErrorValues: [
      scopeErrorValue({
        value: "10001",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: assumed(
          `No VodaPay example shows an authErrorScopes value; 10001 is the value on the generic Alipay+ page. ${NOTE.errorValueMeaning}`,
        ),
      }),
    ],
    // Illustrative: VodaPay's own examples are not in the stored sources.
    examples: {
      request: `my.getAuthCode({
  scopes: ['USER_ID', 'NOTIFICATION_INBOX'],
  success: (res) => {
    my.alert({
      content: res.authCode,
    });
  },
  fail: (res) => {
    console.log(res.authErrorScopes)
  },
});`,
      success: `{
  "authCode": "0000000001T1dc0W0tv448DB00007826",
  "authSuccessScopes": ["USER_ID", "NOTIFICATION_INBOX"]
}`,
      fail: `{
  "authErrorScopes": {
    "NOTIFICATION_INBOX": "10001"
  }
}`,
    },
    examplesProvenance: { request: illustrative("VodaPay"), success: illustrative("VodaPay"), fail: illustrative("VodaPay") },
    dataFlowProvenance: alipayPlusDataFlow("VodaPay"),
  },
  serverApi: {
    version: "v2",
    customerBelongsTo: null,
    pathPrefixes: [""],
    endpoints: (["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"] as const).map((spec) => ({
      spec,
      provenance: assumed("VodaPay's server API is not in the sources; the mock serves the Alipay+ v2 endpoints."),
    })),
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 600,
    accessTokenTtlSeconds: 86_400,
    refreshTokenTtlSeconds: 172_800,
    rotateRefreshToken: true,
    provenance: assumed(
      "VodaPay's server API is not in the stored sources; the mock serves the Alipay+ v2 REST shape without a gateway prefix. No customerBelongsTo code is documented for VodaPay.",
    ),
    lifetimesProvenance: assumed(`${NOTE.authCodeTtl} ${NOTE.tokenTtl}`),
  },
};
