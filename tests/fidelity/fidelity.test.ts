/**
 * The fidelity suite (issue 12, item 4): every row of tests/fidelity/facts — a fact a source states,
 * or leaves open, about one built-in catalog — checked against the running product over HTTP, as
 * its own test case. One temporary database and one gateway for the file; one client per catalog,
 * registered over POST /api/clients with the fixture public key (signatures checked strictly).
 * At the end a table of counts per catalog (rows checked, documented, assumed, conflicts, failing)
 * is printed for the issue's closing note.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { createTestDb } from "@/db/testing";
import { getCatalogRecord, seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { startGateway, type RunningGateway } from "@/tests/support/gateway";
import { FACTS } from "./facts";
import { CATALOG_SLUGS, ENDPOINT_PATHS, SEED_ALIPAY_PLUS, SEED_DANA, type CatalogSlug, type FactRow, type FidelityLabel } from "./facts/types";
import {
  PUBLIC_KEY,
  WORKSPACE,
  allProvenances,
  catalogDocumentSchema,
  endpointProvenance,
  postJson,
  simulationAnswerSchema,
  walletAnswerSchema,
  walletCall,
  withClient,
  type CatalogDocument,
  type LooseProvenance,
} from "./harness";

let db: DB;
let gateway: RunningGateway;
const clients = new Map<CatalogSlug, string>();
const documents = new Map<CatalogSlug, CatalogDocument>();
const documentErrors = new Map<CatalogSlug, string>();
/** Rows whose check ran, and rows that failed (a soft assertion or a throw). */
const ran = new Set<string>();
const failed = new Set<string>();

beforeAll(async () => {
  db = createTestDb();
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db);
  for (const slug of CATALOG_SLUGS) {
    const reply = await postJson(gateway.origin, "/api/clients", { name: `fidelity ${slug}`, catalog: slug, publicKey: PUBLIC_KEY });
    const clientId = typeof reply.body === "object" && reply.body !== null && "clientId" in reply.body ? reply.body.clientId : null;
    if (reply.status !== 201 || typeof clientId !== "string") throw new Error(`registering a client for ${slug}: ${reply.status} ${reply.text}`);
    clients.set(slug, clientId);
    const parsed = catalogDocumentSchema.safeParse(getCatalogRecord(db, slug, WORKSPACE).document);
    if (parsed.success) documents.set(slug, parsed.data);
    else documentErrors.set(slug, parsed.error.message);
  }
}, 60_000);

afterAll(async () => {
  await gateway.close();
  printCounts();
});

// ---------------------------------------------------------------- helpers

function documentOf(slug: CatalogSlug): CatalogDocument {
  const document = documents.get(slug);
  if (!document) throw new Error(`the ${slug} catalog document did not parse: ${documentErrors.get(slug) ?? "not loaded"}`);
  return document;
}

function clientOf(slug: CatalogSlug): string {
  const clientId = clients.get(slug);
  if (!clientId) throw new Error(`no client registered for ${slug}`);
  return clientId;
}

/**
 * The label the product gives a fact must be the row's; a conflict shows ≥ 2 readings. (That a
 * documented fact names its ref and an assumed one its reason is checked once per catalog, under
 * "provenance objects", so a row fails only on its own fact.)
 */
function expectLabel(row: FactRow, provenance: LooseProvenance | null | undefined, what: string) {
  expect.soft(provenance?.fidelity, `${what}: label`).toBe(row.fidelity);
  if (row.fidelity === "conflict") {
    expect.soft(provenance?.readings?.length ?? 0, `${what}: a conflict shows both readings`).toBeGreaterThanOrEqual(2);
    expect.soft(provenance?.note, `${what}: a conflict says which reading the studio uses`).toEqual(expect.any(String));
  }
}

function findScope(row: FactRow, name: string) {
  const scope = documentOf(row.catalog).scopes.find((s) => s.name === name);
  if (!scope) throw new Error(`${row.catalog} has no scope ${name}`);
  return scope;
}

const sorted = (values: readonly string[]) => [...values].sort();
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function walletUri(slug: CatalogSlug, prefix: string, endpointPath: string): string {
  return `/api/wallets/${slug}${prefix}${endpointPath}`;
}

