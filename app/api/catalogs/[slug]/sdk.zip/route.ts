import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { SLUG_PATTERN } from "@/server/domain/catalog/schema";
import { snippetOptionsFromQuery } from "@/server/domain/snippets/query";
import { buildSdkZip, sdkZipFilename } from "@/server/domain/snippets/zip";
import { apiError, errorResponse } from "@/server/http/respond";
import { getCatalogRecord } from "@/server/services/catalog-store";

export const dynamic = "force-dynamic";

/** `GET /api/catalogs/<slug>/sdk.zip[?scopes=A,B]`: every snippet file of the catalog and a README, zipped. */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  if (!SLUG_PATTERN.test(slug)) return apiError(400, "BAD_REQUEST", `"${slug}" is not a catalog slug.`);
  try {
    const db = getDb();
    const record = getCatalogRecord(db, slug, (await requestWorkspace(db, req.headers)) ?? NO_WORKSPACE);
    const options = snippetOptionsFromQuery(new URL(req.url).searchParams);
    const zip = buildSdkZip(record.document, options);
    return new Response(zip, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${sdkZipFilename(record.slug, options)}"`,
        "Content-Length": String(zip.byteLength),
        "Cache-Control": "no-store",
        "X-Catalog-Version": String(record.version),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
