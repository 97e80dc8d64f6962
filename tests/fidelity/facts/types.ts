/**
 * The shape of a fidelity row: one fact a source states (or leaves open), the catalog it belongs to,
 * what the running product must do or show, the label ("documented", "assumed" or "conflict") the
 * product must give the fact, and where the fact was read.
 *
 * Rows are written from the sources — the seed pages (`seeds/…`, copied in docs/sources) and
 * `wallet-domain.md` — and from the binding decisions in issue 12's DECISIONS.md; never from the
 * product's code. Label rule (DECISIONS.md): [OFF]/[MIR] = documented; [3P], [UNCONF] and the
 * product's own choices = assumed; a source that contradicts itself = conflict.
 */

export type CatalogSlug = "alipay-plus" | "dana" | "touch-n-go" | "gcash" | "alipay-hk" | "alipay-cn" | "superqi" | "vodapay";

export const CATALOG_SLUGS: readonly CatalogSlug[] = ["alipay-plus", "dana", "touch-n-go", "gcash", "alipay-hk", "alipay-cn", "superqi", "vodapay"];

export type FidelityLabel = "documented" | "assumed" | "conflict";

/** `seeds/<file>:<line>` or `seeds/<file>:<first>-<last>`, or `wallet-domain.md §<section>`. */
export type SourceRef = `seeds/${string}.txt:${string}` | `wallet-domain.md §${string}`;

export const SEED_ALIPAY_PLUS = "seeds/000_990cf4b666aceb78.txt";
export const SEED_DANA = "seeds/002_8c0ea364592096bb.txt";

export type EndpointId =
  | "v2.applyToken"
  | "v1.applyToken"
  | "v2.inquiryUserInfo"
  | "v1.inquiryUserInfo"
  | "v1.inquiryUserInfoByAccessToken"
  | "v2.revoke"
  | "v1.cancelToken";

/** The wallet paths of the mock's endpoints (wallet-domain.md §2.1, §3.1, §3.3). */
export const ENDPOINT_PATHS: Record<EndpointId, string> = {
  "v2.applyToken": "/v2/authorizations/applyToken",
  "v1.applyToken": "/v1/authorizations/applyToken",
  "v2.inquiryUserInfo": "/v2/users/inquiryUserInfo",
  "v1.inquiryUserInfo": "/v1/users/inquiryUserInfo",
  "v1.inquiryUserInfoByAccessToken": "/v1/customers/user/inquiryUserInfoByAccessToken",
  "v2.revoke": "/v2/authorizations/revoke",
  "v1.cancelToken": "/v1/authorizations/cancelToken",
};

export const ALL_ENDPOINTS = Object.keys(ENDPOINT_PATHS) as EndpointId[];

export type CallbackKey = "authCode" | "authSuccessScopes" | "authErrorScopes" | "error" | "errorMessage";

/** One run of `my.getAuthCode` through POST /api/simulations, and the payload it must fire. */
export type CallbackExpectation = {
  /** Passed as `scopes`; omitted = the mini program passes none. */
  scopes?: string[];
  outcome: string;
  refuse?: string[];
  /** Extra JSAPI parameters (AlipayHK's required authClientId), sent as `params`. */
  params?: Record<string, string>;
  callback: "success" | "fail";
  /** The payload's keys, exactly (plus any of `optionalKeys`). */
  keys: CallbackKey[];
  optionalKeys?: CallbackKey[];
  /** `error` must be this code (or one of these codes). */
  error?: number | number[];
  errorMessage?: string;
  /** `authSuccessScopes`, exactly, in request order. */
  successScopes?: string[];
  /** The keys of `authErrorScopes`, exactly. */
  errorScopes?: string[];
  /** Why the run relies on assumed facts (for the reader; the answer's `assumptions` must not be empty). */
  reliesOnAssumed: string[];
};

/** A signed request to the mock wallet API and the answer it must get. */
export type ApiExpectation = {
  endpoint: EndpointId;
  /** Gateway prefix in front of the wallet path ("" = none). */
  prefix: string;
  /** The body; `$CLIENT` in a string value is replaced by the catalog's registered client id. */
  body: Record<string, unknown>;
  resultCode: string;
  resultStatus?: "S" | "F" | "U";
  httpStatus?: number;
  /** resultMessage starts with this text. */
  messageStartsWith?: string;
  /** resultMessage mentions each of these (a field name, the paths offered…). */
  messageMentions?: string[];
};

/** A real authCode (approve through the headless API, for the catalog's client) exchanged on an applyToken endpoint. */
export type TokenExpectation = {
  endpoint: "v2.applyToken" | "v1.applyToken";
  prefix: string;
  scopes: string[];
  params?: Record<string, string>;
  /** Body fields besides grantType/authCode (`$CLIENT` is replaced by the client id). */
  extra: Record<string, unknown>;
};

type RowBase = { id: string; catalog: CatalogSlug; fidelity: FidelityLabel; source: SourceRef };

export type FactRow = RowBase &
  (
    | {
        /** The scope exists with this name (its label: the scope's provenance). */
        kind: "scope";
        expected: { name: string; aliases?: string[]; preassigned?: boolean; deprecated?: boolean };
      }
    | {
        /** The scope's silent flag (its label: silentProvenance); `silent: null` = no source states it, any value. */
        kind: "silent";
        expected: { scope: string; silent: boolean | null };
      }
    | {
        /** The scope's description (its label: descriptionProvenance when the document has one, else the scope's provenance). */
        kind: "scope-description";
        expected: { scope: string };
      }
    | {
        /** The scopes labelled documented are exactly these (others may exist, labelled assumed). */
        kind: "scope-list";
        expected: { documented: string[]; mayAlsoBeDocumented?: string[] };
      }
    | {
        /** A JSAPI error code with its name and/or message verbatim. */
        kind: "error-code";
        expected: { code: number; name?: string; message?: string };
      }
    | {
        /** The JSAPI error codes labelled documented are exactly these (none: every code present is assumed). */
        kind: "error-code-list";
        expected: { documented: number[] };
      }
    | {
        /** A parameter of my.getAuthCode besides scopes/success/fail/complete (its label: the parameter's provenance). */
        kind: "jsapi-param";
        expected: { name: string; required: boolean };
      }
    | {
        /** A callback field of the catalog's result table (its label: the field's provenance). */
        kind: "result-field";
        expected: { name: CallbackKey };
      }
    | { kind: "callback"; expected: CallbackExpectation }
    | {
        /** The mock serves this endpoint (its label: the serverApi.endpoints entry) and answers the request as stated. */
        kind: "api";
        expected: ApiExpectation;
      }
    | {
        /** An endpoint the catalog does not serve: INVALID_API, HTTP 404, naming the paths it offers. */
        kind: "api-not-served";
        /** `labelFrom`: the served endpoint whose label the catalog's endpoint list carries. */
        expected: { endpoint: EndpointId; prefix: string; offers: string[]; labelFrom: EndpointId };
      }
    | { kind: "api-token"; expected: TokenExpectation }
    | {
        /** Every documented JSAPI fact (scopes, silent flags, error codes, callback fields) cites this ref (exactly, or by prefix). */
        kind: "provenance-ref";
        expected: { ref?: string; refPrefix?: string };
      }
    | {
        /** Every provenance object of the document is well formed for its label (documented: ref; assumed: note; conflict: ≥ 2 readings). */
        kind: "provenance-shape";
        expected: Record<string, never>;
      }
  );

export type FactKind = FactRow["kind"];
