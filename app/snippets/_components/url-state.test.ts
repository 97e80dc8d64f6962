import { describe, expect, it } from "vitest";
import { SNIPPET_FILE_INFO, type SnippetFileInfo } from "@/server/domain/snippets/files";
import { snippetOptionsFromQuery } from "@/server/domain/snippets/query";
import { filesForTarget, languageLabel, parseSnippetsState, sdkZipUrl, snippetFileUrl, snippetTargets, snippetsStateToQuery } from "./url-state";

function info(filename: string): SnippetFileInfo {
  const found = SNIPPET_FILE_INFO.find((file) => file.filename === filename);
  if (!found) throw new Error(`no ${filename}`);
  return found;
}

describe("snippets URL state", () => {
  it("round-trips catalog, file and scopes with readable commas", () => {
    const state = { catalog: "dana", file: "getauthcode.ts", scopes: ["USER_LOGIN_ID", "KYC_INFO"] };
    const query = snippetsStateToQuery(state);
    expect(query).toBe("?catalog=dana&file=getauthcode.ts&scopes=USER_LOGIN_ID,KYC_INFO");
    expect(parseSnippetsState(new URLSearchParams(query))).toEqual(state);
  });

  it("reads both spellings, drops blanks and duplicates; the default view has no query", () => {
    expect(parseSnippetsState(new URLSearchParams("scopes=A,,B&scope=B&scope=C,D")).scopes).toEqual(["A", "B", "C,D"]);
    expect(snippetsStateToQuery({ catalog: null, file: null, scopes: [] })).toBe("");
  });

  it("spells names with a comma as repeated scope= (read back exactly by the routes)", () => {
    const url = sdkZipUrl("dana", ["A,B", "C"]);
    const params = new URL(url, "http://x").searchParams;
    expect(params.getAll("scope")).toEqual(["A,B", "C"]);
    expect(snippetOptionsFromQuery(params)).toEqual({ scopes: ["A,B", "C"] });
  });

  it("builds the stable file URLs; merchant-backend files leave the scopes out", () => {
    expect(snippetFileUrl("dana", info("getauthcode.ts"), ["A", "B"])).toBe("/api/catalogs/dana/snippets/getauthcode.ts?scopes=A,B");
    expect(snippetFileUrl("dana", info("getauthcode.ts"), [], { download: true })).toBe("/api/catalogs/dana/snippets/getauthcode.ts?download=1");
    expect(snippetFileUrl("dana", info("wallet_client.py"), ["A"])).toBe("/api/catalogs/dana/snippets/wallet_client.py");
    expect(sdkZipUrl("dana", [])).toBe("/api/catalogs/dana/sdk.zip");
  });

  it("derives targets and language labels from the file metadata", () => {
    expect(snippetTargets()).toEqual(["mini-program", "merchant-backend", "docs"]);
    expect(filesForTarget("mini-program").map(languageLabel)).toEqual(["TypeScript", "JavaScript (JSDoc)", "Node tests (createMy)"]);
    expect(filesForTarget("merchant-backend").map(languageLabel)).toEqual(["TypeScript (Node)", "curl + openssl", "Python", "Java"]);
  });
});
