/** The pages' error reader and retry rule (app/_trpc/errors.ts) against real tRPC errors. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { createTestDb } from "@/db/testing";
import { appRouter, type AppRouter } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";
import { errorCode, errorIssues, errorMessage, errorStatus, fieldErrors, isNotFound, isTransient, shouldRetryQuery } from "@/app/_trpc/errors";

// Real errors, as the pages receive them: the studio's router behind a real HTTP server, read with
// the same tRPC client the pages use; and a proxy-like server answering 502 with an HTML page.
const servers: http.Server[] = [];
async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const clientAt = (origin: string) => createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${origin}/api/trpc` })] });
let studio: ReturnType<typeof clientAt>;
let gateway: ReturnType<typeof clientAt>;
let closed: ReturnType<typeof clientAt>;

beforeAll(async () => {
  const db = createTestDb();
  const trpcHandler = createHTTPHandler({ router: appRouter, basePath: "/api/trpc/", createContext: () => createInnerContext({ db }) });
  studio = clientAt(await listen(trpcHandler));
  gateway = clientAt(await listen((_req, res) => res.writeHead(502, { "Content-Type": "text/html" }).end("<h1>502 Bad Gateway</h1>")));
  const gone = await listen(() => undefined);
  await new Promise<void>((resolve) => (servers.pop() as http.Server).close(() => resolve()));
  closed = clientAt(gone);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("reading tRPC errors", () => {
  it("reads a missing record: code, status, message", async () => {
    const error = await failure(() => studio.catalog.bySlug.query({ slug: "no-such-catalog" }));
    expect(errorCode(error)).toBe("NOT_FOUND");
    expect(errorStatus(error)).toBe(404);
    expect(errorMessage(error)).toMatch(/no-such-catalog/);
    expect(errorIssues(error)).toEqual([]);
    expect(isNotFound(error)).toBe(true);
  });

  it("reads the field issues of invalid input and splits them by field", async () => {
    const error = await failure(() => studio.catalog.clone.mutate({ slug: "dana", newSlug: "Not A Slug", newName: "" }));
    expect(errorCode(error)).toBe("BAD_REQUEST");
    expect(errorStatus(error)).toBe(400);
    const paths = errorIssues(error).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["newSlug", "newName"]));
    const split = fieldErrors(error, ["newSlug"]);
    expect(Object.keys(split.byField)).toEqual(["newSlug"]);
    expect(split.unmatched).toBe(true);
    expect(fieldErrors(error, ["newSlug", "newName"]).unmatched).toBe(false);
  });

  it("reads the REST error shape and plain values", () => {
    const rest = { error: { code: "CONFLICT", message: "Someone saved first", issues: [{ path: "catalog.name", message: "taken" }, { path: 3 }] } };
    expect(errorCode(rest)).toBe("CONFLICT");
    expect(errorMessage(rest)).toBe("Someone saved first");
    expect(errorIssues(rest)).toEqual([{ path: "catalog.name", message: "taken" }]);
    expect(errorMessage("plain words")).toBe("plain words");
    expect(errorMessage(null)).toBe("Unknown error");
    expect(errorMessage({ message: 42 }, "fallback")).toBe("fallback");
    expect(errorCode(undefined)).toBeUndefined();
    expect(fieldErrors(null, ["a"])).toEqual({ byField: {}, unmatched: false });
    expect(fieldErrors(new Error("down"), ["a"])).toEqual({ byField: {}, unmatched: true });
  });
});

describe("the queries' retry rule", () => {
  it("does not retry what answers the same every time (4xx)", async () => {
    const missing = await failure(() => studio.catalog.bySlug.query({ slug: "no-such-catalog" }));
    const invalid = await failure(() => studio.catalog.bySlug.query({ slug: "Not A Slug" }));
    expect(errorCode(invalid)).toBe("BAD_REQUEST");
    for (const error of [missing, invalid]) {
      expect(isTransient(error)).toBe(false);
      expect(shouldRetryQuery(0, error)).toBe(false);
    }
  });

  it("retries once when the studio could not be reached or a proxy failed", async () => {
    const network = await failure(() => closed.catalog.list.query());
    const badGateway = await failure(() => gateway.catalog.list.query());
    for (const error of [network, badGateway]) {
      expect(isTransient(error)).toBe(true);
      expect(shouldRetryQuery(0, error)).toBe(true);
      expect(shouldRetryQuery(1, error)).toBe(false);
    }
  });

  it("retries server errors and timeouts by their code or status", () => {
    expect(isTransient({ data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 } })).toBe(true);
    expect(isTransient({ data: { code: "TIMEOUT", httpStatus: 408 } })).toBe(true);
    expect(isTransient({ data: { code: "SERVICE_UNAVAILABLE" } })).toBe(true);
    expect(isTransient({ data: { code: "CONFLICT", httpStatus: 409 } })).toBe(false);
    expect(isTransient({ data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } })).toBe(false);
    expect(isTransient({ data: { code: "UNAUTHORIZED", httpStatus: 401 } })).toBe(false);
  });
});
