import { beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb } from "@/db/testing";
import { makeCatalog, makeScope } from "@/server/domain/catalog/fixtures";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { createInnerContext } from "@/server/trpc";
import { createCaller } from "./_app";

let caller: ReturnType<typeof createCaller>;

beforeEach(() => {
  const db = createTestDb();
  seedBuiltinCatalogs(db, Date.UTC(2026, 0, 1));
  caller = createCaller(createInnerContext({ db }));
});

describe("explorer.search", () => {
  it("finds USER_LOGIN_ID in Alipay+ and DANA, exact matches first", async () => {
    const result = await caller.explorer.search({ query: "USER_LOGIN_ID" });
    const slugs = result.items.filter((hit) => hit.scope.name === "USER_LOGIN_ID").map((hit) => hit.catalog.slug);
    expect(slugs).toEqual(expect.arrayContaining(["alipay-plus", "dana"]));
    expect(result.items[0]?.scope.name).toBe("USER_LOGIN_ID");
    expect(result.total).toBeGreaterThanOrEqual(slugs.length);
  });

  it("matches descriptions and user-info fields, case-insensitively", async () => {
    const byDescription = await caller.explorer.search({ query: "biological mother" });
    expect(byDescription.items.map((hit) => hit.scope.name)).toEqual(["USER_BIOLOGICAL_MOTHER_NAME"]);
    const byField = await caller.explorer.search({ query: "userid" });
    expect(byField.items.some((hit) => hit.scope.userInfoFields.includes("userId"))).toBe(true);
  });

  it("combines filters", async () => {
    const silentDana = await caller.explorer.search({ wallets: ["DANA"], mode: "silent" });
    expect(silentDana.total).toBe(0);
    const consentDana = await caller.explorer.search({ wallets: ["DANA"], mode: "consent", limit: 200 });
    expect(consentDana.total).toBe(25);
    expect(consentDana.items.every((hit) => hit.catalog.slug === "dana" && !hit.scope.silent)).toBe(true);
    const assumedDana = await caller.explorer.search({ catalogs: ["dana"], fidelity: "assumed" });
    expect(assumedDana.total).toBe(25); // DANA documents no silent flags
    const documentedAlipay = await caller.explorer.search({ catalogs: ["alipay-plus"], fidelity: "documented", limit: 200 });
    expect(documentedAlipay.total).toBe(10);
    // The seed's table and its note disagree on three silent flags.
    const conflicts = await caller.explorer.search({ catalogs: ["alipay-plus"], fidelity: "conflict" });
    expect(conflicts.items.map((hit) => hit.scope.name).sort()).toEqual(["HASH_LOGIN_ID", "USER_ID", "USER_LOGIN_ID"]);
  });

  it("gives facets that count with the other filters applied", async () => {
    const result = await caller.explorer.search({ query: "USER_LOGIN_ID", wallets: ["DANA"] });
    expect(result.facets.wallets.map((facet) => facet.value)).toEqual(expect.arrayContaining(["DANA"]));
    expect(result.facets.wallets.length).toBeGreaterThan(1);
  });

  it("pages through results without overlap", async () => {
    const first = await caller.explorer.search({ limit: 10, offset: 0 });
    const second = await caller.explorer.search({ limit: 10, offset: 10 });
    const keys = (page: typeof first) => page.items.map((hit) => `${hit.catalog.slug}/${hit.scope.name}`);
    expect(new Set([...keys(first), ...keys(second)]).size).toBe(20);
  });

  it("treats LIKE wildcards literally", async () => {
    expect((await caller.explorer.search({ query: "%" })).total).toBe(0);
    expect((await caller.explorer.search({ query: "USER_" })).total).toBeGreaterThan(0);
  });

  it("refuses bad filters", async () => {
    await expect(caller.explorer.search({ limit: 0 })).rejects.toBeInstanceOf(TRPCError);
    // @ts-expect-error an unknown mode, on purpose
    await expect(caller.explorer.search({ mode: "sometimes" })).rejects.toBeInstanceOf(TRPCError);
  });
});

describe("explorer.scope", () => {
  it("shows where a scope is silent and where it needs consent", async () => {
    const detail = await caller.explorer.scope({ name: "USER_LOGIN_ID" });
    const alipay = detail.entries.find((entry) => entry.catalog.slug === "alipay-plus");
    const dana = detail.entries.find((entry) => entry.catalog.slug === "dana");
    expect(alipay?.scope.silent).toBe(true);
    expect(alipay?.errorValue).toBe("10001");
    expect(dana?.scope.silent).toBe(false);
    expect(dana?.scope.silentProvenance.fidelity).toBe("assumed");
    expect(dana?.errorValue).toBe("40006");
  });

  it("finds scopes through aliases", async () => {
    const detail = await caller.explorer.scope({ name: "BASE_USER_INFO" });
    const tng = detail.entries.find((entry) => entry.catalog.slug === "touch-n-go");
    expect(tng).toBeDefined();
  });

  it("lists where a scope is absent", async () => {
    const detail = await caller.explorer.scope({ name: "NO_SUCH_SCOPE" });
    expect(detail.entries).toEqual([]);
    expect(detail.absentFrom.length).toBeGreaterThan(5);
  });
});

describe("explorer.compare", () => {
  it("marks rows whose silent flag differs", async () => {
    const matrix = await caller.explorer.compare({ slugs: ["alipay-plus", "dana"] });
    expect(matrix.columns.map((column) => column.slug)).toEqual(["alipay-plus", "dana"]);
    const row = matrix.rows.find((r) => r.scope === "USER_LOGIN_ID");
    expect(row).toMatchObject({ presentIn: 2, silentDiffers: true });
    expect(row?.cells.map((cell) => cell?.silent)).toEqual([true, false]);
    const onlyDana = matrix.rows.find((r) => r.scope === "KYC_INFO");
    expect(onlyDana?.cells[0]).toBeNull();
  });

  it("matches aliases across catalogs", async () => {
    await caller.catalog.create({
      catalog: makeCatalog("alias-test", { scopes: [makeScope("BASE_USER_INFO", { silent: true, aliases: ["auth_base"] })] }),
      author: "T",
    });
    const matrix = await caller.explorer.compare({ slugs: ["alipay-plus", "alias-test"], query: "auth_base" });
    const row = matrix.rows.find((r) => r.scope === "auth_base");
    expect(row?.cells[1]).toMatchObject({ name: "BASE_USER_INFO", viaAlias: true });
  });

  it("refuses an empty selection", async () => {
    await expect(caller.explorer.compare({ slugs: [] })).rejects.toBeInstanceOf(TRPCError);
  });
});
