/**
 * Merchant clients of the mock wallet API, and the wallet's own key pair per catalog. A client
 * belongs to one workspace: it is found, listed and changed only from there, and every call that
 * names it lands in that workspace's Activity.
 */
import { createHash } from "node:crypto";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { DB } from "@/db/client";
import { catalogs, merchantClients, walletKeys } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { newClientId } from "@/server/domain/secrets";
import { generateRsaKeyPairAsync, normalizePublicKey, type KeyPair } from "@/server/domain/signing/signature";
import { getCatalogRecord } from "./catalog-store";

export type SignatureMode = "strict" | "off";

export type ClientView = {
  clientId: string;
  name: string;
  catalogSlug: string;
  catalogName: string;
  allowedScopes: string[] | null;
  publicKeyPem: string;
  keyOrigin: "generated" | "pasted" | "studio";
  signatureMode: SignatureMode;
  createdAt: number;
  updatedAt: number;
};

type ClientRow = typeof merchantClients.$inferSelect;

export type WalletKey = { keyVersion: number; publicKeyPem: string; privateKeyPem: string };

/** The wallet's stored key pair for a catalog, if it has one yet. */
export function findWalletKey(db: DB, catalogId: number): WalletKey | null {
  return db.select().from(walletKeys).where(eq(walletKeys.catalogId, catalogId)).get() ?? null;
}

/**
 * Store `keyPair` (generated beforehand off the event loop) as the wallet's key pair for a catalog
 * unless it has one. Another process may store one first: the stored row wins.
 */
export function ensureWalletKey(db: DB, catalogId: number, now: number, pair: KeyPair): WalletKey {
  const existing = findWalletKey(db, catalogId);
  if (existing) return existing;
  db.insert(walletKeys)
    .values({ catalogId, keyVersion: 1, publicKeyPem: pair.publicKeyPem, privateKeyPem: pair.privateKeyPem, createdAt: now })
    .onConflictDoNothing()
    .run();
  const row = findWalletKey(db, catalogId);
  if (!row) throw new Error("wallet key was not stored");
  return row;
}

/** The wallet's key pair for a catalog, generated on first use on the thread pool (tens of milliseconds of CPU). */
export async function walletKeyFor(db: DB, catalogId: number, now: number): Promise<WalletKey> {
  return findWalletKey(db, catalogId) ?? ensureWalletKey(db, catalogId, now, await generateRsaKeyPairAsync());
}

/** Only the public half, for pages and API answers. */
export async function walletPublicKey(db: DB, catalogSlug: string, workspaceId: string, now: number): Promise<{ keyVersion: number; publicKeyPem: string }> {
  const catalog = getCatalogRecord(db, catalogSlug, workspaceId);
  const row = db.select({ id: catalogs.id }).from(catalogs).where(eq(catalogs.slug, catalog.slug)).get();
  if (!row) throw new DomainError("NOT_FOUND", `No catalog "${catalogSlug}".`);
  const key = await walletKeyFor(db, row.id, now);
  return { keyVersion: key.keyVersion, publicKeyPem: key.publicKeyPem };
}

function catalogIdOf(db: DB, slug: string, workspaceId: string): { id: number; name: string } {
  const row = db
    .select({ id: catalogs.id, name: catalogs.name })
    .from(catalogs)
    .where(and(eq(catalogs.slug, slug), or(isNull(catalogs.workspaceId), eq(catalogs.workspaceId, workspaceId))))
    .get();
  if (!row) throw new DomainError("NOT_FOUND", `No catalog "${slug}".`, [{ path: "catalog", message: "unknown catalog" }]);
  return row;
}

