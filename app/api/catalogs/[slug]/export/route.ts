import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { toCatalogFile, SLUG_PATTERN } from "@/server/domain/catalog/schema";
import { apiError, errorResponse } from "@/server/http/respond";
import { getCatalogRecord } from "@/server/services/catalog-store";

export const dynamic = "force-dynamic";

/** `GET /api/catalogs/<slug>/export`: the catalog as an importable JSON file. */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  if (!SLUG_PATTERN.test(slug)) return apiError(400, "BAD_REQUEST", `"${slug}" is not a catalog slug.`);
  try {
    const db = getDb();
    const record = getCatalogRecord(db, slug, (await requestWorkspace(db, req.headers)) ?? NO_WORKSPACE);
    const origin = new URL(req.url).origin;
    const body = `${JSON.stringify(toCatalogFile(record.document, origin), null, 2)}\n`;
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}.catalog.json"`,
        "Cache-Control": "no-store",
        "X-Catalog-Version": String(record.version),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
