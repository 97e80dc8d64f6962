import type { Scope } from "./schema";

/** Lists of scope checkboxes show at most this many; past it, the filter box narrows the list. */
export const MAX_SCOPES_SHOWN = 200;

/** Case-insensitive match of a filter text against a scope's name, description, aliases and user-info fields. */
export function scopeMatchesQuery(scope: Scope, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return (
    scope.name.toLowerCase().includes(q) ||
    scope.description.toLowerCase().includes(q) ||
    scope.aliases.some((alias) => alias.toLowerCase().includes(q)) ||
    scope.userInfoFields.some((field) => field.toLowerCase().includes(q))
  );
}
