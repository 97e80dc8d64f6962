import { describe, expect, it } from "vitest";
import { maskJsonText, secretsInValue } from "./secrets";

const TOKEN = "AbCdEfGh1234567890_-xyzXYZ098765";

describe("maskJsonText", () => {
  it("masks codes and tokens by field, keeping the text as sent", () => {
    const text = `{ "grantType": "REFRESH_TOKEN", "refreshToken": "${TOKEN}" }`;
    const masked = maskJsonText(text);
    expect(masked).toEqual({ text: `{ "grantType": "REFRESH_TOKEN", "refreshToken": "AbCdEfGh…" }`, secrets: [TOKEN], rewritten: false });
  });

  it("finds a secret under a JSON-escaped key", () => {
    const masked = maskJsonText(`{"acc\\u0065ssToken":"${TOKEN}"}`);
    expect(masked.text).not.toContain(TOKEN);
    expect(masked.text).toContain("AbCdEfGh…");
  });

  it("re-serialises when the secret itself is escaped, so no usable copy is stored", () => {
    const escaped = TOKEN.replace("1", "\\u0031");
    const masked = maskJsonText(`{"authCode": "${escaped}", "extendInfo": {"note": "ok"}}`);
    expect(masked.rewritten).toBe(true);
    expect(JSON.parse(masked.text)).toEqual({ authCode: "AbCdEfGh…", extendInfo: { note: "ok" } });
  });

  it("finds secrets at any depth and in arrays, and masks text that is not JSON by field name", () => {
    expect(secretsInValue({ a: [{ b: { accessToken: TOKEN } }] })).toEqual([TOKEN]);
    expect(maskJsonText(`{"authCode":"${TOKEN}", broken`).text).toBe(`{"authCode":"AbCdEfGh…", broken`);
  });

  it("leaves bodies without secrets untouched", () => {
    expect(maskJsonText(`{"authCode": 42, "x": "short"}`)).toEqual({ text: `{"authCode": 42, "x": "short"}`, secrets: [], rewritten: false });
  });
});
