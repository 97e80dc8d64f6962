/** Fake wallet users per workspace and catalog: what inquiryUserInfo answers from. */
import { and, asc, count, eq, isNull, or } from "drizzle-orm";
import type { DB } from "@/db/client";
import { catalogs, testUsers } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { generateProfile, profileDisplayName, type Profile } from "@/server/domain/wallet-api/user-info";

export const DEFAULT_TEST_USERS = 3;

export type TestUserView = { userId: string; displayName: string; profile: Profile; catalogSlug: string; updatedAt: number };

type CatalogRef = { id: number; slug: string; countryCode: string | null; workspaceId: string };

function catalogRef(db: DB, slug: string, workspaceId: string): CatalogRef {
  const row = db
    .select({ id: catalogs.id, slug: catalogs.slug, countryCode: catalogs.countryCode })
    .from(catalogs)
    .where(and(eq(catalogs.slug, slug), or(isNull(catalogs.workspaceId), eq(catalogs.workspaceId, workspaceId))))
    .get();
  if (!row) throw new DomainError("NOT_FOUND", `No catalog "${slug}".`, [{ path: "catalog", message: "unknown catalog" }]);
  return { ...row, workspaceId };
}

/** The workspace's users of a catalog. */
function ofCatalog(catalog: CatalogRef) {
  return and(eq(testUsers.workspaceId, catalog.workspaceId), eq(testUsers.catalogId, catalog.id));
}

/** Give a workspace's catalog its default region-fitting test users when it has none yet. */
export function ensureTestUsers(db: DB, catalog: CatalogRef, now: number): void {
  const existing = db.select({ n: count() }).from(testUsers).where(ofCatalog(catalog)).get();
  if ((existing?.n ?? 0) > 0) return;
  const rows = Array.from({ length: DEFAULT_TEST_USERS }, (_, index) => {
    const profile = generateProfile({ catalogSlug: catalog.slug, countryCode: catalog.countryCode, index });
    return {
      catalogId: catalog.id,
      workspaceId: catalog.workspaceId,
      userId: String(profile.userId),
      displayName: profileDisplayName(profile),
      profile,
      createdAt: now,
      updatedAt: now,
    };
  });
  db.insert(testUsers).values(rows).onConflictDoNothing().run();
}

function toView(row: typeof testUsers.$inferSelect, slug: string): TestUserView {
  return { userId: row.userId, displayName: row.displayName, profile: row.profile, catalogSlug: slug, updatedAt: row.updatedAt };
}

export function listTestUsers(db: DB, catalogSlug: string, workspaceId: string, now: number): TestUserView[] {
  const catalog = catalogRef(db, catalogSlug, workspaceId);
  ensureTestUsers(db, catalog, now);
  return db
    .select()
    .from(testUsers)
    .where(ofCatalog(catalog))
    .orderBy(asc(testUsers.id))
    .all()
    .map((row) => toView(row, catalogSlug));
}

/** The row of a test user (the first one when `userId` is not given). */
export function resolveTestUser(db: DB, catalogSlug: string, workspaceId: string, userId: string | undefined, now: number): typeof testUsers.$inferSelect {
  const catalog = catalogRef(db, catalogSlug, workspaceId);
  ensureTestUsers(db, catalog, now);
  const row = userId
    ? db.select().from(testUsers).where(and(ofCatalog(catalog), eq(testUsers.userId, userId))).get()
    : db.select().from(testUsers).where(ofCatalog(catalog)).orderBy(asc(testUsers.id)).get();
  if (!row) throw new DomainError("NOT_FOUND", `No test user "${userId ?? ""}" in ${catalogSlug}.`, [{ path: "user", message: "unknown test user" }]);
  return row;
}

function checkProfile(profile: Profile, userId: string) {
  if (profile.userId !== undefined && profile.userId !== userId) {
    throw new DomainError("BAD_REQUEST", "profile.userId must equal the test user's id.", [{ path: "profile.userId", message: `must be "${userId}"` }]);
  }
}

export function updateTestUser(db: DB, input: { workspaceId: string; catalogSlug: string; userId: string; profile: Profile; now: number }): TestUserView {
  const row = resolveTestUser(db, input.catalogSlug, input.workspaceId, input.userId, input.now);
  checkProfile(input.profile, input.userId);
  const profile = { ...input.profile, userId: input.userId };
  db.update(testUsers)
    .set({ profile, displayName: profileDisplayName(profile), updatedAt: input.now })
    .where(eq(testUsers.id, row.id))
    .run();
  return toView({ ...row, profile, displayName: profileDisplayName(profile), updatedAt: input.now }, input.catalogSlug);
}

export function createTestUser(db: DB, input: { workspaceId: string; catalogSlug: string; now: number }): TestUserView {
  const catalog = catalogRef(db, input.catalogSlug, input.workspaceId);
  return db.transaction(() => {
    ensureTestUsers(db, catalog, input.now);
    const n = db.select({ n: count() }).from(testUsers).where(ofCatalog(catalog)).get()?.n ?? 0;
    for (let index = n; index < n + 100; index++) {
      const profile = generateProfile({ catalogSlug: catalog.slug, countryCode: catalog.countryCode, index });
      const userId = String(profile.userId);
      const taken = db.select({ id: testUsers.id }).from(testUsers).where(and(ofCatalog(catalog), eq(testUsers.userId, userId))).get();
      if (taken) continue;
      const row = db
        .insert(testUsers)
        .values({ catalogId: catalog.id, workspaceId: catalog.workspaceId, userId, displayName: profileDisplayName(profile), profile, createdAt: input.now, updatedAt: input.now })
        .returning()
        .get();
      return toView(row, catalog.slug);
    }
    throw new DomainError("CONFLICT", "Could not find a free test user id.");
  });
}

export function deleteTestUser(db: DB, input: { workspaceId: string; catalogSlug: string; userId: string; now: number }): { userId: string } {
  const row = resolveTestUser(db, input.catalogSlug, input.workspaceId, input.userId, input.now);
  db.delete(testUsers).where(eq(testUsers.id, row.id)).run();
  return { userId: input.userId };
}
