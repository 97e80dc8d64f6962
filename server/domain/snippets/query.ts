/**
 * Reading the snippet options from a URL: `?scopes=A,B` (comma-separated) and/or repeated
 * `?scope=A&scope=B` (exact names, for scope names that contain a comma). No scopes → no narrowing.
 */
import type { SnippetOptions } from "./model";

export function snippetOptionsFromQuery(params: URLSearchParams): SnippetOptions {
  const names: string[] = [];
  for (const list of params.getAll("scopes")) for (const name of list.split(",")) names.push(name.trim());
  for (const name of params.getAll("scope")) names.push(name);
  const scopes = [...new Set(names.filter((name) => name !== ""))];
  return scopes.length === 0 ? {} : { scopes };
}

/** `?download=1` (or `true`) asks for an attachment instead of an inline response. */
export function wantsDownload(params: URLSearchParams): boolean {
  const value = params.get("download");
  return value === "1" || value === "true";
}
