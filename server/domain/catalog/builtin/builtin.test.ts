import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogSchema, resultFieldNameSchema, type Catalog, type Presence, type Provenance, type ResultField } from "../schema";
import { BUILTIN_CATALOGS, getBuiltinCatalog } from ".";

// ---------------------------------------------------------------------------------------------
// Reading the stored source pages (docs/sources). Everything the alipay-plus and dana catalogs are
// checked against below is parsed out of these texts, not copied into this file.
// ---------------------------------------------------------------------------------------------

function readSource(name: string): string {
  return readFileSync(join(process.cwd(), "docs", "sources", name), "utf8");
}

/** Windows-1252 characters in 0x80–0x9F, mapped back to their byte. */
const CP1252_BYTES: Readonly<Record<string, number>> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
  "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
  "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

/**
 * Undo UTF-8 text that was decoded as Windows-1252 (e.g. "â€™" → "’"): each suspicious run is turned
 * back into bytes and decoded as UTF-8; runs that do not decode are left alone.
 */
function repairMojibake(text: string): string {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return text.replace(/[\u00c2-\u00df][^\x00-\x7f]|[\u00e0-\u00ef][^\x00-\x7f]{2}|[\u00f0-\u00f4][^\x00-\x7f]{3}/g, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const code = ch.codePointAt(0) ?? 0;
      const byte = code <= 0xff ? code : CP1252_BYTES[ch];
      if (byte === undefined) return run;
      bytes.push(byte);
    }
    try {
      return decoder.decode(Uint8Array.from(bytes));
    } catch {
      return run;
    }
  });
}

/** Copy artefacts that are not part of the documents' wording: mojibake and non-breaking spaces. */
function clean(text: string): string {
  return repairMojibake(text).replace(/\u00a0/g, " ").trim();
}

/** The text between two markers; without `end`, up to the end of the text. */
function between(text: string, start: string, end?: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`marker not found: ${JSON.stringify(start)}`);
  if (end === undefined) return text.slice(from + start.length);
  const to = text.indexOf(end, from + start.length);
  if (to < 0) throw new Error(`marker not found after ${JSON.stringify(start)}: ${JSON.stringify(end)}`);
  return text.slice(from + start.length, to);
}

/** Rows of a "a | b | c |" table that starts right after `header` (searched from `anchor`). */
function pipeTable(text: string, anchor: string, header: string): string[][] {
  const lines = text.slice(text.indexOf(anchor)).split("\n");
  const start = lines.findIndex((line) => line.trim() === header);
  if (start < 0) throw new Error(`table header not found after ${anchor}: ${header}`);
  const width = header.split("|").length - 1;
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    const trimmed = line.trim();
    if (!trimmed.endsWith("|")) break;
    const cells = trimmed.slice(0, -1).split("|").map((cell) => cell.trim());
    if (cells.length !== width) break;
    rows.push(cells);
  }
  return rows;
}

