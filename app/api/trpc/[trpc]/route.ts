import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db";
import { appRouter } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createInnerContext({ db: getDb() }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error);
    },
  });

export { handler as GET, handler as POST };
