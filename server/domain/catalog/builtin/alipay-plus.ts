/**
 * Alipay+ generic `my.getAuthCode`, exactly as the stored source document
 * (seeds/000_990cf4b666aceb78.txt, copied to docs/sources/alipay-plus-getauthcode.txt) shows it: 13 scopes in the page's order with its descriptions and "Silent authorization" column, its
 * callback table, its examples and its error-code table (names spelled as on the page, typo included).
 *
 * Every documented fact cites that document, not a miniprogram.alipay.com URL: the published main page
 * (wallet-domain.md §1.2) lists 15 scopes with only auth_base silent and has no error table, so it is
 * not where these facts come from.
 *
 * The document contradicts itself on silent scopes: its table marks auth_base, USER_ID, USER_LOGIN_ID
 * and HASH_LOGIN_ID silent, while its note says auth_base is the only silent scope. Those three flags
 * carry both readings as a conflict; the studio uses the table.
 *
 * One deliberate change to the copied text: the page has a non-breaking space in "user's birthday"
 * (an artefact of the copy); the description below uses a plain space.
 */
import type { Catalog } from "../schema";
import { assumed, conflict, documented, errorCode, jsapiFailureFields, resultField, scope, scopeErrorValue, seed } from "./provenance";
import { NOTE, SEED, SRC } from "./sources";

const SEED_REF = `seeds/${SEED.alipayPlus}`;
const page = (note?: string) => seed(SEED.alipayPlus, note === undefined ? {} : { note });
/** Table says silent; the note below the table says only auth_base is. */
const silentConflict = (name: string) =>
  conflict(
    [
      { reading: `Silent: the Scopes description table marks ${name} "Silent authorization: Yes".`, ref: SEED_REF },
      {
        reading:
          'Consent: the note under the table says "auth_base is used to silently obtain user ID only … All the other scopes are used for proactive user authorization."',
        ref: SEED_REF,
      },
    ],
    "The studio uses the table's reading (silent); switch the flag in a copy of this catalog to simulate the note's.",
  );
const fields = () => assumed(NOTE.scopeToFields);
const NAME_ONLY = "The page gives only the constant name; the meaning and advice are this product's reading of that name.";

