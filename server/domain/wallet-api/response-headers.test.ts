import { describe, expect, it } from "vitest";
import { isWalletResponseHeader, splitResponseHeaders } from "./response-headers";

describe("splitResponseHeaders", () => {
  it("keeps the wallet protocol's headers apart from what the studio's server added, in order and spelling", () => {
    const split = splitResponseHeaders({
      "Content-Type": "application/json; charset=UTF-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Call-Id": "call_1",
      "Client-Id": "2022091234567890",
      "Response-Time": "2024-01-10T12:12:14+08:00",
      Signature: "algorithm=RSA256,keyVersion=1,signature=abc",
      date: "Wed, 10 Jan 2024 04:12:14 GMT",
      connection: "keep-alive",
      "keep-alive": "timeout=65",
      "transfer-encoding": "chunked",
      vary: "rsc, next-router-state-tree, next-router-prefetch",
      "content-security-policy": "default-src 'self'",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(split.wallet).toEqual([
      ["Content-Type", "application/json; charset=UTF-8"],
      ["Client-Id", "2022091234567890"],
      ["Response-Time", "2024-01-10T12:12:14+08:00"],
      ["Signature", "algorithm=RSA256,keyVersion=1,signature=abc"],
    ]);
    expect(split.studio.map(([name]) => name)).toEqual([
      "Cache-Control",
      "X-Content-Type-Options",
      "X-Call-Id",
      "date",
      "connection",
      "keep-alive",
      "transfer-encoding",
      "vary",
      "content-security-policy",
      "referrer-policy",
    ]);
  });

  it("matches names without regard to case, as HTTP does", () => {
    expect(isWalletResponseHeader("SIGNATURE")).toBe(true);
    expect(isWalletResponseHeader("response-time")).toBe(true);
    expect(isWalletResponseHeader("x-nonce")).toBe(false);
    expect(splitResponseHeaders({})).toEqual({ wallet: [], studio: [] });
  });
});
