/**
 * Checking a signed wallet-API request, and — when the signature does not match — finding out
 * what the client signed instead. RSA PKCS#1 v1.5 lets the holder of the public key recover the
 * SHA-256 digest that was signed, so the debugger can try the usual mistakes (wrong URI prefix,
 * re-serialised body, other client id, lower-case method, CRLF) and name the one that matches.
 */
import type { KeyObject } from "node:crypto";
import {
  contentToSign,
  decodeSignatureValue,
  isSupportedAlgorithm,
  parseSignatureHeader,
  recoverSignedDigest,
  sha256,
  verifyContent,
  verifyContentAsync,
} from "./signature";

/** How far a Request-Time may be from the server's clock (assumed: no wallet documents a window). */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;

export type SignedPart = "method" | "uri" | "clientId" | "time" | "body" | "lineBreak" | "encoding" | "key" | "header";

export type Difference = { part: SignedPart; expected: string; actual: string | null; explanation: string };

export type SignatureFailure =
  | "MISSING_HEADERS"
  | "MALFORMED_SIGNATURE_HEADER"
  | "UNSUPPORTED_ALGORITHM"
  | "INVALID_REQUEST_TIME"
  | "STALE_REQUEST_TIME"
  | "SIGNATURE_MISMATCH";

export type SignatureCheck =
  | { ok: true; signedUri: string; notes: string[] }
  | {
      ok: false;
      failure: SignatureFailure;
      message: string;
      /** The exact content the server expected to be signed (when the headers allow building it). */
      expectedContent: string | null;
      /** The content the client signed, when the debugger found it. */
      signedContent: string | null;
      differences: Difference[];
    };

export type SignatureRequest = {
  method: string;
  /** Path and query exactly as requested (e.g. `/api/wallets/dana/v2/authorizations/applyToken`). */
  uri: string;
  /** Other URIs that count as correct (e.g. the same path without the mock's `/api/wallets/<slug>` mount). */
  acceptedUris: string[];
  clientIdHeader: string | null;
  requestTimeHeader: string | null;
  signatureHeader: string | null;
  body: Buffer;
  /** The client's registered public key (a parsed KeyObject on the hot path, or PEM). */
  publicKey: KeyObject | string;
  now: number;
};

/** Parse an ISO 8601 time or epoch milliseconds; null when it is neither. */
export function parseRequestTime(value: string): number | null {
  const trimmed = value.trim();
  if (/^\d{12,14}$/.test(trimmed)) return Number(trimmed);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return null;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : ms;
}

function failure(
  kind: SignatureFailure,
  message: string,
  extra: Partial<{ expectedContent: string | null; signedContent: string | null; differences: Difference[] }> = {},
): SignatureCheck {
  return { ok: false, failure: kind, message, expectedContent: null, signedContent: null, differences: [], ...extra };
}

function bodyVariants(raw: string): Array<{ body: string; explanation: string }> {
  const variants: Array<{ body: string; explanation: string }> = [];
  try {
    const parsed: unknown = JSON.parse(raw);
    variants.push({ body: JSON.stringify(parsed), explanation: "You signed the body re-serialised as compact JSON, not the exact bytes you sent." });
    variants.push({ body: JSON.stringify(parsed, null, 2), explanation: "You signed a pretty-printed body, but sent different bytes." });
    variants.push({ body: JSON.stringify(parsed, null, 4), explanation: "You signed a pretty-printed body, but sent different bytes." });
  } catch {
    // not JSON: only the textual variants apply
  }
  variants.push({ body: raw.trim(), explanation: "You signed the body without its leading/trailing whitespace or newline." });
  variants.push({ body: `${raw}\n`, explanation: "You signed the body with an extra trailing newline." });
  variants.push({ body: "", explanation: "You signed an empty body, but sent one." });
  return variants.filter((variant, index, all) => variant.body !== raw && all.findIndex((v) => v.body === variant.body) === index);
}

function uriVariants(uri: string, accepted: string[]): Array<{ uri: string; explanation: string }> {
  const out: Array<{ uri: string; explanation: string }> = [];
  const [path = uri, query] = uri.split("?", 2);
  const add = (candidate: string, explanation: string) => {
    if (candidate && candidate !== uri && !accepted.includes(candidate) && !out.some((o) => o.uri === candidate)) out.push({ uri: candidate, explanation });
  };
  if (query !== undefined) add(path, "You signed the path without its query string; the URI includes it.");
  const segments = path.split("/").filter(Boolean);
  for (let i = 1; i < segments.length; i++) {
    const tail = `/${segments.slice(i).join("/")}`;
    add(tail, `You signed "${tail}", a shorter path than the one you requested; sign the full request path.`);
  }
  add(`${path}/`, "You signed the path with a trailing slash.");
  try {
    add(decodeURI(path), "You signed the URL-decoded path.");
  } catch {
    // not decodable: skip
  }
  add(`http://localhost${path}`, "You signed a full URL; sign only the path (and query).");
  return out;
}

