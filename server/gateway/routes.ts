/**
 * Every REST and headless route of the studio with the access it needs: the gateway checks each
 * request against this table before it runs (its own endpoints) or is handed to Next (the exports).
 * tRPC procedures declare theirs with the procedure (server/trpc.ts); `/api/auth/**` is the auth
 * library's own (sign-in, sign-out, invitations), `/api/wallets/**` is authenticated by merchant
 * signatures alone. A route missing from this table answers 404.
 */
import type { Access } from "@/server/auth/actor";

export type RestRoute = {
  method: "GET" | "POST" | "DELETE";
  /** The path as documented (`<slug>`: one path segment). */
  path: string;
  access: Access;
  /** Served by the gateway itself, or handed to a Next route handler. */
  servedBy: "gateway" | "next";
};

export const REST_ROUTES: readonly RestRoute[] = [
  { method: "POST", path: "/api/simulations", access: "simulate", servedBy: "gateway" },
  { method: "POST", path: "/api/clients", access: "client.write", servedBy: "gateway" },
  { method: "GET", path: "/api/clock", access: "read", servedBy: "gateway" },
  { method: "POST", path: "/api/clock", access: "clock.write", servedBy: "gateway" },
  { method: "POST", path: "/api/faults", access: "client.write", servedBy: "gateway" },
  { method: "GET", path: "/api/faults", access: "read", servedBy: "gateway" },
  { method: "DELETE", path: "/api/faults/<id>", access: "client.write", servedBy: "gateway" },
  { method: "GET", path: "/api/magic-values", access: "public", servedBy: "gateway" },
  { method: "GET", path: "/api/jsapi/<slug>/my.js", access: "public", servedBy: "gateway" },
  { method: "POST", path: "/api/jsapi/<slug>/getAuthCode", access: "simulate", servedBy: "gateway" },
  { method: "POST", path: "/api/setup", access: "public", servedBy: "gateway" },
  { method: "POST", path: "/api/invitations/<id>", access: "public", servedBy: "gateway" },
  { method: "GET", path: "/api/catalogs", access: "read", servedBy: "next" },
  { method: "GET", path: "/api/catalogs/schema.json", access: "public", servedBy: "next" },
  { method: "POST", path: "/api/catalogs/import", access: "catalog.write", servedBy: "next" },
  { method: "GET", path: "/api/catalogs/<slug>/export", access: "read", servedBy: "next" },
  { method: "GET", path: "/api/catalogs/<slug>/sdk.zip", access: "read", servedBy: "next" },
  { method: "GET", path: "/api/catalogs/<slug>/snippets/<file>", access: "read", servedBy: "next" },
  { method: "GET", path: "/api/activity/export", access: "read", servedBy: "next" },
  { method: "GET", path: "/api/openapi.json", access: "public", servedBy: "next" },
];

type Compiled = RestRoute & { pattern: RegExp };

const COMPILED: readonly Compiled[] = REST_ROUTES.map((route) => ({
  ...route,
  pattern: new RegExp(`^${route.path.replace(/[.]/g, "\\.").replace(/<[a-z]+>/g, "[^/]+")}$`),
}));

/** The route a request names: `match` for its method, else the methods the path has (405), else nothing (404). */
export function findRoute(method: string, path: string): { match: RestRoute } | { allow: string[] } | null {
  const forPath = COMPILED.filter((route) => route.pattern.test(path));
  if (forPath.length === 0) return null;
  const lookup = method === "HEAD" ? "GET" : method;
  const match = forPath.find((route) => route.method === lookup);
  return match ? { match } : { allow: forPath.map((route) => route.method) };
}

/** Paths under /api that are not in the table: the auth library's, tRPC's (per procedure) and the mock wallet's. */
export function isSelfGuardedApi(path: string): boolean {
  return path === "/api/trpc" || path.startsWith("/api/trpc/") || path.startsWith("/api/auth/") || path.startsWith("/api/wallets/");
}
