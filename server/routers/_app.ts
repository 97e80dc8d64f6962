import { createCallerFactory, createTRPCRouter } from "../trpc";
import { accountRouter } from "./account";
import { activityRouter } from "./activity";
import { catalogRouter } from "./catalog";
import { clientRouter } from "./client";
import { explorerRouter } from "./explorer";
import { simulatorRouter } from "./simulator";
import { testUserRouter } from "./test-user";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  catalog: catalogRouter,
  explorer: explorerRouter,
  simulator: simulatorRouter,
  client: clientRouter,
  testUser: testUserRouter,
  activity: activityRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
