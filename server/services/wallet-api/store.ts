/**
 * The mock wallet's database access, prepared once per connection: every statement of the
 * request path is compiled on first use and reused, and what is costly to rebuild — validated
 * catalog documents, parsed RSA keys — is cached by a value that changes whenever its source does
 * (catalog id + version, the PEM text itself), so a cache stays right when another process edits
 * the same file. Reads here are plain; writes run inside `writeTransaction` (BEGIN IMMEDIATE).
 */
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import type { DB } from "@/db/client";
import type { Catalog } from "@/server/domain/catalog/schema";
import { hashSecret, newSecret, secretPrefix } from "@/server/domain/secrets";
import { generateRsaKeyPairAsync } from "@/server/domain/signing/signature";
import type { CodeSnapshot, GrantSnapshot, TokenSnapshot } from "@/server/domain/wallet-api/lifecycle";
import type { Profile } from "@/server/domain/wallet-api/user-info";
import { rowDocument } from "../catalog-store";
import { ensureWalletKey, findWalletKey } from "../clients";
import { getClockOffset } from "../clock";
import { perConnection } from "../per-connection";

/** `workspaceId`: the workspace a team's own catalog belongs to; null for a built-in. */
export type WalletContext = { catalogId: number; slug: string; countryCode: string | null; workspaceId: string | null; document: Catalog };

export type ClientContext = {
  id: number;
  clientId: string;
  name: string;
  catalogId: number;
  catalogSlug: string;
  /** The client's workspace: its calls are recorded there, and only that workspace's codes are its. */
  workspaceId: string;
  allowedScopes: string[] | null;
  signatureMode: "strict" | "off";
  publicKey: KeyObject;
};

export type TestUserRef = { id: number; userId: string; displayName: string };

export type WalletSigningKey = { keyVersion: number; privateKey: KeyObject };

export type IssuedToken = { id: number; secret: string; prefix: string; expiresAt: number };

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

function publicKeyObject(pem: string): KeyObject {
  return publicKeys.get(pem) ?? publicKeys.set(pem, createPublicKey(pem));
}


/**
 * The request path's statements, as plain SQL on the connection: the profile of applyToken under
 * load showed drizzle's per-call query building and row mapping at about a sixth of the main
 * thread; these run on every request, so they skip it. Column names follow db/schema.ts.
 */
