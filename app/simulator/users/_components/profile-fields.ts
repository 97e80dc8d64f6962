/**
 * Which profile fields each scope unlocks: the scopes' `userInfoFields` paths (`userName`,
 * `officeAddress.province`, `loginIdInfos[].maskLoginId`, `contactInfos[]`) matched against a
 * test user's profile. Plain functions, shared by the read view and its tests.
 */

export type ScopeFields = { name: string; userInfoFields: readonly string[] };

export type FieldRow = {
  /** The field path as the catalog writes it, or a top-level profile key no scope unlocks. */
  path: string;
  /** Scopes (in catalog order) whose userInfoFields list this path. */
  scopes: string[];
  /** Whether the profile has a value at this path. */
  present: boolean;
  /** The value(s) at the path: one value, or a list when the path runs through an array (`[]`). */
  value: unknown;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function steps(path: string): Array<{ key: string; each: boolean }> {
  return path.split(".").map((part) => (part.endsWith("[]") ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

/** The value at a field path, or `{present:false}`. A path through `[]` collects the values of every item. */
export function valueAtPath(profile: unknown, path: string): { present: boolean; value: unknown } {
  let current: Array<{ value: unknown; listed: boolean }> = [{ value: profile, listed: false }];
  let listed = false;
  for (const step of steps(path)) {
    const next: Array<{ value: unknown; listed: boolean }> = [];
    for (const item of current) {
      if (!isRecord(item.value) || !(step.key in item.value)) continue;
      const value = item.value[step.key];
      if (step.each) {
        if (!Array.isArray(value)) continue;
        for (const element of value) next.push({ value: element, listed: true });
      } else {
        next.push({ value, listed: item.listed });
      }
    }
    if (step.each) listed = true;
    current = next;
  }
  if (current.length === 0) return { present: false, value: undefined };
  if (listed) return { present: true, value: current.map((item) => item.value) };
  return { present: true, value: current[0]?.value };
}

/**
 * One row per field path the scopes unlock (first appearance order), then one per top-level
 * profile key that no scope releases.
 */
export function fieldRows(scopes: readonly ScopeFields[], profile: Record<string, unknown>): FieldRow[] {
  const byPath = new Map<string, string[]>();
  for (const scope of scopes) {
    for (const field of scope.userInfoFields) {
      const list = byPath.get(field) ?? [];
      if (!list.includes(scope.name)) list.push(scope.name);
      byPath.set(field, list);
    }
  }
  const rows: FieldRow[] = [...byPath.entries()].map(([path, unlockedBy]) => ({ path, scopes: unlockedBy, ...valueAtPath(profile, path) }));
  const covered = new Set([...byPath.keys()].map((path) => steps(path)[0]?.key ?? path));
  for (const key of Object.keys(profile)) {
    if (!covered.has(key)) rows.push({ path: key, scopes: [], present: true, value: profile[key] });
  }
  return rows;
}

/** A short one-line rendering of a value for the table. */
export function formatValue(value: unknown, max = 160): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export type JsonCheck =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; message: string; line: number | null; column: number | null };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Parse the editor's text as a profile object; on failure say where (line and column) when the engine tells. */
export function checkProfileJson(text: string): JsonCheck {
  if (!text.trim()) return { ok: false, message: "The profile is empty; it must be a JSON object.", line: null, column: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8: `… in JSON at position 25 (line 2 column 3)`; Firefox: `… at line 2 column 3 of the JSON data`.
    const lc = /line (\d+) column (\d+)/.exec(raw);
    const pos = /position (\d+)/.exec(raw);
    let where: { line: number; column: number } | null = null;
    if (lc?.[1] && lc[2]) where = { line: Number(lc[1]), column: Number(lc[2]) };
    else if (pos?.[1]) where = lineAndColumn(text, Number(pos[1]));
    else if (/end of (JSON )?input|unexpected end/i.test(raw)) where = lineAndColumn(text, text.length);
    const message = raw
      .replace(/^JSON\.parse: /, "")
      .replace(/, ".*" is not valid JSON$/s, "")
      .replace(/ (in JSON )?at position \d+( \(line \d+ column \d+\))?/, "")
      .replace(/ at line \d+ column \d+ of the JSON data/, "")
      .trim();
    return { ok: false, message: message ? message.charAt(0).toUpperCase() + message.slice(1) : "Invalid JSON", line: where?.line ?? null, column: where?.column ?? null };
  }
  if (!isRecord(parsed)) return { ok: false, message: "The profile must be a JSON object ({ … }).", line: 1, column: 1 };
  return { ok: true, value: parsed };
}
