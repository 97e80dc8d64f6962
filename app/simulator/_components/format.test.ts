import { describe, expect, it } from "vitest";
import { flowProgress, withCode } from "./format";

const answer = (step: string, resultCode: string) => ({ step, exchange: { response: { json: { result: { resultCode } } } } });
const states = (progress: ReturnType<typeof flowProgress>) => progress.map((step) => `${step.id}:${step.state}`);

describe("flowProgress", () => {
  it("starts at authorize", () => {
    expect(states(flowProgress(null, []))).toEqual(["authorize:current", "exchange:todo", "userInfo:todo", "refresh:todo"]);
  });

  it("moves “you are here” to the first step without a SUCCESS", () => {
    const run = { callback: "success" as const, hasCode: true, boundToConsole: true };
    expect(states(flowProgress(run, []))).toEqual(["authorize:done", "exchange:current", "userInfo:todo", "refresh:todo"]);
    // A failed exchange leaves the flow where it was.
    expect(states(flowProgress(run, [answer("applyToken", "INVALID_SIGNATURE")]))[1]).toBe("exchange:current");
    const exchanged = [answer("applyToken", "INVALID_SIGNATURE"), answer("applyToken", "SUCCESS")];
    expect(states(flowProgress(run, exchanged))).toEqual(["authorize:done", "exchange:done", "userInfo:current", "refresh:todo"]);
    const all = [...exchanged, answer("inquiryUserInfo", "SUCCESS"), answer("revoke", "SUCCESS")];
    expect(states(flowProgress(run, all))).toEqual(["authorize:done", "exchange:done", "userInfo:done", "refresh:done"]);
  });

  it("passes over a step the wallet serves no endpoint for (AlipayHK's user info)", () => {
    const run = { callback: "success" as const, hasCode: true, boundToConsole: true };
    const unserved = new Set(["userInfo"] as const);
    expect(states(flowProgress(null, [], unserved))).toEqual(["authorize:current", "exchange:todo", "userInfo:unserved", "refresh:todo"]);
    expect(states(flowProgress(run, [answer("applyToken", "SUCCESS")], unserved))).toEqual(["authorize:done", "exchange:done", "userInfo:unserved", "refresh:current"]);
  });

  it("ends at authorize for a fail callback, and hands a registered client's code to its backend", () => {
    expect(states(flowProgress({ callback: "fail", hasCode: false, boundToConsole: true }, []))[0]).toBe("authorize:failed");
    expect(states(flowProgress({ callback: "success", hasCode: true, boundToConsole: false }, []))).toEqual([
      "authorize:done",
      "exchange:elsewhere",
      "userInfo:elsewhere",
      "refresh:elsewhere",
    ]);
  });
});

describe("withCode", () => {
  const code = "abcdefgh1234567890abcdefgh123456";
  const masked = { authCode: "abcdefgh…", payload: { authCode: "abcdefgh…", authSuccessScopes: ["a"] }, completePayload: { authCode: "abcdefgh…" } };

  it("puts this tab's code back where the server's copy masks it", () => {
    expect(withCode(masked, code)).toEqual({ authCode: code, payload: { authCode: code, authSuccessScopes: ["a"] }, completePayload: { authCode: code } });
  });

  it("keeps the masked copy without a code, or with another run's code", () => {
    expect(withCode(masked, null)).toBe(masked);
    expect(withCode(masked, "zzzzzzzz1234567890")).toBe(masked);
    const plain = { ...masked, authCode: code };
    expect(withCode(plain, code)).toBe(plain);
  });
});
