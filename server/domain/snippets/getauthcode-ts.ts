/**
 * `getauthcode.ts`: the mini-program side in TypeScript — the scope union, the success and fail
 * payloads as the catalog documents them, the JSAPI error codes as a typed constant map, a typed
 * `my.getAuthCode` signature and a promise wrapper returning a discriminated union.
 *
 * The module declares no global: projects that use `@mini-types/alipay` already have a global `my`,
 * so the wrapper reads `my` from `globalThis` at call time instead of redeclaring it.
 */
import { docComment, jsString } from "./escape";
import { labelText } from "./labels";
import { headerFacts, type GeneratedFile, type SnippetModel } from "./model";

export const GETAUTHCODE_TS = "getauthcode.ts";

/** Everything both the TypeScript and the JavaScript mini-program files derive from the model. */
export type MiniProgramShape = {
  scopesParam: { type: (scope: string) => string; optional: boolean; description: string };
  successScopes: "required" | "optional" | "absent";
  successErrorScopes: "optional" | "absent";
  failErrorScopes: "required" | "absent";
};

export function miniProgramShape(model: SnippetModel): MiniProgramShape {
  const { jsapi } = model.catalog;
  const required = jsapi.scopesRequired;
  const array = (scope: string) => (required ? `readonly [${scope}, ...${scope}[]]` : `readonly ${scope}[]`);
  const type = (scope: string) => (jsapi.scopesType === "array" ? array(scope) : `${scope} | ${array(scope)}`);
  const how = jsapi.scopesType === "array" ? "an array of scope names" : "a scope name or an array of scope names";
  const description = required
    ? `Required: ${how} (at least one).`
    : `Optional: ${how}; when omitted the wallet uses ${jsapi.defaultScope ?? "its default scope"}.`;
  const success = model.presence.authSuccessScopes;
  const errors = model.presence.authErrorScopes;
  return {
    scopesParam: { type, optional: !required, description },
    successScopes: success === "always" || success === "on-success" ? "required" : success === null ? "absent" : "optional",
    successErrorScopes: errors === null ? "absent" : "optional",
    failErrorScopes: errors === null || errors === "on-success" ? "absent" : "required",
  };
}

export function fieldDoc(model: SnippetModel, name: "authCode" | "authSuccessScopes" | "authErrorScopes" | "error" | "errorMessage", fallback: string): string {
  const field = model.catalog.jsapi.resultFields.find((f) => f.name === name);
  if (!field) return `${fallback} (not in the catalog's field list; assumed)`;
  const text = field.description || fallback;
  return `${text} [presence: ${field.presence}; ${labelText(field.provenance)}]`;
}

/** The sentence on `complete` every generated file carries: no source says what it receives. */
export const COMPLETE_DOC = "Called after success or fail. That it receives the same payload is assumed: no source states what complete receives.";

/** `name: type` members of the wallet's extra my.getAuthCode parameters (AlipayHK's authClientId). */
export function paramMembers(model: SnippetModel): Array<{ name: string; type: string; optional: boolean; doc: string }> {
  const types = { String: "string", Number: "number", Boolean: "boolean" } as const;
  return model.catalog.jsapi.params.map((param) => ({
    name: param.name,
    type: types[param.type],
    optional: !param.required,
    doc: `${param.description || param.name}${param.example ? ` Example: ${param.example}.` : ""} [${param.required ? "required" : "optional"}; ${labelText(param.provenance)}]`,
  }));
}

/** Whether the promise wrapper can be called with no argument (no required scopes or parameters). */
export function requestOptional(model: SnippetModel, scopesOptional: boolean): boolean {
  return scopesOptional && model.catalog.jsapi.params.every((param) => !param.required);
}

/** What the JSAPI error table of every generated file says about itself. */
export const JSAPI_ERRORS_DOC =
  "JSAPI-level error codes (`fail` → `error`/`errorMessage`) as the catalog records them. `fidelity` and `basis` say, per code, whether a source documents its name and message (and where) or the studio assumed it; `meaning` and `advice` are the studio's reading.";

