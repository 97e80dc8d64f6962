/**
 * What the fidelity rows are checked against: the studio's gateway on a real port over a migrated
 * temporary database, reached over HTTP — the headless API (POST /api/clients, POST /api/simulations)
 * and the mock wallet API with requests signed the documented way (wallet-domain.md §4.2–§4.3:
 * `POST <uri>\n<Client-Id>.<Request-Time>.<body>`, SHA256withRSA, Base64, URL-encoded).
 *
 * The catalog documents (for the provenance labels) are read through the catalog store on the same
 * database (`getCatalogRecord`): the gateway serves no catalog route itself — `/api/catalogs/…` is
 * handed to Next, which these tests do not run (the gateway answers 404). They are parsed loosely
 * (unknown keys kept), so the suite follows the provenance shape DECISIONS.md fixes
 * ({fidelity, source?, ref?, note?, readings?}) without depending on the rest of the schema's types.
 */
import { sign } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { rawRequest } from "@/tests/support/gateway";

export const WORKSPACE = "local";
const FIXTURES = path.join(process.cwd(), "server/domain/signing/__fixtures__");
export const PUBLIC_KEY = fs.readFileSync(path.join(FIXTURES, "test-public-key.pem"), "utf8");
const PRIVATE_KEY = fs.readFileSync(path.join(FIXTURES, "test-private-key.pem"), "utf8");

export type JsonReply = { status: number; body: unknown; text: string };

export async function postJson(origin: string, uri: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonReply> {
  const text = JSON.stringify(body);
  const reply = await rawRequest(origin, "POST", uri, { "Content-Type": "application/json; charset=UTF-8", ...headers }, text);
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(reply.text);
  } catch {
    parsed = null;
  }
  return { status: reply.status, body: parsed, text: reply.text };
}

/** A signed mock-wallet call; the signed URI is the path exactly as requested. */
export async function walletCall(origin: string, clientId: string, uri: string, body: Record<string, unknown>): Promise<JsonReply> {
  const raw = JSON.stringify(body);
  const time = new Date().toISOString();
  const content = `POST ${uri}\n${clientId}.${time}.${raw}`;
  const signature = encodeURIComponent(sign("sha256", Buffer.from(content, "utf8"), PRIVATE_KEY).toString("base64"));
  const reply = await rawRequest(
    origin,
    "POST",
    uri,
    {
      "Content-Type": "application/json; charset=UTF-8",
      "Client-Id": clientId,
      "Request-Time": time,
      Signature: `algorithm=RSA256, keyVersion=1, signature=${signature}`,
    },
    raw,
  );
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(reply.text);
  } catch {
    parsed = null;
  }
  return { status: reply.status, body: parsed, text: reply.text };
}

/** Replace `$CLIENT` in string values (one level deep) by the client id. */
export function withClient<T extends Record<string, unknown>>(body: T, clientId: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, value === "$CLIENT" ? clientId : value]));
}

// ---------------------------------------------------------------- loose documents

export const provenanceSchema = z.looseObject({
  fidelity: z.string(),
  source: z.string().optional(),
  ref: z.string().optional(),
  note: z.string().optional(),
  readings: z.array(z.looseObject({ reading: z.string(), ref: z.string() })).optional(),
});
export type LooseProvenance = z.infer<typeof provenanceSchema>;

const scopeSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  silent: z.boolean(),
  aliases: z.array(z.string()).optional(),
  deprecated: z.boolean().optional(),
  preassigned: z.boolean().nullable().optional(),
  provenance: provenanceSchema,
  silentProvenance: provenanceSchema,
  descriptionProvenance: provenanceSchema.optional(),
});

export const catalogDocumentSchema = z.looseObject({
  slug: z.string(),
  scopes: z.array(scopeSchema),
  errorCodes: z.array(z.looseObject({ code: z.number(), name: z.string().optional(), message: z.string().optional(), provenance: provenanceSchema })),
  jsapi: z.looseObject({
    resultFields: z.array(z.looseObject({ name: z.string(), provenance: provenanceSchema })),
    params: z.array(z.looseObject({ name: z.string(), required: z.boolean().optional(), provenance: provenanceSchema.optional() })).optional(),
  }),
  serverApi: z.looseObject({ endpoints: z.unknown().optional() }),
});
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The provenance of one endpoint in `serverApi.endpoints` — DECISIONS.md names the field, not its
 * shape: an array of `{id | endpoint | spec, provenance}`, or a record keyed by endpoint id whose values are
 * `{provenance}` or the provenance itself. Null when the document lists no such endpoint.
 */
export function endpointProvenance(endpoints: unknown, id: string): LooseProvenance | null {
  let entry: unknown;
  // `spec` may name a wallet's variant of the endpoint (`v1.applyToken.superqi`).
  const names = (item: Record<string, unknown>) => [item.id, item.endpoint, item.spec].some((name) => name === id || (typeof name === "string" && name.startsWith(`${id}.`)));
  if (Array.isArray(endpoints)) entry = endpoints.find((item) => isRecord(item) && names(item));
  else if (isRecord(endpoints)) entry = endpoints[id];
  if (!isRecord(entry)) return null;
  const parsed = provenanceSchema.safeParse("fidelity" in entry ? entry : entry.provenance);
  return parsed.success ? parsed.data : null;
}

/** Every provenance-shaped object in a document, with its path. */
export function allProvenances(value: unknown, at = "$"): Array<{ path: string; provenance: LooseProvenance }> {
  const found: Array<{ path: string; provenance: LooseProvenance }> = [];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...allProvenances(item, `${at}[${index}]`)));
  else if (isRecord(value)) {
    const parsed = provenanceSchema.safeParse(value);
    if (parsed.success && ["documented", "assumed", "conflict"].includes(parsed.data.fidelity)) found.push({ path: at, provenance: parsed.data });
    else for (const [key, child] of Object.entries(value)) found.push(...allProvenances(child, `${at}.${key}`));
  }
  return found;
}

// ---------------------------------------------------------------- headless answers

export const simulationAnswerSchema = z.looseObject({
  callback: z.enum(["success", "fail"]),
  payload: z.record(z.string(), z.unknown()),
  complete: z.unknown(),
  authCode: z.string().nullable().optional(),
  assumptions: z.array(z.string()),
  /** Required by DECISIONS.md; optional here so a run without it still has its payload checked (the callback rows assert it). */
  facts: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string(),
      fidelity: z.enum(["documented", "assumed", "conflict"]),
      source: z.string().optional(),
      ref: z.string().optional(),
      note: z.string().optional(),
    }),
  ).optional(),
});

export const walletAnswerSchema = z.looseObject({
  result: z.looseObject({ resultCode: z.string(), resultStatus: z.string(), resultMessage: z.string() }),
});
