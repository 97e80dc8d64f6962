import { expect, test } from "./fixtures";

const SECTIONS = ["Explorer", "Catalogs", "Simulator", "Activity", "Snippets"];

test("home page has a main landmark, the section navigation and no serious a11y violations", async ({ page, axe }) => {
  const response = await page.goto("/");
  expect(response?.status(), "GET / status").toBe(200);

  await expect(page.getByRole("main")).toHaveCount(1);

  const nav = page.getByRole("navigation").filter({ has: page.getByRole("link", { name: SECTIONS[0], exact: true }) });
  await expect(nav.first()).toBeVisible();
  for (const name of SECTIONS) {
    await expect(nav.first().getByRole("link", { name, exact: true })).toBeVisible();
  }

  await axe.expectNoSeriousViolations();
});

test("an unknown path answers 404 with a page that leads back, and the studio asks not to be indexed", async ({ page, request, axe }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Studio home" })).toHaveAttribute("href", "/");
  await axe.expectNoSeriousViolations();
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /");
});

test("pages name the studio's icons and its social image with an absolute URL, and serve them", async ({ page, request, baseURL }) => {
  await page.goto("/");
  const head = page.locator("head");
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute("content", `${baseURL}/og-image.png`);
  await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  for (const path of ["/og-image.png", "/apple-touch-icon.png", "/favicon.ico"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\//);
  }
});
