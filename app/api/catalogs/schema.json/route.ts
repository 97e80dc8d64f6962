import { catalogFileJsonSchema } from "@/server/domain/catalog/exchange";
import { CATALOG_SCHEMA_PATH } from "@/server/domain/catalog/schema";
import { json } from "@/server/http/respond";

export const dynamic = "force-dynamic";

/** The JSON Schema of the catalog file format, generated from the zod schema the server validates with. */
export function GET(req: Request) {
  const origin = new URL(req.url).origin;
  return json(catalogFileJsonSchema(`${origin}${CATALOG_SCHEMA_PATH}`), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
