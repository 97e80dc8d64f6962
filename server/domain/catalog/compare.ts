import type { Catalog, Fidelity, Scope } from "./schema";

export type CompareColumn = { slug: string; name: string; wallet: string; region: string };

export type CompareCell = {
  /** The scope's own name in this catalog (differs from the row when matched through an alias). */
  name: string;
  viaAlias: boolean;
  silent: boolean;
  deprecated: boolean;
  silentFidelity: Fidelity;
};

export type CompareRow = {
  scope: string;
  cells: Array<CompareCell | null>;
  presentIn: number;
  /** True when the catalogs that accept the scope disagree on whether it is silent. */
  silentDiffers: boolean;
};

export type CompareMatrix = { columns: CompareColumn[]; rows: CompareRow[] };

type Input = { slug: string; document: Catalog };

function lookup(document: Catalog): Map<string, { scope: Scope; viaAlias: boolean }> {
  const map = new Map<string, { scope: Scope; viaAlias: boolean }>();
  for (const scope of document.scopes) map.set(scope.name, { scope, viaAlias: false });
  for (const scope of document.scopes) {
    for (const alias of scope.aliases) if (!map.has(alias)) map.set(alias, { scope, viaAlias: true });
  }
  return map;
}

/**
 * Scopes × catalogs: which catalogs accept which scope (by name or alias), and where the
 * silent flag differs. Rows follow first appearance across the chosen catalogs.
 */
export function buildCompareMatrix(
  inputs: readonly Input[],
  options: { query?: string; onlyDifferences?: boolean } = {},
): CompareMatrix {
  const columns = inputs.map(({ slug, document }) => ({ slug, name: document.name, wallet: document.wallet, region: document.region }));
  const lookups = inputs.map(({ document }) => lookup(document));
  const names: string[] = [];
  const seen = new Set<string>();
  for (const { document } of inputs) {
    for (const scope of document.scopes) {
      if (!seen.has(scope.name)) {
        seen.add(scope.name);
        names.push(scope.name);
      }
    }
  }
  const query = options.query?.trim().toLowerCase() ?? "";
  const rows: CompareRow[] = [];
  for (const name of names) {
    if (query && !name.toLowerCase().includes(query)) continue;
    const cells = lookups.map((map): CompareCell | null => {
      const hit = map.get(name);
      if (!hit) return null;
      return {
        name: hit.scope.name,
        viaAlias: hit.viaAlias,
        silent: hit.scope.silent,
        deprecated: hit.scope.deprecated,
        silentFidelity: hit.scope.silentProvenance.fidelity,
      };
    });
    const present = cells.filter((cell): cell is CompareCell => cell !== null);
    const silentDiffers = present.some((cell) => cell.silent !== present[0]?.silent);
    const row = { scope: name, cells, presentIn: present.length, silentDiffers };
    if (options.onlyDifferences && !silentDiffers && present.length === inputs.length) continue;
    rows.push(row);
  }
  return { columns, rows };
}
