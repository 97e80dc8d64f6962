import { NO_WORKSPACE, requestWorkspace } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { parseFilterParams } from "@/server/domain/activity/url-state";
import { apiError, errorResponse } from "@/server/http/respond";
import { exportActivity } from "@/server/services/activity-export";

export const dynamic = "force-dynamic";

/**
 * `GET /api/activity/export?format=json|csv&…filters` — the Activity view with the page's URL
 * filters (catalog, client, outcome, scope, kind, errors, from, to, q), streamed as a download.
 */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const formats = url.searchParams.getAll("format");
  const format = formats[0] ?? "json";
  if (formats.length > 1 || (format !== "json" && format !== "csv")) {
    return apiError(400, "BAD_REQUEST", 'format: use format=json or format=csv', [{ path: "format", message: "json or csv" }]);
  }
  const parsed = parseFilterParams(url.searchParams, { extraParams: ["format"], rejectUnknownParams: true });
  if (!parsed.ok) return apiError(400, "BAD_REQUEST", parsed.message, parsed.issues);
  try {
    const now = Date.now();
    const db = getDb();
    const stream = exportActivity(db, { workspaceId: (await requestWorkspace(db, req.headers)) ?? NO_WORKSPACE, filter: parsed.filter, format, now, origin: url.origin });
    const stamp = new Date(now).toISOString().replace(/[:.]/g, "-");
    return new Response(stream, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="activity-${stamp}.${format}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
