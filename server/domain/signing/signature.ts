/**
 * The Alipay+ / Antom request-signing scheme (RSA256 = SHA256withRSA, PKCS#1 v1.5):
 *
 *   content   = "<METHOD> <URI>\n<Client-Id>.<Request-Time>.<body>"
 *   signature = urlEncode(base64(SHA256withRSA(content, privateKey)))
 *   header    = "Signature: algorithm=RSA256, keyVersion=1, signature=<signature>"
 *
 * Responses are signed the same way with `Response-Time` in place of `Request-Time`, over the
 * request's method and URI. Only node:crypto is used.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPair, publicDecrypt, sign, verify, constants, type KeyObject } from "node:crypto";

export type SignatureHeader = { algorithm: string; keyVersion: string | null; signature: string };

/** The exact text that is signed. `body` is the raw request (or response) body as sent. */
export function contentToSign(args: { method: string; uri: string; clientId: string; time: string; body: string }): string {
  return `${args.method} ${args.uri}\n${args.clientId}.${args.time}.${args.body}`;
}

export function signContent(content: string | Buffer, privateKey: KeyObject | string): string {
  const raw = sign("sha256", typeof content === "string" ? Buffer.from(content, "utf8") : content, privateKey);
  return encodeURIComponent(raw.toString("base64"));
}

/**
 * The same signature made on libuv's thread pool (`crypto.sign` with a callback), so a busy server
 * keeps answering other requests while RSA runs — the signing of every mock-wallet response.
 */
export function signContentAsync(content: string | Buffer, privateKey: KeyObject): Promise<string> {
  return new Promise((resolve, reject) =>
    sign("sha256", typeof content === "string" ? Buffer.from(content, "utf8") : content, privateKey, (error, raw) =>
      error ? reject(error) : resolve(encodeURIComponent(raw.toString("base64"))),
    ),
  );
}

/** Verify a (URL-encoded or plain base64) signature value over `content`. */
export function verifyContent(content: string | Buffer, signature: string, publicKey: KeyObject | string): boolean {
  const decoded = decodeSignatureValue(signature);
  if (!decoded) return false;
  try {
    return verify("sha256", typeof content === "string" ? Buffer.from(content, "utf8") : content, publicKey, decoded);
  } catch {
    return false;
  }
}

/** Verify decoded signature bytes on libuv's thread pool (false on any error). */
export function verifyContentAsync(content: string | Buffer, signature: Buffer, publicKey: KeyObject | string): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      verify("sha256", typeof content === "string" ? Buffer.from(content, "utf8") : content, publicKey, signature, (error, ok) => resolve(!error && ok));
    } catch {
      resolve(false);
    }
  });
}

/** URL-decode then base64-decode a signature value; null when it is not base64 at all. */
export function decodeSignatureValue(value: string): Buffer | null {
  let text = value;
  if (/%[0-9A-Fa-f]{2}/.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, "base64");
  return bytes.length > 0 ? bytes : null;
}

export function formatSignatureHeader(signature: string, keyVersion = "1"): string {
  return `algorithm=RSA256, keyVersion=${keyVersion}, signature=${signature}`;
}

/**
 * Parse `algorithm=RSA256, keyVersion=1, signature=…`. Keys are case-insensitive, spaces after
 * commas optional. Returns null when there is no `signature=` part.
 */
export function parseSignatureHeader(header: string): SignatureHeader | null {
  const parts = new Map<string, string>();
  for (const piece of header.split(",")) {
    const eq = piece.indexOf("=");
    if (eq <= 0) continue;
    parts.set(piece.slice(0, eq).trim().toLowerCase(), piece.slice(eq + 1).trim());
  }
  const signature = parts.get("signature");
  if (!signature) return null;
  return { algorithm: parts.get("algorithm") ?? "", keyVersion: parts.get("keyversion") ?? null, signature };
}

/** Algorithms accepted: RSA256 (documented) and SHA256withRSA (shown on one wallet's page). */
export function isSupportedAlgorithm(algorithm: string): boolean {
  return ["rsa256", "sha256withrsa"].includes(algorithm.toLowerCase());
}

export type KeyPair = { publicKeyPem: string; privateKeyPem: string };

/** An RSA-2048 pair generated on the thread pool: key generation takes tens of milliseconds of CPU. */
export function generateRsaKeyPairAsync(): Promise<KeyPair> {
  return new Promise((resolve, reject) =>
    generateKeyPair(
      "rsa",
      { modulusLength: 2048, publicExponent: 0x10001, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } },
      (error, publicKeyPem, privateKeyPem) => (error ? reject(error) : resolve({ publicKeyPem, privateKeyPem })),
    ),
  );
}

/**
 * Read a pasted public key: PEM (SPKI or PKCS#1) or the bare base64 body wallets' consoles show.
 * Returns the normalised SPKI PEM, or an explanation of why it is not a usable key.
 */
export function normalizePublicKey(input: string): { ok: true; pem: string; bits: number } | { ok: false; reason: string } {
  const text = input.trim();
  if (!text) return { ok: false, reason: "The public key is empty." };
  const candidates = text.includes("-----BEGIN")
    ? [text]
    : [
        `-----BEGIN PUBLIC KEY-----\n${text.replace(/\s+/g, "")}\n-----END PUBLIC KEY-----`,
        `-----BEGIN RSA PUBLIC KEY-----\n${text.replace(/\s+/g, "")}\n-----END RSA PUBLIC KEY-----`,
      ];
  if (/PRIVATE KEY/.test(text)) {
    return { ok: false, reason: "That is a private key. Paste only the public key; keep the private key on your server." };
  }
  for (const candidate of candidates) {
    try {
      const key = createPublicKey(candidate);
      if (key.asymmetricKeyType !== "rsa") return { ok: false, reason: `Expected an RSA key, got ${key.asymmetricKeyType ?? "another type"}.` };
      const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
      if (bits < 2048) return { ok: false, reason: `The key is ${bits}-bit; RSA256 signing uses keys of at least 2048 bits.` };
      return { ok: true, pem: key.export({ type: "spki", format: "pem" }).toString(), bits };
    } catch {
      // try the next form
    }
  }
  return { ok: false, reason: "Not a readable RSA public key (expected PEM or base64 SPKI)." };
}

export function publicKeyFromPrivate(privateKeyPem: string): string {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: "spki", format: "pem" }).toString();
}

/** The bare base64 body of a PEM, as wallet consoles display keys. */
export function pemBody(pem: string): string {
  return pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
}

// DER prefix of the DigestInfo for SHA-256 (RFC 8017 §9.2, note 1).
const SHA256_DIGEST_INFO_PREFIX = Buffer.from("3031300d060960864801650304020105000420", "hex");

/**
 * The SHA-256 digest a PKCS#1 v1.5 signature was made over, recovered with the public key.
 * Lets the signature debugger find which variant of the content the client actually signed.
 * Null when the signature was not made with the matching private key (or is not RSA256).
 */
export function recoverSignedDigest(signature: Buffer, publicKey: KeyObject | string): Buffer | null {
  try {
    const info = publicDecrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
    if (info.length !== SHA256_DIGEST_INFO_PREFIX.length + 32) return null;
    if (!info.subarray(0, SHA256_DIGEST_INFO_PREFIX.length).equals(SHA256_DIGEST_INFO_PREFIX)) return null;
    return info.subarray(SHA256_DIGEST_INFO_PREFIX.length);
  } catch {
    return null;
  }
}

export function sha256(content: string | Buffer): Buffer {
  return createHash("sha256").update(content).digest();
}