/** Non-empty lines of a DANA table section: each cell is its own line, separated by blank lines. */
function cellLines(text: string, intro: string, end?: string): string[] {
  return between(text, intro, end)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function firstAuthErrorValue(example: string): string {
  const parsed: unknown = JSON.parse(example);
  if (typeof parsed !== "object" || parsed === null || !("authErrorScopes" in parsed)) {
    throw new Error("fail example has no authErrorScopes");
  }
  const scopes: unknown = parsed.authErrorScopes;
  if (typeof scopes !== "object" || scopes === null) throw new Error("authErrorScopes is not an object");
  const [value] = Object.values(scopes);
  if (typeof value !== "string") throw new Error("authErrorScopes value is not a string");
  return value;
}

type SourceScope = { name: string; description: string; silent?: boolean };
type SourceError = { code: number; text: string };
type SourceField = { name: string; type: string; presence: Presence; description: string };
type SourcePage = {
  scopes: SourceScope[];
  errors: SourceError[];
  fields: SourceField[];
  scopesType: string;
  scopesRequired: boolean;
  examples: { request: string; success: string; fail: string };
  errorValue: string;
};

function parseAlipayPlus(raw: string): SourcePage {
  const text = raw.replace(/\r\n/g, "\n");
  const scopes = pipeTable(text, "Scopes description", "Scopes | Description | Silent authorization |").map(
    ([name = "", description = "", silent = ""]) => {
      if (silent !== "Yes" && silent !== "No") throw new Error(`unexpected silent cell ${silent}`);
      return { name: clean(name), description: clean(description), silent: silent === "Yes" };
    },
  );
  const errors = pipeTable(text, "Error Code\nWhen error happens", "Error Code | Description |").map(([code = "", name = ""]) => ({
    code: Number(code),
    text: clean(name),
  }));
  const fields = pipeTable(text, "Callback function", "Property | Type | Required | Description |").map(
    ([name = "", type = "", required = "", description = ""]): SourceField => ({
      name,
      type,
      presence: required === "Yes" ? "always" : "optional",
      description: clean(description),
    }),
  );
  const scopesParam = /^scopes \| ([^|]+?) \| (Yes|No) \|/m.exec(text);
  if (!scopesParam) throw new Error("scopes parameter row not found");
  const examples = {
    request: between(text, "\nRequest\n", "\nParameters\n"),
    success: between(text, "Success Callback Function\n", "\nFail Callback Function"),
    fail: between(text, "Fail Callback Function\n", "\nError Code\n"),
  };
  return {
    scopes,
    errors,
    fields,
    scopesType: scopesParam[1] === "Array" ? "array" : "string-or-array",
    scopesRequired: scopesParam[2] === "Yes",
    examples,
    errorValue: firstAuthErrorValue(examples.fail),
  };
}

function parseDana(raw: string): SourcePage {
  const text = raw.replace(/\r\n/g, "\n");

  const scopeCells = cellLines(text, "The following table is data of scopes in this JSAPI:", "\nRequest Sample\n");
  expect(scopeCells.slice(0, 3)).toEqual(["No.", "Scope", "Description"]);
  const scopeBody = scopeCells.slice(3);
  // The "No." column lost its numbers in the copy: each scope is a name line followed by its description line.
  expect(scopeBody.length % 2).toBe(0);
  const scopes = chunk(scopeBody, 2).map(([name = "", description = ""]) => {
    expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    return { name, description: clean(description) };
  });

  const errorCells = cellLines(text, "The following table shows the error codes and messages used in this JSAPI:");
  expect(errorCells.slice(0, 3)).toEqual(["No.", "Error Code", "Error Message"]);
  const errors: SourceError[] = [];
  const errorBody = errorCells.slice(3);
  errorBody.forEach((line, index) => {
    const next = errorBody[index + 1];
    if (/^\d+$/.test(line) && next !== undefined && !/^\d+$/.test(next)) errors.push({ code: Number(line), text: clean(next) });
  });

  const conditionPresence = (required: string, condition: string): Presence => {
    if (required === "Mandatory") return "always";
    if (required === "Optional") return "optional";
    if (condition.includes("success")) return "on-success";
    if (condition.includes("failed")) return "on-failure";
    throw new Error(`unexpected condition ${required} / ${condition}`);
  };
  const responseCells = cellLines(text, "The following table is a response parameter in this JSAPI:", "\nResponse Sample\n");
  expect(responseCells.slice(0, 5)).toEqual(["Name", "Type", "Required", "Condition", "Remarks"]);
  const fields = chunk(responseCells.slice(5), 5).map(
    ([name = "", type = "", required = "", condition = "", remarks = ""]): SourceField => ({
      name,
      type,
      presence: conditionPresence(required, condition),
      description: clean(remarks),
    }),
  );

  const requestCells = cellLines(text, "The following table is a request parameter in this JSAPI:", "\nScopes Description\n");
  const scopesRow = chunk(requestCells.slice(5), 5).find(([name]) => name === "scopes");
  if (!scopesRow) throw new Error("scopes request parameter not found");
  const [, scopesType = "", scopesRequired = ""] = scopesRow;

  const examples = {
    request: between(text, "The following part will be described samples of request in this JSAPI.\n\n", "\nResponse\n"),
    success: between(text, "response sample of this JSAPI for success scenario:\n\n", "\nFailed\n"),
    fail: between(text, "response sample of this JSAPI for failed scenario:\n\n", "\nError Code Information\n"),
  };
  return {
    scopes,
    errors,
    fields,
    scopesType: scopesType.startsWith("Array") ? "array" : "string-or-array",
    scopesRequired: scopesRequired === "Mandatory",
    examples,
    errorValue: firstAuthErrorValue(examples.fail),
  };
}

function catalog(slug: string): Catalog {
  const found = BUILTIN_CATALOGS.find((c) => c.slug === slug);
  if (!found) throw new Error(`no built-in catalog ${slug}`);
  return found;
}

function field(c: Catalog, name: ResultField["name"]): ResultField {
  const found = c.jsapi.resultFields.find((f) => f.name === name);
  if (!found) throw new Error(`${c.slug} has no result field ${name}`);
  return found;
}

/** Documented by the stored source document `ref` (and, when given, the page `url` it is a copy of). */
function expectDocumentedBy(provenance: Provenance, ref: string, url?: string) {
  expect(provenance.fidelity).toBe("documented");
  expect(provenance.ref).toBe(ref);
  expect(provenance.source).toBe(url);
}

function allProvenances(c: Catalog): Provenance[] {
  return [
    ...c.scopes.flatMap((s) => [s.provenance, s.silentProvenance, s.fieldsProvenance, ...(s.descriptionProvenance ? [s.descriptionProvenance] : [])]),
    ...c.errorCodes.map((e) => e.provenance),
    c.jsapi.scopesProvenance,
    ...c.jsapi.params.map((p) => p.provenance),
    c.jsapi.examplesProvenance.request,
    c.jsapi.examplesProvenance.success,
    c.jsapi.examplesProvenance.fail,
    c.jsapi.dataFlowProvenance,
    ...c.jsapi.resultFields.map((f) => f.provenance),
    ...c.jsapi.scopeErrorValues.map((v) => v.provenance),
    c.serverApi.provenance,
    c.serverApi.lifetimesProvenance,
  ];
}

// ---------------------------------------------------------------------------------------------

describe("built-in catalogs", () => {
  it("all pass the catalog schema unchanged", () => {
    for (const c of BUILTIN_CATALOGS) {
      const parsed = catalogSchema.safeParse(c);
      expect(parsed.success, `${c.slug}: ${parsed.success ? "" : JSON.stringify(parsed.error.issues)}`).toBe(true);
      // Parsing trims strings; a built-in must already be in its parsed form.
      expect(parsed.data).toEqual(c);
    }
  });

  it("have unique slugs, in the documented order", () => {
    const slugs = BUILTIN_CATALOGS.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.slice(0, 6)).toEqual(["alipay-plus", "dana", "touch-n-go", "gcash", "alipay-hk", "alipay-cn"]);
  });

  it("getBuiltinCatalog returns an independent copy, or undefined", () => {
    const copy = getBuiltinCatalog("dana");
    expect(copy).toEqual(catalog("dana"));
    expect(copy).not.toBe(catalog("dana"));
    copy?.scopes.pop();
    expect(catalog("dana").scopes).toHaveLength(25);
    expect(getBuiltinCatalog("no-such-wallet")).toBeUndefined();
  });

  it("state a reason for every assumption and a non-empty description for every scope", () => {
    for (const c of BUILTIN_CATALOGS) {
      for (const p of allProvenances(c)) {
        if (p.fidelity === "assumed") expect(p.note?.length ?? 0, c.slug).toBeGreaterThan(0);
      }
      for (const s of c.scopes) expect(s.description.length, `${c.slug} ${s.name}`).toBeGreaterThan(0);
    }
  });

  it("cite where every documented fact was read (a stored source or a reference section)", () => {
    for (const c of BUILTIN_CATALOGS) {
      for (const p of allProvenances(c)) {
        if (p.fidelity !== "documented") continue;
        expect(p.ref, `${c.slug}: ${JSON.stringify(p)}`).toMatch(/^(seeds\/\d{3}_[0-9a-f]{16}\.txt|wallet-domain\.md §\d+(\.\d+)?)$/);
      }
    }
  });

  it("set preassigned only for Touch 'n Go", () => {
    for (const c of BUILTIN_CATALOGS) {
      for (const s of c.scopes) {
        if (c.slug === "touch-n-go") expect(s.preassigned, s.name).not.toBeNull();
        else expect(s.preassigned, `${c.slug} ${s.name}`).toBeNull();
      }
    }
  });

  it("list the scope-error values they default to", () => {
    for (const c of BUILTIN_CATALOGS) {
      expect(c.jsapi.scopeErrorValues.map((v) => v.value), c.slug).toContain(c.jsapi.defaultScopeErrorValue);
    }
  });

  it("Touch 'n Go keeps its documented aliases", () => {
    const tng = catalog("touch-n-go");
    expect(tng.scopes.find((s) => s.name === "auth_base")?.aliases).toEqual(["BASE_USER_INFO"]);
    expect(tng.scopes.find((s) => s.name === "auth_user")?.aliases).toEqual(["USER_INFO"]);
  });
});

