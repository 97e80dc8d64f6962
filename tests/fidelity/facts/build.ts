/**
 * Builders for rows that repeat per endpoint (the request rules of DECISIONS.md "Request rules per
 * endpoint", read from wallet-domain.md §2.2, §2.4, §3.1, §3.3), so each catalog file stays data.
 * Every row a builder returns carries the label and source its caller passes: the label of the
 * endpoint profile the rule belongs to (documented where the wallet documents the endpoint,
 * assumed where the mock is a stand-in).
 */
import { ENDPOINT_PATHS, type CatalogSlug, type EndpointId, type FactRow, type FidelityLabel, type SourceRef } from "./types";

/** Unknown to every wallet: letters and digits only, not a magic value. */
export const unknownCode = (length: number): string => `FIDELITYUNKNOWN${"0".repeat(Math.max(0, length - 15))}`.slice(0, length);
export const UNKNOWN_TOKEN = "FIDELITYUNKNOWNACCESSTOKEN000000";
export const APP_ID = "3333010071465913000";

/** The documented INVALID_ACCESS_TOKEN message (wallet-domain.md §2.4, AMS table). */
export const INVALID_ACCESS_TOKEN_MESSAGE = "The access token is expired, revoked, or does not exist.";

type Profile = { catalog: CatalogSlug; fidelity: FidelityLabel; source: SourceRef; prefix: string };

const path = (endpoint: EndpointId) => ENDPOINT_PATHS[endpoint];

/** v2 applyToken (§2.2 Alipay+ v2): appId and authClientId required, authCode ≤ 64; an unknown code is INVALID_AUTHCODE (§2.4). */
export function v2ApplyTokenRows(p: Profile): FactRow[] {
  const base = { appId: APP_ID, authClientId: "$CLIENT", grantType: "AUTHORIZATION_CODE" };
  const endpoint = "v2.applyToken" as const;
  const row = (id: string, body: Record<string, unknown>, resultCode: string, mentions?: string[], source: SourceRef = p.source): FactRow => ({
    id: `${p.catalog}/api/v2.applyToken/${id}`,
    catalog: p.catalog,
    kind: "api",
    fidelity: p.fidelity,
    source,
    expected: {
      endpoint,
      prefix: p.prefix,
      body,
      resultCode,
      resultStatus: "F",
      ...(resultCode === "PARAM_ILLEGAL" ? { httpStatus: 400 } : {}),
      ...(mentions ? { messageMentions: mentions } : {}),
    },
  });
  return [
    row("unknown-code-is-INVALID_AUTHCODE", { ...base, authCode: unknownCode(32) }, "INVALID_AUTHCODE", undefined, "wallet-domain.md §2.4"),
    row("appId-required", { authClientId: "$CLIENT", grantType: "AUTHORIZATION_CODE", authCode: unknownCode(32) }, "PARAM_ILLEGAL", ["appId"], "wallet-domain.md §2.2"),
    row("authClientId-required", { appId: APP_ID, grantType: "AUTHORIZATION_CODE", authCode: unknownCode(32) }, "PARAM_ILLEGAL", ["authClientId"], "wallet-domain.md §2.2"),
    row("authCode-max-64", { ...base, authCode: unknownCode(65) }, "PARAM_ILLEGAL", ["authCode"], "wallet-domain.md §2.2"),
    row("no-special-characters", { ...base, authCode: `${unknownCode(20)}@#?` }, "PARAM_ILLEGAL", ["authCode"], "wallet-domain.md §2.2"),
  ];
}

/** v2 inquiryUserInfo / revoke (§3.1, §3.3): appId, accessToken and authClientId required; an unknown token is INVALID_ACCESS_TOKEN with the documented message. */
export function v2TokenRows(p: Profile, endpoint: "v2.inquiryUserInfo" | "v2.revoke"): FactRow[] {
  const section: SourceRef = endpoint === "v2.revoke" ? "wallet-domain.md §3.3" : "wallet-domain.md §3.1";
  const row = (id: string, body: Record<string, unknown>, resultCode: string, message: { startsWith?: string; mentions?: string[] }, source: SourceRef): FactRow => ({
    id: `${p.catalog}/api/${endpoint}/${id}`,
    catalog: p.catalog,
    kind: "api",
    fidelity: p.fidelity,
    source,
    expected: {
      endpoint,
      prefix: p.prefix,
      body,
      resultCode,
      resultStatus: "F",
      ...(resultCode === "PARAM_ILLEGAL" ? { httpStatus: 400 } : {}),
      ...(message.startsWith ? { messageStartsWith: message.startsWith } : {}),
      ...(message.mentions ? { messageMentions: message.mentions } : {}),
    },
  });
  return [
    row("unknown-token-is-INVALID_ACCESS_TOKEN", { appId: APP_ID, authClientId: "$CLIENT", accessToken: UNKNOWN_TOKEN }, "INVALID_ACCESS_TOKEN", { startsWith: INVALID_ACCESS_TOKEN_MESSAGE }, "wallet-domain.md §2.4"),
    row("appId-required", { authClientId: "$CLIENT", accessToken: UNKNOWN_TOKEN }, "PARAM_ILLEGAL", { mentions: ["appId"] }, section),
    row("authClientId-required", { appId: APP_ID, accessToken: UNKNOWN_TOKEN }, "PARAM_ILLEGAL", { mentions: ["authClientId"] }, section),
  ];
}

