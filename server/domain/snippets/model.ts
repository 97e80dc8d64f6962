/**
 * What every snippet generator reads from a catalog, resolved once: the scope union (optionally
 * narrowed), the callback payload shapes implied by the documented field presence, the JSAPI error
 * codes, and the server API profile (paths, fields and result codes of v1 or v2).
 */
import type { Catalog, Presence, ResultField, Scope } from "../catalog/schema";
import { DomainError } from "../errors";
import type { EndpointId, EndpointKind } from "../wallet-api/endpoint-paths";
import { STUDIO_APP_ID, type EndpointSpecId } from "../wallet-api/endpoint-specs";
import { servesKind, specForStep } from "../wallet-api/request-builder";
import { RESULT_CODES, type ResultCode } from "../wallet-api/result-codes";
import { labelText } from "./labels";

export type SnippetOptions = {
  /** Narrow the mini-program typings to these scopes (names or aliases of the catalog). */
  scopes?: readonly string[];
};

export type SnippetLanguage = "typescript" | "javascript" | "shell" | "python" | "java" | "markdown";

export type GeneratedFile = { filename: string; language: SnippetLanguage; contents: string };

export type ScopeEntry = { name: string; aliases: string[]; silent: boolean; deprecated: boolean; description: string };

export type EndpointProfile = { id: EndpointId; spec: EndpointSpecId; path: string; resultCodes: ResultCode[] };

export type SnippetModel = {
  catalog: Catalog;
  /** Scopes in catalog order (narrowed when asked). */
  scopes: ScopeEntry[];
  /** Every name the callbacks may carry: scope names, their aliases, and the default scope. */
  scopeUnion: string[];
  narrowedTo: string[] | null;
  presence: Record<ResultField["name"], Presence | null>;
  errorCodes: Catalog["errorCodes"];
  api: {
    /** The version of the applyToken endpoint the clients call (v2: appId and authClientId in every body; v1: customerBelongsTo in extendInfo). */
    version: Catalog["serverApi"]["version"];
    /** The appId the generated clients send unless configured otherwise (the studio's mock accepts any of the documented form). */
    appId: string;
    customerBelongsTo: string | null;
    pathPrefixes: string[];
    defaultPrefix: string;
    requestTime: "iso8601" | "epoch-ms";
    applyToken: EndpointProfile;
    /** null: the catalog's mock serves no such endpoint, so the clients have no method for it. */
    inquiryUserInfo: EndpointProfile | null;
    revoke: EndpointProfile | null;
  };
};

/** The endpoint the catalog serves for a kind of call, with the result codes its spec lists. */
function endpoint(catalog: Catalog, kind: EndpointKind): EndpointProfile {
  const spec = specForStep(catalog, kind);
  return { id: spec.endpoint, spec: spec.id, path: spec.path, resultCodes: spec.resultCodes.map((entry) => entry.code as ResultCode) };
}

/** Resolve `options.scopes` against the catalog; unknown names are a BAD_REQUEST listing them. */
function narrow(catalog: Catalog, requested: readonly string[]): Scope[] {
  if (requested.length === 0) throw new DomainError("BAD_REQUEST", "Choose at least one scope to narrow the snippets to, or none to get them all.");
  const byName = new Map<string, Scope>();
  for (const scope of catalog.scopes) byName.set(scope.name, scope);
  for (const scope of catalog.scopes) for (const alias of scope.aliases) if (!byName.has(alias)) byName.set(alias, scope);
  const unknown = requested.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    const list = unknown.map((name) => JSON.stringify(name)).join(", ");
    throw new DomainError(
      "BAD_REQUEST",
      `${unknown.length === 1 ? "Unknown scope" : "Unknown scopes"} ${list} for ${catalog.name}: narrow only to scopes of this catalog.`,
      unknown.map((name) => ({ path: "scopes", message: `"${name}" is not a scope of ${catalog.slug}` })),
    );
  }
  const wanted = new Set<Scope>(requested.map((name) => byName.get(name)).filter((scope): scope is Scope => scope !== undefined));
  return catalog.scopes.filter((scope) => wanted.has(scope));
}

