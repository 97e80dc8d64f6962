/**
 * The mock wallet's database access, prepared once per connection: every statement of the
 * request path is compiled on first use and reused, and what is costly to rebuild — validated
 * catalog documents, parsed RSA keys — is cached by a value that changes whenever its source does
 * (catalog id + version, the PEM text itself), so a cache stays right when another process edits
 * the same file. Reads here are plain; writes run inside `writeTransaction` (BEGIN IMMEDIATE).
 */
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { authCodes, catalogs, grants, merchantClients, meta, testUsers, tokens, walletKeys } from "@/db/schema";
import type { Catalog } from "@/server/domain/catalog/schema";
import { CLOCK_OFFSET_KEY } from "@/server/domain/clock";
import { hashSecret, newSecret, secretPrefix } from "@/server/domain/secrets";
import { generateRsaKeyPairAsync } from "@/server/domain/signing/signature";
import type { CodeSnapshot, GrantSnapshot, TokenSnapshot } from "@/server/domain/wallet-api/lifecycle";
import type { Profile } from "@/server/domain/wallet-api/user-info";
import { rowDocument } from "../catalog-store";
import { perConnection } from "../per-connection";

export type WalletContext = { catalogId: number; slug: string; countryCode: string | null; document: Catalog };

export type ClientContext = {
  id: number;
  clientId: string;
  catalogId: number;
  catalogSlug: string;
  allowedScopes: string[] | null;
  signatureMode: "strict" | "off";
  publicKey: KeyObject;
};

export type WalletSigningKey = { keyVersion: number; privateKey: KeyObject };

export type IssuedToken = { id: number; secret: string; prefix: string; expiresAt: number };

const p = sql.placeholder;

/** A bounded map: parsed keys are small, but a registry of many clients should not grow memory without end. */
class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

const publicKeys = new BoundedCache<string, KeyObject>(2048);
const privateKeys = new BoundedCache<string, KeyObject>(512);

export function publicKeyObject(pem: string): KeyObject {
  return publicKeys.get(pem) ?? publicKeys.set(pem, createPublicKey(pem));
}

function privateKeyObject(pem: string): KeyObject {
  return privateKeys.get(pem) ?? privateKeys.set(pem, createPrivateKey(pem));
}

