/**
 * Touch 'n Go eWallet (Malaysia), from the TNG getAuthCode page as summarised in wallet-domain.md §1.4:
 * the Silent and Preassign columns, the two documented alias pairs and the "data points" per scope.
 *
 * The data points are documented; the userInfo field paths they are mapped to are this product's.
 * TNG's JSAPI error table and callback examples are not in the stored sources: the error codes are the
 * assumed common pair and the examples are illustrative (same call shape as the other wallets).
 */
import type { Catalog, Scope } from "../schema";
import { alipayPlusDataFlow, assumed, assumedCommonErrorCodes, assumedSuccessScopes, commonResultFields, documented, illustrative, scope, scopeErrorValue } from "./provenance";
import { NOTE, SRC } from "./sources";

const PAGE = SRC.tngGetAuthCode;

function tngScope(input: {
  name: string;
  aliases?: string[];
  silent: boolean;
  preassigned: boolean;
  dataPoints: string;
  userInfoFields: string[];
}): Scope {
  return scope({
    name: input.name,
    description: `Data points: ${input.dataPoints}.`,
    silent: input.silent,
    userInfoFields: input.userInfoFields,
    aliases: input.aliases ?? [],
    preassigned: input.preassigned,
    provenance: documented(PAGE),
    silentProvenance: documented(PAGE, "Silent = no permission page is shown; Preassign = granted to every merchant without applying to TNG business."),
    fieldsProvenance: assumed(
      `TNG documents the data points (${input.dataPoints}); the userInfo field paths they map to are this product's choice.`,
    ),
  });
}

