import { createCallerFactory, createTRPCRouter } from "../trpc";
import { accountRouter } from "./account";
import { activityRouter } from "./activity";
import { catalogRouter } from "./catalog";
import { clientRouter } from "./client";
import { explorerRouter } from "./explorer";
import { faultRouter } from "./fault";
import { simulatorRouter } from "./simulator";
import { testUserRouter } from "./test-user";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  catalog: catalogRouter,
  explorer: explorerRouter,
  simulator: simulatorRouter,
  client: clientRouter,
  fault: faultRouter,
  testUser: testUserRouter,
  activity: activityRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
