/**
 * The studio's gateway (`server/gateway`) on a real HTTP port: what the mock wallet and headless API
 * tests talk to. Without `next`, every path the gateway hands to Next answers 404; with it, the
 * given handler stands in for Next's (tests of what the gateway does before handing a request on).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { DB } from "@/db/client";
import { createGateway, refuseConnect, type NextHandler } from "@/server/gateway/gateway";

export type RunningGateway = { origin: string; port: number; close: () => Promise<void> };

export async function startGateway(db: DB, now?: () => number, next: NextHandler | null = null): Promise<RunningGateway> {
  const server = http.createServer(createGateway({ db, next, now }));
  server.on("connect", refuseConnect);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type RawReply = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** A raw request (node:http, so any method, header and bytes in the path can be sent). */
export function rawRequest(origin: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${path}`, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