function signatureNotes(signature: string): string[] {
  return !/%[0-9A-Fa-f]{2}/.test(signature) && /[+/=]/.test(signature)
    ? ["The signature value is plain base64; the scheme URL-encodes it (/ → %2F, + → %2B, = → %3D). Accepted."]
    : [];
}

/**
 * The same check, with the common case — a good signature over the requested URI, in time —
 * verified on libuv's thread pool instead of the event loop. Anything else is answered by the full
 * synchronous check and its debugger, so both give the same result for every request.
 */
export async function checkRequestSignatureAsync(req: SignatureRequest): Promise<SignatureCheck> {
  const parsed = req.clientIdHeader && req.requestTimeHeader && req.signatureHeader ? parseSignatureHeader(req.signatureHeader) : null;
  const requestTime = req.requestTimeHeader ? parseRequestTime(req.requestTimeHeader) : null;
  const inTime = requestTime !== null && Math.abs(req.now - requestTime) <= MAX_CLOCK_SKEW_MS;
  const decoded = parsed && (!parsed.algorithm || isSupportedAlgorithm(parsed.algorithm)) && inTime ? decodeSignatureValue(parsed.signature) : null;
  if (parsed && decoded) {
    const content = contentToSign({ method: req.method, uri: req.uri, clientId: req.clientIdHeader ?? "", time: req.requestTimeHeader ?? "", body: req.body.toString("utf8") });
    if (await verifyContentAsync(content, decoded, req.publicKey)) return { ok: true, signedUri: req.uri, notes: signatureNotes(parsed.signature) };
  }
  return checkRequestSignature(req);
}

/**
 * Check the Client-Id / Request-Time / Signature headers of a request against the client's
 * registered public key.
 */
