import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/server/database";
import { appRouter } from "@/server/routers/_app";
import { studioTransport } from "@/server/services/console";
import { createInnerContext } from "@/server/trpc";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => {
      const db = getDb();
      return createInnerContext({ db, origin: new URL(req.url).origin, transport: studioTransport(db) });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error);
    },
  });

export { handler as GET, handler as POST };