describe("alipay-plus matches docs/sources/alipay-plus-getauthcode.txt", () => {
  const raw = readSource("alipay-plus-getauthcode.txt");
  const page = parseAlipayPlus(raw);
  const c = catalog("alipay-plus");
  // Its real source is the stored document, not the published page (which lists 15 scopes).
  const ref = "seeds/000_990cf4b666aceb78.txt";
  const url = undefined;

  it("parses the page's tables", () => {
    expect(page.scopes).toHaveLength(13);
    expect(page.errors).toHaveLength(6);
    expect(page.fields).toHaveLength(3);
  });

  it("has the page's scopes in order, with descriptions and silent flags", () => {
    expect(c.scopes.map((s) => s.name)).toEqual(page.scopes.map((s) => s.name));
    page.scopes.forEach((source, index) => {
      const s = c.scopes[index];
      expect(s?.description, source.name).toBe(source.description);
      expect(s?.silent, source.name).toBe(source.silent);
      if (s) {
        expectDocumentedBy(s.provenance, ref, url);
        // The note under the table says only auth_base is silent: the other "Yes" rows are conflicts.
        if (source.silent && source.name !== "auth_base") {
          expect(s.silentProvenance.fidelity, source.name).toBe("conflict");
          expect(s.silentProvenance.readings?.map((r) => r.ref)).toEqual([ref, ref]);
        } else {
          expectDocumentedBy(s.silentProvenance, ref, url);
        }
      }
    });
    expect(c.scopes.filter((s) => s.silentProvenance.fidelity === "conflict").map((s) => s.name)).toEqual(["USER_ID", "USER_LOGIN_ID", "HASH_LOGIN_ID"]);
  });

  it("has the page's error codes with their names spelled as on the page", () => {
    expect(c.errorCodes.map((e) => e.code)).toEqual(page.errors.map((e) => e.code));
    page.errors.forEach((source) => {
      const e = c.errorCodes.find((x) => x.code === source.code);
      expect(e?.name, String(source.code)).toBe(source.text);
      expect(e?.message).toBe("");
      if (e) expectDocumentedBy(e.provenance, ref, url);
    });
    expect(c.errorCodes.map((e) => e.name)).toContain("ERRORLCODE_AUTH_PENDING_AGREEMENT");
  });

  it("has the page's callback fields, types and presence", () => {
    for (const source of page.fields) {
      const f = field(c, resultFieldNameSchema.parse(source.name));
      expect(f.type, source.name).toBe(source.type);
      expect(f.presence, source.name).toBe(source.presence);
      expect(f.description, source.name).toBe(source.description);
      expectDocumentedBy(f.provenance, ref, url);
    }
    expect(field(c, "error").provenance.fidelity).toBe("assumed");
    expect(field(c, "errorMessage").provenance.fidelity).toBe("assumed");
  });

  it("has the page's scopes parameter, examples and per-scope error value", () => {
    expect(c.jsapi.scopesType).toBe(page.scopesType);
    expect(c.jsapi.scopesRequired).toBe(page.scopesRequired);
    expect(c.jsapi.defaultScope).toBeNull();
    expect(c.jsapi.examples).toEqual(page.examples);
    expect(page.errorValue).toBe("10001");
    expect(c.jsapi.defaultScopeErrorValue).toBe(page.errorValue);
    const value = c.jsapi.scopeErrorValues.find((v) => v.value === page.errorValue);
    if (!value) throw new Error("missing scope error value");
    expectDocumentedBy(value.provenance, ref, url);
    expect(value.provenance.note).toMatch(/example/);
    for (const example of Object.values(c.jsapi.examplesProvenance)) expectDocumentedBy(example, ref, url);
  });
});

