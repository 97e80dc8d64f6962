/**
 * Addresses that name something the studio does not have answer HTTP 404 with the studio's
 * not-found page (not 200 with a message inside), and that page leads back.
 */
import { expect, test } from "./fixtures";

const UNKNOWN = [
  "/no-such-page",
  "/catalogs/no-such-catalog",
  "/catalogs/no-such-catalog/edit",
  "/catalogs/no-such-catalog/history",
  "/catalogs/Not%20A%20Slug",
  "/explorer/scope/NO_SUCH_SCOPE",
  "/activity/runs/sim_unknown",
  "/activity/calls/call_unknown",
  "/activity/codes/999999",
  "/activity/codes/zzzzzzzz",
  "/activity/tokens/999999",
  "/simulator/calls/call_unknown",
  "/invite/no-such-invitation",
];

test.describe("not found", () => {
  for (const path of UNKNOWN) {
    test(`${path} answers 404 with the studio's not-found page`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      // The studio's not-found page, marked for crawlers. (Next renders a notFound() page's body in
      // the browser, from the payload in this response: vercel/next.js#62228.)
      const html = await response.text();
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).toContain("Page not found");
      expect(html).toContain("Nothing is at this address");
    });
  }

  test("pages for things that exist still answer 200", async ({ request }) => {
    for (const path of ["/catalogs/dana", "/catalogs/dana/edit", "/catalogs/dana/history", "/explorer/scope/USER_LOGIN_ID"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).not.toContain('content="noindex"');
    }
  });

  test("the not-found page is branded and leads home, to Catalogs and to Activity", async ({ page, axe }) => {
    const response = await page.goto("/catalogs/no-such-catalog");
    expect(response?.status()).toBe(404);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
    await expect(main.getByRole("link", { name: "Studio home" })).toHaveAttribute("href", "/");
    await expect(main.getByRole("link", { name: "Catalogs", exact: true })).toHaveAttribute("href", "/catalogs");
    await expect(main.getByRole("link", { name: "Activity", exact: true })).toHaveAttribute("href", "/activity");
    await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeAttached();
    await axe.expectNoSeriousViolations();
  });
});
