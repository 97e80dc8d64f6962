/**
 * DANA (Indonesia) `my.getAuthCode`, exactly as the stored page (seeds/002_8c0ea364592096bb.txt, copied to docs/sources/dana-getauthcode.txt,
 * dated 2025-05-27) shows it: 25 scopes in the page's order with its descriptions, the conditional
 * response fields, the examples and the error-code table.
 *
 * One deliberate change to the copied text: the copy spells "motherâ€™s" — UTF-8 "’" decoded as
 * Windows-1252, an encoding artefact of the copy, not the doc's spelling. The description below uses
 * "mother’s".
 *
 * DANA documents no silent/consent column and no response model for the user data, so every scope's
 * silent flag and field list are assumptions (wallet-domain.md §8 item 5).
 */
import type { Catalog, Scope } from "../schema";
import { assumed, errorCode, jsapiFailureFields, resultField, scope, scopeErrorValue, seed } from "./provenance";
import { NOTE, SEED, SRC } from "./sources";

const PAGE = SRC.danaGetAuthCode;
/** Stated by the stored DANA page (seeds/002_8c0ea364592096bb.txt), a copy of `PAGE`. */
const page = (note?: string) => seed(SEED.dana, note === undefined ? { source: PAGE } : { source: PAGE, note });

const SILENT_NOTE =
  "DANA documents no silent/consent column; every scope is assumed to show the consent page (the safer choice for KYC, income and bank data).";
const FIELDS_NOTE =
  "DANA documents no response model for this data; the userInfo field path is this product's invention so the mock and the snippets have something to return.";

/** [scope, description as on the page, invented userInfo field paths]. */
const DANA_SCOPES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["USER_LOGIN_ID", "Authorized to obtain users' phone numbers", ["loginIdInfos[].loginId"]],
  ["KYC_INFO", "Authorized to obtain users' KYC information", ["kycInfo"]],
  ["USER_CONTACTINFO_EMAIL", "Authorized to obtain users' email information", ["email"]],
  [
    "USER_BIOLOGICAL_MOTHER_NAME",
    // Copy reads "motherâ€™s" (mojibake of "’"); fixed here.
    "Authorized to obtain users' biological mother’s name information",
    ["biologicalMotherName"],
  ],
  ["USER_EDUCATION_LEVEL", "Authorized to obtain users' education level information", ["educationLevel"]],
  ["USER_OCCUPATION", "Authorized to obtain users' occupation information", ["occupation"]],
  ["USER_MONTHLY_INCOME", "Authorized to obtain users' monthly income information", ["monthlyIncome"]],
  ["USER_INCOME_SOURCE", "Authorized to obtain users' source of income information", ["incomeSource"]],
  ["INVESTMENT_PURPOSE", "Authorized to obtain users' purpose of investment information", ["investmentPurpose"]],
  ["USER_INVESTING_EXPERIENCE", "Authorized to obtain users' investing experience information", ["investingExperience"]],
  ["USER_POSTAL_CODE", "Authorized to obtain users' address postal code information", ["address.postalCode"]],
  ["USER_OFFICE_NAME", "Authorized to obtain users' office name information", ["officeAddress.officeName"]],
  ["EMPLOYER_BIZ_CTG", "Authorized to obtain users' employer business category information", ["employerBusinessCategory"]],
  ["USER_JOB", "Authorized to obtain users' job status information", ["jobStatus"]],
  ["USER_WORKING_EXPERIENCE", "Authorized to obtain users' working experience information", ["workingExperience"]],
  ["USER_OFFICE_ADDRESS", "Authorized to obtain users' office address information", ["officeAddress.address"]],
  ["USER_OFFICE_PROVINCE", "Authorized to obtain users' office province information", ["officeAddress.province"]],
  ["USER_OFFICE_REGENCY", "Authorized to obtain users' office regency information", ["officeAddress.regency"]],
  ["USER_OFFICE_DISTRICT", "Authorized to obtain users' office district information", ["officeAddress.district"]],
  ["USER_OFFICE_VILLAGE", "Authorized to obtain users' office village information", ["officeAddress.village"]],
  ["USER_OFFICE_POSTAL_CODE", "Authorized to obtain users' office postal code information", ["officeAddress.postalCode"]],
  ["USER_BANK_NAME", "Authorized to obtain users' bank name information", ["bankAccount.bankName"]],
  ["USER_BANK_ACCOUNT_NUMBER", "Authorized to obtain users' bank account number information", ["bankAccount.accountNumber"]],
  ["USER_ACCOUNT_HOLDER_NAME", "Authorized to obtain users' account holder name information", ["bankAccount.accountHolderName"]],
  [
    "SUBSCRIPTION",
    "Authorized to enable users to use the Subscription with Static Amount - Mini Program solution",
    [],
  ],
];

function danaScope([name, description, userInfoFields]: readonly [string, string, readonly string[]]): Scope {
  return scope({
    name,
    description,
    silent: false,
    userInfoFields: [...userInfoFields],
    provenance: page(),
    silentProvenance: assumed(SILENT_NOTE),
    fieldsProvenance:
      userInfoFields.length === 0
        ? assumed("Unlocks no userInfo field: it enables the subscription (static amount) payment solution instead.")
        : assumed(FIELDS_NOTE),
  });
}

