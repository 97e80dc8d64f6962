import { createHash, randomBytes } from "node:crypto";

// crypto.randomBytes output drawn in 4 KB blocks: one system call serves 170 secrets instead of one
// (each byte is used once; the pool is the CSPRNG's own output, so nothing about the secrets changes).
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

function random(size: number): Buffer {
  if (offset + size > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + size);
  offset += size;
  return bytes;
}

/** 192 random bits, base64url (32 characters): auth codes, access and refresh tokens. */
export function newSecret(): string {
  return random(24).toString("base64url");
}

/** Only this hash is stored; a database dump holds no usable code or token. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The first characters, shown in lists and searchable (8 base64url chars = 48 bits, not enough to use). */
export function secretPrefix(secret: string): string {
  return secret.slice(0, 8);
}

/**
 * A readable unique id for rows people link to (`sim_…`, `call_…`): the time in base 36, then 48
 * random bits. Ids made later sort later, so their unique index grows at its end instead of
 * touching a random page on every insert.
 */
export function publicId(prefix: string, now: number = Date.now()): string {
  return `${prefix}_${now.toString(36).padStart(9, "0")}${random(6).toString("base64url")}`;
}

/** A 16-digit client id in the style wallets assign (e.g. `2026112312345678`). */
export function newClientId(now: number): string {
  const date = new Date(now).toISOString().slice(0, 10).replace(/-/g, "");
  const digits = BigInt(`0x${randomBytes(8).toString("hex")}`) % 100_000_000n;
  return `${date}${digits.toString().padStart(8, "0")}`;
}

const SECRET_FIELD = /"(authCode|accessToken|refreshToken)"\s*:\s*"([^"\\]{8,})"/g;

/** Codes and tokens carried in JSON text (found by field name, so malformed JSON is covered too). */
export function secretsIn(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(SECRET_FIELD)) if (match[2]) found.add(match[2]);
  return [...found].sort((a, b) => b.length - a.length);
}

/** Replace each secret with its 8-character prefix and an ellipsis, as every view shows them. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join(`${secretPrefix(secret)}…`), text);
}