function prepareStatements(db: DB) {
  return {
    catalogBySlug: db
      .select({ id: catalogs.id, slug: catalogs.slug, version: catalogs.version, countryCode: catalogs.countryCode })
      .from(catalogs)
      .where(eq(catalogs.slug, p("slug")))
      .prepare(),
    catalogDocument: db.select({ document: catalogs.document }).from(catalogs).where(eq(catalogs.id, p("id"))).prepare(),
    clientById: db
      .select({
        id: merchantClients.id,
        clientId: merchantClients.clientId,
        catalogId: merchantClients.catalogId,
        catalogSlug: catalogs.slug,
        allowedScopes: merchantClients.allowedScopes,
        signatureMode: merchantClients.signatureMode,
        publicKeyPem: merchantClients.publicKeyPem,
      })
      .from(merchantClients)
      .innerJoin(catalogs, eq(merchantClients.catalogId, catalogs.id))
      .where(eq(merchantClients.clientId, p("clientId")))
      .prepare(),
    walletKey: db.select({ keyVersion: walletKeys.keyVersion, privateKeyPem: walletKeys.privateKeyPem }).from(walletKeys).where(eq(walletKeys.catalogId, p("catalogId"))).prepare(),
    insertWalletKey: db
      .insert(walletKeys)
      .values({ catalogId: p("catalogId"), keyVersion: 1, publicKeyPem: p("publicKeyPem"), privateKeyPem: p("privateKeyPem"), createdAt: p("createdAt") })
      .onConflictDoNothing()
      .prepare(),
    clockOffset: db.select({ value: meta.value }).from(meta).where(eq(meta.key, CLOCK_OFFSET_KEY)).prepare(),
    codeByHash: db
      .select({
        id: authCodes.id,
        catalogId: authCodes.catalogId,
        clientRowId: authCodes.clientRowId,
        testUserId: authCodes.testUserId,
        scopes: authCodes.scopes,
        expiresAt: authCodes.expiresAt,
        redeemedAt: authCodes.redeemedAt,
      })
      .from(authCodes)
      .where(eq(authCodes.codeHash, p("hash")))
      .prepare(),
    tokenByHash: db
      .select({
        id: tokens.id,
        kind: tokens.kind,
        expiresAt: tokens.expiresAt,
        rotatedAt: tokens.rotatedAt,
        revokedAt: tokens.revokedAt,
        grantId: grants.id,
        catalogId: grants.catalogId,
        clientRowId: grants.clientRowId,
        testUserId: grants.testUserId,
        scopes: grants.scopes,
        refreshExpiresAt: grants.refreshExpiresAt,
        grantRevokedAt: grants.revokedAt,
        revokeReason: grants.revokeReason,
      })
      .from(tokens)
      .innerJoin(grants, eq(tokens.grantId, grants.id))
      .where(eq(tokens.tokenHash, p("hash")))
      .prepare(),
    testUser: db.select({ userId: testUsers.userId, profile: testUsers.profile }).from(testUsers).where(eq(testUsers.id, p("id"))).prepare(),
    claimCode: db
      .update(authCodes)
      .set({ redeemedAt: sql`${p("now")}` })
      .where(and(eq(authCodes.id, p("id")), isNull(authCodes.redeemedAt)))
      .prepare(),
    insertGrant: db
      .insert(grants)
      .values({
        catalogId: p("catalogId"),
        clientRowId: p("clientRowId"),
        testUserId: p("testUserId"),
        authCodeId: p("authCodeId"),
        scopes: p("scopes"),
        refreshExpiresAt: p("refreshExpiresAt"),
        createdAt: p("createdAt"),
      })
      .returning({ id: grants.id })
      .prepare(),
    insertToken: db
      .insert(tokens)
      .values({
        grantId: p("grantId"),
        kind: p("kind"),
        tokenHash: p("tokenHash"),
        tokenPrefix: p("tokenPrefix"),
        issuedAt: p("issuedAt"),
        expiresAt: p("expiresAt"),
      })
      .returning({ id: tokens.id })
      .prepare(),
    retireToken: db
      .update(tokens)
      .set({ rotatedAt: sql`${p("now")}` })
      .where(and(eq(tokens.id, p("id")), isNull(tokens.rotatedAt)))
      .prepare(),
    revokeGrant: db
      .update(grants)
      .set({ revokedAt: sql`${p("now")}`, revokeReason: sql`${p("reason")}` })
      .where(and(eq(grants.id, p("id")), isNull(grants.revokedAt)))
      .prepare(),
    revokeToken: db
      .update(tokens)
      .set({ revokedAt: sql`${p("now")}` })
      .where(and(eq(tokens.id, p("id")), isNull(tokens.revokedAt)))
      .prepare(),
    revokeGrantTokens: db
      .update(tokens)
      .set({ revokedAt: sql`${p("now")}` })
      .where(and(eq(tokens.grantId, p("grantId")), isNull(tokens.revokedAt)))
      .prepare(),
  };
}

export class WalletStore {
  private readonly q: ReturnType<typeof prepareStatements>;
  private readonly signingKeys = new Map<number, Promise<WalletSigningKey>>();

  constructor(readonly db: DB) {
    this.q = prepareStatements(db);
  }

  /** Run `fn` in one write transaction that takes SQLite's write lock up front (and waits for it, see busy_timeout). */
  writeTransaction<T>(fn: () => T): T {
    return this.db.$client.transaction(fn).immediate();
  }

  clockOffset(): number {
    const value = Number(this.q.clockOffset.get()?.value ?? 0);
    return Number.isFinite(value) ? value : 0;
  }

  wallet(slug: string): WalletContext | null {
    const row = this.q.catalogBySlug.get({ slug });
    if (!row) return null;
    // The validated document is cached per (id, version); the JSON column is read only on a miss.
    const document = rowDocument(this.db, { ...row, document: () => this.q.catalogDocument.get({ id: row.id })?.document });
    return { catalogId: row.id, slug: row.slug, countryCode: row.countryCode, document };
  }

  client(clientId: string): ClientContext | null {
    const row = this.q.clientById.get({ clientId });
    if (!row) return null;
    return {
      id: row.id,
      clientId: row.clientId,
      catalogId: row.catalogId,
      catalogSlug: row.catalogSlug,
      allowedScopes: row.allowedScopes ?? null,
      signatureMode: row.signatureMode,
      publicKey: publicKeyObject(row.publicKeyPem),
    };
  }

