/**
 * Every main page fits a phone: at 390×844 the document is never wider than the viewport. Wide
 * content (tables, code) scrolls inside its own container instead of the page.
 */
import { createSign } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

type Registered = { clientId: string; privateKey: string; baseUrl: string };

/** One simulation run and one signed wallet call, so Activity has a run and a call to open. */
async function seedActivity(request: APIRequestContext): Promise<{ run: string; call: string }> {
  const registered = await request.post("/api/clients", { data: { name: `Phone layout ${Date.now()}`, catalog: "dana" } });
  expect(registered.status()).toBe(201);
  const client = (await registered.json()) as Registered;

  const simulated = await request.post("/api/simulations", {
    data: { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: client.clientId },
  });
  expect(simulated.status()).toBe(201);
  const simulation = (await simulated.json()) as { id: string; authCode: string };

  const url = new URL(`${client.baseUrl}/v2/authorizations/applyToken`);
  const body = JSON.stringify({ appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "AUTHORIZATION_CODE", authCode: simulation.authCode });
  const time = new Date().toISOString();
  const signed = createSign("sha256").update(`POST ${url.pathname}\n${client.clientId}.${time}.${body}`, "utf8").sign(client.privateKey, "base64");
  const answered = await request.post(url.toString(), {
    data: body,
    headers: {
      "Content-Type": "application/json; charset=UTF-8",
      "Client-Id": client.clientId,
      "Request-Time": time,
      Signature: `algorithm=RSA256, keyVersion=1, signature=${encodeURIComponent(signed)}`,
    },
  });
  expect(answered.status()).toBe(200);

  const exported = await request.get("/api/activity/export?format=json&kind=api-call");
  expect(exported.status()).toBe(200);
  const items = (await exported.json()) as Array<{ ref?: string; kind?: string }>;
  const call = items.find((item) => item.kind === "api-call")?.ref;
  expect(call, "the wallet call is in Activity").toBeTruthy();
  return { run: simulation.id, call: call ?? "" };
}

/** The widest elements, to say what overflows when the page is too wide. */
async function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = window.innerWidth;
    const found: Array<[number, string]> = [];
    for (const element of Array.from(document.querySelectorAll("body *"))) {
      const right = element.getBoundingClientRect().right;
      if (right <= limit + 0.5) continue;
      const parentRight = element.parentElement?.getBoundingClientRect().right ?? 0;
      // Report where the overflow starts, not every descendant of it.
      if (parentRight > limit + 0.5) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${Array.from(element.classList).slice(0, 4).join(".")}`;
      found.push([Math.round(right), name]);
    }
    return found.sort((a, b) => b[0] - a[0]).slice(0, 8).map(([right, name]) => `${name} (right edge ${right}px)`);
  });
}

async function expectFitsViewport(page: Page, path: string) {
  await test.step(`${path} fits 390 px`, async () => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("main h1").first()).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    const culprits = scrollWidth > innerWidth ? await widestElements(page) : [];
    expect.soft(scrollWidth, `${path} is ${scrollWidth}px wide at ${innerWidth}px; overflowing: ${culprits.join(", ")}`).toBeLessThanOrEqual(innerWidth);
  });
}

test.describe("phone layout", () => {
  // Sixteen pages, each loaded and measured, on a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  test("no main page is wider than a 390 px phone", async ({ page, request }) => {
    const { run, call } = await seedActivity(request);
    const pages = [
      "/",
      "/catalogs",
      "/catalogs/dana",
      "/catalogs/dana/edit",
      "/catalogs/new",
      "/explorer",
      "/explorer/compare?catalogs=alipay-plus,dana",
      "/explorer/scope/USER_LOGIN_ID",
      "/simulator",
      "/simulator/clients",
      "/simulator/users",
      "/activity",
      `/activity/runs/${encodeURIComponent(run)}`,
      `/activity/calls/${encodeURIComponent(call)}`,
      "/snippets",
      "/workspace",
    ];
    for (const path of pages) await expectFitsViewport(page, path);
  });

  test("a wide table scrolls inside its own labelled region, which the keyboard can reach", async ({ page, axe }) => {
    await page.goto("/explorer/compare?catalogs=alipay-plus,dana");
    const region = page.getByRole("region", { name: /comparison/i });
    await expect(region).toBeVisible();
    const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await axe.expectNoSeriousViolations();
  });
});