export const touchNGoCatalog: Catalog = {
  slug: "touch-n-go",
  name: "Touch 'n Go eWallet (Malaysia)",
  wallet: "Touch 'n Go eWallet",
  region: "Malaysia",
  countryCode: "MY",
  description:
    "Touch 'n Go eWallet's my.getAuthCode: scopes may be a string or an array, are optional (default auth_base) and case-sensitive. " +
    "TNG accepts BASE_USER_INFO for auth_base and USER_INFO for auth_user, publishes which data points each scope releases, and marks scopes as Preassign (granted to every merchant) or needing TNG business approval. " +
    "Server side uses the v1 API naming (INVALID_CODE / USED_CODE / EXPIRED_CODE) behind the /acl/api gateway prefix.",
  sources: [
    { title: "Touch 'n Go eWallet Mini Program: my.getAuthCode", url: PAGE },
    { title: "Touch 'n Go eWallet Mini Program: v1 applyToken", url: SRC.tngApplyTokenV1 },
  ],
  scopes: [
    tngScope({
      name: "auth_base",
      aliases: ["BASE_USER_INFO"],
      silent: true,
      preassigned: true,
      dataPoints: "Wallet Account ID",
      userInfoFields: ["userId"],
    }),
    tngScope({
      name: "auth_user",
      aliases: ["USER_INFO"],
      silent: false,
      preassigned: true,
      dataPoints: "Registered Name, Registered Mobile Number, Registered Email Address",
      userInfoFields: ["userId", "userName.fullName", "loginIdInfos[].loginId", "contactInfos[].contactNo"],
    }),
    tngScope({
      name: "USER_NAME",
      silent: false,
      preassigned: false,
      dataPoints: "Profile Name",
      userInfoFields: ["userName"],
    }),
    tngScope({
      name: "USER_AVATAR",
      silent: false,
      preassigned: false,
      dataPoints: "Profile Picture",
      userInfoFields: ["avatar"],
    }),
    tngScope({
      name: "USER_GENDER",
      silent: false,
      preassigned: false,
      dataPoints: "Gender (TNGD does not store gender as mandatory; derive it from the NRIC number)",
      userInfoFields: ["gender"],
    }),
    tngScope({
      name: "USER_BIRTHDAY",
      silent: false,
      preassigned: false,
      dataPoints: "Date of Birthday",
      userInfoFields: ["birthDate"],
    }),
    tngScope({
      name: "USER_NATIONALITY",
      silent: false,
      preassigned: false,
      dataPoints: "Nationality",
      userInfoFields: ["nationality"],
    }),
    tngScope({
      name: "USER_CONTACTINFO",
      silent: false,
      preassigned: false,
      dataPoints: "Verified Mobile Number, Profile Email Address",
      userInfoFields: ["contactInfos[]"],
    }),
    tngScope({
      name: "USER_ADDRESS",
      silent: false,
      preassigned: false,
      dataPoints: "Address",
      userInfoFields: ["address"],
    }),
    tngScope({
      name: "USER_INFO_EKYC",
      silent: false,
      preassigned: false,
      dataPoints: "Verified Name, ID Type, ID Number, Nationality, Address, Date of Birth, Occupation, Nature of Business",
      userInfoFields: [
        "ekycInfo.verifiedName",
        "ekycInfo.idType",
        "ekycInfo.idNumber",
        "ekycInfo.nationality",
        "ekycInfo.address",
        "ekycInfo.dateOfBirth",
        "ekycInfo.occupation",
        "ekycInfo.natureOfBusiness",
      ],
    }),
  ],
  errorCodes: assumedCommonErrorCodes("TNG's JSAPI error codes are not in the stored sources."),
  jsapi: {
    scopesType: "string-or-array",
    scopesRequired: false,
    defaultScope: "auth_base",
    scopesProvenance: documented(PAGE, "scopes: String/Array, Mandatory N, default auth_base; scope names are case-sensitive."),
    params: [],
    resultFields: commonResultFields("TNG's callback table is not in the stored sources.", assumedSuccessScopes("TNG")),
    defaultScopeErrorValue: "10001",
    scopeErrorValues: [
      scopeErrorValue({
        value: "10001",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: assumed(
          `No TNG example shows an authErrorScopes value; 10001 is the value on the generic Alipay+ page. ${NOTE.errorValueMeaning}`,
        ),
      }),
    ],
    // Illustrative: TNG's own examples are not in the stored sources.
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
      success: `{
  "authCode": "0000000001T1dc0W0tv448DB00007826",
  "authSuccessScopes": ["auth_user"]
}`,
      fail: `{
  "authErrorScopes": {
    "auth_user": "10001"
  }
}`,
    },
    examplesProvenance: { request: illustrative("TNG"), success: illustrative("TNG"), fail: illustrative("TNG") },
    dataFlowProvenance: alipayPlusDataFlow("TNG"),
  },
  serverApi: {
    version: "v1",
    customerBelongsTo: "TNG",
    pathPrefixes: ["", "/acl/api"],
    endpoints: [
      { spec: "v1.applyToken", provenance: { ...documented(SRC.tngApplyTokenV1, "POST /v1/authorizations/applyToken."), ref: "wallet-domain.md §2.1" } },
      {
        spec: "v1.inquiryUserInfoByAccessToken",
        provenance: { ...documented("https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/lab2r2", "POST /v1/customers/user/inquiryUserInfoByAccessToken."), ref: "wallet-domain.md §3.1" },
      },
      { spec: "v1.cancelToken", provenance: { ...documented("https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/uh7agv", "POST /v1/authorizations/cancelToken."), ref: "wallet-domain.md §3.3" } },
    ],
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 600,
    accessTokenTtlSeconds: 86_400,
    refreshTokenTtlSeconds: 172_800,
    rotateRefreshToken: true,
    provenance: documented(
      SRC.tngApplyTokenV1,
      "v1 applyToken with INVALID_CODE / USED_CODE / EXPIRED_CODE; URL shape https://{host}/acl/api/{restful_path}; TNG is a documented customerBelongsTo value (sent in extendInfo for v1).",
    ),
    lifetimesProvenance: assumed(`${NOTE.authCodeTtl} ${NOTE.tokenTtl}`),
  },
};
