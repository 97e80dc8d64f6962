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

const SECRET_KEYS = new Set(["authCode", "accessToken", "refreshToken"]);

/** Codes and tokens in a parsed JSON value, at any depth (without recursion). */
export function secretsInValue(value: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null) continue;
    if (Array.isArray(item)) {
      stack.push(...(item as unknown[]));
      continue;
    }
    for (const [key, child] of Object.entries(item)) {
      if (SECRET_KEYS.has(key) && typeof child === "string" && child.length >= 8) found.add(child);
      else stack.push(child);
    }
  }
  return [...found];
}

function maskValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return maskSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((item) => maskValue(item, secrets));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, maskValue(child, secrets)]));
  return value;
}

export type MaskedText = {
  text: string;
  /** The codes and tokens found (longest first). */
  secrets: string[];
  /** A secret was written with JSON escapes, so the text was replaced by the masked value re-serialised. */
  rewritten: boolean;
};

/**
 * A JSON body with its codes and tokens masked, judged on what a JSON parser reads, not on the
 * characters: a key or a value written with escapes (`"acc\u0065ssToken"`) is found too. Text that
 * is not JSON is masked by field name. When a secret does not appear literally in the text (it was
 * escaped), the text is replaced by the parsed value, masked and re-serialised, so the stored copy
 * never holds a usable code or token.
 */
export function maskJsonText(text: string): MaskedText {
  let parsed: unknown;
  let isJson = false;
  // Only JSON text that can hold a secret is parsed (a body under 10 characters cannot).
  if (text.length >= 10 && text.includes('"')) {
    try {
      parsed = JSON.parse(text);
      isJson = true;
    } catch {
      isJson = false;
    }
  }
  const fromValue = isJson ? secretsInValue(parsed) : [];
  const secrets = [...new Set([...secretsIn(text), ...fromValue])].sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return { text, secrets, rewritten: false };
  if (fromValue.some((secret) => !text.includes(secret))) {
    return { text: JSON.stringify(maskValue(parsed, secrets)), secrets, rewritten: true };
  }
  return { text: maskSecrets(text, secrets), secrets, rewritten: false };
}
