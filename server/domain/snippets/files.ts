/**
 * The files of a catalog's SDK, in the order the README, the zip and the Snippets page list them.
 * Metadata only (the generators are wired in `registry.ts`), so the README generator can list them.
 */
import type { SnippetLanguage } from "./model";

export type SnippetFileInfo = {
  filename: string;
  language: SnippetLanguage;
  /** Content-Type the snippet route answers with. */
  contentType: string;
  /** One line for the README and the Snippets page. */
  summary: string;
  side: "mini-program" | "merchant-backend" | "docs";
};

export const SNIPPET_FILE_INFO: readonly SnippetFileInfo[] = [
  {
    filename: "getauthcode.ts",
    language: "typescript",
    contentType: "text/typescript; charset=utf-8",
    summary: "Mini program, TypeScript: scope union, success/fail payloads, JSAPI error codes, typed my.getAuthCode and a promise wrapper.",
    side: "mini-program",
  },
  {
    filename: "getauthcode.js",
    language: "javascript",
    contentType: "text/javascript; charset=utf-8",
    summary: "Mini program, JavaScript with JSDoc types: the same module for projects without TypeScript.",
    side: "mini-program",
  },
  {
    filename: "my-shim.ts",
    language: "typescript",
    contentType: "text/typescript; charset=utf-8",
    summary: "Mini-program tests in Node (Vitest, Jest): createMy({ baseUrl, catalog, scenario }) gives a my.getAuthCode that runs at AuthCode Studio.",
    side: "mini-program",
  },
  {
    filename: "wallet-client.ts",
    language: "typescript",
    contentType: "text/typescript; charset=utf-8",
    summary: "Merchant backend, TypeScript for Node 18+: applyToken (both grant types), inquiryUserInfo, revoke; signs requests, verifies responses (node:crypto + fetch only).",
    side: "merchant-backend",
  },
  {
    filename: "wallet-client.sh",
    language: "shell",
    contentType: "text/x-shellscript; charset=utf-8",
    summary: "Merchant backend, curl + openssl: the same calls, with the openssl commands that make and check the signatures.",
    side: "merchant-backend",
  },
  {
    filename: "wallet_client.py",
    language: "python",
    contentType: "text/x-python; charset=utf-8",
    summary: "Merchant backend, Python 3.8+ with the cryptography package.",
    side: "merchant-backend",
  },
  {
    filename: "WalletClient.java",
    language: "java",
    contentType: "text/x-java-source; charset=utf-8",
    summary: "Merchant backend, Java 17 standard library only (java.net.http + java.security).",
    side: "merchant-backend",
  },
  {
    filename: "README.md",
    language: "markdown",
    contentType: "text/markdown; charset=utf-8",
    summary: "This file: what each file is and how to use it.",
    side: "docs",
  },
];

export const SNIPPET_FILENAMES: readonly string[] = SNIPPET_FILE_INFO.map((file) => file.filename);
