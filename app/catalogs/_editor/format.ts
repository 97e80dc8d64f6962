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

const UNITS: ReadonlyArray<readonly [number, string]> = [
  [86_400 * 365, "year"],
  [86_400, "day"],
  [3_600, "h"],
  [60, "min"],
  [1, "s"],
];

/**
 * A human reading of a number of seconds: `600` → "10 min", `5400` → "1 h 30 min",
 * `172800` → "2 days". At most two units, largest first; the rest is dropped ("≈").
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "";
  if (!Number.isInteger(seconds) || seconds < 0) return `${seconds} s`;
  if (seconds === 0) return "0 s";
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of UNITS) {
    if (parts.length === 2) break;
    const count = Math.floor(rest / size);
    if (count === 0) {
      if (parts.length > 0) break;
      continue;
    }
    rest -= count * size;
    parts.push(unit === "day" || unit === "year" ? `${count} ${unit}${count === 1 ? "" : "s"}` : `${count} ${unit}`);
  }
  return (rest > 0 ? "≈ " : "") + parts.join(" ");
}
