import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb } from "@/db/testing";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { createInnerContext } from "@/server/trpc";
import { createCaller } from "./_app";

// One database for the file: the console client's RSA key is generated once.
const db = createTestDb();
// The in-process transport checks Request-Time against the real clock, so the test clock is real time.
const realNow = Date.now();
const caller = createCaller(createInnerContext({ db, now: () => realNow }));

beforeAll(() => {
  seedBuiltinCatalogs(db, realNow);
});

type Json = Record<string, unknown>;

describe("simulator.run + simulator.send", () => {
  it("continues a partial grant: applyToken, then user info limited to the granted scopes", async () => {
    const sim = await caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID", "KYC_INFO"], outcome: "partial", refuse: ["KYC_INFO"] });
    expect(sim.payload).toMatchObject({ authSuccessScopes: ["USER_LOGIN_ID"], authErrorScopes: { KYC_INFO: "40006" } });
    expect(sim.client?.clientId).toBe("STUDIO_DANA");
    const code = sim.authCode ?? "";

    const exchanged = await caller.simulator.send({ catalog: "dana", call: { step: "applyToken", authCode: code } });
    expect(exchanged.response.status).toBe(200);
    expect(exchanged.responseSignatureValid).toBe(true);
    expect(exchanged.signatureCheck).toMatchObject({ ok: true });
    expect(exchanged.request.headers["Client-Id"]).toBe("STUDIO_DANA");
    expect(exchanged.request.signedContent.startsWith("POST /api/wallets/dana/v2/authorizations/applyToken\nSTUDIO_DANA.")).toBe(true);
    // The wallet's response shows the protocol's headers; what the studio's server added is apart.
    expect(Object.keys(exchanged.response.headers)).toEqual(["Content-Type", "Client-Id", "Response-Time", "Signature"]);
    expect(exchanged.response.studioHeaders).toMatchObject({ "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    expect(exchanged.response.studioHeaders["X-Call-Id"]).toMatch(/^call_/);
    const tokens = exchanged.response.json as Json;

    const info = await caller.simulator.send({ catalog: "dana", call: { step: "inquiryUserInfo", accessToken: String(tokens.accessToken) } });
    const userInfo = (info.response.json as Json).userInfo as Json;
    expect(Object.keys(userInfo)).toEqual(["loginIdInfos"]);

    const again = await caller.simulator.send({ catalog: "dana", call: { step: "applyToken", authCode: code } });
    expect((again.response.json as { result: Json }).result.resultCode).toBe("USED_AUTHCODE");
  });

  it("breaks a signature on purpose and explains what differed", async () => {
    const sim = await caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve" });
    const broken = await caller.simulator.send({ catalog: "dana", call: { step: "applyToken", authCode: sim.authCode ?? "" }, tamper: "reserialized-body" });
    expect(broken.response.status).toBe(401);
    expect(broken.responseSignatureValid).toBeNull();
    expect(broken.signatureCheck).toMatchObject({ ok: false, failure: "SIGNATURE_MISMATCH", differences: [{ part: "body" }] });
    const wrongKey = await caller.simulator.send({ catalog: "dana", call: { step: "applyToken", authCode: sim.authCode ?? "" }, tamper: "wrong-key" });
    expect(wrongKey.signatureCheck).toMatchObject({ ok: false, differences: [{ part: "key" }] });
    // the refused requests did not use up the code
    const ok = await caller.simulator.send({ catalog: "dana", call: { step: "applyToken", authCode: sim.authCode ?? "" } });
    expect((ok.response.json as { result: Json }).result.resultCode).toBe("SUCCESS");
    const detail = await caller.activity.apiCall({ ref: broken.callId ?? "" });
    expect(detail).toMatchObject({ resultCode: "INVALID_SIGNATURE", signatureOk: false, advice: expect.stringContaining("debugger") });
  });

  it("time travel expires codes", async () => {
    const sim = await caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve" });
    await caller.simulator.setClock({ advanceSeconds: 601 });
    expect((await caller.simulator.clock()).offsetMs).toBe(601_000);
    const expired = await caller.simulator.send({ catalog: "dana", call: { step: "applyToken", authCode: sim.authCode ?? "" } });
    expect((expired.response.json as { result: Json }).result.resultCode).toBe("EXPIRED_AUTHCODE");
    await caller.simulator.setClock({ reset: true });
    expect((await caller.simulator.clock()).offsetMs).toBe(0);
  });

  it("refuses impossible simulations with a clear message", async () => {
    await expect(caller.simulator.run({ catalog: "alipay-plus", scopes: ["auth_base"], outcome: "deny" })).rejects.toThrow(/no consent page/);
    await expect(caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "error:1001" })).rejects.toThrow(/not a JSAPI error code/);
    await expect(caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "maybe" })).rejects.toBeInstanceOf(TRPCError);
    await expect(caller.simulator.run({ catalog: "nope", scopes: [], outcome: "approve" })).rejects.toThrow(/No catalog/);
  });
});

