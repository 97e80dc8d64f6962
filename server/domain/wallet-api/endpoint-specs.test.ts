import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS } from "../catalog/builtin";
import { catalogSchema } from "../catalog/schema";
import { answerFacts } from "./answer-facts";
import { defaultEndpointSpecs, endpointSpec, ENDPOINT_SPECS, requestTimeMatches } from "./endpoint-specs";
import { RESULT_CODES } from "./result-codes";

describe("endpoint specs", () => {
  it("every fact carries a provenance: documented with a reference, assumed or conflict with a note", () => {
    for (const spec of ENDPOINT_SPECS) {
      const facts = [spec.provenance, ...spec.resultCodes.map((entry) => entry.provenance), ...spec.fields.flatMap((field) => [field.provenance, field.maxLengthProvenance, ...(field.charset ? [field.charset.provenance] : []), ...(field.json ? [field.json.provenance] : [])])];
      for (const fact of facts) {
        if (fact.fidelity === "documented") expect(fact.ref, spec.id).toMatch(/^wallet-domain\.md §\d/);
        else expect(fact.note, spec.id).toBeTruthy();
        if (fact.fidelity === "conflict") expect(fact.readings?.length ?? 0).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("names result codes by the endpoint's version, never the other's", () => {
    for (const spec of ENDPOINT_SPECS) {
      const codes = spec.resultCodes.map((entry) => entry.code);
      if (spec.kind !== "applyToken") continue;
      expect(codes, spec.id).toEqual(expect.arrayContaining(spec.version === "v1" ? ["INVALID_CODE", "USED_CODE", "EXPIRED_CODE"] : ["INVALID_AUTHCODE", "USED_AUTHCODE", "EXPIRED_AUTHCODE"]));
      expect(codes, spec.id).not.toEqual(expect.arrayContaining([spec.version === "v1" ? "INVALID_AUTHCODE" : "INVALID_CODE"]));
    }
    for (const spec of ENDPOINT_SPECS) for (const entry of spec.resultCodes) expect(Object.keys(RESULT_CODES)).toContain(entry.code);
  });

  it("holds the documented request rules", () => {
    const field = (id: Parameters<typeof endpointSpec>[0], name: string) => endpointSpec(id).fields.find((entry) => entry.name === name);
    expect(field("v2.applyToken", "appId")).toMatchObject({ required: { kind: "always" }, maxLength: 32, charset: { rule: "no-special" } });
    expect(field("v2.applyToken", "authCode")).toMatchObject({ required: { kind: "when-grant-type", grantType: "AUTHORIZATION_CODE" }, maxLength: 64 });
    expect(field("v2.applyToken", "extendInfo")?.charset).toBeUndefined();
    expect(field("v1.applyToken", "authCode")?.maxLength).toBe(32);
    expect(field("v1.applyToken", "extendInfo")).toMatchObject({ required: { kind: "always" }, json: { mustContain: "customerBelongsTo" } });
    expect(field("v1.applyToken", "grantType")?.maxLengthProvenance.fidelity).toBe("conflict");
    expect(field("v1.applyToken.superqi", "authCode")?.maxLength).toBe(64);
    expect(field("v1.applyToken.superqi", "extendInfo")?.required.kind).toBe("optional");
    expect(field("v1.inquiryUserInfoByAccessToken", "authClientId")?.required.kind).toBe("optional");
    expect(field("v2.revoke", "authClientId")?.required.kind).toBe("always");
  });

  it("reads Request-Time in each format", () => {
    expect(requestTimeMatches("iso8601", "2019-04-04T12:08:56.253+05:30")).toBe(true);
    expect(requestTimeMatches("iso8601", "1685599933871")).toBe(false);
    expect(requestTimeMatches("epoch-ms", "1685599933871")).toBe(true);
    expect(requestTimeMatches("epoch-ms", "2019-04-04T12:08:56Z")).toBe(false);
    expect(requestTimeMatches("either", "1685599933871") && requestTimeMatches("either", "2019-04-04T12:08:56Z")).toBe(true);
  });
});

describe("serverApi.endpoints", () => {
  const served = (slug: string) => BUILTIN_CATALOGS.find((catalog) => catalog.slug === slug)?.serverApi.endpoints.map((entry) => `${entry.spec}:${entry.provenance.fidelity}`);

  it("the built-ins serve what their sources document", () => {
    expect(served("alipay-plus")).toEqual(["v2.applyToken:documented", "v2.inquiryUserInfo:documented", "v2.revoke:documented"]);
    expect(served("dana")).toEqual(["v2.applyToken:assumed", "v2.inquiryUserInfo:assumed", "v2.revoke:assumed"]);
    expect(served("touch-n-go")).toEqual(["v1.applyToken:documented", "v1.inquiryUserInfoByAccessToken:documented", "v1.cancelToken:documented"]);
    expect(served("gcash")).toEqual(["v2.applyToken:documented", "v2.inquiryUserInfo.demo:documented", "v1.applyToken:documented", "v1.inquiryUserInfoByAccessToken:documented"]);
    expect(served("alipay-hk")).toEqual(["v2.applyToken:documented"]);
    expect(served("alipay-cn")).toEqual(["v2.applyToken:assumed", "v2.inquiryUserInfo:assumed", "v2.revoke:assumed"]);
    expect(served("superqi")).toEqual(["v1.applyToken.superqi:documented", "v1.cancelToken:documented", "v1.inquiryUserInfo:assumed"]);
    expect(served("vodapay")).toEqual(["v2.applyToken:assumed", "v2.inquiryUserInfo:assumed", "v2.revoke:assumed"]);
  });

  it("a stored or imported document without endpoints serves its version's three", () => {
    const tng = BUILTIN_CATALOGS.find((catalog) => catalog.slug === "touch-n-go");
    if (!tng) throw new Error("touch-n-go is built in");
    const { endpoints: _endpoints, ...legacy } = tng.serverApi;
    const parsed = catalogSchema.parse({ ...tng, serverApi: legacy });
    expect(parsed.serverApi.endpoints.map((entry) => entry.spec)).toEqual(defaultEndpointSpecs("v1"));
    expect(parsed.serverApi.endpoints[0]?.provenance.fidelity).toBe("assumed");
  });

  it("refuses two profiles for one path, and none at all", () => {
    const dana = BUILTIN_CATALOGS.find((catalog) => catalog.slug === "dana");
    if (!dana) throw new Error("dana is built in");
    const withEndpoints = (endpoints: typeof dana.serverApi.endpoints) => catalogSchema.safeParse({ ...dana, serverApi: { ...dana.serverApi, endpoints } });
    const assumed = { fidelity: "assumed" as const, note: "test" };
    const twice = withEndpoints([{ spec: "v1.applyToken", provenance: assumed }, { spec: "v1.applyToken.superqi", provenance: assumed }]);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]).toMatchObject({ path: ["serverApi", "endpoints", 1, "spec"], message: expect.stringContaining("/v1/authorizations/applyToken") });
    expect(withEndpoints([]).success).toBe(false);
  });
});

describe("answerFacts", () => {
  it("labels the result code, the endpoint and the rule an answer relied on", () => {
    const facts = answerFacts({ specId: "v2.applyToken", resultCode: "PARAM_ILLEGAL", rule: "field:appId:required" });
    expect(facts.map((fact) => [fact.id, fact.fidelity])).toEqual([
      ["endpoint:v2.applyToken", "documented"],
      ["result:PARAM_ILLEGAL", "documented"],
      ["answers:v2.applyToken:PARAM_ILLEGAL", "documented"],
      ["field:appId:required", "documented"],
      ["studio-http", "assumed"],
    ]);
    expect(facts[3]).toMatchObject({ label: "appId required", ref: "wallet-domain.md §2.2" });
  });

  it("labels refresh-token reuse revocation the studio's choice", () => {
    const facts = answerFacts({ specId: "v2.applyToken", resultCode: "USED_REFRESH_TOKEN", rule: null });
    expect(facts.find((fact) => fact.id === "refresh-reuse")).toMatchObject({ fidelity: "assumed", note: expect.stringContaining("RFC 9700") });
    expect(answerFacts({ specId: "v2.applyToken", resultCode: "USED_REFRESH_TOKEN", rule: "magic" }).some((fact) => fact.id === "refresh-reuse")).toBe(false);
  });

  it("labels the Request-Time rule with the catalog's format, and v1's code names assumed messages", () => {
    expect(answerFacts({ specId: "v2.inquiryUserInfo", resultCode: "PARAM_ILLEGAL", rule: "request-time", requestTimeFormat: "epoch-ms" }).find((fact) => fact.id === "request-time")).toMatchObject({ label: "Request-Time as epoch milliseconds", fidelity: "documented" });
    expect(answerFacts({ specId: "v1.applyToken", resultCode: "USED_CODE", rule: null }).find((fact) => fact.id === "result:USED_CODE")?.fidelity).toBe("assumed");
    expect(answerFacts({ specId: null, resultCode: "nonsense", rule: null })).toEqual([]);
  });
});
