/**
 * The Snippets page's view state lives in the URL (`?catalog=dana&file=getauthcode.ts&scopes=A,B`), so a
 * link reproduces the view. Scope lists use the same two spellings as the snippet routes
 * (`server/domain/snippets/query.ts`): `scopes=A,B`, or repeated `scope=` for names with a comma.
 */
import { SNIPPET_FILE_INFO, type SnippetFileInfo } from "@/server/domain/snippets/files";

export type SnippetsState = {
  /** `null`: none in the URL (the page picks the first catalog). */
  catalog: string | null;
  /** `null`: none in the URL (the page shows the first file). */
  file: string | null;
  /** Empty: no narrowing (every scope of the catalog). */
  scopes: string[];
};

type ParamsLike = { get(name: string): string | null; getAll(name: string): string[] };

export function parseSnippetsState(params: ParamsLike): SnippetsState {
  const names: string[] = [];
  for (const list of params.getAll("scopes")) for (const name of list.split(",")) names.push(name.trim());
  for (const name of params.getAll("scope")) names.push(name);
  return {
    catalog: params.get("catalog") || null,
    file: params.get("file") || null,
    scopes: [...new Set(names.filter((name) => name !== ""))],
  };
}

/** `scopes=A,B` when no name has a comma (readable), otherwise one `scope=` per name (exact). */
function appendScopes(params: URLSearchParams, scopes: readonly string[]) {
  if (scopes.length === 0) return;
  if (scopes.some((name) => name.includes(",") || name.trim() !== name)) {
    for (const name of scopes) params.append("scope", name);
  } else {
    params.set("scopes", scopes.join(","));
  }
}

/** `?catalog=…&file=…&scopes=…` (commas left readable), or "" for the default view. */
export function snippetsStateToQuery(state: SnippetsState): string {
  const params = new URLSearchParams();
  if (state.catalog) params.set("catalog", state.catalog);
  if (state.file) params.set("file", state.file);
  appendScopes(params, state.scopes);
  return queryString(params);
}

function queryString(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}

/** Whether narrowing changes a file: the merchant-backend clients do not depend on scopes. */
export function fileUsesScopes(file: SnippetFileInfo): boolean {
  return file.side !== "merchant-backend";
}

/** The stable URL of one SDK file (path and query; prefix the origin for a build script). */
export function snippetFileUrl(slug: string, file: SnippetFileInfo, scopes: readonly string[], options: { download?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (fileUsesScopes(file)) appendScopes(params, scopes);
  if (options.download) params.set("download", "1");
  return `/api/catalogs/${encodeURIComponent(slug)}/snippets/${encodeURIComponent(file.filename)}${queryString(params)}`;
}

/** The stable URL of the whole SDK as a zip. */
export function sdkZipUrl(slug: string, scopes: readonly string[]): string {
  const params = new URLSearchParams();
  appendScopes(params, scopes);
  return `/api/catalogs/${encodeURIComponent(slug)}/sdk.zip${queryString(params)}`;
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
