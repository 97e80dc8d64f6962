import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { buildOpenApiDocument } from "@/server/domain/openapi/document";
import { errorResponse, json } from "@/server/http/respond";
import { getCatalogDocuments } from "@/server/services/catalog-store";

export const dynamic = "force-dynamic";

/** `GET /api/openapi.json`: the OpenAPI 3.1 document of the mock wallet API and the headless APIs. */
export async function GET(req: Request) {
  try {
    const db = getDb();
    // Anyone may read it; a signed-in caller also sees their workspace's own catalogs.
    const workspaceId = (await requestWorkspace(db, req.headers)) ?? NO_WORKSPACE;
    const catalogs = getCatalogDocuments(db, workspaceId).map(({ document }) => ({ slug: document.slug, name: document.name, serverApi: document.serverApi }));
    return json(buildOpenApiDocument({ catalogs }));
  } catch (error) {
    return errorResponse(error);
  }
}