async function simulate(slug: CatalogSlug, request: { scopes?: string[]; outcome: string; refuse?: string[]; params?: Record<string, string> }) {
  const clientId = clientOf(slug);
  const body: Record<string, unknown> = { catalog: slug, outcome: request.outcome, client: clientId };
  if (request.scopes) body.scopes = request.scopes;
  if (request.refuse) body.refuse = request.refuse;
  if (request.params) body.params = withClient(request.params, clientId);
  const reply = await postJson(gateway.origin, "/api/simulations", body);
  expect(reply.status, `POST /api/simulations ${JSON.stringify(body)} → ${reply.text}`).toBe(201);
  const answer = simulationAnswerSchema.safeParse(reply.body);
  if (!answer.success) throw new Error(`the simulation answer lacks what DECISIONS.md fixes (callback, payload, complete, assumptions): ${answer.error.message}\n${reply.text}`);
  return answer.data;
}

// ---------------------------------------------------------------- the checks, per kind

async function check(row: FactRow): Promise<void> {
  switch (row.kind) {
    case "scope": {
      const scope = findScope(row, row.expected.name);
      if (row.expected.aliases) expect.soft(sorted(scope.aliases ?? []), "aliases").toEqual(sorted(row.expected.aliases));
      if (row.expected.preassigned !== undefined) expect.soft(scope.preassigned, "preassigned").toBe(row.expected.preassigned);
      if (row.expected.deprecated !== undefined) expect.soft(scope.deprecated, "deprecated").toBe(row.expected.deprecated);
      expectLabel(row, scope.provenance, `scope ${scope.name}`);
      return;
    }
    case "silent": {
      const scope = findScope(row, row.expected.scope);
      if (row.expected.silent !== null) expect.soft(scope.silent, "silent").toBe(row.expected.silent);
      expectLabel(row, scope.silentProvenance, `silent flag of ${scope.name}`);
      if (row.fidelity === "conflict") {
        const refs = (scope.silentProvenance.readings ?? []).map((reading) => reading.ref);
        expect.soft(refs.every((ref) => ref.startsWith(row.source.split(":")[0] ?? "")), "each reading cites the seed").toBe(true);
      }
      return;
    }
    case "scope-description": {
      const scope = findScope(row, row.expected.scope);
      expectLabel(row, scope.descriptionProvenance ?? scope.provenance, `description of ${scope.name}`);
      return;
    }
    case "scope-list": {
      const scopes = documentOf(row.catalog).scopes;
      const names = scopes.map((s) => s.name);
      const optional = new Set(row.expected.mayAlsoBeDocumented ?? []);
      expect.soft(row.expected.documented.filter((name) => !names.includes(name)), "documented scopes missing from the catalog").toEqual([]);
      const documented = scopes.filter((s) => s.provenance.fidelity === "documented" && !optional.has(s.name)).map((s) => s.name);
      expect.soft(sorted(documented), "the scopes labelled documented").toEqual(sorted(row.expected.documented));
      return;
    }
    case "error-code": {
      const error = documentOf(row.catalog).errorCodes.find((e) => e.code === row.expected.code);
      if (!error) throw new Error(`${row.catalog} has no JSAPI error code ${row.expected.code}`);
      if (row.expected.name !== undefined) expect.soft(error.name, "name, verbatim").toBe(row.expected.name);
      if (row.expected.message !== undefined) expect.soft(error.message, "message, verbatim").toBe(row.expected.message);
      expectLabel(row, error.provenance, `error ${error.code}`);
      return;
    }
    case "error-code-list": {
      const codes = documentOf(row.catalog).errorCodes;
      const documented = codes.filter((e) => e.provenance.fidelity === "documented").map((e) => e.code);
      expect.soft([...documented].sort((a, b) => a - b), "the error codes labelled documented").toEqual([...row.expected.documented].sort((a, b) => a - b));
      if (row.fidelity === "assumed") for (const e of codes) expectLabel(row, e.provenance, `error ${e.code}`);
      return;
    }
    case "jsapi-param": {
      const param = documentOf(row.catalog).jsapi.params?.find((p) => p.name === row.expected.name);
      if (!param) throw new Error(`${row.catalog}'s jsapi.params has no ${row.expected.name}`);
      expect.soft(param.required, "required").toBe(row.expected.required);
      expectLabel(row, param.provenance, `parameter ${param.name}`);
      return;
    }
    case "result-field": {
      const field = documentOf(row.catalog).jsapi.resultFields.find((f) => f.name === row.expected.name);
      if (!field) throw new Error(`${row.catalog} has no callback field ${row.expected.name}`);
      expectLabel(row, field.provenance, `callback field ${field.name}`);
      return;
    }
    case "callback": {
      const e = row.expected;
      const answer = await simulate(row.catalog, e);
      const payload = answer.payload;
      expect.soft(answer.callback, "callback").toBe(e.callback);
      const optionalKeys: readonly string[] = e.optionalKeys ?? [];
      const keys = Object.keys(payload).filter((key) => !optionalKeys.includes(key));
      expect.soft(sorted(keys), `payload keys of ${JSON.stringify(payload)}`).toEqual(sorted(e.keys));
      if (e.keys.includes("authCode")) expect.soft(payload.authCode, "authCode").toEqual(expect.any(String));
      if (e.error !== undefined) {
        const allowed = Array.isArray(e.error) ? e.error : [e.error];
        expect.soft(allowed, `error ${String(payload.error)}`).toContain(payload.error);
      } else if (e.keys.includes("error")) expect.soft(payload.error, "error").toEqual(expect.any(Number));
      if (e.keys.includes("errorMessage")) expect.soft(payload.errorMessage, "errorMessage").toEqual(expect.any(String));
      if (e.errorMessage !== undefined) expect.soft(payload.errorMessage, "errorMessage, verbatim").toBe(e.errorMessage);
      if (e.successScopes) expect.soft(payload.authSuccessScopes, "authSuccessScopes").toEqual(e.successScopes);
      if (e.errorScopes) {
        const errorScopes = payload.authErrorScopes;
        const entries = typeof errorScopes === "object" && errorScopes !== null ? Object.entries(errorScopes) : [];
        expect.soft(sorted(entries.map(([key]) => key)), "authErrorScopes keys").toEqual(sorted(e.errorScopes));
        expect.soft(entries.every(([, value]) => typeof value === "string"), "authErrorScopes values are strings").toBe(true);
      }
      expect.soft(answer.complete, "complete receives the callback's object").toEqual(payload);
      expect.soft(answer.assumptions.length, `assumptions (relied on: ${e.reliesOnAssumed.join("; ")})`).toBeGreaterThan(0);
      const facts = answer.facts ?? [];
      expect.soft(answer.facts, "the answer lists the facts the run relied on (DECISIONS.md)").toBeDefined();
      expect.soft(facts.some((fact) => fact.fidelity === row.fidelity), `a relied-on fact labelled ${row.fidelity} in ${JSON.stringify(facts.map((f) => [f.id, f.fidelity]))}`).toBe(true);
      if (e.reliesOnAssumed.length > 0) expect.soft(facts.some((fact) => fact.fidelity === "assumed"), "an assumed relied-on fact among facts").toBe(true);
      for (const fact of facts) {
        expect.soft(fact.label, `fact ${fact.id} has a label`).not.toBe("");
        if (fact.fidelity === "documented") expect.soft(fact.ref ?? fact.source, `documented fact ${fact.id} names its source`).toEqual(expect.any(String));
        if (fact.fidelity === "assumed") expect.soft(fact.note, `assumed fact ${fact.id} says why`).toEqual(expect.any(String));
      }
      return;
    }
    case "api": {
      const e = row.expected;
      const clientId = clientOf(row.catalog);
      const uri = walletUri(row.catalog, e.prefix, ENDPOINT_PATHS[e.endpoint]);
      const reply = await walletCall(gateway.origin, clientId, uri, withClient(e.body, clientId));
      const answer = walletAnswerSchema.safeParse(reply.body);
      if (!answer.success) throw new Error(`POST ${uri}: not a wallet answer: ${reply.status} ${reply.text}`);
      const result = answer.data.result;
      expect.soft(result.resultCode, `resultCode (${result.resultMessage})`).toBe(e.resultCode);
      if (e.resultStatus) expect.soft(result.resultStatus, "resultStatus").toBe(e.resultStatus);
      if (e.httpStatus) expect.soft(reply.status, "HTTP status").toBe(e.httpStatus);
      if (e.messageStartsWith) expect.soft(result.resultMessage.startsWith(e.messageStartsWith), `resultMessage "${result.resultMessage}" starts with the documented text`).toBe(true);
      for (const mention of e.messageMentions ?? []) expect.soft(result.resultMessage, "resultMessage names it").toContain(mention);
      expectLabel(row, endpointProvenance(documentOf(row.catalog).serverApi.endpoints, e.endpoint), `serverApi.endpoints ${e.endpoint}`);
      return;
    }
    case "api-not-served": {
      const e = row.expected;
      const uri = walletUri(row.catalog, e.prefix, ENDPOINT_PATHS[e.endpoint]);
      const reply = await walletCall(gateway.origin, clientOf(row.catalog), uri, {});
      const answer = walletAnswerSchema.safeParse(reply.body);
      if (!answer.success) throw new Error(`POST ${uri}: not a wallet answer: ${reply.status} ${reply.text}`);
      expect.soft(answer.data.result.resultCode, `resultCode (${answer.data.result.resultMessage})`).toBe("INVALID_API");
      expect.soft(reply.status, "HTTP status").toBe(404);
      for (const offered of e.offers) expect.soft(answer.data.result.resultMessage, "resultMessage names what the catalog offers").toContain(offered);
      const endpoints = documentOf(row.catalog).serverApi.endpoints;
      expect.soft(endpointProvenance(endpoints, e.endpoint), `${e.endpoint} is not among serverApi.endpoints`).toBeNull();
      expectLabel(row, endpointProvenance(endpoints, e.labelFrom), `serverApi.endpoints ${e.labelFrom}`);
      return;
    }
    case "api-token": {
      const e = row.expected;
      const clientId = clientOf(row.catalog);
      const simulation = await simulate(row.catalog, { scopes: e.scopes, outcome: "approve", params: e.params });
      const authCode = simulation.payload.authCode;
      if (typeof authCode !== "string") throw new Error(`approve gave no authCode: ${JSON.stringify(simulation.payload)}`);
      const uri = walletUri(row.catalog, e.prefix, ENDPOINT_PATHS[e.endpoint]);
      const reply = await walletCall(gateway.origin, clientId, uri, { grantType: "AUTHORIZATION_CODE", authCode, ...withClient(e.extra, clientId) });
      const body = reply.body;
      const answer = walletAnswerSchema.safeParse(body);
      if (!answer.success || typeof body !== "object" || body === null) throw new Error(`POST ${uri}: not a wallet answer: ${reply.status} ${reply.text}`);
      expect.soft(answer.data.result, reply.text).toMatchObject({ resultCode: "SUCCESS", resultStatus: "S" });
      expect.soft(reply.status, "HTTP status").toBe(200);
      const fields = body as Record<string, unknown>;
      for (const name of ["accessToken", "refreshToken", "customerId"]) expect.soft(fields[name], name).toEqual(expect.any(String));
      for (const name of ["accessTokenExpiryTime", "refreshTokenExpiryTime"]) expect.soft(fields[name], `${name} (ISO 8601)`).toMatch(ISO_8601);
      expectLabel(row, endpointProvenance(documentOf(row.catalog).serverApi.endpoints, e.endpoint), `serverApi.endpoints ${e.endpoint}`);
      return;
    }
    case "provenance-ref": {
      const document = documentOf(row.catalog);
      const jsapiFacts: Array<{ path: string; provenance: LooseProvenance }> = [
        ...document.scopes.flatMap((s) => [
          { path: `scope ${s.name}`, provenance: s.provenance },
          { path: `silent flag of ${s.name}`, provenance: s.silentProvenance },
          ...(s.descriptionProvenance ? [{ path: `description of ${s.name}`, provenance: s.descriptionProvenance }] : []),
        ]),
        ...document.errorCodes.map((c) => ({ path: `error ${c.code}`, provenance: c.provenance })),
        ...document.jsapi.resultFields.map((f) => ({ path: `callback field ${f.name}`, provenance: f.provenance })),
      ];
      const cites = (ref: string | undefined) => (row.expected.ref !== undefined ? ref === row.expected.ref : (ref ?? "").startsWith(row.expected.refPrefix ?? ""));
      const documented = jsapiFacts.filter((fact) => fact.provenance.fidelity === "documented");
      expect.soft(documented.length, "documented JSAPI facts").toBeGreaterThan(0);
      expect.soft(documented.filter((fact) => !cites(fact.provenance.ref)).map((fact) => `${fact.path}: ${fact.provenance.ref ?? "(no ref)"}`), "documented facts not citing the seed").toEqual([]);
      const conflicts = jsapiFacts.filter((fact) => fact.provenance.fidelity === "conflict");
      expect.soft(conflicts.filter((fact) => !(fact.provenance.readings ?? []).some((reading) => cites(reading.ref))).map((fact) => fact.path), "conflicts without a reading from the seed").toEqual([]);
      return;
    }
  }
}

