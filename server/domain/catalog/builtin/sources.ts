/**
 * Source pages cited by the built-in catalogs (all taken from the project's wallet-domain reference,
 * which lists the stored copies they were read from).
 */
export const SRC = {
  alipayPlusGetAuthCode: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/api_openapi_getauthcode",
  alipayPlusDemoGetAuthCode: "https://miniprogram.alipay.com/docs-demo/miniprogram_demo/mpdev/api_openapi_getauthcode",
  alipayPlusBesuperappGetAuthCode:
    "https://miniprogram.alipay.com/docs-besuperapp/miniprogram_besuperapp/mpdev/api_openapi_getauthcode",
  alipayPlusUserAuthorization: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/api_openapi_userauthorization",
  alipayPlusApplyTokenV2: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_applytoken",
  alipayPlusInquiryUserInfoV2: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_users_inquiryuserinfo",
  alipayConnectOpenApiOverview:
    "https://miniprogram.alipay.com/docs-alipayconnect/miniprogram_alipayconnect/mpdev/openapi_overview",

  danaGetAuthCode: "https://mini-program.dana.id/docs/miniprogram_dana/mpdev/api_openapi_getauthcode",

  tngGetAuthCode: "https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/api_openapi_getauthcode",
  tngApplyTokenV1: "https://miniprogram.tngdigital.com.my/docs/miniprogram_tngd/mpdev/qfd7r1",

  gcashGetAuthCode: "https://miniprogram.gcash.com/docs/miniprogram_gcash/mpdev/api_openapi_getauthcode",
  gcashUserAuthorization: "https://miniprogram.gcash.com/docs/miniprogram_gcash/mpdev/api_openapi_userauthorization",
  gcashApplyTokenV2: "https://miniprogram.gcash.com/docs/miniprogram_gcash/mpdev/v2_applytoken",
  gcashOpenApiOverview: "https://miniprogram.gcash.com/docs/miniprogram_gcash/mpdev/openapi_overview",

  alipayHkGetAuthCodeJsapi: "https://docs.alipay.hk/alipayhkdocs/hk/userauth_ekyc/getAuthCode_jsapi",
  alipayHkGetAuthCodeH5: "https://docs.alipay.hk/alipayhkdocs/hk/userauth_ekyc/getAuthCode_H5",
  alipayHkAutoEarn: "https://docs.alipay.hk/alipayhkdocs/hk/auto_earn/api_list",
  alipayHkAutoDebitToken: "https://docs.antom.com/ac/hk_auto_debit/token",

  alipayCnGetAuthCode: "https://opendocs.alipay.com/mini/api/openapi-authorize",
  miniTypingsRepo: "https://github.com/ant-mini-program/api-typings",

  superQiGetAuthCode: "https://miniapps.qi.iq/docs/miniprogram_qineo/mpdev/api_openapi_getauthcode",
  superQiApplyToken: "https://miniapps.qi.iq/docs/miniprogram_qineo/mpdev/v2_applytoken",

  vodaPayGetAuthCode: "https://developer.vodapay.vodacom.co.za/docs/miniprogram_vodacom/mpdev/api_openapi_getauthcode",
} as const;

/** The two stored source documents (`../shared/seeds/`, copied to `docs/sources/`). */
export const SEED = {
  alipayPlus: "000_990cf4b666aceb78.txt",
  dana: "002_8c0ea364592096bb.txt",
} as const;

/** The section of the studio's wallet-domain reference in which each page was read. */
const REFS: Record<string, string> = {
  [SRC.alipayPlusGetAuthCode]: "wallet-domain.md §1.2",
  [SRC.alipayPlusDemoGetAuthCode]: "wallet-domain.md §1.2",
  [SRC.alipayPlusBesuperappGetAuthCode]: "wallet-domain.md §1.2",
  [SRC.alipayPlusUserAuthorization]: "wallet-domain.md §5.1",
  [SRC.alipayPlusApplyTokenV2]: "wallet-domain.md §2.2",
  [SRC.alipayPlusInquiryUserInfoV2]: "wallet-domain.md §3.1",
  [SRC.alipayConnectOpenApiOverview]: "wallet-domain.md §2.1",
  [SRC.danaGetAuthCode]: "wallet-domain.md §1.5",
  [SRC.tngGetAuthCode]: "wallet-domain.md §1.4",
  [SRC.tngApplyTokenV1]: "wallet-domain.md §2.2",
  [SRC.gcashGetAuthCode]: "wallet-domain.md §1.3",
  [SRC.gcashUserAuthorization]: "wallet-domain.md §1.3",
  [SRC.gcashApplyTokenV2]: "wallet-domain.md §2.1",
  [SRC.gcashOpenApiOverview]: "wallet-domain.md §2.1",
  [SRC.alipayHkGetAuthCodeJsapi]: "wallet-domain.md §1.6",
  [SRC.alipayHkGetAuthCodeH5]: "wallet-domain.md §1.6",
  [SRC.alipayHkAutoEarn]: "wallet-domain.md §1.6",
  [SRC.alipayHkAutoDebitToken]: "wallet-domain.md §2.5",
  [SRC.alipayCnGetAuthCode]: "wallet-domain.md §1.7",
  [SRC.miniTypingsRepo]: "wallet-domain.md §6.1",
  [SRC.superQiGetAuthCode]: "wallet-domain.md §1.8",
  [SRC.superQiApplyToken]: "wallet-domain.md §2.2",
  [SRC.vodaPayGetAuthCode]: "wallet-domain.md §1.8",
};

/** The reference section a cited page was read in, when the built-ins cite it. */
export function refOf(url: string): string | undefined {
  return REFS[url];
}

/** Product-wide notes reused by several catalogs. */
export const NOTE = {
  errorValueMeaning:
    "No stored source defines what this authErrorScopes value means; it is seen only as an example value.",
  scopeToFields:
    "Only Touch 'n Go publishes a scope-to-data table; this userInfo field mapping is inferred from the scope and field names.",
  authCodeTtl:
    "No Alipay+ mini program authCode lifetime is documented; 10 minutes follows RFC 6749's recommended maximum for authorization codes.",
  tokenTtl:
    "Access and refresh token lifetimes are wallet-defined and not documented; the doc examples put refreshTokenExpiryTime 2 days after accessTokenExpiryTime. The mock uses 1 day / 2 days so both expiries can be exercised. Refresh-token rotation follows Antom's note that some wallets rotate it on refresh.",
} as const;
