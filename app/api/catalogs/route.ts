import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { errorResponse, json } from "@/server/http/respond";
import { listCatalogs } from "@/server/services/catalog-store";

export const dynamic = "force-dynamic";

/** `GET /api/catalogs`: every catalog with slug, name, wallet, region and scope count. */
export async function GET(req: Request) {
  try {
    const db = getDb();
    const workspaceId = (await requestWorkspace(db, req.headers)) ?? NO_WORKSPACE;
    const catalogs = listCatalogs(db, workspaceId).map(({ slug, name, wallet, region, countryCode, scopeCount, version, builtin }) => ({
      slug,
      name,
      wallet,
      region,
      countryCode,
      scopeCount,
      version,
      builtin,
      export: `/api/catalogs/${slug}/export`,
    }));
    return json({ catalogs });
  } catch (error) {
    return errorResponse(error);
  }
}
