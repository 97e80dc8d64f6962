/**
 * `my-shim.ts`: the `my` shim for Node tests (Vitest, Jest) of mini-program code — `createMy({
 * baseUrl, catalog, scenario })` returns an object whose `getAuthCode` behaves as the browser shim
 * (`/api/jsapi/<slug>/my.js`): a real run at the studio per call, the catalog's callbacks and
 * payloads, the scenario set at creation or with `__studio.scenario()`.
 */
import { docComment, jsString } from "./escape";
import { headerParagraphs } from "./getauthcode-ts";
import type { GeneratedFile, SnippetModel } from "./model";

export const MY_SHIM_TS = "my-shim.ts";

export function generateMyShimTs(model: SnippetModel): GeneratedFile {
  const { catalog } = model;
  const lines = [
    docComment([
      ...headerParagraphs(model, `The my.getAuthCode shim for Node tests of ${catalog.name} mini-program code: each call is a real run at AuthCode Studio.`, { scopes: false }),
      "",
      "  const my = createMy({ baseUrl: \"http://localhost:3000\", scenario: { outcome: \"partial\", refuse: [\"…\"] } });",
      "  my.getAuthCode({ scopes: [\"…\"], success: (res) => …, fail: (res) => … });",
      "",
      "outcome: approve | partial (with refuse) | deny | cancel | timeout | error:<code>. Team mode: pass `key` (a CI key).",
      "Needs Node 18+ (global fetch). Compile with tsc, or run with tsx.",
    ]),
    "",
    `export const CATALOG = ${jsString(catalog.slug)};`,
    "",
    "export interface Scenario {",
    "  outcome?: string;",
    "  refuse?: string[];",
    "  /** A test user's id. */",
    "  user?: string;",
    "  /** Bind the code to one of your clients (else any client of the catalog may redeem it). */",
    "  client?: string;",
    "}",
    "",
    "export type Payload = Record<string, unknown>;",
    "",
    "export interface GetAuthCodeOptions {",
    "  scopes?: unknown;",
    "  success?: (result: Payload) => void;",
    "  fail?: (result: Payload) => void;",
    "  complete?: (result: Payload) => void;",
    "}",
    "",
    "export interface MyConfig {",
    "  /** The studio's origin, e.g. http://localhost:3000. */",
    "  baseUrl: string;",
    `  /** Catalog slug (default ${jsString(catalog.slug)}). */`,
    "  catalog?: string;",
    "  scenario?: Scenario;",
    "  /** Team mode: a CI key of the workspace. */",
    "  key?: string;",
    "  fetch?: typeof fetch;",
    "}",
    "",
    "export interface StudioMy {",
    "  /** Calls success or fail, then complete; returns the answer. */",
    "  getAuthCode(options: GetAuthCodeOptions): Promise<{ callback: \"success\" | \"fail\"; payload: Payload; complete: Payload; authCode: string | null }>;",
    "  __studio: { scenario(next: Scenario): Scenario };",
    "}",
    "",
    "export function createMy(config: MyConfig): StudioMy {",
    "  const fetchImpl = config.fetch ?? fetch;",
    "  const catalog = config.catalog ?? CATALOG;",
    '  let scenario: Scenario = { outcome: "approve", refuse: [], ...config.scenario };',
    "  return {",
    "    async getAuthCode(options) {",
    '      const headers: Record<string, string> = { "Content-Type": "application/json" };',
    "      if (config.key) headers.Authorization = `Bearer ${config.key}`;",
    '      const response = await fetchImpl(`${config.baseUrl.replace(/\\/+$/, "")}/api/jsapi/${encodeURIComponent(catalog)}/getAuthCode`, {',
    '        method: "POST",',
    "        headers,",
    "        body: JSON.stringify({ scopes: options.scopes, outcome: scenario.outcome, refuse: scenario.refuse ?? [], user: scenario.user, client: scenario.client }),",
    "      });",
    "      const answer = (await response.json()) as { callback: \"success\" | \"fail\"; payload: Payload; complete: Payload; authCode: string | null; error?: { message: string } };",
    "      if (!response.ok) throw new Error(`AuthCode Studio could not run my.getAuthCode: ${answer.error?.message ?? `HTTP ${response.status}`}`);",
    '      if (answer.callback === "success") options.success?.(answer.payload);',
    "      else options.fail?.(answer.payload);",
    "      options.complete?.(answer.complete);",
    "      return { callback: answer.callback, payload: answer.payload, complete: answer.complete, authCode: answer.authCode };",
    "    },",
    "    __studio: {",
    "      scenario(next) {",
    "        scenario = { ...scenario, ...next };",
    "        return { ...scenario };",
    "      },",
    "    },",
    "  };",
    "}",
    "",
  ];
  return { filename: MY_SHIM_TS, language: "typescript", contents: lines.join("\n") };
}