// ---------------------------------------------------------------- the rows

for (const slug of CATALOG_SLUGS) {
  describe(slug, () => {
    for (const row of FACTS.filter((r) => r.catalog === slug)) {
      it(`${row.id} [${row.fidelity}] (${row.source})`, async ({ onTestFailed }) => {
        // Soft assertions do not throw: a row passes only when nothing in it failed.
        onTestFailed(() => {
          failed.add(row.id);
        });
        await check(row);
        ran.add(row.id);
      });
    }
  });
}

// ---------------------------------------------------------------- the rows themselves

/** The seeds as copied into the repository (docs/sources), by seed name. */
const SEED_COPIES: Record<string, string> = {
  [SEED_ALIPAY_PLUS]: "docs/sources/alipay-plus-getauthcode.txt",
  [SEED_DANA]: "docs/sources/dana-getauthcode.txt",
};

function needlesOf(row: FactRow): string[] {
  switch (row.kind) {
    case "scope":
      return [row.expected.name];
    case "silent":
      return row.fidelity === "documented" || row.fidelity === "conflict" ? [row.expected.scope] : [];
    case "error-code":
      return [String(row.expected.code), ...(row.expected.name ? [row.expected.name] : []), ...(row.expected.message ? [row.expected.message] : [])];
    default:
      return [];
  }
}

