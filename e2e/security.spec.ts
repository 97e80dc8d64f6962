/**
 * The production server's HTTP safety, page by page: a Content-Security-Policy with a fresh nonce
 * that every script of the page carries, the security headers, and request bounds on the tRPC
 * endpoint Next serves (oversized, deeply nested, too many batched calls → 4xx, never 5xx).
 */
import { expect, test } from "./fixtures";

const PAGES = ["/", "/explorer", "/explorer/compare", "/catalogs", "/catalogs/dana", "/simulator", "/simulator/clients", "/activity", "/snippets", "/workspace"];

test("every page has a CSP whose nonce its scripts carry, and the security headers", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
    expect(nonce, path).not.toBe("");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "strict-origin-when-cross-origin" });
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(PAGES.length);
});

test("the tRPC endpoint bounds what it reads: size, nesting and batch length", async ({ request }) => {
  const big = await request.post("/api/trpc/catalog.import", { headers: { "Content-Type": "application/json" }, data: "x".repeat(1024 * 1024 + 1) });
  expect(big.status()).toBe(413);
  const deep = await request.post("/api/trpc/catalog.import", { headers: { "Content-Type": "application/json" }, data: `${"[".repeat(5000)}${"]".repeat(5000)}` });
  expect(deep.status()).toBe(400);
  const batch = Array.from({ length: 21 }, () => "catalog.list").join(",");
  const tooMany = await request.get(`/api/trpc/${batch}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`);
  expect(tooMany.status()).toBe(400);
  const fine = await request.get(`/api/trpc/catalog.list,catalog.builtins?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`);
  expect(fine.status()).toBe(200);
});

test("a page on another site cannot change anything: text/plain, forms and foreign origins are refused", async ({ request }) => {
  const before = await (await request.get("/api/clock")).json();
  const plain = await request.post("/api/clock", { headers: { "Content-Type": "text/plain" }, data: JSON.stringify({ advanceSeconds: 31_622_400 }) });
  expect(plain.status()).toBe(415);
  const form = await request.post("/api/trpc/simulator.setClock", { form: { advanceSeconds: "31622400" } });
  expect(form.status()).toBe(415);
  const foreign = await request.post("/api/clients", { headers: { Origin: "https://evil.example" }, data: { name: "x", catalog: "dana" } });
  expect(foreign.status()).toBe(403);
  expect(await (await request.get("/api/clock")).json()).toMatchObject({ offsetSeconds: (before as { offsetSeconds: number }).offsetSeconds });
  const misdirected = await request.get("/", { headers: { Host: "rebound.attacker.example" } });
  expect(misdirected.status()).toBe(421);
});
