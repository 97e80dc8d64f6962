/**
 * Catalogs for the snippet tests and the bench: one full of hostile text (every string a generator
 * copies into code), and a synthetic large one. Both are valid catalog documents.
 */
import { danaCatalog } from "../catalog/builtin/dana";
import { touchNGoCatalog } from "../catalog/builtin/touch-n-go";
import type { Catalog, Scope } from "../catalog/schema";
import { FlowInputError, runFlow, type FlowResult, type Outcome } from "../flow/engine";

/** Text that breaks out of comments, strings, templates and shells when it is not escaped. */
export const HOSTILE_TEXT = [
  "Ends a comment */ and opens one /* here.",
  "Backticks `rm -rf /` and a template ${process.exit(1)} and $(touch /tmp/pwned) and ${globalThis.__snippetPwned = 1}.",
  "Quotes ' \" \"\"\" ''' and a backslash \\ and \\u000a and \\u002a\\u002f (Java unicode escapes).",
  "@typedef {number} Scope @ts-ignore @deprecated </script><script>alert(1)</script>",
  "Line breaks:\r\nCRLF\rCR\u2028LS\u2029PS\u0085NEL\fFF\vVT // not a comment",
  "# not a comment either\n-*- coding: latin-1 -*-\nEOF\n'EOF'\n\"\"\"",
  "Unicode: ユーザー 👤 é, NUL \u0000, BEL \u0007.",
].join("\n");

/** Scope names that are not identifiers (no whitespace: the schema forbids it). */
export const HOSTILE_SCOPE_NAMES = [
  "<script>alert(1)</script>",
  "123-bad-name",
  "x*/y",
  "a\"b'c",
  "back\\slash",
  "${process.exit(1)}",
  "`whoami`",
  "$(id)",
  "__proto__",
  "constructor",
  "a}b{c",
  "@param",
  "ユーザー👤",
  "dotted.name",
  "\\u002a\\u002f",
];

function hostileScope(name: string, index: number): Scope {
  return {
    ...structuredClone(danaCatalog.scopes[0] as Scope),
    name,
    description: `${HOSTILE_TEXT} #${index}`,
    silent: index === 0,
    aliases: index === 1 ? ["alias*/x", "alias`y`"] : [],
    deprecated: index === 2,
    errorValue: index === 3 ? "*/\"'`${x}" : null,
  };
}

/**
 * A v1 catalog (extendInfo path, epoch-ms Request-Time) whose every free-text field is hostile.
 * `scopesRequired: false` exercises the default-scope branch with a hostile default.
 */
export function hostileCatalog(): Catalog {
  const base = structuredClone(touchNGoCatalog);
  const scopes = HOSTILE_SCOPE_NAMES.map(hostileScope);
  return {
    ...base,
    slug: "hostile",
    name: `Hostile */ \`name\` \${process.exit(1)} "quoted" 'single' \\ <b>`,
    wallet: "Wallet */ ${x} `y`",
    region: "Region\nwith a line break # and a hash",
    description: HOSTILE_TEXT,
    scopes,
    errorCodes: [
      { ...structuredClone(base.errorCodes[0] as Catalog["errorCodes"][number]), code: 3, name: "NAME_*/_`x`_${y}", message: HOSTILE_TEXT, advice: HOSTILE_TEXT },
      { ...structuredClone(base.errorCodes[0] as Catalog["errorCodes"][number]), code: 999_999, name: "", message: "\"quoted\" */", advice: "" },
    ],
    jsapi: {
      ...base.jsapi,
      scopesType: "string-or-array",
      scopesRequired: false,
      defaultScope: "<script>alert(1)</script>",
      defaultScopeErrorValue: "*/`${x}`\"",
      scopeErrorValues: [{ ...structuredClone(base.jsapi.scopeErrorValues[0] as Catalog["jsapi"]["scopeErrorValues"][number]), value: "__proto__", meaning: HOSTILE_TEXT }],
      resultFields: base.jsapi.resultFields.map((field) => ({ ...field, description: HOSTILE_TEXT })),
    },
    serverApi: { ...base.serverApi, requestTimeFormat: "epoch-ms", customerBelongsTo: "HOSTILE_1" },
  };
}

/** A catalog with `count` scopes (names, aliases and ~100-character descriptions), for the bench. */
export function largeCatalog(count: number): Catalog {
  const base = structuredClone(danaCatalog);
  const template = base.scopes[0] as Scope;
  const scopes: Scope[] = Array.from({ length: count }, (_, index) => ({
    ...structuredClone(template),
    name: `SCOPE_${String(index).padStart(5, "0")}`,
    description: `Authorized to obtain the user's synthetic data point number ${index} (bench catalog, ${count} scopes).`,
    silent: index % 4 === 0,
    aliases: index % 10 === 0 ? [`ALIAS_${index}`] : [],
  }));
  return { ...base, slug: `large-${count}`, name: `Synthetic ${count}-scope catalog`, scopes };
}

/**
 * What the flow engine (the simulator) sends to the callbacks for this catalog: one sample per
 * outcome it can produce (approve, partial, deny, cancel, timeout, each JSAPI error, bad scopes,
 * and the default scope when scopes are optional).
 */
export function flowSamples(catalog: Catalog): Array<{ label: string; scopes: unknown; result: FlowResult }> {
  const samples: Array<{ label: string; scopes: unknown; result: FlowResult }> = [];
  const user = { userId: "2088000000000001", displayName: "Sample User" };
  const run = (label: string, scopes: unknown, outcome: Outcome) => {
    try {
      samples.push({ label, scopes, result: runFlow({ catalog, scopes, outcome, user, issueCode: () => "SAMPLE_AUTH_CODE" }) });
    } catch (error) {
      if (!(error instanceof FlowInputError)) throw error;
    }
  };
  const consent = catalog.scopes.filter((scope) => !scope.silent).map((scope) => scope.name);
  const silent = catalog.scopes.filter((scope) => scope.silent).map((scope) => scope.name);
  const first = catalog.scopes[0]?.name;
  if (consent[0] !== undefined) {
    run("approve", [consent[0]], { kind: "approve" });
    run("deny", [consent[0]], { kind: "deny" });
    run("cancel", [consent[0]], { kind: "cancel" });
  }
  if (consent[0] !== undefined && consent[1] !== undefined) run("partial", [consent[0], consent[1]], { kind: "partial", refuse: [consent[1]] });
  if (silent[0] !== undefined) run("silent approve", [silent[0]], { kind: "approve" });
  if (first !== undefined) {
    run("timeout", [first], { kind: "timeout" });
    for (const error of catalog.errorCodes) run(`error:${error.code}`, [first], { kind: "error", code: error.code });
  }
  run("invalid scopes argument", 42, { kind: "approve" });
  run("unknown scope", ["NO_SUCH_SCOPE_xyz"], { kind: "approve" });
  if (!catalog.jsapi.scopesRequired) run("default scope", undefined, { kind: "approve" });
  return samples;
}
