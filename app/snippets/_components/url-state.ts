/**
 * The Snippets page's view state lives in the URL (`?catalog=dana&file=getauthcode.ts&scopes=A,B`), so a
 * link reproduces the view. Scope lists use the same two spellings as the snippet routes
 * (`server/domain/snippets/query.ts`): `scopes=A,B`, or repeated `scope=` for names with a comma.
 * The nuqs parsers below define both the page's URL and the routes' query.
 */
import { createLoader, createSerializer, parseAsString, type inferParserType } from "nuqs/server";
import { parseAsCommaList, parseAsFlag, parseAsRepeatedList } from "@/app/_components/url-parsers";
import { SNIPPET_FILE_INFO, type SnippetFileInfo } from "@/server/domain/snippets/files";

export type SnippetsState = {
  /** `null`: none in the URL (the page picks the first catalog). */
  catalog: string | null;
  /** `null`: none in the URL (the page shows the first file). */
  file: string | null;
  /** Empty: no narrowing (every scope of the catalog). */
  scopes: string[];
};

/** A scope list in both spellings: `scopes=A,B` (names trimmed) and `scope=A,B` once per name (exact). */
const scopeParsers = {
  scopes: parseAsCommaList().withDefault([]),
  scope: parseAsRepeatedList({ limit: Number.POSITIVE_INFINITY, trim: false }),
};

/** The URL parameters of the page, as nuqs reads and writes them. */
export const snippetsParsers = { catalog: parseAsString, file: parseAsString, ...scopeParsers };
export type SnippetsParams = inferParserType<typeof snippetsParsers>;

const loadSnippetsParams = createLoader(snippetsParsers);
const serializeSnippetsParams = createSerializer(snippetsParsers);
const serializeFileQuery = createSerializer({ ...scopeParsers, download: parseAsFlag });

/** `scopes=A,B` when no name has a comma (readable), otherwise one `scope=` per name (exact). */
function spellScopes(scopes: readonly string[]): { scopes: string[]; scope: string[] } {
  return scopes.some((name) => name.includes(",") || name.trim() !== name) ? { scopes: [], scope: [...scopes] } : { scopes: [...scopes], scope: [] };
}

export function snippetsStateFromParams(params: SnippetsParams): SnippetsState {
  return { catalog: params.catalog || null, file: params.file || null, scopes: [...new Set([...params.scopes, ...params.scope])] };
}

export function snippetsParamsFromState(state: SnippetsState): SnippetsParams {
  return { catalog: state.catalog, file: state.file, ...spellScopes(state.scopes) };
}

export function parseSnippetsState(params: URLSearchParams): SnippetsState {
  return snippetsStateFromParams(loadSnippetsParams(params));
}

/** `?catalog=…&file=…&scopes=…` (commas left readable), or "" for the default view. */
export function snippetsStateToQuery(state: SnippetsState): string {
  return serializeSnippetsParams(snippetsParamsFromState(state));
}

/** Whether narrowing changes a file: the merchant-backend clients do not depend on scopes. */
export function fileUsesScopes(file: SnippetFileInfo): boolean {
  return file.side !== "merchant-backend";
}

/** The stable URL of one SDK file (path and query; prefix the origin for a build script). */
export function snippetFileUrl(slug: string, file: SnippetFileInfo, scopes: readonly string[], options: { download?: boolean } = {}): string {
  const path = `/api/catalogs/${encodeURIComponent(slug)}/snippets/${encodeURIComponent(file.filename)}`;
  return `${path}${serializeFileQuery({ ...spellScopes(fileUsesScopes(file) ? scopes : []), download: options.download ?? false })}`;
}

/** The stable URL of the whole SDK as a zip. */
export function sdkZipUrl(slug: string, scopes: readonly string[]): string {
  return `/api/catalogs/${encodeURIComponent(slug)}/sdk.zip${serializeFileQuery(spellScopes(scopes))}`;
}

export type SnippetTarget = SnippetFileInfo["side"];

export const TARGET_LABELS: Record<SnippetTarget, string> = {
  "mini-program": "Mini program",
  "merchant-backend": "Merchant backend",
  docs: "SDK README",
};

export const TARGET_HINTS: Record<SnippetTarget, string> = {
  "mini-program": "Runs in the wallet's mini program: calls my.getAuthCode and hands the authCode to your server.",
  "merchant-backend": "Runs on your server: trades the authCode for a token and reads the user's data. Keep it (and its private key) off the client.",
  docs: "What each file of the SDK is and how to use it; the same README is inside the zip.",
};

/** The targets in metadata order (each once). */
export function snippetTargets(files: readonly SnippetFileInfo[] = SNIPPET_FILE_INFO): SnippetTarget[] {
  return [...new Set(files.map((file) => file.side))];
}

export function filesForTarget(target: SnippetTarget, files: readonly SnippetFileInfo[] = SNIPPET_FILE_INFO): SnippetFileInfo[] {
  return files.filter((file) => file.side === target);
}

/** The language choice's label: the file's language, qualified where the target makes a difference. */
export function languageLabel(file: SnippetFileInfo): string {
  switch (file.language) {
    case "typescript":
      if (file.filename === "my-shim.ts") return "Node tests (createMy)";
      return file.side === "merchant-backend" ? "TypeScript (Node)" : "TypeScript";
    case "javascript":
      return "JavaScript (JSDoc)";
    case "shell":
      return "curl + openssl";
    case "python":
      return "Python";
    case "java":
      return "Java";
    case "markdown":
      return "Markdown";
  }
}

export function findFile(filename: string | null, files: readonly SnippetFileInfo[] = SNIPPET_FILE_INFO): SnippetFileInfo | undefined {
  return filename === null ? undefined : files.find((file) => file.filename === filename);
}
