/**
 * The snippet registry: one generator per SDK file, each `(catalog, options) → { filename,
 * language, contents }`. Output is a pure function of the catalog and the options (no clock, no
 * randomness), so the same catalog always yields the same bytes.
 */
import type { Catalog } from "../catalog/schema";
import { DomainError } from "../errors";
import { SNIPPET_FILE_INFO, SNIPPET_FILENAMES, type SnippetFileInfo } from "./files";
import { generateGetAuthCodeJs } from "./getauthcode-js";
import { generateGetAuthCodeTs } from "./getauthcode-ts";
import { generateMyShimTs } from "./my-shim-ts";
import { buildModel, type GeneratedFile, type SnippetModel, type SnippetOptions } from "./model";
import { generateReadme } from "./readme";
import { generateWalletClientJava } from "./wallet-client-java";
import { generateWalletClientPy } from "./wallet-client-py";
import { generateWalletClientSh } from "./wallet-client-sh";
import { generateWalletClientTs } from "./wallet-client-ts";

export type { GeneratedFile, SnippetOptions } from "./model";
export { SNIPPET_FILE_INFO, SNIPPET_FILENAMES } from "./files";

const FROM_MODEL: Record<string, (model: SnippetModel) => GeneratedFile> = {
  "getauthcode.ts": generateGetAuthCodeTs,
  "getauthcode.js": generateGetAuthCodeJs,
  "my-shim.ts": generateMyShimTs,
  "wallet-client.ts": generateWalletClientTs,
  "wallet-client.sh": generateWalletClientSh,
  "wallet_client.py": generateWalletClientPy,
  "WalletClient.java": generateWalletClientJava,
  "README.md": generateReadme,
};

export type SnippetGenerator = (catalog: Catalog, options?: SnippetOptions) => GeneratedFile;

/** Each file's generator with the `(catalog, options)` signature. */
export const SNIPPET_GENERATORS: Readonly<Record<string, SnippetGenerator>> = Object.fromEntries(
  SNIPPET_FILENAMES.map((filename) => [filename, (catalog: Catalog, options: SnippetOptions = {}) => fromModel(filename)(buildModel(catalog, options))]),
);

function fromModel(filename: string): (model: SnippetModel) => GeneratedFile {
  const generate = Object.prototype.hasOwnProperty.call(FROM_MODEL, filename) ? FROM_MODEL[filename] : undefined;
  if (!generate) {
    throw new DomainError("NOT_FOUND", `There is no snippet file "${filename}". The files are: ${SNIPPET_FILENAMES.join(", ")}.`, [
      { path: "file", message: `valid files: ${SNIPPET_FILENAMES.join(", ")}` },
    ]);
  }
  return generate;
}

export function snippetFileInfo(filename: string): SnippetFileInfo | undefined {
  return SNIPPET_FILE_INFO.find((file) => file.filename === filename);
}

/** One file. Unknown file → NOT_FOUND listing the files; unknown scope → BAD_REQUEST. */
export function generateSnippet(catalog: Catalog, filename: string, options: SnippetOptions = {}): GeneratedFile {
  const generate = fromModel(filename);
  return generate(buildModel(catalog, options));
}

/** Every file, in README order (the model is built once). */
export function generateAllSnippets(catalog: Catalog, options: SnippetOptions = {}): GeneratedFile[] {
  const model = buildModel(catalog, options);
  return SNIPPET_FILENAMES.map((filename) => fromModel(filename)(model));
}
