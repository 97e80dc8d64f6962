/**
 * `getauthcode.js`: the same mini-program module as `getauthcode.ts`, in plain JavaScript (ES
 * module) with JSDoc types, so editors and `tsc --checkJs` type-check callers that do not use
 * TypeScript. Types live inside comments here, so every string literal type goes through
 * `jsdocString` (a scope named `a*\/b` must not close the comment).
 */
import { blockCommentText, docComment, jsString, singleLine } from "./escape";
import { COMPLETE_DOC, fieldDoc, headerParagraphs, JSAPI_ERRORS_DOC, miniProgramShape, paramMembers, requestOptional, scopeErrorsType } from "./getauthcode-ts";
import { labelText } from "./labels";
import type { GeneratedFile, SnippetModel } from "./model";

export const GETAUTHCODE_JS = "getauthcode.js";

/** A string literal type inside a JSDoc comment: `*\/` is written `*\/` (a valid escape for `/`). */
export function jsdocString(value: string): string {
  return jsString(value).replace(/\*\//g, "*\\/");
}

function typedefUnion(names: readonly string[], typedefName: string, doc: string): string {
  if (names.length === 0) return docComment([doc, { trusted: `@typedef {never} ${typedefName}` }]);
  const lines = ["/**", ...docComment([doc]).split("\n").slice(1, -1), " * @typedef {("];
  for (const name of names) lines.push(` *   | ${jsdocString(name)}`);
  lines.push(` * )} ${typedefName}`, " */");
  return lines.join("\n");
}

export function generateGetAuthCodeJs(model: SnippetModel): GeneratedFile {
  const shape = miniProgramShape(model);
  const { catalog } = model;
  const out: string[] = ["// @ts-check"];
  out.push(
    docComment([
      ...headerParagraphs(model, `my.getAuthCode for ${catalog.name} in JavaScript with JSDoc types: scopes, callback payloads, JSAPI error codes and a promise wrapper.`),
      "",
      "An ES module that declares no global (it looks `my` up on globalThis when called), so it works next to the mini-types typings.",
      { trusted: "Add `// @ts-check` to callers, or `checkJs` to jsconfig.json, to get exhaustive switch checking." },
    ]),
    "",
  );
  out.push(typedefUnion(model.scopeUnion, "Scope", "Every scope name this catalog accepts (aliases included), exactly as the wallet spells them."), "");
  out.push(
    "/**",
    " * @typedef {object} ScopeInfo",
    " * @property {Scope} name",
    " * @property {readonly Scope[]} aliases",
    " * @property {boolean} silent Silent scopes are granted without the wallet's consent page.",
    " * @property {boolean} deprecated",
    " * @property {string} description",
    " */",
    "",
  );
  out.push(docComment([model.narrowedTo ? "The scopes these typings were narrowed to, in catalog order." : "The catalog's scopes, in catalog order.", { trusted: "@type {readonly ScopeInfo[]}" }]));
  if (model.scopes.length === 0) out.push("export const SCOPES = [];", "");
  else {
    out.push("export const SCOPES = [");
    for (const scope of model.scopes) {
      out.push(
        `  { name: ${jsString(scope.name)}, aliases: [${scope.aliases.map(jsString).join(", ")}], silent: ${scope.silent}, deprecated: ${scope.deprecated}, description: ${jsString(scope.description)} },`,
      );
    }
    out.push("];", "");
  }
  const defaultScope = catalog.jsapi.scopesRequired ? null : catalog.jsapi.defaultScope;
  out.push(docComment(["The scope the wallet uses when `scopes` is omitted (null: `scopes` is required).", { trusted: "@type {Scope | null}" }]));
  out.push(`export const DEFAULT_SCOPE = ${defaultScope === null ? "null" : jsString(defaultScope)};`, "");
  out.push(docComment(["The value the wallet puts in authErrorScopes for a refused scope unless the scope names its own. Opaque: compare, do not parse."]));
  out.push(`export const DEFAULT_SCOPE_ERROR_VALUE = ${jsString(catalog.jsapi.defaultScopeErrorValue)};`, "");
  out.push(docComment(["Documented authErrorScopes values and what they mean.", { trusted: "@type {readonly { value: string, meaning: string }[]}" }]));
  out.push("export const SCOPE_ERROR_VALUES = [");
  for (const value of catalog.jsapi.scopeErrorValues) out.push(`  { value: ${jsString(value.value)}, meaning: ${jsString(value.meaning)} },`);
  out.push("];", "");

  const codes = model.errorCodes.map((error) => String(error.code));
  out.push(docComment(["A JSAPI-level error code this catalog documents.", { trusted: `@typedef {${codes.length ? codes.join(" | ") : "never"}} JsapiErrorCode` }]));
  out.push(
    "/**",
    " * @typedef {object} JsapiErrorInfo",
    " * @property {string} name",
    " * @property {string} message",
    " * @property {string} meaning",
    " * @property {string} advice",
    ' * @property {"documented" | "assumed" | "conflict"} fidelity',
    " * @property {string} basis",
    " */",
    "",
  );
  out.push(docComment([JSAPI_ERRORS_DOC, { trusted: "@type {Readonly<Record<JsapiErrorCode, JsapiErrorInfo>>}" }]));
  out.push("export const JSAPI_ERRORS = {");
  for (const error of model.errorCodes) {
    out.push(
      `  ${error.code}: { name: ${jsString(error.name)}, message: ${jsString(error.message)}, meaning: ${jsString(error.meaning)}, advice: ${jsString(error.advice)}, fidelity: ${jsString(error.provenance.fidelity)}, basis: ${jsString(labelText(error.provenance))} },`,
    );
  }
  out.push("};", "");
  out.push(
    "/**",
    " * @param {number} code",
    " * @returns {code is JsapiErrorCode}",
    " */",
    "export function isJsapiErrorCode(code) {",
    "  return Object.prototype.hasOwnProperty.call(JSAPI_ERRORS, code);",
    "}",
    "",
    `/** @typedef {${scopeErrorsType(model)}} ScopeErrors Scope → the wallet's error value, for the refused scopes. */`,
    "",
  );

  const prop = (type: string, name: string, optional: boolean, doc: string) => ` * @property {${type}} ${optional ? `[${name}]` : name}${doc ? ` ${doc}` : ""}`;
  const escapedDoc = (text: string) => docComment([text]).split("\n").slice(1, -1).map((line) => line.replace(/^ \* ?/, "")).join(" ");
  out.push("/**", " * What `success` receives: an authorization code for the granted scopes.", " * @typedef {object} GetAuthCodeSuccessPayload");
  out.push(prop("string", "authCode", false, escapedDoc(fieldDoc(model, "authCode", "The single-use authorization code."))));
  if (shape.successScopes === "absent") out.push(prop("never", "authSuccessScopes", true, ""));
  else out.push(prop("Scope[]", "authSuccessScopes", shape.successScopes === "optional", escapedDoc(fieldDoc(model, "authSuccessScopes", "The scopes the user granted."))));
  if (shape.successErrorScopes === "absent") out.push(prop("never", "authErrorScopes", true, ""));
  else out.push(prop("ScopeErrors", "authErrorScopes", true, escapedDoc(fieldDoc(model, "authErrorScopes", "Refused scopes (partial grant only)."))));
  out.push(prop("never", "error", true, ""), prop("never", "errorMessage", true, ""), " */", "");

  out.push("/**", " * What `fail` receives when the user refused the requested scopes.", " * @typedef {object} GetAuthCodeScopeFailurePayload");
  out.push(prop("never", "authCode", true, ""), prop("never", "authSuccessScopes", true, ""));
  if (shape.failErrorScopes === "absent") out.push(prop("never", "authErrorScopes", true, "Not documented on failure: the payload is empty."));
  else out.push(prop("ScopeErrors", "authErrorScopes", false, escapedDoc(fieldDoc(model, "authErrorScopes", "The refused scopes and their error values."))));
  out.push(prop("never", "error", true, ""), prop("never", "errorMessage", true, ""), " */", "");

  out.push("/**", " * What `fail` receives when the JSAPI itself failed.", " * @typedef {object} GetAuthCodeJsapiErrorPayload");
  out.push(prop("never", "authCode", true, ""), prop("never", "authSuccessScopes", true, ""), prop("never", "authErrorScopes", true, ""));
  out.push(prop("JsapiErrorCode", "error", false, escapedDoc(fieldDoc(model, "error", "The JSAPI error code."))));
  out.push(prop("string", "errorMessage", false, escapedDoc(fieldDoc(model, "errorMessage", "The error message."))), " */", "");

  out.push(
    "/** @typedef {GetAuthCodeScopeFailurePayload | GetAuthCodeJsapiErrorPayload} GetAuthCodeFailPayload */",
    "/** @typedef {GetAuthCodeSuccessPayload | GetAuthCodeFailPayload} GetAuthCodePayload */",
    "",
    "/**",
    ` * Options of my.getAuthCode for this wallet. \`scopes\`: ${blockCommentText(singleLine(shape.scopesParam.description))}`,
    " * @typedef {object} GetAuthCodeOptions",
    ` * @property {${shape.scopesParam.type("Scope")}} ${shape.scopesParam.optional ? "[scopes]" : "scopes"}`,
    ...paramMembers(model).map((param) => prop(param.type, param.name, param.optional, escapedDoc(param.doc))),
    " * @property {(payload: GetAuthCodeSuccessPayload) => void} [success]",
    " * @property {(payload: GetAuthCodeFailPayload) => void} [fail]",
    ` * @property {(payload: GetAuthCodePayload) => void} [complete] ${COMPLETE_DOC}`,
    " */",
    "",
    "/** @typedef {(options: GetAuthCodeOptions) => void} GetAuthCodeFunction The typed signature of my.getAuthCode for this wallet. */",
    `/** @typedef {Pick<GetAuthCodeOptions, ${["scopes", ...model.catalog.jsapi.params.map((param) => param.name)].map((name) => JSON.stringify(name)).join(" | ")}>} GetAuthCodeRequest */`,
    "",
    '/** @typedef {GetAuthCodeSuccessPayload & { status: "success" }} GetAuthCodeSucceeded */',
    '/** @typedef {GetAuthCodeScopeFailurePayload & { status: "denied" }} GetAuthCodeDenied */',
    '/** @typedef {GetAuthCodeJsapiErrorPayload & { status: "error", info: JsapiErrorInfo }} GetAuthCodeFailed */',
    '/** @typedef {{ status: "undocumented-error", error: number | null, errorMessage: string | null, payload: unknown }} GetAuthCodeUndocumented */',
    "/** @typedef {GetAuthCodeSucceeded | GetAuthCodeDenied | GetAuthCodeFailed | GetAuthCodeUndocumented} GetAuthCodeResult */",
    "",
    "/**",
    " * Sort a raw callback payload into the result union.",
    ' * @param {"success" | "fail"} callback',
    " * @param {unknown} payload",
    " * @returns {GetAuthCodeResult}",
    " */",
    "export function toGetAuthCodeResult(callback, payload) {",
    '  const raw = /** @type {{ authCode?: unknown, error?: unknown, errorMessage?: unknown }} */ (typeof payload === "object" && payload !== null ? payload : {});',
    '  if (callback === "success" && typeof raw.authCode === "string") {',
    '    return { .../** @type {GetAuthCodeSuccessPayload} */ (raw), status: "success" };',
    "  }",
    '  const errorMessage = typeof raw.errorMessage === "string" ? raw.errorMessage : null;',
    '  if (typeof raw.error === "number") {',
    "    const code = raw.error;",
    "    if (isJsapiErrorCode(code)) {",
    '      return { status: "error", error: code, errorMessage: errorMessage ?? "", info: JSAPI_ERRORS[code] };',
    "    }",
    '    return { status: "undocumented-error", error: code, errorMessage, payload };',
    "  }",
    '  if (callback === "fail") return { .../** @type {GetAuthCodeScopeFailurePayload} */ (raw), status: "denied" };',
    '  return { status: "undocumented-error", error: null, errorMessage, payload };',
    "}",
    "",
    "/** @returns {{ getAuthCode: GetAuthCodeFunction }} */",
    "function miniProgramApi() {",
    "  /** @type {unknown} */",
    "  const my = /** @type {{ my?: unknown }} */ (/** @type {unknown} */ (globalThis)).my;",
    '  if (typeof my === "object" && my !== null && typeof (/** @type {{ getAuthCode?: unknown }} */ (my)).getAuthCode === "function") {',
    "    return /** @type {{ getAuthCode: GetAuthCodeFunction }} */ (my);",
    "  }",
    '  throw new Error("my.getAuthCode is not available: call it inside the wallet\'s mini program container.");',
    "}",
    "",
    "/**",
    " * Call my.getAuthCode with this wallet's types (callbacks style).",
    " * @param {GetAuthCodeOptions} options",
    " * @returns {void}",
    " */",
    "export function callGetAuthCode(options) {",
    "  miniProgramApi().getAuthCode(options);",
    "}",
    "",
    "/**",
    " * my.getAuthCode as a promise. It rejects only when there is no `my` (not inside a mini program).",
    ` * @param {GetAuthCodeRequest} ${requestOptional(model, shape.scopesParam.optional) ? "[request]" : "request"}`,
    " * @returns {Promise<GetAuthCodeResult>}",
    " */",
    `export function getAuthCode(request${requestOptional(model, shape.scopesParam.optional) ? " = {}" : ""}) {`,
    "  return new Promise((resolve, reject) => {",
    "    /** @type {{ getAuthCode: GetAuthCodeFunction }} */",
    "    let api;",
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
    "/**",
    " * Put in the `default` branch of a switch over `result.status`: with @ts-check it reports a missing case.",
    " * @param {never} value",
    " * @returns {never}",
    " */",
    "export function assertNever(value) {",
    "  throw new Error(`Unhandled my.getAuthCode result: ${JSON.stringify(value)}`);",
    "}",
    "",
  );
  return { filename: GETAUTHCODE_JS, language: "javascript", contents: out.join("\n") };
}
