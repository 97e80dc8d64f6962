/** Small pure helpers for the catalog editor's inputs (no React). */

/** Derive a slug (`a-z`, `0-9`, inner hyphens, at most 48 characters) from a catalog name. */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return base.slice(0, 48).replace(/-+$/g, "");
}

/**
 * Split the text of a list box into items. Items are separated by whitespace (newlines, spaces) and,
 * when `commas` is set, by commas too. Empty items are dropped.
 */
export function splitList(text: string, { commas }: { commas: boolean }): string[] {
  const separator = commas ? /[\s,]+/ : /\s+/;
  return text.split(separator).filter((item) => item.length > 0);
}

/** One item per line: the text a list box shows for a list. */
export function joinList(items: readonly string[]): string {
  return items.join("\n");
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
