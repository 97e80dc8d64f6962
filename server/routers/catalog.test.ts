import { beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { count, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { catalogScopes, catalogs, catalogVersions } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import { makeCatalog, makeScope } from "@/server/domain/catalog/fixtures";
import { toCatalogFile, type Catalog } from "@/server/domain/catalog/schema";
import { refreshBuiltinCatalogs, seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { createInnerContext } from "@/server/trpc";
import { createCaller } from "./_app";

const AUTHOR = "Test Author";

let db: DB;
let clock: number;
let caller: ReturnType<typeof createCaller>;

/** Row counts of every catalog table: a refused write must leave all of them unchanged. */
function tableCounts() {
  return {
    catalogs: db.select({ n: count() }).from(catalogs).get()?.n,
    versions: db.select({ n: count() }).from(catalogVersions).get()?.n,
    scopes: db.select({ n: count() }).from(catalogScopes).get()?.n,
  };
}

async function expectRefused(promise: Promise<unknown>, code: TRPCError["code"], message?: RegExp) {
  const before = tableCounts();
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(TRPCError);
  if (error instanceof TRPCError) {
    expect(error.code).toBe(code);
    if (message) expect(error.message).toMatch(message);
  }
  expect(tableCounts()).toEqual(before);
}

beforeEach(() => {
  db = createTestDb();
  clock = Date.UTC(2026, 0, 1);
  caller = createCaller(createInnerContext({ db, now: () => (clock += 1000) }));
});

describe("seeding", () => {
  it("seeds every built-in once and not again after a delete", async () => {
    expect(seedBuiltinCatalogs(db, clock)).toEqual(BUILTIN_CATALOGS.map((c) => c.slug));
    expect((await caller.catalog.list()).length).toBe(BUILTIN_CATALOGS.length);
    const dana = await caller.catalog.bySlug({ slug: "dana" });
    await caller.catalog.delete({ slug: "dana", expectedVersion: dana.version });
    expect(seedBuiltinCatalogs(db, clock)).toEqual([]);
    expect((await caller.catalog.list()).map((c) => c.slug)).not.toContain("dana");
  });
});

describe("built-ins from an earlier release", () => {
  it("are brought up to this release unless someone saved over them", async () => {
    seedBuiltinCatalogs(db, clock);
    expect(refreshBuiltinCatalogs(db, clock)).toEqual([]);
    // An earlier release's documents: stored before error codes said which outcome they answer.
    for (const slug of ["alipay-hk", "alipay-cn"]) {
      const row = db.select().from(catalogs).where(eq(catalogs.slug, slug)).get();
      if (!row) throw new Error(`no ${slug}`);
      const older = structuredClone(row.document) as Catalog;
      older.errorCodes = older.errorCodes.map(({ simulates: _simulates, ...code }) => ({ ...code, simulates: [] }));
      // (a new version number, as a save would give: documents are cached per version)
      db.update(catalogs).set({ document: older, version: row.version + 1 }).where(eq(catalogs.id, row.id)).run();
    }
    const cn = await caller.catalog.bySlug({ slug: "alipay-cn" });
    await caller.catalog.update({ slug: "alipay-cn", expectedVersion: cn.version, catalog: { ...cn.document, description: "Our notes" }, author: "Ana" });

    expect(refreshBuiltinCatalogs(db, clock)).toEqual(["alipay-hk"]);
    const hk = await caller.catalog.bySlug({ slug: "alipay-hk" });
    expect(hk.version).toBe(3);
    expect(hk.document.errorCodes.find((code) => code.code === 14)?.simulates).toEqual(["timeout"]);
    expect((await caller.catalog.versions({ slug: "alipay-hk" }))[0]).toMatchObject({ summary: "Updated to this release's built-in catalog", author: "AuthCode Studio" });
    expect((await caller.catalog.bySlug({ slug: "alipay-cn" })).document.description).toBe("Our notes");
    expect(refreshBuiltinCatalogs(db, clock)).toEqual([]);
  });
});

describe("catalog.create", () => {
  it("creates version 1 with its scopes indexed", async () => {
    const record = await caller.catalog.create({ catalog: makeCatalog("team-wallet"), author: AUTHOR });
    expect(record).toMatchObject({ slug: "team-wallet", version: 1, scopeCount: 2, builtin: false });
    const versions = await caller.catalog.versions({ slug: "team-wallet" });
    expect(versions).toEqual([expect.objectContaining({ version: 1, author: AUTHOR, summary: "Created" })]);
    expect(tableCounts().scopes).toBe(2);
  });

  it.each<[string, Catalog]>([
    ["an empty scope name", makeCatalog("x", { scopes: [makeScope("")] })],
    ["whitespace in a scope name", makeCatalog("x", { scopes: [makeScope("USER NAME")] })],
    ["a 65-character scope name", makeCatalog("x", { scopes: [makeScope("A".repeat(65))] })],
    ["duplicate scope names", makeCatalog("x", { scopes: [makeScope("USER_NAME"), makeScope("USER_NAME")] })],
    ["a bad slug", makeCatalog("Not A Slug")],
    ["a documented fact without a source", makeCatalog("x", { scopes: [makeScope("A", { provenance: { fidelity: "documented" } })] })],
  ])("refuses %s and writes nothing", async (_label, catalog) => {
    await expectRefused(caller.catalog.create({ catalog, author: AUTHOR }), "BAD_REQUEST");
  });

  it("reports the path of each problem", async () => {
    const error = await caller.catalog
      .create({ catalog: makeCatalog("x", { scopes: [makeScope("A"), makeScope("A")] }), author: AUTHOR })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(TRPCError);
    if (error instanceof TRPCError) expect(error.message).toMatch(/catalog\.scopes\[1\]\.name: Duplicate scope name "A"/);
  });

  it("treats scope names case-sensitively", async () => {
    const record = await caller.catalog.create({
      catalog: makeCatalog("cased", { scopes: [makeScope("auth_base"), makeScope("AUTH_BASE")] }),
      author: AUTHOR,
    });
    expect(record.scopeCount).toBe(2);
  });

  it("refuses a taken slug and a missing author", async () => {
    await caller.catalog.create({ catalog: makeCatalog("taken"), author: AUTHOR });
    await expectRefused(caller.catalog.create({ catalog: makeCatalog("taken"), author: AUTHOR }), "CONFLICT", /already exists/);
    await expectRefused(caller.catalog.create({ catalog: makeCatalog("other"), author: "  " }), "BAD_REQUEST", /display name/);
  });

  it("stores a markup-like scope name as plain data", async () => {
    const name = "<script>alert(1)</script>";
    await caller.catalog.create({ catalog: makeCatalog("xss", { scopes: [makeScope(name)] }), author: AUTHOR });
    expect((await caller.catalog.bySlug({ slug: "xss" })).document.scopes[0]?.name).toBe(name);
  });
});

describe("catalog.update", () => {
  beforeEach(async () => {
    await caller.catalog.create({ catalog: makeCatalog("team"), author: AUTHOR });
  });

  it("saves a new version with what changed", async () => {
    const current = await caller.catalog.bySlug({ slug: "team" });
    const edited = { ...current.document, scopes: [...current.document.scopes, makeScope("USER_AVATAR")] };
    const saved = await caller.catalog.update({ slug: "team", expectedVersion: 1, catalog: edited, author: "Second" });
    expect(saved.version).toBe(2);
    const [latest] = await caller.catalog.versions({ slug: "team" });
    expect(latest).toMatchObject({ version: 2, author: "Second", summary: "Added scope USER_AVATAR", changeCount: 1 });
    expect(await caller.catalog.diff({ slug: "team", from: 1, to: 2 })).toEqual([
      { op: "added", path: "scopes[USER_AVATAR]", after: makeScope("USER_AVATAR") },
    ]);
  });

  it("refuses a save against a stale version", async () => {
    const current = await caller.catalog.bySlug({ slug: "team" });
    await caller.catalog.update({ slug: "team", expectedVersion: 1, catalog: { ...current.document, name: "First edit" }, author: "A" });
    await expectRefused(
      caller.catalog.update({ slug: "team", expectedVersion: 1, catalog: { ...current.document, name: "Second edit" }, author: "B" }),
      "CONFLICT",
      /saved as version 2 by A .* after you opened version 1/,
    );
    expect((await caller.catalog.bySlug({ slug: "team" })).document.name).toBe("First edit");
  });

  it("renames the slug when the new one is free, and refuses a taken one", async () => {
    await caller.catalog.create({ catalog: makeCatalog("other"), author: AUTHOR });
    const current = await caller.catalog.bySlug({ slug: "team" });
    await expectRefused(
      caller.catalog.update({ slug: "team", expectedVersion: 1, catalog: { ...current.document, slug: "other" }, author: AUTHOR }),
      "CONFLICT",
    );
    const renamed = await caller.catalog.update({ slug: "team", expectedVersion: 1, catalog: { ...current.document, slug: "renamed" }, author: AUTHOR });
    expect(renamed.slug).toBe("renamed");
    await expectRefused(caller.catalog.bySlug({ slug: "team" }), "NOT_FOUND");
  });

  it("refuses invalid documents and unknown catalogs without writing", async () => {
    const current = await caller.catalog.bySlug({ slug: "team" });
    await expectRefused(
      caller.catalog.update({
        slug: "team",
        expectedVersion: 1,
        catalog: { ...current.document, scopes: [makeScope("bad name")] },
        author: AUTHOR,
      }),
      "BAD_REQUEST",
    );
    await expectRefused(
      caller.catalog.update({ slug: "missing", expectedVersion: 1, catalog: makeCatalog("missing"), author: AUTHOR }),
      "NOT_FOUND",
    );
  });
});

describe("catalog.clone / delete", () => {
  beforeEach(async () => {
    await caller.catalog.create({ catalog: makeCatalog("source"), author: AUTHOR });
  });

  it("clones into a new catalog with its own history", async () => {
    const clone = await caller.catalog.clone({ slug: "source", newSlug: "copy", newName: "Copy", author: AUTHOR });
    expect(clone).toMatchObject({ slug: "copy", name: "Copy", version: 1 });
    expect(clone.document.scopes).toEqual((await caller.catalog.bySlug({ slug: "source" })).document.scopes);
    expect((await caller.catalog.versions({ slug: "copy" }))[0]?.summary).toBe("Cloned from source (version 1)");
    await expectRefused(caller.catalog.clone({ slug: "source", newSlug: "copy", newName: "Again", author: AUTHOR }), "CONFLICT");
    await expectRefused(caller.catalog.clone({ slug: "nope", newSlug: "copy2", newName: "X", author: AUTHOR }), "NOT_FOUND");
  });

  it("deletes with its versions and scope index, only at the current version", async () => {
    await expectRefused(caller.catalog.delete({ slug: "source", expectedVersion: 7 }), "CONFLICT");
    await caller.catalog.delete({ slug: "source", expectedVersion: 1 });
    expect(tableCounts()).toEqual({ catalogs: 0, versions: 0, scopes: 0 });
    await expectRefused(caller.catalog.delete({ slug: "source", expectedVersion: 1 }), "NOT_FOUND");
  });
});

describe("catalog.restoreVersion / version", () => {
  it("restores an old version as a new one", async () => {
    await caller.catalog.create({ catalog: makeCatalog("team"), author: AUTHOR });
    const v1 = await caller.catalog.version({ slug: "team", version: 1 });
    await caller.catalog.update({ slug: "team", expectedVersion: 1, catalog: { ...v1, name: "Changed" }, author: AUTHOR });
    const restored = await caller.catalog.restoreVersion({ slug: "team", version: 1, expectedVersion: 2, author: "Restorer" });
    expect(restored).toMatchObject({ version: 3, name: v1.name });
    expect((await caller.catalog.versions({ slug: "team" }))[0]).toMatchObject({ version: 3, summary: "Restored version 1", author: "Restorer" });
    await expectRefused(caller.catalog.restoreVersion({ slug: "team", version: 1, expectedVersion: 2, author: AUTHOR }), "CONFLICT");
    await expectRefused(caller.catalog.restoreVersion({ slug: "team", version: 9, expectedVersion: 3, author: AUTHOR }), "NOT_FOUND");
    await expectRefused(caller.catalog.version({ slug: "team", version: 9 }), "NOT_FOUND");
  });
});

describe("catalog.builtins / restoreBuiltin", () => {
  beforeEach(() => {
    seedBuiltinCatalogs(db, clock);
  });

  it("restores an edited built-in to its built-in state", async () => {
    const dana = await caller.catalog.bySlug({ slug: "dana" });
    await caller.catalog.update({ slug: "dana", expectedVersion: dana.version, catalog: { ...dana.document, scopes: [] }, author: AUTHOR });
    expect((await caller.catalog.builtins()).find((b) => b.slug === "dana")).toMatchObject({ present: true, modified: true });
    const restored = await caller.catalog.restoreBuiltin({ slug: "dana", author: AUTHOR });
    expect(restored.version).toBe(3);
    expect(restored.document.scopes.length).toBe(25);
    expect((await caller.catalog.builtins()).find((b) => b.slug === "dana")).toMatchObject({ present: true, modified: false });
  });

  it("re-creates a deleted built-in", async () => {
    const alipay = await caller.catalog.bySlug({ slug: "alipay-plus" });
    await caller.catalog.delete({ slug: "alipay-plus", expectedVersion: alipay.version });
    expect((await caller.catalog.builtins()).find((b) => b.slug === "alipay-plus")?.present).toBe(false);
    const restored = await caller.catalog.restoreBuiltin({ slug: "alipay-plus", author: AUTHOR });
    expect(restored).toMatchObject({ slug: "alipay-plus", version: 1, builtin: true });
  });

  it("refuses unknown built-ins", async () => {
    await expectRefused(caller.catalog.restoreBuiltin({ slug: "not-a-builtin", author: AUTHOR }), "NOT_FOUND");
  });
});

describe("catalog.import", () => {
  it("creates a new catalog or a new version of an existing one", async () => {
    const file = toCatalogFile(makeCatalog("imported"));
    const created = await caller.catalog.import({ file, expectedVersion: null, author: AUTHOR });
    expect(created).toMatchObject({ slug: "imported", version: 1 });
    const changed = toCatalogFile({ ...file.catalog, name: "Imported again" });
    await expectRefused(caller.catalog.import({ file: changed, expectedVersion: null, author: AUTHOR }), "CONFLICT", /already exists/);
    await expectRefused(caller.catalog.import({ file: changed, expectedVersion: 5, author: AUTHOR }), "CONFLICT");
    const updated = await caller.catalog.import({ file: changed, expectedVersion: 1, author: AUTHOR });
    expect(updated).toMatchObject({ version: 2, name: "Imported again" });
    expect((await caller.catalog.versions({ slug: "imported" }))[0]?.summary).toBe("Imported: Changed name");
  });

  it("refuses a file with a wrong format version", async () => {
    const file = { ...toCatalogFile(makeCatalog("bad")), formatVersion: 3 };
    // @ts-expect-error formatVersion 3 is not a valid file, on purpose
    await expectRefused(caller.catalog.import({ file, expectedVersion: null, author: AUTHOR }), "BAD_REQUEST", /formatVersion/);
  });
});
