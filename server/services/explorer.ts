/** Scope explorer queries: search across the catalogs a workspace sees, scope detail and the compare matrix. */
import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/db/client";
import { catalogScopes, catalogs } from "@/db/schema";
import { buildCompareMatrix, type CompareMatrix } from "@/server/domain/catalog/compare";
import type { Catalog, Fidelity, Scope } from "@/server/domain/catalog/schema";
import { rowDocument } from "./catalog-store";

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

// Catalog columns without the document: a document (up to 5,000 scopes) is read and parsed only
// when the validated-document cache has no entry for that catalog version.
const headColumns = {
  id: catalogs.id,
  version: catalogs.version,
  slug: catalogs.slug,
  name: catalogs.name,
  wallet: catalogs.wallet,
  region: catalogs.region,
  countryCode: catalogs.countryCode,
};
type CatalogHead = { id: number; version: number; slug: string; name: string; wallet: string; region: string; countryCode: string | null };

/** The validated document of a catalog version; the JSON is loaded from the database only on a cache miss. */
function documentOf(db: DB, head: Pick<CatalogHead, "id" | "version" | "slug">): Catalog {
  return rowDocument(db, head);
}

/** The built-ins and the workspace's own catalogs. */
function visibleIn(workspaceId: string): SQL | undefined {
  return or(isNull(catalogs.workspaceId), eq(catalogs.workspaceId, workspaceId));
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function searchScopes(db: DB, workspaceId: string, filters: ScopeSearchFilters): ScopeSearchResult {
  const query = filters.query?.trim().toLowerCase() ?? "";
  const base: SQL[] = [];
  const visible = visibleIn(workspaceId);
  if (visible) base.push(visible);
  if (query) base.push(sql`${catalogScopes.searchText} LIKE ${`%${escapeLike(query)}%`} ESCAPE '\\'`);
  if (filters.mode) base.push(eq(catalogScopes.silent, filters.mode === "silent"));
  if (filters.fidelity) base.push(eq(catalogScopes.fidelity, filters.fidelity));
  if (filters.catalogs?.length) base.push(inArray(catalogs.slug, filters.catalogs));
  const walletFilter = filters.wallets?.length ? inArray(catalogs.wallet, filters.wallets) : undefined;
  const regionFilter = filters.regions?.length ? inArray(catalogs.region, filters.regions) : undefined;
  const where = and(...base, walletFilter, regionFilter);

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
  const rows = db
    .select({ position: catalogScopes.position, fidelity: catalogScopes.fidelity, catalog: headColumns })
    .from(catalogScopes)
    .innerJoin(catalogs, eq(catalogScopes.catalogId, catalogs.id))
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
    items: rows.flatMap(({ position, fidelity, catalog: catalogRow }) => {
      const scope = documentOf(db, catalogRow).scopes[position];
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
          position,
          fidelity,
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
export function scopeDetail(db: DB, workspaceId: string, name: string): ScopeDetail {
  // The scope index narrows the catalogs to read: a catalog accepts `name` only if one of its scopes
  // has that name or lists it as an alias, and aliases are part of the lower-cased search text.
  const needle = name.toLowerCase();
  const candidates = new Set(
    db
      .selectDistinct({ catalogId: catalogScopes.catalogId })
      .from(catalogScopes)
      .where(sql`${catalogScopes.name} = ${name} OR instr(${catalogScopes.searchText}, ${needle}) > 0`)
      .all()
      .map((row) => row.catalogId),
  );
  const entries: ScopeDetail["entries"] = [];
  const absentFrom: ScopeDetail["absentFrom"] = [];
  for (const head of db.select(headColumns).from(catalogs).where(visibleIn(workspaceId)).orderBy(asc(catalogs.name)).all()) {
    const document = candidates.has(head.id) ? documentOf(db, head) : null;
    const direct = document?.scopes.find((scope) => scope.name === name);
    const aliased = direct ? undefined : document?.scopes.find((scope) => scope.aliases.includes(name));
    const scope = direct ?? aliased;
    const catalog = { slug: head.slug, name: head.name, wallet: head.wallet, region: head.region };
    if (!scope || !document) absentFrom.push({ slug: head.slug, name: head.name });
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

export function compareCatalogs(db: DB, workspaceId: string, args: { slugs: string[]; query?: string; onlyDifferences?: boolean }): CompareMatrix {
  const heads = args.slugs.length ? db.select(headColumns).from(catalogs).where(and(inArray(catalogs.slug, args.slugs), visibleIn(workspaceId))).all() : [];
  const bySlug = new Map(heads.map((head) => [head.slug, head]));
  const ordered = args.slugs.flatMap((slug) => {
    const head = bySlug.get(slug);
    return head ? [{ slug, document: documentOf(db, head) }] : [];
  });
  return buildCompareMatrix(ordered, { query: args.query, onlyDifferences: args.onlyDifferences });
}

/** Distinct wallets and regions, for filter menus. */
export function explorerFacets(db: DB, workspaceId: string) {
  const wallets = db.selectDistinct({ value: catalogs.wallet }).from(catalogs).where(visibleIn(workspaceId)).orderBy(asc(catalogs.wallet)).all();
  const regions = db.selectDistinct({ value: catalogs.region }).from(catalogs).where(visibleIn(workspaceId)).orderBy(asc(catalogs.region)).all();
  return { wallets: wallets.map((w) => w.value), regions: regions.map((r) => r.value) };
}
