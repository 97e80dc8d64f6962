import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  contentToSign,
  formatSignatureHeader,
  normalizePublicKey,
  parseSignatureHeader,
  pemBody,
  publicKeyFromPrivate,
  recoverSignedDigest,
  sha256,
  signContent,
  verifyContent,
  decodeSignatureValue,
} from "./signature";
import { checkRequestSignature, checkRequestSignatureAsync, parseRequestTime, type SignatureRequest } from "./verify-request";

const fixtures = path.join(__dirname, "__fixtures__");
const PRIVATE_KEY = fs.readFileSync(path.join(fixtures, "test-private-key.pem"), "utf8");
const PUBLIC_KEY = fs.readFileSync(path.join(fixtures, "test-public-key.pem"), "utf8");

// Produced independently with: printf '%s' "$CONTENT" | openssl dgst -sha256 -sign test-private-key.pem | base64 -w0
const VECTOR = {
  content:
    'POST /v2/authorizations/applyToken\nTEST_CLIENT_001.2024-01-10T12:12:12+08:00.{"grantType":"AUTHORIZATION_CODE","authCode":"2810111301lGZcM9CjlF91WH00039190xxxx"}',
  signature:
    "rcXyBDmvG7N1LziZb1r4qV3NRuoLHU22LRMnz4iWCHuEI%2Fdol3tTCB%2BDxjHhTc8GWHQ3tyEvqeG6q3cw5cylM6G7VMe9xVlob7ynBJWXnbCLbGpl0vNofQMOoWRGb9CffcjGOWKxVg%2B8M8fwuoRS01LHM34yPKFjOFEYqMTiAsjsuVNkv8B86KWbAM%2FJa2nJlaOEGI7Cw1v1XtPUfDBf%2BgQoNcPqePLf1ygBM6Gs3Z%2Bf%2BNRh%2Bro0zojuE3v3485RRqebKnXPRv9xmkDAB1oZMvosnOYICP5AMVdc%2Bcf5mXchg1qcPtBiH%2FXjiB5%2BCv%2FjBBS%2FmOXPKqQPG2mlNKmL8Q%3D%3D",
};

describe("signing", () => {
  it("builds the content exactly as documented", () => {
    expect(
      contentToSign({
        method: "POST",
        uri: "/v2/authorizations/applyToken",
        clientId: "TEST_CLIENT_001",
        time: "2024-01-10T12:12:12+08:00",
        body: '{"grantType":"AUTHORIZATION_CODE","authCode":"2810111301lGZcM9CjlF91WH00039190xxxx"}',
      }),
    ).toBe(VECTOR.content);
  });

  it("matches the openssl-made vector and verifies it", () => {
    expect(signContent(VECTOR.content, PRIVATE_KEY)).toBe(VECTOR.signature);
    expect(verifyContent(VECTOR.content, VECTOR.signature, PUBLIC_KEY)).toBe(true);
    expect(verifyContent(`${VECTOR.content} `, VECTOR.signature, PUBLIC_KEY)).toBe(false);
    // plain base64 (not URL-encoded) verifies too
    expect(verifyContent(VECTOR.content, decodeURIComponent(VECTOR.signature), PUBLIC_KEY)).toBe(true);
    expect(verifyContent(VECTOR.content, "not base64!", PUBLIC_KEY)).toBe(false);
  });

  it("recovers the signed digest with the public key", () => {
    const decoded = decodeSignatureValue(VECTOR.signature);
    expect(decoded).not.toBeNull();
    if (!decoded) return;
    expect(recoverSignedDigest(decoded, PUBLIC_KEY)?.equals(sha256(VECTOR.content))).toBe(true);
    const other = normalizePublicKey(publicKeyFromPrivate(PRIVATE_KEY));
    expect(other.ok).toBe(true);
  });

  it("parses and formats the Signature header", () => {
    expect(parseSignatureHeader("algorithm=RSA256, keyVersion=1, signature=abc%3D")).toEqual({
      algorithm: "RSA256",
      keyVersion: "1",
      signature: "abc%3D",
    });
    expect(parseSignatureHeader("Algorithm=RSA256,KeyVersion=2,Signature=x")).toEqual({ algorithm: "RSA256", keyVersion: "2", signature: "x" });
    expect(parseSignatureHeader("nonsense")).toBeNull();
    expect(formatSignatureHeader("sig")).toBe("algorithm=RSA256, keyVersion=1, signature=sig");
  });

  it("reads public keys in PEM and bare base64, refusing private keys and junk", () => {
    const pem = normalizePublicKey(PUBLIC_KEY);
    expect(pem).toMatchObject({ ok: true, bits: 2048 });
    expect(normalizePublicKey(pemBody(PUBLIC_KEY))).toMatchObject({ ok: true, bits: 2048 });
    expect(normalizePublicKey(PRIVATE_KEY)).toMatchObject({ ok: false, reason: expect.stringMatching(/private key/) });
    expect(normalizePublicKey("hello")).toMatchObject({ ok: false });
    expect(normalizePublicKey("")).toMatchObject({ ok: false });
  });
});

