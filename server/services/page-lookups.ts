/**
 * Whether the thing a page's address names exists for the workspace, so the page can answer 404
 * (the studio's not-found page) instead of 200 with a message inside. Cheap checks; the page's
 * own queries load the details.
 */
import { and, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { apiCalls, simulations } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { findCodeId, findTokenId } from "./activity-details";
import { catalogExists } from "./catalog-store";
import { scopeDetail } from "./explorer";
import { invitationPreview } from "./workspaces";

export type PageLookup = (db: DB, workspaceId: string, key: string) => boolean;

/** False when the lookup says "not found" (or the key cannot name anything); other answers count as found. */
function found(lookup: () => unknown): boolean {
  try {
    lookup();
    return true;
  } catch (error) {
    if (error instanceof DomainError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return false;
    throw error;
  }
}

export const PAGE_LOOKUPS = {
  catalog: (db, workspaceId, slug) => catalogExists(db, slug, workspaceId),
  /** A scope some catalog of the workspace accepts, by name or alias. */
  scope: (db, workspaceId, name) => scopeDetail(db, workspaceId, name).entries.length > 0,
  run: (db, workspaceId, ref) =>
    db.select({ id: simulations.id }).from(simulations).where(and(eq(simulations.publicId, ref), eq(simulations.workspaceId, workspaceId))).get() !== undefined,
  call: (db, workspaceId, ref) =>
    db.select({ id: apiCalls.id }).from(apiCalls).where(and(eq(apiCalls.publicId, ref), eq(apiCalls.workspaceId, workspaceId))).get() !== undefined,
  /** By row id or prefix; a prefix two codes share is found (the page says so). */
  code: (db, workspaceId, key) => found(() => findCodeId(db, key, workspaceId)),
  token: (db, workspaceId, key) => found(() => findTokenId(db, key, workspaceId)),
  /** Any invitation, expired or used too (its page says which); invitations belong to no page workspace. */
  invitation: (db, _workspaceId, id) => found(() => invitationPreview(db, id, Date.now())),
} satisfies Record<string, PageLookup>;
