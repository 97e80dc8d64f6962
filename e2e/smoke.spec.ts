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
