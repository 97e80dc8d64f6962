/** Fault rules from a client's card: add one, see it apply to a real wallet call, pause it, delete it. */
import { expect, test } from "./fixtures";

test("a fault rule is added, applies to the client's next call, is paused and deleted, all from the client's card", async ({ page, axe, request }) => {
  const name = `E2E faulty backend ${Date.now()}`;
  const registered = await request.post("/api/clients", { data: { name, catalog: "dana", signature: "off" } });
  expect(registered.status()).toBe(201);
  const { clientId } = (await registered.json()) as { clientId: string };

  await page.goto("/simulator/clients?catalog=dana");
  const card = page.getByRole("article", { name, exact: true });
  await card.getByText("Fault rules").click();
  await card.getByLabel("Endpoint").selectOption("applyToken:AUTHORIZATION_CODE");
  await card.getByLabel("Effect").selectOption("result");
  await card.getByLabel("Result code").selectOption("PROCESS_FAIL");
  await card.getByLabel("Applies to").selectOption("times");
  await card.getByLabel("Calls").fill("1");
  await card.getByRole("button", { name: "Add fault rule" }).click();
  const rule = card.getByRole("listitem").filter({ hasText: "answer PROCESS_FAIL" });
  await expect(rule).toContainText("1 more call");
  await axe.expectNoSeriousViolations();

  // The client's next applyToken answers PROCESS_FAIL (signature checking is off for this client).
  const simulated = await request.post("/api/simulations", { data: { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: clientId } });
  const { authCode } = (await simulated.json()) as { authCode: string };
  const answer = await request.post("/api/wallets/dana/v2/authorizations/applyToken", {
    headers: { "Client-Id": clientId, "Request-Time": new Date().toISOString() },
    data: { appId: "3333010071465913xxx", authClientId: clientId, grantType: "AUTHORIZATION_CODE", authCode, customerBelongsTo: "DANA" },
  });
  expect(((await answer.json()) as { result: { resultCode: string } }).result.resultCode).toBe("PROCESS_FAIL");
  await page.reload();
  await card.getByText("Fault rules").click();
  await expect(rule).toContainText("0 more calls · applied 1×");

  await rule.getByRole("button", { name: "Pause" }).click();
  await expect(rule).toContainText("paused");
  await rule.getByRole("button", { name: "Delete" }).click();
  await expect(card.getByRole("listitem").filter({ hasText: "answer PROCESS_FAIL" })).toHaveCount(0);
});
