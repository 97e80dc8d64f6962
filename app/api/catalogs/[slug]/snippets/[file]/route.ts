import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { SLUG_PATTERN } from "@/server/domain/catalog/schema";
import { DomainError } from "@/server/domain/errors";
import { snippetOptionsFromQuery, wantsDownload } from "@/server/domain/snippets/query";
import { generateSnippet, snippetFileInfo, SNIPPET_FILENAMES } from "@/server/domain/snippets/registry";
import { apiError, errorResponse } from "@/server/http/respond";
import { getCatalogRecord } from "@/server/services/catalog-store";

export const dynamic = "force-dynamic";

/**
 * `GET /api/catalogs/<slug>/snippets/<file>[?scopes=A,B][&download=1]`: one SDK file, generated from
 * the catalog as it is now. Unknown file → 404 listing the files; unknown catalog → 404; unknown scope → 400.
 */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await ctx.params;
  if (!SLUG_PATTERN.test(slug)) return apiError(400, "BAD_REQUEST", `"${slug}" is not a catalog slug.`);
  try {
    const info = snippetFileInfo(file);
    if (!info) {
      throw new DomainError("NOT_FOUND", `There is no snippet file "${file}". The files are: ${SNIPPET_FILENAMES.join(", ")}.`, [
        { path: "file", message: `valid files: ${SNIPPET_FILENAMES.join(", ")}` },
      ]);
    }
    const db = getDb();
    const record = getCatalogRecord(db, slug, (await requestWorkspace(db, req.headers)) ?? NO_WORKSPACE);
    const params = new URL(req.url).searchParams;
    const generated = generateSnippet(record.document, info.filename, snippetOptionsFromQuery(params));
    return new Response(generated.contents, {
      headers: {
        "Content-Type": info.contentType,
        "Content-Disposition": `${wantsDownload(params) ? "attachment" : "inline"}; filename="${info.filename}"`,
        "Cache-Control": "no-store",
        // Generated code is shown as text, never run or rendered by the browser.
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "X-Catalog-Version": String(record.version),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