export const danaCatalog: Catalog = {
  slug: "dana",
  name: "DANA (Indonesia)",
  wallet: "DANA",
  region: "Indonesia",
  countryCode: "ID",
  description:
    "DANA's my.getAuthCode page (mini-program.dana.id, dated 2025-05-27): 25 fine-grained scopes for phone number, KYC, income, office address and bank data, with no auth_base/auth_user. " +
    "Response fields are conditional: authCode and authSuccessScopes on success, authErrorScopes on failure. " +
    "DANA documents neither which scopes are silent nor the server API that turns the authCode into user data; the mock serves the Alipay+ v2 REST shape with invented field names.",
  sources: [
    { title: "DANA Mini Program: my.getAuthCode", url: PAGE, ref: `seeds/${SEED.dana}` },
    { title: "Alipay+ Mini Program: v2 applyToken (customerBelongsTo DANA)", url: SRC.alipayPlusApplyTokenV2 },
  ],
  scopes: DANA_SCOPES.map(danaScope),
  errorCodes: [
    errorCode({
      code: 3,
      name: "",
      message: "Unknown Error",
      meaning: "unknown",
      advice:
        "DANA could not finish the authorization and gave no reason. Retry once; if it keeps happening, check that the requested scopes are enabled for your mini program in DANA's portal.",
      provenance: page("Meaning and advice are this product's reading of the message."),
    }),
    errorCode({
      code: 10,
      name: "",
      message: "Empty Data",
      meaning: "empty-result",
      advice:
        "The call returned no authorization data (the besuperapp variant names code 10 \"Empty authCode\"). Retry; if the user has no data for a requested scope (e.g. no KYC), request fewer scopes.",
      provenance: page("Meaning and advice are this product's reading of the message and of the besuperapp page's code 10.",
      ),
    }),
    errorCode({
      code: 11,
      name: "",
      message: "Unauthorized to Get User Info",
      meaning: "user-denied",
      simulates: ["cancel"],
      advice:
        "The user did not authorize access to the requested data. Explain why it is needed and ask again only when the feature needs it. If it happens without the user refusing, check that your mini program is allowed to request these scopes.",
      provenance: page("Classified as user-denied because code 11 means the user cancelled/denied on every platform that documents it; the wording could also mean the mini program lacks permission. The simulator answers it when the user cancels, as wallet-domain.md §5.4 reads it.",
      ),
    }),
  ],
  jsapi: {
    scopesType: "array",
    scopesRequired: true,
    defaultScope: null,
    scopesProvenance: page("scopes: Array of String, Mandatory."),
    resultFields: [
      resultField({
        name: "authCode",
        type: "String",
        presence: "on-success",
        description: "Authorization code",
        provenance: page(),
      }),
      resultField({
        name: "authErrorScopes",
        type: "Key-value",
        presence: "on-failure",
        description: "The scope that failed to grant authorization, key is the scope and value is the error",
        provenance: page(),
      }),
      resultField({
        name: "authSuccessScopes",
        type: "Array",
        presence: "on-success",
        description: "The scope that succeed to grant authorization",
        provenance: page(),
      }),
      ...jsapiFailureFields(
        assumed(
          "DANA's page lists JSAPI error codes but no error/errorMessage fields; the field names come from the besuperapp and Alipay Connect variants.",
        ),
      ),
    ],
    defaultScopeErrorValue: "40006",
    scopeErrorValues: [
      scopeErrorValue({
        value: "40006",
        meaning: "The scope was not granted (exact meaning not documented).",
        provenance: page(NOTE.errorValueMeaning),
      }),
    ],
    params: [],
    examples: {
      request: `my.getAuthCode({
  scopes: ['USER_LOGIN_ID'],
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
    "authCode":"1591797390204",
    "authSuccessScopes":['USER_LOGIN_ID']
}`,
      fail: `{
    "authErrorScopes":{
       "USER_LOGIN_ID":"40006"
    }
}`,
    },
    examplesProvenance: { request: page(), success: page(), fail: page() },
    dataFlowProvenance: assumed(
      "The DANA page shows no data flow; the steps follow the Alipay+ page's (seeds/000_990cf4b666aceb78.txt), and DANA's server API behind them is not in the sources.",
    ),
  },
  serverApi: {
    version: "v2",
    customerBelongsTo: "DANA",
    pathPrefixes: ["", "/api/open"],
    endpoints: (["v2.applyToken", "v2.inquiryUserInfo", "v2.revoke"] as const).map((spec) => ({
      spec,
      provenance: assumed("DANA's mini-program server API is not in the sources (wallet-domain.md §3.2, §8 item 5); the mock serves the Alipay+ v2 endpoints."),
    })),
    requestTimeFormat: "iso8601",
    authCodeTtlSeconds: 600,
    accessTokenTtlSeconds: 86_400,
    refreshTokenTtlSeconds: 172_800,
    rotateRefreshToken: true,
    provenance: assumed(
      "DANA's mini-program server API for getAuthCode codes was not found (only the SNAP widget-binding APIs are documented); the mock answers the Alipay+ v2 REST shape. DANA is a documented customerBelongsTo value of Alipay+ v2 applyToken.",
    ),
    lifetimesProvenance: assumed(`${NOTE.authCodeTtl} ${NOTE.tokenTtl}`),
  },
};