export function checkRequestSignature(req: SignatureRequest): SignatureCheck {
  const missing = [
    req.clientIdHeader ? null : "Client-Id",
    req.requestTimeHeader ? null : "Request-Time",
    req.signatureHeader ? null : "Signature",
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) {
    return failure("MISSING_HEADERS", `Missing header${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`, {
      differences: missing.map((name) => ({ part: "header", expected: name, actual: null, explanation: `Send the ${name} header.` })),
    });
  }
  const clientId = req.clientIdHeader ?? "";
  const time = req.requestTimeHeader ?? "";
  const parsed = parseSignatureHeader(req.signatureHeader ?? "");
  const rawBody = req.body.toString("utf8");
  const expectedContent = contentToSign({ method: req.method, uri: req.uri, clientId, time, body: rawBody });
  if (!parsed) {
    return failure("MALFORMED_SIGNATURE_HEADER", 'The Signature header must look like "algorithm=RSA256, keyVersion=1, signature=<value>".', {
      expectedContent,
      differences: [{ part: "header", expected: "algorithm=RSA256, keyVersion=1, signature=…", actual: req.signatureHeader, explanation: "No signature= part was found." }],
    });
  }
  if (parsed.algorithm && !isSupportedAlgorithm(parsed.algorithm)) {
    return failure("UNSUPPORTED_ALGORITHM", `Algorithm "${parsed.algorithm}" is not supported; use RSA256.`, { expectedContent });
  }
  const requestTime = parseRequestTime(time);
  if (requestTime === null) {
    return failure("INVALID_REQUEST_TIME", `Request-Time "${time}" is neither ISO 8601 (2024-01-10T12:12:12+08:00) nor epoch milliseconds.`, {
      expectedContent,
    });
  }
  if (Math.abs(req.now - requestTime) > MAX_CLOCK_SKEW_MS) {
    const minutes = Math.round((req.now - requestTime) / 60_000);
    return failure(
      "STALE_REQUEST_TIME",
      `Request-Time is ${Math.abs(minutes)} minutes ${minutes > 0 ? "old" : "in the future"}; requests are accepted within ${MAX_CLOCK_SKEW_MS / 60_000} minutes of the server's clock.`,
      { expectedContent },
    );
  }

  const notes = signatureNotes(parsed.signature);
  for (const uri of [req.uri, ...req.acceptedUris]) {
    const content = contentToSign({ method: req.method, uri, clientId, time, body: rawBody });
    if (verifyContent(content, parsed.signature, req.publicKey)) return { ok: true, signedUri: uri, notes };
  }

  const decoded = decodeSignatureValue(parsed.signature);
  const digest = decoded ? recoverSignedDigest(decoded, req.publicKey) : null;
  if (!digest) {
    return failure("SIGNATURE_MISMATCH", "The signature was not made with the private key that matches this client's registered public key.", {
      expectedContent,
      differences: [
        {
          part: decoded ? "key" : "encoding",
          expected: "a base64 RSA256 signature made with the client's private key",
          actual: parsed.signature.slice(0, 48) + (parsed.signature.length > 48 ? "…" : ""),
          explanation: decoded
            ? "Sign with the private key whose public key is registered for this Client-Id (check keyVersion and that you did not paste another client's key)."
            : "The signature value is not base64 (after URL-decoding).",
        },
      ],
    });
  }

  // The right key signed something else: find which variant of the content it was.
  const base = { method: req.method, uri: req.uri, clientId, time, body: rawBody };
  type Candidate = { content: string; differences: Difference[] };
  const candidates: Candidate[] = [];
  const methods = [{ value: req.method, diff: null as Difference | null }];
  if (req.method !== req.method.toLowerCase()) {
    methods.push({
      value: req.method.toLowerCase(),
      diff: { part: "method", expected: req.method, actual: req.method.toLowerCase(), explanation: "The method must be upper-case." },
    });
  }
  const uris = [
    { value: req.uri, diff: null as Difference | null },
    ...uriVariants(req.uri, req.acceptedUris).map((v) => ({
      value: v.uri,
      diff: { part: "uri" as const, expected: req.uri, actual: v.uri, explanation: v.explanation },
    })),
  ];
  const bodies = [
    { value: rawBody, diff: null as Difference | null },
    ...bodyVariants(rawBody).map((v) => ({ value: v.body, diff: { part: "body" as const, expected: rawBody, actual: v.body, explanation: v.explanation } })),
  ];
  const lineBreaks = [
    { value: "\n", diff: null as Difference | null },
    { value: "\r\n", diff: { part: "lineBreak" as const, expected: "\\n", actual: "\\r\\n", explanation: "Use a single \\n between the two lines, not \\r\\n." } },
  ];
  for (const m of methods)
    for (const u of uris)
      for (const b of bodies)
        for (const l of lineBreaks) {
          const content = `${m.value} ${u.value}${l.value}${base.clientId}.${base.time}.${b.value}`;
          candidates.push({ content, differences: [m.diff, u.diff, b.diff, l.diff].filter((d): d is Difference => d !== null) });
        }
  // Header-value mistakes: a different time format or the time/client id left out.
  const headerVariants: Candidate[] = [
    {
      content: `${req.method} ${req.uri}\n${time}.${rawBody}`,
      differences: [{ part: "clientId", expected: clientId, actual: null, explanation: "You left the Client-Id out of the signed content." }],
    },
    {
      content: `${req.method} ${req.uri}\n${clientId}.${rawBody}`,
      differences: [{ part: "time", expected: time, actual: null, explanation: "You left the Request-Time out of the signed content." }],
    },
    {
      content: `${req.method} ${req.uri}\n${clientId}.${String(requestTime)}.${rawBody}`,
      differences: [{ part: "time", expected: time, actual: String(requestTime), explanation: "You signed a different time value than the Request-Time header; sign the header value exactly." }],
    },
    {
      content: `${req.method} ${req.uri}\n${clientId}.${new Date(requestTime).toISOString()}.${rawBody}`,
      differences: [
        { part: "time", expected: time, actual: new Date(requestTime).toISOString(), explanation: "You signed a different time value than the Request-Time header; sign the header value exactly." },
      ],
    },
  ];
  for (const candidate of [...candidates, ...headerVariants]) {
    if (sha256(candidate.content).equals(digest)) {
      const found = candidate.differences[0];
      return failure(
        "SIGNATURE_MISMATCH",
        found ? `The signature does not match: ${found.explanation}` : "The signature does not match the request.",
        { expectedContent, signedContent: candidate.content, differences: candidate.differences },
      );
    }
  }
  return failure(
    "SIGNATURE_MISMATCH",
    "The signature was made with the right key but over different content. Compare what you sign with the expected content below, byte for byte (method, URI, Client-Id, Request-Time and body).",
    { expectedContent },
  );
}
