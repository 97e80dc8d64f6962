/**
 * The facts a mock-wallet answer relies on, each with its label (documented / assumed): the result
 * code and its message, that the endpoint answers that code, the rule that decided it (a field's
 * requirement, length or character rule, the Request-Time format, …), and the studio's own HTTP
 * status. The pipeline names the endpoint spec and the rule in its studio headers
 * (`X-Endpoint-Spec`, `X-Applied-Rule`); the simulator and Activity turn them into these facts.
 * zod-free.
 */
import {
  endpointSpec,
  isEndpointSpecId,
  REFRESH_REUSE_RULE,
  REQUEST_TIME_FORMATS,
  STUDIO_HTTP_AND_ADVICE,
  type EndpointSpec,
  type FactProvenance,
  type RequestTimeFormat,
} from "./endpoint-specs";
import { RESULT_CODES, type ResultCodeInfo } from "./result-codes";

/** A rule the pipeline applied: `field:<name>:<which>`, the Request-Time format, an unserved path, … */
export type AnswerRule =
  | `field:${string}:${"required" | "maxLength" | "charset" | "json"}`
  | "request-time"
  | "unserved"
  | "customer-belongs-to"
  | "magic"
  | "fault";

export type AnswerFact = { id: string; label: string } & FactProvenance;

const UNSERVED: FactProvenance = {
  fidelity: "assumed",
  note: "Each catalog serves only the endpoints its sources document; the studio answers the others INVALID_API (HTTP 404) naming the paths it serves.",
};
const BELONGS_TO: FactProvenance = {
  fidelity: "documented",
  ref: "wallet-domain.md §2.2",
  source: "https://miniprogram.alipay.com/docs/miniprogram/mpdev/v2_applytoken",
  note: "customerBelongsTo is the super app's code; the mock refuses another wallet's code.",
};

function fieldFacts(spec: EndpointSpec | null, rule: string): AnswerFact[] {
  const [, name, which] = rule.split(":");
  const field = spec?.fields.find((entry) => entry.name === name);
  if (!field || !name) return [];
  switch (which) {
    case "maxLength":
      return [{ id: `${rule}`, label: `${name}: at most ${field.maxLength} characters`, ...field.maxLengthProvenance }];
    case "charset":
      return field.charset ? [{ id: rule, label: `${name}: no @ # ?`, ...field.charset.provenance }] : [];
    case "json":
      return field.json ? [{ id: rule, label: `${name}: a JSON object${field.json.mustContain ? ` with ${field.json.mustContain}` : ""}`, ...field.json.provenance }] : [];
    default: {
      const when = field.required.kind === "when-grant-type" ? ` when grantType is ${field.required.grantType}` : "";
      return [{ id: rule, label: `${name} required${when}`, ...field.provenance }];
    }
  }
}

function ruleFacts(spec: EndpointSpec | null, rule: string | null, requestTimeFormat: RequestTimeFormat | null): AnswerFact[] {
  if (!rule) return [];
  if (rule.startsWith("field:")) return fieldFacts(spec, rule);
  if (rule === "request-time") {
    const format = REQUEST_TIME_FORMATS[requestTimeFormat ?? "iso8601"];
    return [{ id: rule, label: `Request-Time as ${format.label}`, ...format.provenance }];
  }
  if (rule === "unserved") return [{ id: rule, label: "Endpoints this catalog does not serve answer INVALID_API", ...UNSERVED }];
  if (rule === "customer-belongs-to") return [{ id: rule, label: "customerBelongsTo must be this wallet's code", ...BELONGS_TO }];
  if (rule === "magic") return [{ id: rule, label: "A magic value of the studio", fidelity: "assumed", note: "Magic values are the studio's test values: the same answer on every catalog, nothing stored." }];
  if (rule === "fault") return [{ id: rule, label: "A fault rule of your workspace", fidelity: "assumed", note: "The answer comes from a fault rule you set, not from the call." }];
  return [];
}

/**
 * Every fact an answer relies on. `specId` and `rule` come from the answer's studio headers;
 * `refreshReuse`: the answer revoked a grant because a rotated refresh token came back.
 */
export function answerFacts(input: {
  specId: string | null;
  resultCode: string | null;
  rule: string | null;
  requestTimeFormat?: RequestTimeFormat | null;
  refreshReuse?: boolean;
}): AnswerFact[] {
  const spec = input.specId && isEndpointSpecId(input.specId) ? endpointSpec(input.specId) : null;
  const facts: AnswerFact[] = [];
  if (spec) facts.push({ id: `endpoint:${spec.id}`, label: `${spec.label} (${spec.path})`, ...spec.provenance });
  const info = input.resultCode ? (RESULT_CODES as Record<string, ResultCodeInfo | undefined>)[input.resultCode] : undefined;
  if (input.resultCode && info) {
    facts.push({ id: `result:${input.resultCode}`, label: `${input.resultCode}: "${info.message}"`, ...info.provenance });
    const listed = spec?.resultCodes.find((entry) => entry.code === input.resultCode);
    if (spec && listed) facts.push({ id: `answers:${spec.id}:${input.resultCode}`, label: `${spec.label} answers ${input.resultCode}`, ...listed.provenance });
  }
  facts.push(...ruleFacts(spec, input.rule, input.requestTimeFormat ?? null));
  if (input.refreshReuse || (input.resultCode === "USED_REFRESH_TOKEN" && input.rule === null)) {
    facts.push({ id: "refresh-reuse", label: "A rotated refresh token presented again revokes the whole grant", ...REFRESH_REUSE_RULE });
  }
  if (info) facts.push({ id: "studio-http", label: `HTTP ${info.http} and the advice`, ...STUDIO_HTTP_AND_ADVICE });
  return facts;
}
