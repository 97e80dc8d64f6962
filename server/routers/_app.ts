import { createCallerFactory, createTRPCRouter } from "../trpc";
import { catalogRouter } from "./catalog";
import { explorerRouter } from "./explorer";

export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
  explorer: explorerRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