export function buildModel(catalog: Catalog, options: SnippetOptions = {}): SnippetModel {
  const chosen = options.scopes === undefined ? catalog.scopes : narrow(catalog, options.scopes);
  const scopes: ScopeEntry[] = chosen.map((scope) => ({
    name: scope.name,
    aliases: [...scope.aliases],
    silent: scope.silent,
    deprecated: scope.deprecated,
    description: scope.description,
  }));
  const union: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      union.push(name);
    }
  };
  for (const scope of scopes) {
    add(scope.name);
    for (const alias of scope.aliases) add(alias);
  }
  // When scopes are optional the wallet falls back to the default scope, which then shows up in
  // authSuccessScopes / authErrorScopes even if it was not among the chosen ones.
  if (!catalog.jsapi.scopesRequired && catalog.jsapi.defaultScope !== null) add(catalog.jsapi.defaultScope);

  const presence = { authCode: null, authSuccessScopes: null, authErrorScopes: null, error: null, errorMessage: null } as SnippetModel["presence"];
  for (const field of catalog.jsapi.resultFields) presence[field.name] = field.presence;

  const applyToken = endpoint(catalog, "applyToken");
  return {
    catalog,
    scopes,
    scopeUnion: union,
    narrowedTo: options.scopes === undefined ? null : scopes.map((scope) => scope.name),
    presence,
    errorCodes: [...catalog.errorCodes].sort((a, b) => a.code - b.code),
    api: {
      version: applyToken.id.startsWith("v1.") ? "v1" : "v2",
      appId: STUDIO_APP_ID,
      customerBelongsTo: catalog.serverApi.customerBelongsTo,
      pathPrefixes: [...catalog.serverApi.pathPrefixes],
      defaultPrefix: catalog.serverApi.pathPrefixes[0] ?? "",
      requestTime: catalog.serverApi.requestTimeFormat === "epoch-ms" ? "epoch-ms" : "iso8601",
      applyToken,
      inquiryUserInfo: servesKind(catalog, "inquiryUserInfo") ? endpoint(catalog, "inquiryUserInfo") : null,
      revoke: servesKind(catalog, "revoke") ? endpoint(catalog, "revoke") : null,
    },
  };
}

/** Every result code any of the three endpoints can answer, in first-seen order. */
export function allResultCodes(model: SnippetModel): ResultCode[] {
  const out: ResultCode[] = [];
  for (const profile of [model.api.applyToken, model.api.inquiryUserInfo, model.api.revoke]) {
    for (const code of profile?.resultCodes ?? []) if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** A result code's status and message, and its label: whether a source documents the code and message (and where). */
export function resultInfo(code: ResultCode): { status: "S" | "F" | "U"; message: string; basis: string } {
  const info = RESULT_CODES[code];
  return { status: info.status, message: info.message, basis: labelText(info.provenance) };
}

/** "Generated by AuthCode Studio from …" lines shared by every file header (catalog text unescaped). */
export function headerFacts(model: SnippetModel, options: { scopes: boolean } = { scopes: true }): string[] {
  const { catalog } = model;
  const facts = [
    `Catalog: ${catalog.name} (slug "${catalog.slug}"), wallet ${catalog.wallet}, ${catalog.region}.`,
    `Server API profile: ${model.api.version}; gateway prefixes: ${model.api.pathPrefixes.map((p) => (p === "" ? "(none)" : p)).join(", ")}; customerBelongsTo: ${model.api.customerBelongsTo ?? "(none)"}.`,
  ];
  if (model.narrowedTo && options.scopes) facts.push(`Narrowed to the scopes: ${model.narrowedTo.join(", ")}.`);
  return facts;
}