/** v1 applyToken, TNG / GCash-old (§2.2 v1): authCode ≤ 32, extendInfo with customerBelongsTo mandatory; unknown code is INVALID_CODE (§2.4). */
export function v1ApplyTokenRows(p: Profile & { customerBelongsTo: string }): FactRow[] {
  const extendInfo = JSON.stringify({ customerBelongsTo: p.customerBelongsTo });
  const endpoint = "v1.applyToken" as const;
  const row = (id: string, body: Record<string, unknown>, resultCode: string, mentions: string[] | undefined, source: SourceRef): FactRow => ({
    id: `${p.catalog}/api/v1.applyToken/${id}`,
    catalog: p.catalog,
    kind: "api",
    fidelity: p.fidelity,
    source,
    expected: {
      endpoint,
      prefix: p.prefix,
      body,
      resultCode,
      resultStatus: "F",
      ...(resultCode === "PARAM_ILLEGAL" ? { httpStatus: 400 } : {}),
      ...(mentions ? { messageMentions: mentions } : {}),
    },
  });
  return [
    row("unknown-code-is-INVALID_CODE", { grantType: "AUTHORIZATION_CODE", authCode: unknownCode(32), extendInfo }, "INVALID_CODE", undefined, "wallet-domain.md §2.4"),
    row("authCode-max-32", { grantType: "AUTHORIZATION_CODE", authCode: unknownCode(33), extendInfo }, "PARAM_ILLEGAL", ["authCode"], "wallet-domain.md §2.2"),
    row("extendInfo-required", { grantType: "AUTHORIZATION_CODE", authCode: unknownCode(32) }, "PARAM_ILLEGAL", ["customerBelongsTo"], "wallet-domain.md §2.2"),
    row(
      "extendInfo-customerBelongsTo-required",
      { grantType: "AUTHORIZATION_CODE", authCode: unknownCode(32), extendInfo: JSON.stringify({ memo: "memo" }) },
      "PARAM_ILLEGAL",
      ["customerBelongsTo"],
      "wallet-domain.md §2.2",
    ),
    row(
      "customerBelongsTo-must-match",
      { grantType: "AUTHORIZATION_CODE", authCode: unknownCode(32), extendInfo: JSON.stringify({ customerBelongsTo: p.customerBelongsTo === "DANA" ? "TNG" : "DANA" }) },
      "PARAM_ILLEGAL",
      ["customerBelongsTo"],
      "wallet-domain.md §2.2",
    ),
  ];
}

/** An endpoint whose only required field is accessToken (v1 inquiry/cancel, §3.1, §3.3): unknown token → INVALID_ACCESS_TOKEN; none → PARAM_ILLEGAL. */
export function v1TokenRows(p: Profile, endpoint: "v1.inquiryUserInfoByAccessToken" | "v1.cancelToken" | "v1.inquiryUserInfo"): FactRow[] {
  const section: SourceRef = endpoint === "v1.cancelToken" ? "wallet-domain.md §3.3" : "wallet-domain.md §3.1";
  return [
    {
      id: `${p.catalog}/api/${endpoint}/unknown-token-is-INVALID_ACCESS_TOKEN`,
      catalog: p.catalog,
      kind: "api",
      fidelity: p.fidelity,
      source: "wallet-domain.md §2.4",
      expected: { endpoint, prefix: p.prefix, body: { accessToken: UNKNOWN_TOKEN }, resultCode: "INVALID_ACCESS_TOKEN", resultStatus: "F", messageStartsWith: INVALID_ACCESS_TOKEN_MESSAGE },
    },
    {
      id: `${p.catalog}/api/${endpoint}/accessToken-required`,
      catalog: p.catalog,
      kind: "api",
      fidelity: p.fidelity,
      source: section,
      expected: { endpoint, prefix: p.prefix, body: {}, resultCode: "PARAM_ILLEGAL", resultStatus: "F", httpStatus: 400, messageMentions: ["accessToken"] },
    },
  ];
}

