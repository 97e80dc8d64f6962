/**
 * The mock wallet's result code names, apart from their messages, advice and provenance
 * (`result-codes.ts`), so the fault-rule form can offer them with almost no weight.
 */
export const RESULT_CODE_NAMES = [
  "SUCCESS",
  "PARAM_ILLEGAL",
  "INVALID_API",
  "ACCESS_DENIED",
  "PROCESS_FAIL",
  "UNKNOWN_EXCEPTION",
  "INVALID_SIGNATURE",
  "INVALID_AUTH_CLIENT",
  "AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE",
  "INVALID_REFRESH_TOKEN",
  "EXPIRED_REFRESH_TOKEN",
  "USED_REFRESH_TOKEN",
  "INVALID_AUTHCODE",
  "USED_AUTHCODE",
  "EXPIRED_AUTHCODE",
  "INVALID_CODE",
  "USED_CODE",
  "EXPIRED_CODE",
  "INVALID_ACCESS_TOKEN",
  "EXPIRED_ACCESS_TOKEN",
] as const;

export type ResultCodeName = (typeof RESULT_CODE_NAMES)[number];