function toView(row: ClientRow, catalog: { slug: string; name: string }): ClientView {
  return {
    clientId: row.clientId,
    name: row.name,
    catalogSlug: catalog.slug,
    catalogName: catalog.name,
    allowedScopes: row.allowedScopes ?? null,
    publicKeyPem: row.publicKeyPem,
    keyOrigin: row.keyOrigin,
    signatureMode: row.signatureMode,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function checkScopes(db: DB, slug: string, workspaceId: string, scopes: string[] | null) {
  if (!scopes) return;
  const document = getCatalogRecord(db, slug, workspaceId).document;
  const known = new Set(document.scopes.flatMap((scope) => [scope.name, ...scope.aliases]));
  const unknown = scopes.filter((scope) => !known.has(scope));
  if (unknown.length > 0) {
    throw new DomainError("BAD_REQUEST", `Not scopes of ${document.name}: ${unknown.join(", ")}.`, [
      { path: "allowedScopes", message: `unknown: ${unknown.join(", ")}` },
    ]);
  }
}

export type RegisterClientInput = {
  workspaceId: string;
  catalogSlug: string;
  name: string;
  clientId?: string;
  allowedScopes?: string[] | null;
  publicKey?: string;
  signatureMode?: SignatureMode;
  now: number;
};

/**
 * Register a client. Without a public key the server generates an RSA-2048 pair (on the thread pool)
 * and returns the private key this once; it is not stored.
 */
export async function registerClient(
  db: DB,
  input: RegisterClientInput,
): Promise<{ client: ClientView; privateKeyPem: string | null; wallet: { keyVersion: number; publicKeyPem: string } }> {
  const catalog = catalogIdOf(db, input.catalogSlug, input.workspaceId);
  checkScopes(db, input.catalogSlug, input.workspaceId, input.allowedScopes ?? null);
  if (input.clientId?.startsWith("STUDIO_")) {
    throw new DomainError("BAD_REQUEST", "Client ids starting with STUDIO_ are reserved for the studio console.", [{ path: "clientId", message: "reserved prefix" }]);
  }
  let publicKeyPem: string;
  let privateKeyPem: string | null = null;
  if (input.publicKey !== undefined && input.publicKey.trim() !== "") {
    const key = normalizePublicKey(input.publicKey);
    if (!key.ok) throw new DomainError("BAD_REQUEST", key.reason, [{ path: "publicKey", message: key.reason }]);
    publicKeyPem = key.pem;
  } else {
    const pair = await generateRsaKeyPairAsync();
    publicKeyPem = pair.publicKeyPem;
    privateKeyPem = pair.privateKeyPem;
  }
  const wallet = await walletKeyFor(db, catalog.id, input.now);
  return db.transaction(() => {
    const clientId = input.clientId ?? newClientId(input.now);
    if (db.select({ id: merchantClients.id }).from(merchantClients).where(eq(merchantClients.clientId, clientId)).get()) {
      throw new DomainError("CONFLICT", `Client id "${clientId}" is already registered.`, [{ path: "clientId", message: "already in use" }]);
    }
    const row = db
      .insert(merchantClients)
      .values({
        clientId,
        name: input.name,
        catalogId: catalog.id,
        allowedScopes: input.allowedScopes ?? null,
        publicKeyPem,
        keyOrigin: privateKeyPem ? "generated" : "pasted",
        signatureMode: input.signatureMode ?? "strict",
        workspaceId: input.workspaceId,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning()
      .get();
    return {
      client: toView(row, { slug: input.catalogSlug, name: catalog.name }),
      privateKeyPem,
      wallet: { keyVersion: wallet.keyVersion, publicKeyPem: wallet.publicKeyPem },
    };
  }, { behavior: "immediate" });
}

export function listClients(db: DB, workspaceId: string, catalogSlug?: string): ClientView[] {
  const rows = db
    .select({ client: merchantClients, slug: catalogs.slug, name: catalogs.name })
    .from(merchantClients)
    .innerJoin(catalogs, eq(merchantClients.catalogId, catalogs.id))
    .where(and(eq(merchantClients.workspaceId, workspaceId), catalogSlug ? eq(catalogs.slug, catalogSlug) : undefined))
    .orderBy(asc(catalogs.name), asc(merchantClients.name))
    .all();
  return rows.map((row) => toView(row.client, { slug: row.slug, name: row.name }));
}

/** The workspace's client row and its catalog for a Client-Id, or null. */
export function findClient(db: DB, clientId: string, workspaceId: string): { row: ClientRow; catalogSlug: string } | null {
  const found = db
    .select({ client: merchantClients, slug: catalogs.slug })
    .from(merchantClients)
    .innerJoin(catalogs, eq(merchantClients.catalogId, catalogs.id))
    .where(and(eq(merchantClients.clientId, clientId), eq(merchantClients.workspaceId, workspaceId)))
    .get();
  return found ? { row: found.client, catalogSlug: found.slug } : null;
}

export function getClient(db: DB, clientId: string, workspaceId: string): ClientView {
  const found = findClient(db, clientId, workspaceId);
  if (!found) throw new DomainError("NOT_FOUND", `No client "${clientId}".`);
  const catalog = catalogIdOf(db, found.catalogSlug, workspaceId);
  return toView(found.row, { slug: found.catalogSlug, name: catalog.name });
}

export function updateClient(
  db: DB,
  input: { workspaceId: string; clientId: string; name?: string; allowedScopes?: string[] | null; signatureMode?: SignatureMode; publicKey?: string; now: number },
): ClientView {
  const found = findClient(db, input.clientId, input.workspaceId);
  if (!found) throw new DomainError("NOT_FOUND", `No client "${input.clientId}".`);
  if (found.row.keyOrigin === "studio" && input.publicKey !== undefined) {
    throw new DomainError("BAD_REQUEST", "The studio console client's key is managed by the studio.");
  }
  if (input.allowedScopes !== undefined) checkScopes(db, found.catalogSlug, input.workspaceId, input.allowedScopes);
  let publicKeyPem: string | undefined;
  if (input.publicKey !== undefined) {
    const key = normalizePublicKey(input.publicKey);
    if (!key.ok) throw new DomainError("BAD_REQUEST", key.reason, [{ path: "publicKey", message: key.reason }]);
    publicKeyPem = key.pem;
  }
  db.update(merchantClients)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.allowedScopes !== undefined ? { allowedScopes: input.allowedScopes } : {}),
      ...(input.signatureMode !== undefined ? { signatureMode: input.signatureMode } : {}),
      ...(publicKeyPem !== undefined ? { publicKeyPem, keyOrigin: "pasted" as const } : {}),
      updatedAt: input.now,
    })
    .where(eq(merchantClients.id, found.row.id))
    .run();
  return getClient(db, input.clientId, input.workspaceId);
}

/** Replace the client's key pair with a newly generated one; the private key is returned once. */
export async function rotateClientKey(db: DB, input: { workspaceId: string; clientId: string; now: number }): Promise<{ client: ClientView; privateKeyPem: string }> {
  const found = findClient(db, input.clientId, input.workspaceId);
  if (!found) throw new DomainError("NOT_FOUND", `No client "${input.clientId}".`);
  if (found.row.keyOrigin === "studio") throw new DomainError("BAD_REQUEST", "The studio console client's key is managed by the studio.");
  const pair = await generateRsaKeyPairAsync();
  db.update(merchantClients)
    .set({ publicKeyPem: pair.publicKeyPem, keyOrigin: "generated", updatedAt: input.now })
    .where(eq(merchantClients.id, found.row.id))
    .run();
  return { client: getClient(db, input.clientId, input.workspaceId), privateKeyPem: pair.privateKeyPem };
}

/** Client id of the studio's own console client for a catalog in a workspace (the default workspace keeps local mode's ids). */
export function consoleClientId(catalogSlug: string, workspaceId: string): string {
  const base = `STUDIO_${catalogSlug.toUpperCase().replace(/-/g, "_")}`;
  return workspaceId === "local" ? base : `${base}_${createHash("sha256").update(workspaceId).digest("hex").slice(0, 8).toUpperCase()}`;
}

/**
 * The studio's console client for a catalog: a client like any other (strict signatures), whose
 * private key the server keeps so the simulator can send signed requests on the person's behalf.
 */
export async function ensureConsoleClient(db: DB, catalogSlug: string, workspaceId: string, now: number): Promise<{ row: ClientRow; privateKeyPem: string }> {
  const clientId = consoleClientId(catalogSlug, workspaceId);
  const existing = findClient(db, clientId, workspaceId);
  if (existing?.row.studioPrivateKeyPem) return { row: existing.row, privateKeyPem: existing.row.studioPrivateKeyPem };
  const catalog = catalogIdOf(db, catalogSlug, workspaceId);
  const pair = await generateRsaKeyPairAsync();
  db.insert(merchantClients)
    .values({
      clientId,
      name: "Studio console",
      catalogId: catalog.id,
      allowedScopes: null,
      publicKeyPem: pair.publicKeyPem,
      keyOrigin: "studio",
      studioPrivateKeyPem: pair.privateKeyPem,
      signatureMode: "strict",
      workspaceId,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .run();
  const row = findClient(db, clientId, workspaceId)?.row;
  if (!row?.studioPrivateKeyPem) throw new DomainError("CONFLICT", `Client id ${clientId} is taken by a registered client.`);
  return { row, privateKeyPem: row.studioPrivateKeyPem };
}

export function deleteClient(db: DB, clientId: string, workspaceId: string): { clientId: string } {
  const found = findClient(db, clientId, workspaceId);
  if (!found) throw new DomainError("NOT_FOUND", `No client "${clientId}".`);
  if (found.row.keyOrigin === "studio") throw new DomainError("BAD_REQUEST", "The studio console client cannot be deleted.");
  db.delete(merchantClients).where(and(eq(merchantClients.id, found.row.id))).run();
  return { clientId };
}
