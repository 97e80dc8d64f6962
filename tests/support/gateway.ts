/**
 * The studio's gateway (`server/gateway`) on a real HTTP port, without Next.js: what the mock
 * wallet and headless API tests talk to. Every other path answers 404.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { DB } from "@/db/client";
import { createGateway, refuseConnect } from "@/server/gateway/gateway";

export type RunningGateway = { origin: string; close: () => Promise<void> };

export async function startGateway(db: DB, now?: () => number): Promise<RunningGateway> {
  const server = http.createServer(createGateway({ db, next: null, now }));
  server.on("connect", refuseConnect);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
