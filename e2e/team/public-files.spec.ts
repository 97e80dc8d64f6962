/**
 * Team mode: the icons, the social image and robots.txt are served to anyone (link previews and
 * browsers fetch them without a session), while pages still send you to sign in.
 */
import { expect, test } from "../fixtures";

const FILES: Array<[string, string]> = [
  ["/favicon.ico", "image/"],
  ["/apple-touch-icon.png", "image/png"],
  ["/og-image.png", "image/png"],
  ["/icon.svg", "image/svg+xml"],
  ["/robots.txt", "text/plain"],
];

test("signed out, the icons, the social image and robots.txt are served; a page is not", async ({ request }) => {
  for (const [path, type] of FILES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
    expect((await response.body()).length, path).toBeGreaterThan(0);
  }
  const page = await request.get("/catalogs", { maxRedirects: 0 });
  expect(page.status()).toBe(303);
  expect(page.headers().location).toBe("/sign-in?next=%2Fcatalogs");
});
