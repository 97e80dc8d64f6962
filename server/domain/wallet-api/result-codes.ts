/**
 * Result codes of the mock wallet API (`result{resultCode,resultStatus,resultMessage}`), with the
 * v1/v2 naming drift (v1 `INVALID_CODE`…, v2 `INVALID_AUTHCODE`…) and what each one means for the
 * developer. Messages follow the wallet docs (wallet-domain reference §2.4, §3.1, §3.3); each
 * entry's `provenance` says where its code and message come from. HTTP statuses and advice are
 * the studio's own (`STUDIO_HTTP_AND_ADVICE`: no wallet documents them): business outcomes answer
 * 200 with `resultStatus` F, protocol problems a 4xx. zod-free.
 */
import type { ApiVersion } from "../catalog/schema";
import type { FactProvenance } from "./endpoint-specs";
import type { ResultCodeName } from "./result-code-names";

export type ResultStatus = "S" | "F" | "U";

export type ResultCodeInfo = {
  status: ResultStatus;
  message: string;
  http: number;
  /** Plain-language why it happens and what to do. */
  advice: string;
  /** Where the code and its message come from. */
  provenance: FactProvenance;
};

const COMMON = { fidelity: "documented", ref: "wallet-domain.md §2.4", source: "https://miniprogram.alipay.com/docs-alipayconnect/miniprogram_alipayconnect/mpdev/error_codes", note: "Common error codes for mini program OpenAPIs." } as const;
const V2_APPLY = { fidelity: "documented", ref: "wallet-domain.md §2.4", source: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_applytoken", note: "v2 applyToken codes (English messages via a mirror and third-party constants)." } as const;
const AMS = { fidelity: "documented", ref: "wallet-domain.md §2.4", source: "https://docs.antom.com/ac/ams/accesstokenapp", note: "Antom / AMS result code table." } as const;
const V1_NAME = (v2: string) =>
  ({
    fidelity: "assumed",
    note: `The code is in the v1 applyToken table (wallet-domain.md §2.4), which gives no message; the studio uses the message of its v2 counterpart ${v2}.`,
  }) as const;

export const RESULT_CODES = {
  SUCCESS: { status: "S", message: "success", http: 200, advice: "The call succeeded.", provenance: { fidelity: "documented", ref: "wallet-domain.md §2.3", source: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_applytoken", note: "The success sample." } },
  PARAM_ILLEGAL: {
    status: "F",
    message: "Illegal parameters. For example, non-numeric input, invalid date.",
    http: 400,
    advice: "A header or body field is missing, of the wrong type or too long. The resultMessage names the field; fix the request and send it again.", provenance: COMMON },
  INVALID_API: {
    status: "F",
    message: "The called API is invalid or not active.",
    http: 404,
    advice: "The path does not name an API of this wallet. Check the version (v1/v2), the gateway prefix and the method (POST).", provenance: COMMON },
  ACCESS_DENIED: {
    status: "F",
    message: "Access is denied.",
    http: 403,
    advice: "The client is not allowed this operation, e.g. a scope outside its allowed scopes.", provenance: COMMON },
  PROCESS_FAIL: { status: "F", message: "A general business failure occurred. Do not retry.", http: 200, advice: "Do not retry the same request.", provenance: COMMON },
  UNKNOWN_EXCEPTION: {
    status: "U",
    message: "An API calling is failed, which is caused by unknown reasons.",
    http: 500,
    advice: "The wallet could not decide; retry later with the same request.", provenance: COMMON },
  INVALID_SIGNATURE: {
    status: "F",
    message: "The signature is not validated.",
    http: 401,
    advice:
      "The Signature header did not verify against the client's registered public key. Sign 'POST <uri>\\n<Client-Id>.<Request-Time>.<body>' with SHA256withRSA, base64 then URL-encode it; the signature debugger shows what differed.", provenance: AMS },
  INVALID_AUTH_CLIENT: {
    status: "F",
    message: "Either the authorized merchant does not exist or the merchant does not onboard to the native app.",
    http: 401,
    advice: "The Client-Id (or authClientId) is not a client registered for this wallet. Register the client or use the id the studio assigned.", provenance: V2_APPLY },
  AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE: {
    status: "F",
    message: "The authorized merchant does not support this grant type.",
    http: 400,
    advice: "grantType must be AUTHORIZATION_CODE or REFRESH_TOKEN.", provenance: V2_APPLY },
  INVALID_REFRESH_TOKEN: {
    status: "F",
    message: "The refresh token does not exist.",
    http: 200,
    advice: "The refresh token is unknown, belongs to another client, or its grant was revoked. Run the authorization again (my.getAuthCode, then applyToken).", provenance: V2_APPLY },
  EXPIRED_REFRESH_TOKEN: {
    status: "F",
    message: "The refresh token expires.",
    http: 200,
    advice: "The grant reached its absolute expiry. Get a new authCode with my.getAuthCode, then call applyToken.", provenance: V2_APPLY },
  USED_REFRESH_TOKEN: {
    status: "F",
    message: "The refresh token has been used.",
    http: 200,
    advice:
      "This refresh token was already rotated. Always keep the newest refresh token. The studio then revokes the whole grant (its choice, after RFC 9700's refresh-token reuse detection; assumed, no wallet source states it), so authorize again.", provenance: V2_APPLY },
  INVALID_AUTHCODE: {
    status: "F",
    message: "The authorization code does not exist.",
    http: 200,
    advice: "The code is unknown to this wallet, or was issued for another client. Get a new authCode with my.getAuthCode.", provenance: V2_APPLY },
  USED_AUTHCODE: {
    status: "F",
    message: "The authorization code has been used.",
    http: 200,
    advice: "An authCode is single-use. Do not retry applyToken with the same code; get a new one with my.getAuthCode.", provenance: V2_APPLY },
  EXPIRED_AUTHCODE: {
    status: "F",
    message: "The authorization code expires.",
    http: 200,
    advice: "Exchange the authCode promptly after my.getAuthCode returns it; get a new one.", provenance: V2_APPLY },
  INVALID_CODE: {
    status: "F",
    message: "The authorization code does not exist.",
    http: 200,
    advice: "The code is unknown to this wallet, or was issued for another client. Get a new authCode with my.getAuthCode.", provenance: V1_NAME("INVALID_AUTHCODE") },
  USED_CODE: {
    status: "F",
    message: "The authorization code has been used.",
    http: 200,
    advice: "An authCode is single-use. Do not retry applyToken with the same code; get a new one with my.getAuthCode.", provenance: V1_NAME("USED_AUTHCODE") },
  EXPIRED_CODE: {
    status: "F",
    message: "The authorization code expires.",
    http: 200,
    advice: "Exchange the authCode promptly after my.getAuthCode returns it; get a new one.", provenance: V1_NAME("EXPIRED_AUTHCODE") },
  INVALID_ACCESS_TOKEN: {
    status: "F",
    message: "The access token is expired, revoked, or does not exist.",
    http: 200,
    advice: "The access token is unknown, revoked, or belongs to another client. Refresh it with applyToken (REFRESH_TOKEN) or authorize again.", provenance: AMS },
  EXPIRED_ACCESS_TOKEN: {
    status: "F",
    message: "The access token is expired.",
    http: 200,
    advice: "Renew it with applyToken using grantType REFRESH_TOKEN.", provenance: COMMON },
} as const satisfies Record<ResultCodeName, ResultCodeInfo>;

export type ResultCode = keyof typeof RESULT_CODES;

export type Result = { resultCode: ResultCode; resultStatus: ResultStatus; resultMessage: string };

/** The code-lifecycle failures whose names differ between v1 and v2. */
export type CodeFailure = "invalid" | "used" | "expired";

export function codeFailure(kind: CodeFailure, version: ApiVersion): ResultCode {
  const v2 = { invalid: "INVALID_AUTHCODE", used: "USED_AUTHCODE", expired: "EXPIRED_AUTHCODE" } as const;
  const v1 = { invalid: "INVALID_CODE", used: "USED_CODE", expired: "EXPIRED_CODE" } as const;
  return version === "v1" ? v1[kind] : v2[kind];
}

/** Build a `result` object; `detail` is appended to the documented message to say exactly what was wrong. */
export function result(code: ResultCode, detail?: string): Result {
  const info = RESULT_CODES[code];
  return { resultCode: code, resultStatus: info.status, resultMessage: detail ? `${info.message} ${detail}` : info.message };
}

export function httpStatusOf(code: ResultCode): number {
  return RESULT_CODES[code].http;
}

/** The result codes an endpoint can answer, in the catalog's naming (for docs, snippets and the UI). */
export function resultCodesFor(endpoint: "applyToken" | "inquiryUserInfo" | "revoke", version: ApiVersion): ResultCode[] {
  const common: ResultCode[] = ["SUCCESS", "PARAM_ILLEGAL", "INVALID_API", "INVALID_SIGNATURE", "INVALID_AUTH_CLIENT", "UNKNOWN_EXCEPTION"];
  if (endpoint === "applyToken") {
    return [
      ...common,
      "AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE",
      codeFailure("invalid", version),
      codeFailure("used", version),
      codeFailure("expired", version),
      "INVALID_REFRESH_TOKEN",
      "USED_REFRESH_TOKEN",
      "EXPIRED_REFRESH_TOKEN",
      "ACCESS_DENIED",
    ];
  }
  return [...common, "INVALID_ACCESS_TOKEN", "EXPIRED_ACCESS_TOKEN"];
}
