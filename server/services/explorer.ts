/** Scope explorer queries: search across every catalog, scope detail and the compare matrix. */
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/db/client";
import { catalogScopes, catalogs } from "@/db/schema";
import { buildCompareMatrix, type CompareMatrix } from "@/server/domain/catalog/compare";
import type { Fidelity, Scope } from "@/server/domain/catalog/schema";
import { getCatalogDocuments, rowDocument } from "./catalog-store";

export type ScopeSearchFilters = {
  query?: string;
  wallets?: string[];
  regions?: string[];
  catalogs?: string[];
  mode?: "silent" | "consent";
  fidelity?: Fidelity;
  limit: number;
  offset: number;
};

export type ScopeHit = {
  catalog: { slug: string; name: string; wallet: string; region: string; countryCode: string | null };
  position: number;
  fidelity: Fidelity;
  scope: Scope;
};

export type Facet = { value: string; count: number };

export type ScopeSearchResult = {
  total: number;
  items: ScopeHit[];
  facets: { wallets: Facet[]; regions: Facet[] };
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function searchScopes(db: DB, filters: ScopeSearchFilters): ScopeSearchResult {
  const query = filters.query?.trim().toLowerCase() ?? "";
  const base: SQL[] = [];
  if (query) base.push(sql`${catalogScopes.searchText} LIKE ${`%${escapeLike(query)}%`} ESCAPE '\\'`);
  if (filters.mode) base.push(eq(catalogScopes.silent, filters.mode === "silent"));
  if (filters.fidelity) base.push(eq(catalogScopes.fidelity, filters.fidelity));
  if (filters.catalogs?.length) base.push(inArray(catalogs.slug, filters.catalogs));
  const walletFilter = filters.wallets?.length ? inArray(catalogs.wallet, filters.wallets) : undefined;
  const regionFilter = filters.regions?.length ? inArray(catalogs.region, filters.regions) : undefined;
  const where = and(...base, walletFilter, regionFilter);

  const from = () => db.select().from(catalogScopes).innerJoin(catalogs, eq(catalogScopes.catalogId, catalogs.id));

  const totalRow = db
    .select({ n: count() })
    .from(catalogScopes)
    .innerJoin(catalogs, eq(catalogScopes.catalogId, catalogs.id))
    .where(where)
    .get();

  // Exact name matches first, then name prefixes, then everything else the text matched.
  const order: SQL[] = query
    ? [
        sql`CASE WHEN lower(${catalogScopes.name}) = ${query} THEN 0 WHEN lower(${catalogScopes.name}) LIKE ${`${escapeLike(query)}%`} ESCAPE '\\' THEN 1 ELSE 2 END`,
      ]
    : [];
  const rows = from()
    .where(where)
    .orderBy(...order, asc(catalogs.name), asc(catalogScopes.position))
    .limit(filters.limit)
    .offset(filters.offset)
    .all();

  // Facets count matches with every other filter applied, so each option says what picking it would give.
  const facet = (column: typeof catalogs.wallet | typeof catalogs.region, own: SQL | undefined): Facet[] =>
    db
      .select({ value: column, count: count() })
      .from(catalogScopes)
      .innerJoin(catalogs, eq(catalogScopes.catalogId, catalogs.id))
      .where(and(...base, own))
      .groupBy(column)
      .orderBy(asc(column))
      .all();

  return {
    total: totalRow?.n ?? 0,
    items: rows.flatMap(({ catalog_scopes: scopeRow, catalogs: catalogRow }) => {
      const document = rowDocument(db, catalogRow);
      const scope = document.scopes[scopeRow.position];
      if (!scope) return [];
      return [
        {
          catalog: {
            slug: catalogRow.slug,
            name: catalogRow.name,
            wallet: catalogRow.wallet,
            region: catalogRow.region,
            countryCode: catalogRow.countryCode,
          },
          position: scopeRow.position,
          fidelity: scopeRow.fidelity,
          scope,
        },
      ];
    }),
    facets: { wallets: facet(catalogs.wallet, regionFilter), regions: facet(catalogs.region, walletFilter) },
  };
}

export type ScopeDetail = {
  name: string;
  entries: Array<{
    catalog: { slug: string; name: string; wallet: string; region: string };
    scope: Scope;
    viaAlias: boolean;
    errorValue: string;
  }>;
  /** Catalogs that do not accept this scope at all. */
  absentFrom: Array<{ slug: string; name: string }>;
};

/** One scope across all catalogs: where it is accepted (by name or alias), with every per-catalog fact. */
export function scopeDetail(db: DB, name: string): ScopeDetail {
  const entries: ScopeDetail["entries"] = [];
  const absentFrom: ScopeDetail["absentFrom"] = [];
  for (const record of getCatalogDocuments(db)) {
    const { document } = record;
    const direct = document.scopes.find((scope) => scope.name === name);
    const aliased = direct ? undefined : document.scopes.find((scope) => scope.aliases.includes(name));
    const scope = direct ?? aliased;
    const catalog = { slug: record.slug, name: record.name, wallet: record.wallet, region: record.region };
    if (!scope) absentFrom.push({ slug: record.slug, name: record.name });
    else
      entries.push({
        catalog,
        scope,
        viaAlias: !direct,
        errorValue: scope.errorValue ?? document.jsapi.defaultScopeErrorValue,
      });
  }
  return { name, entries, absentFrom };
}

export function compareCatalogs(db: DB, args: { slugs: string[]; query?: string; onlyDifferences?: boolean }): CompareMatrix {
  const records = getCatalogDocuments(db, args.slugs);
  const bySlug = new Map(records.map((record) => [record.slug, record]));
  const ordered = args.slugs.flatMap((slug) => {
    const record = bySlug.get(slug);
    return record ? [{ slug, document: record.document }] : [];
  });
  return buildCompareMatrix(ordered, { query: args.query, onlyDifferences: args.onlyDifferences });
}

/** Distinct wallets and regions, for filter menus. */
export function explorerFacets(db: DB) {
  const wallets = db.selectDistinct({ value: catalogs.wallet }).from(catalogs).orderBy(asc(catalogs.wallet)).all();
  const regions = db.selectDistinct({ value: catalogs.region }).from(catalogs).orderBy(asc(catalogs.region)).all();
  return { wallets: wallets.map((w) => w.value), regions: regions.map((r) => r.value) };
}