  /**
   * The wallet's signing key for a catalog; generated (off the event loop) on first use. A key
   * row is never changed once written, and catalog ids are never reused, so it is cached by id.
   */
  signingKey(catalogId: number, now: number): Promise<WalletSigningKey> {
    let key = this.signingKeys.get(catalogId);
    if (!key) {
      key = this.loadOrCreateKey(catalogId, now);
      this.signingKeys.set(catalogId, key);
      key.catch(() => this.signingKeys.delete(catalogId));
    }
    return key;
  }

  private async loadOrCreateKey(catalogId: number, now: number): Promise<WalletSigningKey> {
    const existing = this.q.walletKey.get({ catalogId });
    if (existing) return { keyVersion: existing.keyVersion, privateKey: privateKeyObject(existing.privateKeyPem) };
    const pair = await generateRsaKeyPairAsync();
    // Another process (or request) may have stored one first: the stored row wins.
    this.q.insertWalletKey.run({ catalogId, publicKeyPem: pair.publicKeyPem, privateKeyPem: pair.privateKeyPem, createdAt: now });
    const stored = this.q.walletKey.get({ catalogId });
    if (!stored) throw new Error(`wallet key of catalog ${catalogId} was not stored`);
    return { keyVersion: stored.keyVersion, privateKey: privateKeyObject(stored.privateKeyPem) };
  }

  code(secret: string): CodeSnapshot | null {
    return this.q.codeByHash.get({ hash: hashSecret(secret) }) ?? null;
  }

  token(secret: string): TokenSnapshot | null {
    const row = this.q.tokenByHash.get({ hash: hashSecret(secret) });
    if (!row) return null;
    const grant: GrantSnapshot = {
      id: row.grantId,
      catalogId: row.catalogId,
      clientRowId: row.clientRowId,
      testUserId: row.testUserId,
      scopes: row.scopes,
      refreshExpiresAt: row.refreshExpiresAt,
      revokedAt: row.grantRevokedAt,
      revokeReason: row.revokeReason,
    };
    return { id: row.id, kind: row.kind, expiresAt: row.expiresAt, rotatedAt: row.rotatedAt, revokedAt: row.revokedAt, grant };
  }

  testUser(id: number): { userId: string; profile: Profile } | null {
    return this.q.testUser.get({ id }) ?? null;
  }

  /** The single-use guarantee: only one writer can flip `redeemed_at`. */
  claimCode(id: number, now: number): boolean {
    return this.q.claimCode.run({ id, now }).changes === 1;
  }

  insertGrant(values: { catalogId: number; clientRowId: number; testUserId: number; authCodeId: number; scopes: string[]; refreshExpiresAt: number; createdAt: number }): number {
    const row = this.q.insertGrant.get(values);
    if (!row) throw new Error("grant was not stored");
    return row.id;
  }

  issueToken(grantId: number, kind: "access" | "refresh", issuedAt: number, expiresAt: number): IssuedToken {
    const secret = newSecret();
    const prefix = secretPrefix(secret);
    const row = this.q.insertToken.get({ grantId, kind, tokenHash: hashSecret(secret), tokenPrefix: prefix, issuedAt, expiresAt });
    if (!row) throw new Error("token was not stored");
    return { id: row.id, secret, prefix, expiresAt };
  }

  /** Mark a refresh token as replaced; false when another request rotated it first. */
  retireToken(id: number, now: number): boolean {
    return this.q.retireToken.run({ id, now }).changes === 1;
  }

  /** Revoke one access or refresh token (its grant and the other tokens stay). */
  revokeToken(id: number, now: number): boolean {
    return this.q.revokeToken.run({ id, now }).changes === 1;
  }

  /** End a grant: it and every token it produced stop working; false when it was already revoked. */
  revokeGrant(grantId: number, now: number, reason: string): boolean {
    return this.writeTransaction(() => {
      if (this.q.revokeGrant.run({ id: grantId, now, reason }).changes !== 1) return false;
      this.q.revokeGrantTokens.run({ grantId, now });
      return true;
    });
  }
}

/** The store of a connection, created (and its statements prepared) once. */
export const walletStore = perConnection((db) => new WalletStore(db));
