/**
 * SuperQi (Iraq, miniapps.qi.iq), from wallet-domain.md §1.8: scopes are an Array and required; the
 * listed values are auth_base, auth_user and NOTIFICATION_INBOX; the scope table's Silent authorization
 * column gives auth_base, USER_ID and USER_LOGIN_ID as silent and was truncated in the stored copy from
 * HASH_LOGIN_ID on. Server side is the v1 applyToken.
 */
import type { Catalog } from "../schema";
import { alipayPlusCatalog } from "./alipay-plus";
import { assumed, assumedCommonErrorCodes, assumedSuccessScopes, commonResultFields, documented, illustrative, scope, scopeErrorValue } from "./provenance";
import { NOTE, SRC } from "./sources";

const PAGE = SRC.superQiGetAuthCode;
const DESCRIPTION_NOTE =
  "The scope name is on the SuperQi page (wallet-domain.md §1.8), but the stored copy gives no description: this one is borrowed from the generic Alipay+ page.";
const TRUNCATED_NOTE =
  "The stored copy of SuperQi's Silent authorization column is truncated from HASH_LOGIN_ID on; the flag follows the generic Alipay+ page.";

/** The generic Alipay+ description for a scope name (the SuperQi page is the same template). */
function genericDescription(name: string): string {
  return alipayPlusCatalog.scopes.find((s) => s.name === name)?.description ?? "";
}

export const superQiCatalog: Catalog = {
  slug: "superqi",
  name: "SuperQi (Iraq)",
  wallet: "SuperQi",
  region: "Iraq",
  countryCode: "IQ",
  description:
    "SuperQi's my.getAuthCode (miniapps.qi.iq): scopes as a required array. SuperQi marks auth_base, USER_ID and USER_LOGIN_ID silent, as the generic Alipay+ page's table does. " +
    "Server side is the v1 applyToken; SuperQi clients also read userNameInArabic. Only part of the scope table survived in the stored copy.",
  sources: [
    { title: "SuperQi Mini Program: my.getAuthCode", url: PAGE },
    { title: "SuperQi Mini Program: applyToken", url: SRC.superQiApplyToken },
  ],
  scopes: [
    scope({
      name: "auth_base",
      description: genericDescription("auth_base"),
      silent: true,
      userInfoFields: ["userId"],
      provenance: documented(PAGE),
      descriptionProvenance: assumed(DESCRIPTION_NOTE),
      silentProvenance: documented(PAGE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "USER_ID",
      description: genericDescription("USER_ID"),
      silent: true,
      userInfoFields: ["userId"],
      provenance: documented(PAGE),
      descriptionProvenance: assumed(DESCRIPTION_NOTE),
      silentProvenance: documented(PAGE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "USER_LOGIN_ID",
      description: genericDescription("USER_LOGIN_ID"),
      silent: true,
      userInfoFields: ["loginIdInfos[].maskLoginId"],
      provenance: documented(PAGE),
      descriptionProvenance: assumed(DESCRIPTION_NOTE),
      silentProvenance: documented(PAGE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "HASH_LOGIN_ID",
      description: genericDescription("HASH_LOGIN_ID"),
      silent: true,
      userInfoFields: ["loginIdInfos[].hashLoginId"],
      provenance: documented(PAGE),
      descriptionProvenance: assumed(DESCRIPTION_NOTE),
      silentProvenance: assumed(TRUNCATED_NOTE),
      fieldsProvenance: assumed(NOTE.scopeToFields),
    }),
    scope({
      name: "auth_user",
      description: genericDescription("auth_user"),
      silent: false,
      userInfoFields: ["userId", "nickName", "userName", "userNameInArabic", "avatar"],
      provenance: documented(PAGE),
      descriptionProvenance: assumed(DESCRIPTION_NOTE),
      silentProvenance: assumed(TRUNCATED_NOTE),
      fieldsProvenance: assumed(
        `${NOTE.scopeToFields} userNameInArabic is seen only in third-party SuperQi clients.`,
      ),
    }),
    scope({
      name: "NOTIFICATION_INBOX",
      description: genericDescription("NOTIFICATION_INBOX"),
      silent: false,
      userInfoFields: [],
      provenance: documented(PAGE),
      descriptionProvenance: assumed(DESCRIPTION_NOTE),
      silentProvenance: assumed(TRUNCATED_NOTE),
      fieldsProvenance: assumed("Unlocks no userInfo field: the token is used for the inbox/message-send APIs instead."),
    }),
  ],
  errorCodes: assumedCommonErrorCodes("SuperQi's JSAPI error codes are not in the stored sources."),
  jsapi: {
    scopesType: "array",
    scopesRequired: true,
    defaultScope: null,
    scopesProvenance: documented(PAGE, "scopes: Array, Required Yes."),
    params: [],
    resultFields: commonResultFields("SuperQi's callback table is not in the stored sources.", assumedSuccessScopes("SuperQi")),
    defaultScopeErrorValue: "10001",
    scopeErrorValues: [
      scopeErrorValue({
        value: "10001",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: assumed(
          `No SuperQi example shows an authErrorScopes value; 10001 is the value on the generic Alipay+ page. ${NOTE.errorValueMeaning}`,
        ),
      }),
    ],
    // Illustrative: SuperQi's own examples are not in the stored sources.
    examples: {
      request: `my.getAuthCode({
  scopes: ['auth_base'],
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
  "authSuccessScopes": ["auth_base"]
}`,
      fail: `{
  "authErrorScopes": {
    "auth_user": "10001"
  }
}`,
    },
    examplesProvenance: { request: illustrative("SuperQi"), success: illustrative("SuperQi"), fail: illustrative("SuperQi") },
    dataFlowProvenance: { ...documented(PAGE, "The SuperQi page's 9-step data flow."), ref: "wallet-domain.md §5.2" },
  },
  serverApi: {
    version: "v1",
    customerBelongsTo: null,
    pathPrefixes: [""],
    endpoints: [
      { spec: "v1.applyToken.superqi", provenance: documented(SRC.superQiApplyToken, "wallet-domain.md §2.1, §2.2: SuperQi's v1 applyToken (authCode max 64).") },
      { spec: "v1.cancelToken", provenance: { ...documented("https://miniapps.qi.iq/docs/miniprogram_qineo/mpdev/v1_revoke", "POST /v1/authorizations/cancelToken."), ref: "wallet-domain.md §3.3" } },
      { spec: "v1.inquiryUserInfo", provenance: assumed("Only a third-party SuperQi client calls POST /v1/users/inquiryUserInfo (wallet-domain.md §3.1); no SuperQi page documents it.") },
    ],
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 600,
    accessTokenTtlSeconds: 86_400,
    refreshTokenTtlSeconds: 172_800,
    rotateRefreshToken: true,
    provenance: documented(
      SRC.superQiApplyToken,
      "v1 /v1/authorizations/applyToken (grantType, authCode, refreshToken, extendInfo). No customerBelongsTo code is documented for SuperQi (v1 passes the siteName from my.getSiteInfo in extendInfo) and no gateway prefix is documented, so none is assumed.",
    ),
    lifetimesProvenance: assumed(`${NOTE.authCodeTtl} ${NOTE.tokenTtl}`),
  },
};