export const alipayPlusCatalog: Catalog = {
  slug: "alipay-plus",
  name: "Alipay+ (generic)",
  wallet: "Alipay+ Mini Program Platform",
  region: "Global (Alipay+ partner wallets)",
  countryCode: null,
  description:
    "The generic Alipay+ my.getAuthCode page as stored by the studio (the 13-scope version with a Silent authorization column and an error-code table). " +
    "Its table marks auth_base and the three ID scopes silent, while its note says only auth_base is (a conflict the catalog shows; the studio follows the table); every other scope shows the wallet's consent page. " +
    "Partner wallets white-label this platform and may differ; use this catalog for wallets that have no page of their own (TrueMoney and Kakao Pay are assumed to behave like it).",
  sources: [
    { title: "Alipay+ my.getAuthCode (stored source document)", ref: SEED_REF },
    { title: "Alipay+ Mini Program: User authorization", url: SRC.alipayPlusUserAuthorization },
    { title: "Alipay+ Mini Program: v2 applyToken", url: SRC.alipayPlusApplyTokenV2 },
    { title: "Alipay+ Mini Program: v2 inquiryUserInfo", url: SRC.alipayPlusInquiryUserInfoV2 },
    { title: "my.getAuthCode, besuperapp variant (error / errorMessage)", url: SRC.alipayPlusBesuperappGetAuthCode },
  ],
  scopes: [
    scope({
      name: "auth_base",
      description: "Authorized to obtain the unique user ID.",
      silent: true,
      userInfoFields: ["userId"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_ID",
      description: "Authorized to obtain the unique user ID.",
      silent: true,
      userInfoFields: ["userId"],
      provenance: page(),
      silentProvenance: silentConflict("USER_ID"),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_LOGIN_ID",
      description: "Authorized to obtain the user's login ID.",
      silent: true,
      userInfoFields: ["loginIdInfos[].maskLoginId"],
      provenance: page(),
      silentProvenance: silentConflict("USER_LOGIN_ID"),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "HASH_LOGIN_ID",
      description: "Authorized to obtain the hash user login ID.",
      silent: true,
      userInfoFields: ["loginIdInfos[].hashLoginId"],
      provenance: page(),
      silentProvenance: silentConflict("HASH_LOGIN_ID"),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "auth_user",
      description: "Authorized to obtain the basic user information.",
      silent: false,
      userInfoFields: ["userId", "nickName", "userName", "avatar"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_NAME",
      description: "Authorized to obtain the user name.",
      silent: false,
      userInfoFields: ["userName"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_AVATAR",
      description: "Authorized to obtain the user avatar.",
      silent: false,
      userInfoFields: ["avatar"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_GENDER",
      description: "Authorized to obtain the user's gender.",
      silent: false,
      userInfoFields: ["gender"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_BIRTHDAY",
      // The page has a non-breaking space after "user's" (copy artefact); a plain space is used here.
      description: "Authorized to obtain the user's birthday.",
      silent: false,
      userInfoFields: ["birthDate"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_NATIONALITY",
      description: "Authorized to obtain the user's nationality.",
      silent: false,
      userInfoFields: ["nationality"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "USER_CONTACTINFO",
      description: "Authorized to obtain the user's contact information.",
      silent: false,
      userInfoFields: ["contactInfos[]"],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: fields(),
    }),
    scope({
      name: "NOTIFICATION_INBOX",
      description: "Authorized to send notification to user's notification in app inbox.",
      silent: false,
      userInfoFields: [],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: assumed(
        "Unlocks no userInfo field: the token is used for the inbox/message-send APIs instead (inferred from the scope's purpose).",
      ),
    }),
    scope({
      name: "AGREEMENT_PAY",
      description: "Authorized to auto-debit payment from user's balance or card.",
      silent: false,
      userInfoFields: [],
      provenance: page(),
      silentProvenance: page(),
      fieldsProvenance: assumed(
        "Unlocks no userInfo field: the token is used as the payment method for agreement (auto-debit) payments (inferred from the scope's purpose).",
      ),
    }),
  ],
  errorCodes: [
    errorCode({
      code: 3,
      name: "ERROR_CODE_UNKNOWN_ERROR",
      message: "",
      meaning: "unknown",
      advice:
        "The wallet could not finish the authorization and gave no reason. Retry once; if it keeps happening, check that every requested scope exists for this wallet and that the mini program has been granted the authorization feature, then contact the wallet with the time of the call.",
      provenance: page(NAME_ONLY),
    }),
    errorCode({
      code: 1000,
      name: "ERROR_CODE_UNKNOWN_ERROR",
      message: "",
      meaning: "unknown",
      advice:
        "An unspecified error inside the wallet container (same name as code 3 on this page). Treat it like code 3: retry once, then check the scopes and report it to the wallet if it persists.",
      provenance: page(NAME_ONLY),
    }),
    errorCode({
      code: 1001,
      name: "ERROR_CODE_USER_CANCEL",
      message: "",
      meaning: "user-cancel",
      simulates: ["cancel"],
      advice:
        "The user closed or cancelled the consent page. Do not call my.getAuthCode again straight away: explain why the data is needed and ask again only when the feature needs it.",
      provenance: page(NAME_ONLY),
    }),
    errorCode({
      code: 1002,
      name: "ERROR_CODE_APP_SERVICE_ERROR",
      message: "",
      meaning: "system",
      advice:
        "The wallet app's backing service failed while processing the authorization. Usually transient: let the user retry later; if it persists it is a wallet-side problem to report.",
      provenance: page(NAME_ONLY),
    }),
    errorCode({
      code: 1003,
      name: "ERROR_CODE_TIMEOUT",
      message: "",
      meaning: "timeout",
      simulates: ["timeout", "wallet-timeout"],
      advice:
        "The authorization did not complete in time (slow network or the user left the consent page open). Offer a retry; no authCode was issued.",
      provenance: page(NAME_ONLY),
    }),
    errorCode({
      code: 2001,
      name: "ERRORLCODE_AUTH_PENDING_AGREEMENT",
      message: "",
      meaning: "pending-agreement",
      advice:
        "The authorization is waiting for an agreement to be completed (typically the AGREEMENT_PAY auto-debit signing). Let the user finish signing, then call my.getAuthCode again. The name is spelled ERRORLCODE on the page; match the number, not the name.",
      provenance: page(NAME_ONLY),
    }),
  ],
  jsapi: {
    scopesType: "array",
    scopesRequired: true,
    defaultScope: null,
    scopesProvenance: page(
      "This document marks scopes as an Array, Required Yes. A newer version of the published page makes scopes optional with auth_base as the default (wallet-domain.md §1.2).",
    ),
    resultFields: [
      resultField({
        name: "authCode",
        type: "String",
        presence: "always",
        description: "Authorization code.",
        provenance: page(),
      }),
      resultField({
        name: "authErrorScopes",
        type: "Key-value",
        presence: "optional",
        description: "The scope that fails to grant authorization.",
        provenance: page(),
      }),
      resultField({
        name: "authSuccessScopes",
        type: "Array",
        presence: "optional",
        description: "The scope that succeeds to grant authorization.",
        provenance: page(),
      }),
      ...jsapiFailureFields(
        assumed("Documented for the besuperapp variant of this page (error Int, errorMessage String), not on this page."),
      ),
    ],
    params: [],
    defaultScopeErrorValue: "10001",
    scopeErrorValues: [
      scopeErrorValue({
        value: "10001",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: page(NOTE.errorValueMeaning),
      }),
    ],
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
"authCode":"0000000001T1dc0W0tv448DB00007826"
}`,
      fail: `{
"authErrorScopes":{
"auth_user":"10001"
}
}`,
    },
    examplesProvenance: { request: page(), success: page(), fail: page() },
    dataFlowProvenance: page("The document's data flow: mini program → wallet app → authorization page → wallet backend → authCode → merchant backend → applyToken → accessToken."),
  },
  serverApi: {
    version: "v2",
    customerBelongsTo: null,
    pathPrefixes: ["", "/api/open"],
    endpoints: [
      { spec: "v2.applyToken", provenance: { ...documented(SRC.alipayPlusApplyTokenV2, "POST /v2/authorizations/applyToken."), ref: "wallet-domain.md §2.1" } },
      { spec: "v2.inquiryUserInfo", provenance: { ...documented(SRC.alipayPlusInquiryUserInfoV2, "POST /v2/users/inquiryUserInfo."), ref: "wallet-domain.md §3.1" } },
      { spec: "v2.revoke", provenance: { ...documented("https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_revoke", "POST /v2/authorizations/revoke."), ref: "wallet-domain.md §3.3" } },
    ],
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 600,
    accessTokenTtlSeconds: 86_400,
    refreshTokenTtlSeconds: 172_800,
    rotateRefreshToken: true,
    provenance: documented(
      SRC.alipayPlusApplyTokenV2,
      "v2 paths and result codes (INVALID_AUTHCODE …) and ISO 8601 Request-Time as in the v2 docs; /api/open is the Alipay Connect v2 URL shape. customerBelongsTo is null: the generic platform has no single wallet code.",
    ),
    lifetimesProvenance: assumed(`${NOTE.authCodeTtl} ${NOTE.tokenTtl}`),
  },
};