describe("the rows", () => {
  it("have unique ids, a known catalog, a label and a source of the documented form", () => {
    const ids = FACTS.map((row) => row.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const row of FACTS) {
      expect(CATALOG_SLUGS, row.id).toContain(row.catalog);
      expect(["documented", "assumed", "conflict"], row.id).toContain(row.fidelity);
      expect(row.source, row.id).toMatch(/^(seeds\/(000_990cf4b666aceb78|002_8c0ea364592096bb)\.txt:\d+(-\d+)?|wallet-domain\.md §\S.*)$/);
    }
  });

  it("that cite a seed line find their fact on it (the repository's copy of the seed)", () => {
    for (const row of FACTS) {
      const match = /^(seeds\/[^:]+):(\d+)(?:-(\d+))?$/.exec(row.source);
      if (!match) continue;
      const [, seed = "", first = "0", last] = match;
      const copy = SEED_COPIES[seed];
      if (!copy) throw new Error(`${row.id}: no copy of ${seed} under docs/sources`);
      const lines = fs.readFileSync(path.join(process.cwd(), copy), "utf8").split("\n");
      const from = Number(first);
      const to = Number(last ?? first);
      expect(to, `${row.id}: ${row.source} is within the file`).toBeLessThanOrEqual(lines.length);
      const text = lines.slice(from - 1, to).join("\n");
      for (const needle of needlesOf(row)) expect(text, `${row.id}: ${row.source}`).toContain(needle);
    }
  });
});