function prepareStatements(db: DB) {
  const q = (text: string) => db.$client.prepare(text);
  return {
    catalogBySlug: q("SELECT id, slug, version, country_code AS countryCode, workspace_id AS workspaceId FROM catalogs WHERE slug = ?"),
    clientById: q(
      `SELECT mc.id, mc.client_id AS clientId, mc.name, mc.catalog_id AS catalogId, c.slug AS catalogSlug, mc.allowed_scopes AS allowedScopes,
              mc.signature_mode AS signatureMode, mc.public_key_pem AS publicKeyPem, mc.workspace_id AS workspaceId
         FROM merchant_clients mc JOIN catalogs c ON c.id = mc.catalog_id WHERE mc.client_id = ?`,
    ),
    codeByHash: q(
      `SELECT id, catalog_id AS catalogId, client_row_id AS clientRowId, workspace_id AS workspaceId, test_user_id AS testUserId, scopes, expires_at AS expiresAt,
              redeemed_at AS redeemedAt
         FROM auth_codes WHERE code_hash = ?`,
    ),
    tokenByHash: q(
      `SELECT t.id, t.kind, t.expires_at AS expiresAt, t.rotated_at AS rotatedAt, t.revoked_at AS revokedAt, g.id AS grantId, g.catalog_id AS catalogId,
              g.client_row_id AS clientRowId, g.test_user_id AS testUserId, g.scopes, g.refresh_expires_at AS refreshExpiresAt,
              g.revoked_at AS grantRevokedAt, g.revoke_reason AS revokeReason
         FROM tokens t JOIN grants g ON g.id = t.grant_id WHERE t.token_hash = ?`,
    ),
    testUserId: q("SELECT user_id FROM test_users WHERE id = ?").pluck(),
    firstTestUser: q("SELECT id, user_id AS userId, display_name AS displayName FROM test_users WHERE workspace_id = ? AND catalog_id = ? ORDER BY id LIMIT 1"),
    testUserByUserId: q("SELECT id, user_id AS userId, display_name AS displayName FROM test_users WHERE workspace_id = ? AND catalog_id = ? AND user_id = ?"),
    insertSimulation: q(
      `INSERT INTO simulations (public_id, catalog_id, client_row_id, test_user_id, source, requested_scopes, outcome, callback, result, workspace_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertCode: q(
      `INSERT INTO auth_codes (code_hash, code_prefix, catalog_id, client_row_id, workspace_id, test_user_id, simulation_id, scopes, issued_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    testUserProfile: q("SELECT profile FROM test_users WHERE id = ?").pluck(),
    claimCode: q("UPDATE auth_codes SET redeemed_at = ? WHERE id = ? AND redeemed_at IS NULL"),
    insertGrant: q(
      "INSERT INTO grants (catalog_id, client_row_id, test_user_id, auth_code_id, scopes, refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    insertToken: q("INSERT INTO tokens (grant_id, kind, token_hash, token_prefix, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
    retireToken: q("UPDATE tokens SET rotated_at = ? WHERE id = ? AND rotated_at IS NULL"),
    revokeToken: q("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
    revokeGrant: q("UPDATE grants SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL"),
    revokeGrantTokens: q("UPDATE tokens SET revoked_at = ? WHERE grant_id = ? AND revoked_at IS NULL"),
  };
}

type ClientRowData = Omit<ClientContext, "allowedScopes" | "publicKey"> & { allowedScopes: string | null; publicKeyPem: string };
type CodeRowData = Omit<CodeSnapshot, "scopes"> & { scopes: string };
type TokenRowData = Omit<TokenSnapshot, "grant"> & {
  grantId: number;
  catalogId: number;
  clientRowId: number;
  testUserId: number;
  scopes: string;
  refreshExpiresAt: number;
  grantRevokedAt: number | null;
  revokeReason: string | null;
};

function stringArray(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
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

  clockOffset(workspaceId: string): number {
    return getClockOffset(this.db, workspaceId);
  }

  wallet(slug: string): WalletContext | null {
    const row = this.q.catalogBySlug.get(slug) as { id: number; slug: string; version: number; countryCode: string | null; workspaceId: string | null } | undefined;
    if (!row) return null;
    // The validated document is cached per (id, version); the JSON column is read only on a miss.
    const document = rowDocument(this.db, row);
    return { catalogId: row.id, slug: row.slug, countryCode: row.countryCode, workspaceId: row.workspaceId, document };
  }

  client(clientId: string): ClientContext | null {
    const row = this.q.clientById.get(clientId) as ClientRowData | undefined;
    if (!row) return null;
    return {
      id: row.id,
      clientId: row.clientId,
      name: row.name,
      catalogId: row.catalogId,
      catalogSlug: row.catalogSlug,
      workspaceId: row.workspaceId,
      allowedScopes: row.allowedScopes === null ? null : stringArray(row.allowedScopes),
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
    const key = findWalletKey(this.db, catalogId) ?? ensureWalletKey(this.db, catalogId, now, await generateRsaKeyPairAsync());
    return { keyVersion: key.keyVersion, privateKey: createPrivateKey(key.privateKeyPem) };
  }

  code(secret: string): CodeSnapshot | null {
    const row = this.q.codeByHash.get(hashSecret(secret)) as CodeRowData | undefined;
    return row ? { ...row, scopes: stringArray(row.scopes) } : null;
  }

  token(secret: string): TokenSnapshot | null {
    const row = this.q.tokenByHash.get(hashSecret(secret)) as TokenRowData | undefined;
    if (!row) return null;
    const grant: GrantSnapshot = {
      id: row.grantId,
      catalogId: row.catalogId,
      clientRowId: row.clientRowId,
      testUserId: row.testUserId,
      scopes: stringArray(row.scopes),
      refreshExpiresAt: row.refreshExpiresAt,
      revokedAt: row.grantRevokedAt,
      revokeReason: row.revokeReason,
    };
    return { id: row.id, kind: row.kind, expiresAt: row.expiresAt, rotatedAt: row.rotatedAt, revokedAt: row.revokedAt, grant };
  }

  /** The test user's id as the wallet reports it (`customerId`). */
  customerId(testUserId: number): string {
    const value: unknown = this.q.testUserId.get(testUserId);
    return typeof value === "string" ? value : "";
  }

  profile(testUserId: number): Profile {
    const value: unknown = this.q.testUserProfile.get(testUserId);
    const profile: unknown = typeof value === "string" ? JSON.parse(value) : null;
    return typeof profile === "object" && profile !== null && !Array.isArray(profile) ? (profile as Profile) : {};
  }

  /** A workspace's test user of a catalog by id, or its first one (null when there is none). */
  testUser(workspaceId: string, catalogId: number, userId: string | undefined): TestUserRef | null {
    const row = userId === undefined ? this.q.firstTestUser.get(workspaceId, catalogId) : this.q.testUserByUserId.get(workspaceId, catalogId, userId);
    return (row as TestUserRef | undefined) ?? null;
  }

  insertSimulation(values: {
    publicId: string;
    catalogId: number;
    clientRowId: number | null;
    testUserId: number;
    source: "ui" | "api";
    requestedScopes: unknown;
    outcome: string;
    callback: "success" | "fail";
    result: unknown;
    workspaceId: string;
    createdAt: number;
  }): number {
    const requested = values.requestedScopes === undefined || values.requestedScopes === null ? null : JSON.stringify(values.requestedScopes);
    const { lastInsertRowid } = this.q.insertSimulation.run(
      values.publicId,
      values.catalogId,
      values.clientRowId,
      values.testUserId,
      values.source,
      requested,
      values.outcome,
      values.callback,
      JSON.stringify(values.result),
      values.workspaceId,
      values.createdAt,
    );
    return Number(lastInsertRowid);
  }

  /** Store an issued auth code (its hash and prefix only). */
  insertCode(values: {
    secret: string;
    catalogId: number;
    clientRowId: number | null;
    workspaceId: string;
    testUserId: number;
    simulationId: number;
    scopes: readonly string[];
    issuedAt: number;
    expiresAt: number;
  }): number {
    const { lastInsertRowid } = this.q.insertCode.run(
      hashSecret(values.secret),
      secretPrefix(values.secret),
      values.catalogId,
      values.clientRowId,
      values.workspaceId,
      values.testUserId,
      values.simulationId,
      JSON.stringify(values.scopes),
      values.issuedAt,
      values.expiresAt,
    );
    return Number(lastInsertRowid);
  }

  /** The single-use guarantee: only one writer can flip `redeemed_at`. */
  claimCode(id: number, now: number): boolean {
    return this.q.claimCode.run(now, id).changes === 1;
  }

  insertGrant(values: { catalogId: number; clientRowId: number; testUserId: number; authCodeId: number; scopes: string[]; refreshExpiresAt: number; createdAt: number }): number {
    const { lastInsertRowid } = this.q.insertGrant.run(values.catalogId, values.clientRowId, values.testUserId, values.authCodeId, JSON.stringify(values.scopes), values.refreshExpiresAt, values.createdAt);
    return Number(lastInsertRowid);
  }

  issueToken(grantId: number, kind: "access" | "refresh", issuedAt: number, expiresAt: number): IssuedToken {
    const secret = newSecret();
    const prefix = secretPrefix(secret);
    const { lastInsertRowid } = this.q.insertToken.run(grantId, kind, hashSecret(secret), prefix, issuedAt, expiresAt);
    return { id: Number(lastInsertRowid), secret, prefix, expiresAt };
  }

  /** Mark a refresh token as replaced; false when another request rotated it first. */
  retireToken(id: number, now: number): boolean {
    return this.q.retireToken.run(now, id).changes === 1;
  }

  /** Revoke one access or refresh token (its grant and the other tokens stay). */
  revokeToken(id: number, now: number): boolean {
    return this.q.revokeToken.run(now, id).changes === 1;
  }

  /** End a grant: it and every token it produced stop working; false when it was already revoked. */
  revokeGrant(grantId: number, now: number, reason: string): boolean {
    return this.writeTransaction(() => {
      if (this.q.revokeGrant.run(now, reason, grantId).changes !== 1) return false;
      this.q.revokeGrantTokens.run(now, grantId);
      return true;
    });
  }
}

/** The store of a connection, created (and its statements prepared) once. */
export const walletStore = perConnection((db) => new WalletStore(db));
