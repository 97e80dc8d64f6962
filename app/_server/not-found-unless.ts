import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { PAGE_LOOKUPS } from "@/server/services/page-lookups";

/**
 * For a page whose address names a thing (a catalog slug, a run id…): answers HTTP 404 with the
 * studio's not-found page when the request's workspace has no such thing. Call it before rendering
 * anything, so the status is still open to change.
 */
export async function notFoundUnless(kind: keyof typeof PAGE_LOOKUPS, key: string): Promise<void> {
  const db = getDb();
  const workspaceId = (await requestWorkspace(db, await headers())) ?? NO_WORKSPACE;
  if (!PAGE_LOOKUPS[kind](db, workspaceId, key)) notFound();
}