describe("provenance objects", () => {
  it.each(CATALOG_SLUGS)("of %s are well formed for their label (documented: ref; assumed: note; conflict: readings)", (slug) => {
    const problems: string[] = [];
    for (const { path: at, provenance } of allProvenances(getCatalogRecord(db, slug, WORKSPACE).document)) {
      if (provenance.fidelity === "documented" && !/^(seeds\/\S+\.txt|wallet-domain\.md §\S.*)$/.test(provenance.ref ?? "")) problems.push(`${at}: documented without a seed or wallet-domain.md ref`);
      if (provenance.fidelity === "assumed" && !provenance.note) problems.push(`${at}: assumed without a note`);
      if (provenance.fidelity === "conflict" && ((provenance.readings?.length ?? 0) < 2 || !provenance.note)) problems.push(`${at}: conflict without two readings and a note`);
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------- counts

function printCounts() {
  const header = ["catalog", "facts checked", "documented", "assumed", "conflict", "passing", "failing"];
  const rows = [...CATALOG_SLUGS, "total" as const].map((slug) => {
    const of = FACTS.filter((row) => slug === "total" || row.catalog === slug);
    const count = (label: FidelityLabel) => String(of.filter((row) => row.fidelity === label).length);
    const passing = of.filter((row) => ran.has(row.id) && !failed.has(row.id)).length;
    return [slug, String(of.length), count("documented"), count("assumed"), count("conflict"), String(passing), String(of.length - passing)];
  });
  const widths = header.map((_, i) => Math.max(header[i]?.length ?? 0, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const table = [line(header), `|${widths.map((w, i) => (i === 0 ? ` ${"-".repeat(w)} ` : ` ${"-".repeat(w - 1)}: `)).join("|")}|`, ...rows.map(line)].join("\n");
  console.log(`\nFidelity suite: facts per built-in catalog\n${table}\n`);
}