/** Members every object inherits: a scope with one of these names also reads as the inherited member. */
const OBJECT_MEMBERS = new Set(["constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);

/**
 * The type of authErrorScopes. When a scope is named like an Object member (`constructor`), a plain
 * `Partial<Record<Scope, string>>` rejects every object literal (its inherited `constructor` is a
 * Function), so such keys are typed with the inherited member too.
 */
export function scopeErrorsType(model: SnippetModel): string {
  return model.scopeUnion.some((name) => OBJECT_MEMBERS.has(name))
    ? "{ [Name in Scope]?: Name extends keyof Object ? string | Object[Name] : string }"
    : "Partial<Record<Scope, string>>";
}

function union(names: readonly string[], indent = "  "): string {
  if (names.length === 0) return " never";
  return names.map((name) => `\n${indent}| ${jsString(name)}`).join("");
}

/** The header every file starts with. Merchant-backend files do not mention narrowing (they do not depend on scopes). */
export function headerParagraphs(model: SnippetModel, title: string, options: { scopes: boolean } = { scopes: true }): string[] {
  const paragraphs = [title, "", "Generated by AuthCode Studio from the scope catalog; regenerate it after the catalog changes.", ...headerFacts(model, options)];
  if (model.catalog.description) paragraphs.push("", model.catalog.description);
  return paragraphs;
}

export function generateGetAuthCodeTs(model: SnippetModel): GeneratedFile {
  const shape = miniProgramShape(model);
  const { catalog } = model;
  const out: string[] = [];
  out.push(
    docComment([
      ...headerParagraphs(model, `Typed my.getAuthCode for ${catalog.name}: scopes, callback payloads, JSAPI error codes and a promise wrapper.`),
      "",
      "This module declares no global, so it works next to the mini-types typings (which declare `my`):",
      "the wrapper looks up `my` on globalThis when it is called.",
      "",
      { trusted: "Usage:" },
      { trusted: '  const result = await getAuthCode({ scopes: ["<a Scope>"] });' },
      { trusted: "  switch (result.status) {" },
      { trusted: '    case "success": sendToServer(result.authCode); break;' },
      { trusted: '    case "denied": showWhy(result.authErrorScopes); break;' },
      { trusted: '    case "error": showError(result.error, result.info.message); break;' },
      { trusted: '    case "undocumented-error": showError(result.error, result.errorMessage); break;' },
      { trusted: "    default: assertNever(result);" },
      { trusted: "  }" },
    ]),
    "",
  );

  out.push(docComment(["Every scope name this catalog accepts (aliases included), exactly as the wallet spells them."]));
  out.push(`export type Scope =${union(model.scopeUnion)};`, "");

  out.push(
    "export interface ScopeInfo {",
    "  readonly name: Scope;",
    "  readonly aliases: readonly Scope[];",
    "  /** Silent scopes are granted without the wallet's consent page. */",
    "  readonly silent: boolean;",
    "  readonly deprecated: boolean;",
    "  readonly description: string;",
    "}",
    "",
  );
  out.push(docComment([model.narrowedTo ? "The scopes these typings were narrowed to, in catalog order." : "The catalog's scopes, in catalog order."]));
  if (model.scopes.length === 0) {
    out.push("export const SCOPES: readonly ScopeInfo[] = [];", "");
  } else {
    out.push("export const SCOPES: readonly ScopeInfo[] = [");
    for (const scope of model.scopes) {
      const aliases = scope.aliases.map(jsString).join(", ");
      out.push(
        `  { name: ${jsString(scope.name)}, aliases: [${aliases}], silent: ${scope.silent}, deprecated: ${scope.deprecated}, description: ${jsString(scope.description)} },`,
      );
    }
    out.push("];", "");
  }
  const defaultScope = catalog.jsapi.scopesRequired ? null : catalog.jsapi.defaultScope;
  out.push(docComment(["The scope the wallet uses when `scopes` is omitted (null: `scopes` is required)."]));
  out.push(`export const DEFAULT_SCOPE: Scope | null = ${defaultScope === null ? "null" : jsString(defaultScope)};`, "");

  out.push(docComment(["The value the wallet puts in authErrorScopes for a refused scope unless the scope names its own. Opaque: compare, do not parse."]));
  out.push(`export const DEFAULT_SCOPE_ERROR_VALUE: string = ${jsString(catalog.jsapi.defaultScopeErrorValue)};`, "");
  out.push(docComment(["Documented authErrorScopes values and what they mean."]));
  out.push(`export const SCOPE_ERROR_VALUES: readonly { readonly value: string; readonly meaning: string }[] = [`);
  for (const value of catalog.jsapi.scopeErrorValues) out.push(`  { value: ${jsString(value.value)}, meaning: ${jsString(value.meaning)} },`);
  out.push("];", "");

  out.push(docComment([JSAPI_ERRORS_DOC]));
  if (model.errorCodes.length === 0) {
    out.push("export const JSAPI_ERRORS = {} as const;");
  } else {
    out.push("export const JSAPI_ERRORS = {");
    for (const error of model.errorCodes) {
      out.push(
        `  ${error.code}: { name: ${jsString(error.name)}, message: ${jsString(error.message)}, meaning: ${jsString(error.meaning)}, advice: ${jsString(error.advice)}, fidelity: ${jsString(error.provenance.fidelity)}, basis: ${jsString(labelText(error.provenance))} },`,
      );
    }
    out.push("} as const;");
  }
  out.push(
    "",
    "export type JsapiErrorCode = keyof typeof JSAPI_ERRORS;",
    "export type JsapiErrorInfo = (typeof JSAPI_ERRORS)[JsapiErrorCode];",
    "",
    "export function isJsapiErrorCode(code: number): code is JsapiErrorCode {",
    "  return Object.prototype.hasOwnProperty.call(JSAPI_ERRORS, code);",
    "}",
    "",
    "/** Scope → the wallet's error value, for the scopes that were refused. */",
    `export type ScopeErrors = ${scopeErrorsType(model)};`,
    "",
  );

  const never = (names: string[]) => names.map((name) => `  ${name}?: never;`);
  out.push(docComment(["What `success` receives: an authorization code for the granted scopes (a partial grant also lists the refused ones)."]));
  out.push("export interface GetAuthCodeSuccessPayload {");
  out.push(docComment([fieldDoc(model, "authCode", "The single-use authorization code: send it to your server, which exchanges it with applyToken.")], "  "));
  out.push("  authCode: string;");
  if (shape.successScopes === "absent") out.push(...never(["authSuccessScopes"]));
  else {
    out.push(docComment([fieldDoc(model, "authSuccessScopes", "The scopes the user granted.")], "  "));
    out.push(`  authSuccessScopes${shape.successScopes === "optional" ? "?" : ""}: Scope[];`);
  }
  if (shape.successErrorScopes === "absent") out.push(...never(["authErrorScopes"]));
  else {
    out.push(docComment([fieldDoc(model, "authErrorScopes", "The refused scopes and their error values."), "On success only present after a partial grant."], "  "));
    out.push("  authErrorScopes?: ScopeErrors;");
  }
  out.push(...never(["error", "errorMessage"]), "}", "");

  out.push(docComment(["What `fail` receives when the user refused the requested scopes: no authorization code."]));
  out.push("export interface GetAuthCodeScopeFailurePayload {");
  out.push(...never(["authCode", "authSuccessScopes"]));
  if (shape.failErrorScopes === "absent") out.push(docComment(["This catalog documents no authErrorScopes on failure: the payload is empty."], "  "), ...never(["authErrorScopes"]));
  else {
    out.push(docComment([fieldDoc(model, "authErrorScopes", "The refused scopes and their error values.")], "  "));
    out.push("  authErrorScopes: ScopeErrors;");
  }
  out.push(...never(["error", "errorMessage"]), "}", "");

  out.push(docComment(["What `fail` receives when the JSAPI itself failed (user cancel, timeout, system error …)."]));
  out.push("export interface GetAuthCodeJsapiErrorPayload {");
  out.push(...never(["authCode", "authSuccessScopes", "authErrorScopes"]));
  out.push(docComment([fieldDoc(model, "error", "The JSAPI error code.")], "  "), "  error: JsapiErrorCode;");
  out.push(docComment([fieldDoc(model, "errorMessage", "The error message.")], "  "), "  errorMessage: string;", "}", "");

  out.push(
    "export type GetAuthCodeFailPayload = GetAuthCodeScopeFailurePayload | GetAuthCodeJsapiErrorPayload;",
    "export type GetAuthCodePayload = GetAuthCodeSuccessPayload | GetAuthCodeFailPayload;",
    "",
  );
  out.push(docComment(["Options of my.getAuthCode for this wallet. `scopes`: " + shape.scopesParam.description]));
  out.push(
    "export interface GetAuthCodeOptions {",
    `  scopes${shape.scopesParam.optional ? "?" : ""}: ${shape.scopesParam.type("Scope")};`,
    ...paramMembers(model).flatMap((param) => [docComment([param.doc], "  "), `  ${param.name}${param.optional ? "?" : ""}: ${param.type};`]),
    "  success?: (payload: GetAuthCodeSuccessPayload) => void;",
    "  fail?: (payload: GetAuthCodeFailPayload) => void;",
    `  /** ${COMPLETE_DOC} */`,
    "  complete?: (payload: GetAuthCodePayload) => void;",
    "}",
    "",
    "/** The typed signature of my.getAuthCode for this wallet. */",
    "export type GetAuthCodeFunction = (options: GetAuthCodeOptions) => void;",
    "",
    `/** The arguments of the promise wrapper: the scopes${model.catalog.jsapi.params.length > 0 ? " and the wallet's other parameters" : " only"}. */`,
    `export type GetAuthCodeRequest = Pick<GetAuthCodeOptions, ${["scopes", ...model.catalog.jsapi.params.map((param) => param.name)].map((name) => jsString(name)).join(" | ")}>;`,
    "",
    "export interface GetAuthCodeSucceeded extends GetAuthCodeSuccessPayload {",
    '  status: "success";',
    "}",
    "export interface GetAuthCodeDenied extends GetAuthCodeScopeFailurePayload {",
    '  status: "denied";',
    "}",
    "export interface GetAuthCodeFailed extends GetAuthCodeJsapiErrorPayload {",
    '  status: "error";',
    "  /** The documented name, message, meaning and advice of this error code. */",
    "  info: JsapiErrorInfo;",
    "}",
    "/** A payload this catalog does not document (an unknown error code, or a success without authCode). */",
    "export interface GetAuthCodeUndocumented {",
    '  status: "undocumented-error";',
    "  error: number | null;",
    "  errorMessage: string | null;",
    "  payload: unknown;",
    "}",
    "",
    "/** What the promise wrapper resolves to: switch on `status` and let `assertNever` check that every case is handled. */",
    "export type GetAuthCodeResult = GetAuthCodeSucceeded | GetAuthCodeDenied | GetAuthCodeFailed | GetAuthCodeUndocumented;",
    "",
    "/** Sort a raw callback payload into the result union. */",
    'export function toGetAuthCodeResult(callback: "success" | "fail", payload: unknown): GetAuthCodeResult {',
    '  const raw = (typeof payload === "object" && payload !== null ? payload : {}) as { authCode?: unknown; error?: unknown; errorMessage?: unknown };',
    '  if (callback === "success" && typeof raw.authCode === "string") {',
    '    return { ...(raw as unknown as GetAuthCodeSuccessPayload), status: "success" };',
    "  }",
    '  const errorMessage = typeof raw.errorMessage === "string" ? raw.errorMessage : null;',
    '  if (typeof raw.error === "number") {',
    "    const code = raw.error;",
    "    if (isJsapiErrorCode(code)) {",
    '      return { status: "error", error: code, errorMessage: errorMessage ?? "", info: JSAPI_ERRORS[code] };',
    "    }",
    '    return { status: "undocumented-error", error: code, errorMessage, payload };',
    "  }",
    '  if (callback === "fail") return { ...(raw as unknown as GetAuthCodeScopeFailurePayload), status: "denied" };',
    '  return { status: "undocumented-error", error: null, errorMessage, payload };',
    "}",
    "",
    "type MiniProgramApi = { getAuthCode: GetAuthCodeFunction };",
    "",
    "function miniProgramApi(): MiniProgramApi {",
    "  const my: unknown = (globalThis as unknown as { my?: unknown }).my;",
    '  if (typeof my === "object" && my !== null && typeof (my as { getAuthCode?: unknown }).getAuthCode === "function") {',
    "    return my as MiniProgramApi;",
    "  }",
    '  throw new Error("my.getAuthCode is not available: call it inside the wallet\'s mini program container.");',
    "}",
    "",
    "/** Call my.getAuthCode with this wallet's types (callbacks style). */",
    "export function callGetAuthCode(options: GetAuthCodeOptions): void {",
    "  miniProgramApi().getAuthCode(options);",
    "}",
    "",
    "/** my.getAuthCode as a promise. It rejects only when there is no `my` (not inside a mini program). */",
    `export function getAuthCode(request: GetAuthCodeRequest${requestOptional(model, shape.scopesParam.optional) ? " = {}" : ""}): Promise<GetAuthCodeResult> {`,
    "  return new Promise<GetAuthCodeResult>((resolve, reject) => {",
    "    let api: MiniProgramApi;",
    "    try {",
    "      api = miniProgramApi();",
    "    } catch (error) {",
    "      reject(error);",
    "      return;",
    "    }",
    "    api.getAuthCode({",
    "      ...request,",
    '      success: (payload) => resolve(toGetAuthCodeResult("success", payload)),',
    '      fail: (payload) => resolve(toGetAuthCodeResult("fail", payload)),',
    "    });",
    "  });",
    "}",
    "",
    "/** Put in the `default` branch of a switch over `result.status`: it stops compiling when a case is missing. */",
    "export function assertNever(value: never): never {",
    '  throw new Error(`Unhandled my.getAuthCode result: ${JSON.stringify(value)}`);',
    "}",
    "",
  );
  return { filename: GETAUTHCODE_TS, language: "typescript", contents: out.join("\n") };
}