describe("simulator.session: a run restored from its reference", () => {
  it("gives back the run, its inputs and the calls sent for it, with codes and tokens masked", async () => {
    const sim = await caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID", "KYC_INFO"], outcome: "partial", refuse: ["KYC_INFO"] });
    const code = sim.authCode ?? "";
    const first = await caller.simulator.send({ catalog: "dana", run: sim.id, call: { step: "applyToken", authCode: code }, tamper: "wrong-key" });
    const second = await caller.simulator.send({ catalog: "dana", run: sim.id, call: { step: "applyToken", authCode: code } });
    expect([first.n, second.n]).toEqual([1, 2]);
    const accessToken = String((second.response.json as Json).accessToken);
    // Without `run` nothing is kept.
    const unkept = await caller.simulator.send({ catalog: "dana", call: { step: "inquiryUserInfo", accessToken } });
    expect(unkept.n).toBeNull();

    const session = await caller.simulator.session({ run: sim.id });
    expect(session.boundToConsole).toBe(true);
    expect(session.input).toEqual({ scopes: ["USER_LOGIN_ID", "KYC_INFO"], outcome: "partial", refuse: ["KYC_INFO"] });
    expect(session.view).toMatchObject({ id: sim.id, callback: "success", grantedScopes: ["USER_LOGIN_ID"], refusedScopes: ["KYC_INFO"], client: sim.client, user: sim.user });
    expect(session.view.authCodeExpiresAt).toBe(sim.authCodeExpiresAt);
    expect(session.view.authCode).toBe(`${code.slice(0, 8)}…`);
    expect(session.calls.map((call) => [call.n, call.step, call.tamper])).toEqual([
      [1, "applyToken", "wrong-key"],
      [2, "applyToken", "none"],
    ]);
    const stored = JSON.stringify(session.calls);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(accessToken);
    expect(session.calls[1]?.exchange.response.status).toBe(200);
    expect(session.calls[0]?.exchange.signatureCheck).toMatchObject({ ok: false });
  });

  it("answers NOT_FOUND for an unknown run, and sends nothing for one", async () => {
    await expect(caller.simulator.session({ run: "sim_000000000unknown" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.simulator.session({ run: "not-a-run" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const sim = await caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve" });
    await expect(
      caller.simulator.send({ catalog: "dana", run: "sim_000000000unknown", call: { step: "applyToken", authCode: sim.authCode ?? "" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The code was not presented: it still exchanges.
    const ok = await caller.simulator.send({ catalog: "dana", run: sim.id, call: { step: "applyToken", authCode: sim.authCode ?? "" } });
    expect((ok.response.json as { result: Json }).result.resultCode).toBe("SUCCESS");
  });

  it("says a run bound to a registered client cannot be continued by the studio", async () => {
    const registered = await caller.client.create({ catalog: "dana", name: "Session shop" });
    const sim = await caller.simulator.run({ catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", clientId: registered.client.clientId });
    const session = await caller.simulator.session({ run: sim.id });
    expect(session.boundToConsole).toBe(false);
    expect(session.view.client?.clientId).toBe(registered.client.clientId);
  });
});

describe("client and testUser procedures", () => {
  it("registers a client with a generated key shown once, and edits it", async () => {
    const created = await caller.client.create({ catalog: "dana", name: "My backend" });
    expect(created.privateKeyPem).toMatch(/BEGIN PRIVATE KEY/);
    expect(created.client.keyOrigin).toBe("generated");
    const listed = await caller.client.list({ catalog: "dana" });
    expect(JSON.stringify(listed)).not.toContain("PRIVATE KEY");
    const updated = await caller.client.update({ clientId: created.client.clientId, allowedScopes: ["USER_LOGIN_ID"], signatureMode: "off" });
    expect(updated).toMatchObject({ allowedScopes: ["USER_LOGIN_ID"], signatureMode: "off" });
    await expect(caller.client.update({ clientId: created.client.clientId, allowedScopes: ["NOPE"] })).rejects.toThrow(/Not scopes/);
    await expect(caller.client.create({ catalog: "dana", name: "x", publicKey: "not a key" })).rejects.toThrow(/Not a readable RSA public key/);
    await expect(caller.client.create({ catalog: "dana", name: "x", clientId: "STUDIO_X" })).rejects.toThrow(/reserved/);
    await expect(caller.client.delete({ clientId: "STUDIO_DANA" })).rejects.toThrow(/cannot be deleted/);
    expect((await caller.client.walletKey({ catalog: "dana" })).publicKeyPem).toMatch(/BEGIN PUBLIC KEY/);
  });

  it("gives each catalog region-fitting, editable test users", async () => {
    const users = await caller.testUser.list({ catalog: "dana" });
    expect(users).toHaveLength(3);
    expect(users[0]?.profile).toMatchObject({ nationality: "ID", officeAddress: { province: "DKI Jakarta" } });
    const first = users[0];
    if (!first) return;
    const edited = await caller.testUser.update({ catalog: "dana", userId: first.userId, profile: { ...first.profile, nickName: "Edited" } });
    expect(edited.profile.nickName).toBe("Edited");
    await expect(caller.testUser.update({ catalog: "dana", userId: first.userId, profile: { userId: "other" } })).rejects.toThrow(/must equal/);
    const added = await caller.testUser.create({ catalog: "dana" });
    expect((await caller.testUser.list({ catalog: "dana" })).map((u) => u.userId)).toContain(added.userId);
  });
});