/** Every endpoint the catalog does not serve answers INVALID_API (HTTP 404) naming the paths it offers (DECISIONS.md "Mock wallet API"). */
export function notServedRows(p: Profile, served: readonly EndpointId[], all: readonly EndpointId[]): FactRow[] {
  return all
    .filter((endpoint) => !served.includes(endpoint))
    .map((endpoint) => ({
      id: `${p.catalog}/api/${endpoint}/not-served`,
      catalog: p.catalog,
      kind: "api-not-served" as const,
      fidelity: p.fidelity,
      source: p.source,
      expected: { endpoint, prefix: p.prefix, offers: served.map(path), labelFrom: served[0] ?? endpoint },
    }));
}

/** One documented-or-not scope: a `scope` row (name, aliases, flags) and a `silent` row. */
export type ScopeFact = {
  name: string;
  source: SourceRef;
  fidelity?: FidelityLabel;
  aliases?: string[];
  preassigned?: boolean;
  deprecated?: boolean;
  /** null: no source states it (any value, labelled assumed). */
  silent: boolean | null;
  silentFidelity: FidelityLabel;
  silentSource?: SourceRef;
};

export function scopeRows(catalog: CatalogSlug, facts: readonly ScopeFact[]): FactRow[] {
  return facts.flatMap((fact): FactRow[] => [
    {
      id: `${catalog}/scope/${fact.name}`,
      catalog,
      kind: "scope",
      fidelity: fact.fidelity ?? "documented",
      source: fact.source,
      expected: {
        name: fact.name,
        ...(fact.aliases ? { aliases: fact.aliases } : {}),
        ...(fact.preassigned !== undefined ? { preassigned: fact.preassigned } : {}),
        ...(fact.deprecated !== undefined ? { deprecated: fact.deprecated } : {}),
      },
    },
    {
      id: `${catalog}/silent/${fact.name}`,
      catalog,
      kind: "silent",
      fidelity: fact.silentFidelity,
      source: fact.silentSource ?? fact.source,
      expected: { scope: fact.name, silent: fact.silent },
    },
  ]);
}

export function errorRows(catalog: CatalogSlug, codes: ReadonlyArray<{ code: number; name?: string; message?: string; source: SourceRef }>, listSource: SourceRef): FactRow[] {
  return [
    ...codes.map(
      (entry): FactRow => ({
        id: `${catalog}/error/${entry.code}`,
        catalog,
        kind: "error-code",
        fidelity: "documented",
        source: entry.source,
        expected: { code: entry.code, ...(entry.name ? { name: entry.name } : {}), ...(entry.message ? { message: entry.message } : {}) },
      }),
    ),
    {
      id: `${catalog}/error-list`,
      catalog,
      kind: "error-code-list",
      fidelity: codes.length > 0 ? "documented" : "assumed",
      source: listSource,
      expected: { documented: codes.map((entry) => entry.code) },
    },
  ];
}

export function resultFieldRows(catalog: CatalogSlug, fields: ReadonlyArray<{ name: "authCode" | "authSuccessScopes" | "authErrorScopes" | "error" | "errorMessage"; fidelity: FidelityLabel; source: SourceRef }>): FactRow[] {
  return fields.map((field) => ({ id: `${catalog}/result-field/${field.name}`, catalog, kind: "result-field", fidelity: field.fidelity, source: field.source, expected: { name: field.name } }));
}

export function callbackRow(catalog: CatalogSlug, name: string, fidelity: FidelityLabel, source: SourceRef, expected: Extract<FactRow, { kind: "callback" }>["expected"]): FactRow {
  return { id: `${catalog}/callback/${name}`, catalog, kind: "callback", fidelity, source, expected };
}

/** `complete` receives the callback's object: assumed everywhere (DECISIONS.md "my.getAuthCode callbacks"). */
export const COMPLETE_ASSUMED = "complete receives the same object as the callback that fired (no source states it)";
export const ERROR_FIELDS_ASSUMED = "error/errorMessage are documented only for the besuperapp and Alipay Connect variants (wallet-domain.md §1.1), not on this wallet's page";
export const PARTIAL_ASSUMED = "partial-grant semantics are not documented (wallet-domain.md §8 item 11)";

export function tokenRow(catalog: CatalogSlug, fidelity: FidelityLabel, source: SourceRef, expected: TokenRowExpected): FactRow {
  return { id: `${catalog}/api/${expected.endpoint}/success-applyToken`, catalog, kind: "api-token", fidelity, source, expected };
}
type TokenRowExpected = Extract<FactRow, { kind: "api-token" }>["expected"];