describe("checkRequestSignature", () => {
  const uri = "/api/wallets/dana/v2/authorizations/applyToken";
  const body = '{"grantType":"AUTHORIZATION_CODE","authCode":"abc"}';
  const time = "2026-11-23T10:00:00+08:00";
  const now = Date.parse(time) + 30_000;
  const sign = (content: string) => formatSignatureHeader(signContent(content, PRIVATE_KEY));
  const request = (overrides: Partial<SignatureRequest> = {}): SignatureRequest => ({
    method: "POST",
    uri,
    acceptedUris: ["/v2/authorizations/applyToken"],
    clientIdHeader: "CLIENT_1",
    requestTimeHeader: time,
    signatureHeader: sign(contentToSign({ method: "POST", uri, clientId: "CLIENT_1", time, body })),
    body: Buffer.from(body),
    publicKey: PUBLIC_KEY,
    now,
    ...overrides,
  });

  it("the thread-pool check gives the same answer as the synchronous one, good or bad", async () => {
    const plainBase64 = sign(contentToSign({ method: "POST", uri, clientId: "CLIENT_1", time, body })).replace(/signature=(.*)$/, (_m, v: string) => `signature=${decodeURIComponent(v)}`);
    const cases: Array<Partial<SignatureRequest>> = [
      {},
      { signatureHeader: plainBase64 },
      { signatureHeader: sign(contentToSign({ method: "POST", uri: "/v2/authorizations/applyToken", clientId: "CLIENT_1", time, body })) },
      { body: Buffer.from(`${body} `) },
      { now: now + 3_600_000 },
      { signatureHeader: null },
      { signatureHeader: "algorithm=RSA256, keyVersion=1, signature=%%%" },
      { signatureHeader: "algorithm=HS256, signature=abc" },
      { requestTimeHeader: "yesterday" },
    ];
    for (const overrides of cases) expect(await checkRequestSignatureAsync(request(overrides))).toEqual(checkRequestSignature(request(overrides)));
  });

  it("accepts the full path and the wallet-relative path", () => {
    expect(checkRequestSignature(request())).toMatchObject({ ok: true, signedUri: uri });
    const relative = sign(contentToSign({ method: "POST", uri: "/v2/authorizations/applyToken", clientId: "CLIENT_1", time, body }));
    expect(checkRequestSignature(request({ signatureHeader: relative }))).toMatchObject({ ok: true, signedUri: "/v2/authorizations/applyToken" });
  });

  it("names missing headers", () => {
    const result = checkRequestSignature(request({ signatureHeader: null, requestTimeHeader: null }));
    expect(result).toMatchObject({ ok: false, failure: "MISSING_HEADERS", message: "Missing headers: Request-Time, Signature." });
  });

  it("refuses stale and malformed times", () => {
    expect(checkRequestSignature(request({ now: now + 3_600_000 }))).toMatchObject({ ok: false, failure: "STALE_REQUEST_TIME" });
    expect(checkRequestSignature(request({ requestTimeHeader: "yesterday" }))).toMatchObject({ ok: false, failure: "INVALID_REQUEST_TIME" });
  });

  it("finds a body that was re-serialised before signing", () => {
    const sent = '{ "grantType": "AUTHORIZATION_CODE", "authCode": "abc" }';
    const result = checkRequestSignature(request({ body: Buffer.from(sent) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toBe("SIGNATURE_MISMATCH");
    expect(result.differences[0]?.part).toBe("body");
    expect(result.expectedContent).toBe(contentToSign({ method: "POST", uri, clientId: "CLIENT_1", time, body: sent }));
    expect(result.signedContent).toBe(contentToSign({ method: "POST", uri, clientId: "CLIENT_1", time, body }));
  });

  it.each([
    ["a shorter URI", { uri: "/authorizations/applyToken" }, "uri"],
    ["a lower-case method", { method: "post" }, "method"],
  ])("finds %s", (_label, change, part) => {
    const signed = sign(contentToSign({ method: "POST", uri, clientId: "CLIENT_1", time, body, ...change }));
    const result = checkRequestSignature(request({ signatureHeader: signed }));
    expect(result.ok === false && result.differences[0]?.part).toBe(part);
  });

  it("finds CRLF and a time signed in another format", () => {
    const crlf = sign(`POST ${uri}\r\nCLIENT_1.${time}.${body}`);
    const crlfResult = checkRequestSignature(request({ signatureHeader: crlf }));
    expect(crlfResult.ok === false && crlfResult.differences[0]?.part).toBe("lineBreak");
    const epoch = sign(`POST ${uri}\nCLIENT_1.${Date.parse(time)}.${body}`);
    const epochResult = checkRequestSignature(request({ signatureHeader: epoch }));
    expect(epochResult.ok === false && epochResult.differences[0]?.part).toBe("time");
  });

  it("tells a wrong key from junk", () => {
    const junk = checkRequestSignature(request({ signatureHeader: "algorithm=RSA256, keyVersion=1, signature=%%%" }));
    expect(junk).toMatchObject({ ok: false, failure: "SIGNATURE_MISMATCH" });
    const wrongKey = checkRequestSignature(request({ signatureHeader: `algorithm=RSA256, keyVersion=1, signature=${Buffer.alloc(256, 7).toString("base64")}` }));
    expect(wrongKey.ok === false && wrongKey.differences[0]?.part).toBe("key");
  });

  it("parses request times", () => {
    expect(parseRequestTime("2019-04-04T12:08:56.253+05:30")).toBe(Date.parse("2019-04-04T12:08:56.253+05:30"));
    expect(parseRequestTime("1685599933871")).toBe(1685599933871);
    expect(parseRequestTime("2019-04-04 12:08:56")).toBeNull();
  });
});

describe("decodeSignatureValue", () => {
  it("handles URL-encoded and raw base64", () => {
    expect(decodeSignatureValue("YWJj")?.toString()).toBe("abc");
    expect(decodeSignatureValue("YWJjZA%3D%3D")?.toString()).toBe("abcd");
    expect(decodeSignatureValue("a b")).toBeNull();
    expect(decodeSignatureValue("%E0%A4%A")).toBeNull();
  });
});
