/**
 * Magic values, like a card network's test card numbers: auth codes and tokens that need no setup
 * and give the same answer on every catalog, any registered client, v1 and v2 paths (in the
 * endpoint's naming). They are never stored, never yield user data, and no token comes of them.
 * The README's table and `GET /api/magic-values` are generated from this list (a test compares them).
 */
import type { ApiVersion } from "../catalog/schema";
import type { Operation } from "./request";
import { codeFailure, type ResultCode } from "./result-codes";

type Field = "authCode" | "refreshToken" | "accessToken";

type MagicValue = {
  value: string;
  field: Field;
  /** The answer, by API version (v1 and v2 name code failures differently). */
  result: (version: ApiVersion) => ResultCode;
  /** Wait this long before answering. */
  delayMs?: number;
  description: string;
};

const MAGIC: readonly MagicValue[] = [
  { value: "magic_code_expired", field: "authCode", result: (v) => codeFailure("expired", v), description: "An auth code whose lifetime has ended." },
  { value: "magic_code_used", field: "authCode", result: (v) => codeFailure("used", v), description: "An auth code that was already redeemed." },
  { value: "magic_code_other_client", field: "authCode", result: (v) => codeFailure("invalid", v), description: "An auth code issued to another client." },
  { value: "magic_code_process_fail", field: "authCode", result: () => "PROCESS_FAIL", description: "The wallet's general business failure (resultStatus F: do not retry)." },
  {
    value: "magic_code_slow",
    field: "authCode",
    result: () => "UNKNOWN_EXCEPTION",
    delayMs: 3000,
    description: "Answers after 3 seconds, with UNKNOWN_EXCEPTION (resultStatus U): for your client's timeout and retry.",
  },
  { value: "magic_refresh_expired", field: "refreshToken", result: () => "EXPIRED_REFRESH_TOKEN", description: "A refresh token past its grant's absolute expiry." },
  { value: "magic_refresh_used", field: "refreshToken", result: () => "USED_REFRESH_TOKEN", description: "A refresh token already exchanged for a newer one." },
  { value: "magic_access_expired", field: "accessToken", result: () => "EXPIRED_ACCESS_TOKEN", description: "An access token past its expiry." },
  { value: "magic_access_revoked", field: "accessToken", result: () => "INVALID_ACCESS_TOKEN", description: "An access token that was revoked." },
];

const ENDPOINT_OF: Record<Field, string> = {
  authCode: "applyToken (grantType AUTHORIZATION_CODE)",
  refreshToken: "applyToken (grantType REFRESH_TOKEN)",
  accessToken: "inquiryUserInfo, revoke / cancelToken",
};

function presented(operation: Operation): { field: Field; value: string } {
  switch (operation.kind) {
    case "exchange-code":
      return { field: "authCode", value: operation.authCode };
    case "refresh":
      return { field: "refreshToken", value: operation.refreshToken };
    case "user-info":
    case "revoke":
      return { field: "accessToken", value: operation.accessToken };
  }
}

/** The answer a magic value gives this call, or null when the call presents none. */
export function magicAnswer(operation: Operation, version: ApiVersion): { code: ResultCode; delayMs: number; detail: string } | null {
  const { field, value } = presented(operation);
  const magic = MAGIC.find((entry) => entry.value === value && entry.field === field);
  if (!magic) return null;
  return { code: magic.result(version), delayMs: magic.delayMs ?? 0, detail: `(magic value ${magic.value})` };
}

export type MagicValueEntry = { value: string; endpoint: string; result: string; description: string };

/** The documented table: `result` in v2 naming, with the v1 name where it differs. */
export function magicValueTable(): MagicValueEntry[] {
  return MAGIC.map((magic) => {
    const v2 = magic.result("v2");
    const v1 = magic.result("v1");
    return { value: magic.value, endpoint: ENDPOINT_OF[magic.field], result: v1 === v2 ? v2 : `${v2} (v1: ${v1})`, description: magic.description };
  });
}
