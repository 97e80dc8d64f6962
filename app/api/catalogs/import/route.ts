import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { MAX_IMPORT_BYTES, parseCatalogFile } from "@/server/domain/catalog/exchange";
import { apiError, errorResponse, json, readBody } from "@/server/http/respond";
import { previewImport } from "@/server/services/catalog-store";

export const dynamic = "force-dynamic";

/**
 * `POST /api/catalogs/import` with a catalog file as the body: validates it and answers
 * what importing it would change. Writes nothing; the UI applies a previewed import
 * through the `catalog.import` procedure.
 */
export async function POST(req: Request) {
  try {
    const bytes = await readBody(req, MAX_IMPORT_BYTES);
    if (bytes === null) {
      return apiError(413, "PAYLOAD_TOO_LARGE", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; catalog files are smaller.`);
    }
    const parsed = parseCatalogFile(bytes);
    if (!parsed.ok) return apiError(400, "INVALID_CATALOG_FILE", parsed.message, parsed.issues);
    const db = getDb();
    return json({ file: parsed.file, preview: previewImport(db, parsed.file.catalog, (await requestWorkspace(db, req.headers)) ?? NO_WORKSPACE) });
  } catch (error) {
    return errorResponse(error);
  }
}
