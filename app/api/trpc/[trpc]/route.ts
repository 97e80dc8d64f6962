import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { resolveActor } from "@/server/auth/actor";
import { getDb } from "@/server/database";
import { jsonTextDepth, MAX_JSON_DEPTH } from "@/server/domain/json-depth";
import { MAX_REQUEST_BYTES, MAX_TRPC_BATCH } from "@/server/domain/limits";
import { apiError, readBody } from "@/server/http/respond";
import { appRouter } from "@/server/routers/_app";
import { studioTransport } from "@/server/services/console";
import { createInnerContext } from "@/server/trpc";

function handle(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    createContext: async () => {
      const db = getDb();
      const actor = await resolveActor(db, req.headers);
      return createInnerContext({ db, origin: new URL(req.url).origin, transport: studioTransport(db), actor, headers: req.headers });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error);
    },
  });
}

/** Mutations: the body is read here, bounded in size and nesting, before tRPC parses it. */
async function POST(req: Request) {
  const bytes = await readBody(req, MAX_REQUEST_BYTES);
  if (bytes === null) return apiError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return apiError(400, "BAD_REQUEST", "The body must be UTF-8 JSON.");
  }
  if (jsonTextDepth(text) > MAX_JSON_DEPTH) return apiError(400, "BAD_REQUEST", `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  return handle(new Request(req.url, { method: "POST", headers: req.headers, body: text }));
}

export { handle as GET, POST };
