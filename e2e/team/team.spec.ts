/**
 * Team mode in the browser (the second server of playwright.config.ts: AUTH=on, a bootstrap owner):
 * sign-in, an invitation taken up by link, a second workspace that cannot see or reach the first
 * one's clients, catalogs or activity by URL, CI keys created and revoked, sign-out, and script
 * payloads stored in the free-text fields that run nowhere.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { TEAM_OWNER } from "./owner";

test.describe.configure({ mode: "serial" });

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;
const DEV = { email: "dev@e2e.example", password: "dev password 1234" };

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** No payload ran on this page: no global set, no dialog opened. */
async function expectNoScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  page.on("dialog", () => {
    throw new Error("a dialog opened: a stored payload ran");
  });
  return page;
}

// What the owner made in the default workspace, for the second workspace to try to reach.
const owner = { clientId: "", runId: "", catalog: "owner-only-dana" };
let invitationLink = "";

test("signed out, every page sends you to sign in; a wrong password is refused", async ({ page, axe }) => {
  await page.goto("/simulator/clients");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsimulator%2Fclients$/);
  await expect(page.getByRole("heading", { name: "Sign in to AuthCode Studio" })).toBeVisible();
  await axe.expectNoSeriousViolations();
  await page.getByLabel("Email").fill(TEAM_OWNER.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await page.getByLabel("Password").fill(TEAM_OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/simulator\/clients$/);
  await expect(page.getByText(TEAM_OWNER.email).first()).toBeVisible();
});

test("the owner makes a client, a run and a catalog, then invites a developer by link", async ({ page, axe }) => {
  await signIn(page, TEAM_OWNER);
  const client = await page.request.post("/api/clients", { data: { name: "Owner's secret backend", catalog: "dana" } });
  expect(client.status()).toBe(201);
  owner.clientId = ((await client.json()) as { clientId: string }).clientId;
  const run = await page.request.post("/api/simulations", { data: { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: owner.clientId } });
  expect(run.status()).toBe(201);
  owner.runId = ((await run.json()) as { id: string }).id;
  const cloned = await page.request.post("/api/trpc/catalog.clone", { data: { slug: "dana", newSlug: owner.catalog, newName: "Owner-only DANA" } });
  expect(cloned.status()).toBe(200);

  await page.goto("/workspace");
  await expect(page.getByRole("heading", { name: "Default workspace" })).toBeVisible();
  await page.getByLabel("Invite by email").fill(DEV.email);
  await page.getByLabel("Role", { exact: true }).first().selectOption("developer");
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const notice = page.getByRole("status").filter({ hasText: "Invitation made" });
  await expect(notice).toBeVisible();
  invitationLink = (await notice.locator("code").textContent()) ?? "";
  expect(invitationLink).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText(`${DEV.email} · developer`)).toBeVisible();
  await axe.expectNoSeriousViolations();
});

test("the developer joins by the link, makes a workspace of their own, and reaches nothing of the owner's", async ({ browser }) => {
  const page = await freshPage(browser);
  await page.goto(new URL(invitationLink).pathname);
  await expect(page.getByRole("heading", { name: "Join Default workspace" })).toBeVisible();
  await page.getByLabel("Your name").fill(PAYLOAD);
  await page.getByLabel("Password").fill(DEV.password);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByText(DEV.email).first()).toBeVisible();

  // A workspace of their own, named with a script payload.
  await page.getByLabel("Workspace", { exact: true }).first().selectOption("__new");
  await page.getByLabel("New workspace name").first().fill(`Dev ${PAYLOAD}`);
  await page.getByRole("button", { name: "Create", exact: true }).first().click();
  await page.waitForLoadState("load");
  await expect(page.getByLabel("Workspace", { exact: true }).first()).toContainText("Dev <img");

  // The owner's things, by URL, from the developer's own workspace.
  const run = await page.goto(`/activity/runs/${owner.runId}`);
  expect(run?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const catalog = await page.goto(`/catalogs/${owner.catalog}`);
  expect(catalog?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/simulator/clients");
  await expect(page.getByText("Owner's secret backend")).toHaveCount(0);
  expect((await page.request.get(`/api/catalogs/${owner.catalog}/export`)).status()).toBe(404);
  const byId = await page.request.get(`/api/trpc/client.byId?input=${encodeURIComponent(JSON.stringify({ clientId: owner.clientId }))}`);
  expect(byId.status()).toBe(404);
  await page.goto("/activity");
  await expect(page.getByText(owner.runId)).toHaveCount(0);

  // Payloads in their own client and catalog names: shown as text, run nowhere.
  expect((await page.request.post("/api/clients", { data: { name: PAYLOAD, catalog: "dana" } })).status()).toBe(201);
  expect((await page.request.post("/api/trpc/catalog.clone", { data: { slug: "dana", newSlug: "dev-dana", newName: PAYLOAD.slice(0, 80) } })).status()).toBe(200);
  for (const path of ["/workspace", "/simulator/clients", "/catalogs", "/activity", "/explorer?q=login"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expectNoScriptRan(page);
  }
  await expect(page.getByText(`Dev ${PAYLOAD}`).first()).toBeAttached();
  await page.context().close();
});

// One sign-in for the rest (sign-in attempts are limited to 5 a minute per address).
test("the owner sees the developer under the payload name, makes and revokes a CI key, and signs out", async ({ page, request, axe }) => {
  page.on("dialog", () => {
    throw new Error("a dialog opened: a stored payload ran");
  });
  await signIn(page, TEAM_OWNER);
  await page.goto("/workspace");
  await expect(page.getByText(PAYLOAD, { exact: true })).toBeVisible();
  await expectNoScriptRan(page);

  // CI keys: made with a role, shown once, used as a Bearer key, then revoked.
  await page.getByLabel("Key name").fill("e2e pipeline");
  await page.getByLabel("Role", { exact: true }).last().selectOption("developer");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^acs_/);
  await axe.expectNoSeriousViolations();
  const bearer = { Authorization: `Bearer ${key}` };
  expect((await request.get("/api/clock")).status()).toBe(401);
  expect((await request.get("/api/clock", { headers: bearer })).status()).toBe(200);
  expect((await request.post("/api/clock", { headers: bearer, data: { advanceSeconds: 60 } })).status()).toBe(200);
  expect((await request.post("/api/clock", { headers: bearer, data: { reset: true } })).status()).toBe(200);
  await page.getByRole("button", { name: "Done" }).click();
  await page.reload();
  await expect(page.getByText(/developer · created .* · last used/)).toBeVisible();
  await page.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No CI keys yet")).toBeVisible();
  expect((await request.get("/api/clock", { headers: bearer })).status()).toBe(401);

  // Sign-out ends the session.
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fworkspace$/);
  expect((await page.request.get("/api/trpc/catalog.list")).status()).toBe(401);
});