describe("dana matches docs/sources/dana-getauthcode.txt", () => {
  const raw = readSource("dana-getauthcode.txt");
  const page = parseDana(raw);
  const c = catalog("dana");
  const url = "https://mini-program.dana.id/docs/miniprogram_dana/mpdev/api_openapi_getauthcode";
  const ref = "seeds/002_8c0ea364592096bb.txt";

  it("parses the page's tables (repairing the copy's mojibake)", () => {
    expect(page.scopes).toHaveLength(25);
    expect(page.errors).toHaveLength(3);
    expect(page.fields).toHaveLength(3);
    expect(raw).toContain("motherâ€™s");
    expect(page.scopes.map((s) => s.description).join("\n")).toContain("mother’s");
  });

  it("has the page's scopes in order, with descriptions", () => {
    expect(c.scopes.map((s) => s.name)).toEqual(page.scopes.map((s) => s.name));
    page.scopes.forEach((source, index) => {
      const s = c.scopes[index];
      expect(s?.description, source.name).toBe(source.description);
      expect(s?.silent, source.name).toBe(false);
      if (s) {
        expectDocumentedBy(s.provenance, ref, url);
        expect(s.silentProvenance.fidelity).toBe("assumed");
        expect(s.fieldsProvenance.fidelity).toBe("assumed");
      }
    });
  });

  it("has the page's error codes with their messages", () => {
    expect(c.errorCodes.map((e) => e.code)).toEqual(page.errors.map((e) => e.code));
    page.errors.forEach((source) => {
      const e = c.errorCodes.find((x) => x.code === source.code);
      expect(e?.message, String(source.code)).toBe(source.text);
      expect(e?.name).toBe("");
      if (e) expectDocumentedBy(e.provenance, ref, url);
    });
  });

  it("has the page's conditional response fields", () => {
    for (const source of page.fields) {
      const f = field(c, resultFieldNameSchema.parse(source.name));
      expect(f.type, source.name).toBe(source.type);
      expect(f.presence, source.name).toBe(source.presence);
      expect(f.description, source.name).toBe(source.description);
      expectDocumentedBy(f.provenance, ref, url);
    }
    expect(Object.fromEntries(page.fields.map((f) => [f.name, f.presence]))).toEqual({
      authCode: "on-success",
      authErrorScopes: "on-failure",
      authSuccessScopes: "on-success",
    });
  });

  it("has the page's scopes parameter, examples and per-scope error value", () => {
    expect(c.jsapi.scopesType).toBe(page.scopesType);
    expect(c.jsapi.scopesRequired).toBe(page.scopesRequired);
    expect(c.jsapi.examples).toEqual(page.examples);
    expect(page.errorValue).toBe("40006");
    expect(c.jsapi.defaultScopeErrorValue).toBe(page.errorValue);
    const value = c.jsapi.scopeErrorValues.find((v) => v.value === page.errorValue);
    if (!value) throw new Error("missing scope error value");
    expectDocumentedBy(value.provenance, ref, url);
    for (const example of Object.values(c.jsapi.examplesProvenance)) expectDocumentedBy(example, ref, url);
  });
});
