/**
 * The mock wallet over real HTTP against the started server: a merchant-backend client written
 * here (node:crypto only) registers, gets a code from the headless simulation API, and runs
 * code → token → user info → refresh → revoke, verifying every response signature; then 50
 * parallel redemptions of one code.
 */
import { createSign, createVerify } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";

type Json = Record<string, unknown>;

type Registered = { clientId: string; privateKey: string; walletPublicKey: string; baseUrl: string };

function sign(content: string, privateKey: string): string {
  return encodeURIComponent(createSign("sha256").update(content, "utf8").sign(privateKey, "base64"));
}

function verify(content: string, signature: string, publicKey: string): boolean {
  return createVerify("sha256").update(content, "utf8").verify(publicKey, decodeURIComponent(signature), "base64");
}

/** A minimal merchant-backend client: signs the request, verifies the response. */
async function walletCall(request: APIRequestContext, client: Registered, path: string, body: Json) {
  const url = new URL(`${client.baseUrl}${path}`);
  const raw = JSON.stringify(body);
  const time = new Date().toISOString();
  const signature = sign(`POST ${url.pathname}\n${client.clientId}.${time}.${raw}`, client.privateKey);
  const response = await request.post(url.toString(), {
    data: raw,
    headers: {
      "Content-Type": "application/json; charset=UTF-8",
      "Client-Id": client.clientId,
      "Request-Time": time,
      Signature: `algorithm=RSA256, keyVersion=1, signature=${signature}`,
    },
  });
  const text = await response.text();
  const headers = response.headers();
  const responseSignature = /signature=([^,\s]+)/.exec(headers.signature ?? "")?.[1];
  const signatureValid = responseSignature
    ? verify(`POST ${url.pathname}\n${headers["client-id"]}.${headers["response-time"]}.${text}`, responseSignature, client.walletPublicKey)
    : false;
  const json = JSON.parse(text) as Json & { result: { resultCode: string; resultStatus: string; resultMessage: string } };
  return { status: response.status(), json, signatureValid };
}

async function register(request: APIRequestContext, catalog: string): Promise<Registered> {
  const response = await request.post("/api/clients", { data: { name: `E2E backend ${Date.now()}`, catalog } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as Json;
  expect(body.privateKey).toEqual(expect.stringContaining("BEGIN PRIVATE KEY"));
  return {
    clientId: String(body.clientId),
    privateKey: String(body.privateKey),
    walletPublicKey: String(body.walletPublicKey),
    baseUrl: String(body.baseUrl),
  };
}

async function simulate(request: APIRequestContext, body: Json) {
  const response = await request.post("/api/simulations", { data: body });
  expect(response.status()).toBe(201);
  return (await response.json()) as Json & { authCode: string | null; callback: string; payload: Json };
}

test.describe("mock wallet API over HTTP", () => {
  test("code → token → user info → refresh → revoke, every response signature verified", async ({ request }) => {
    const client = await register(request, "dana");
    const sim = await simulate(request, {
      catalog: "dana",
      scopes: ["USER_LOGIN_ID", "USER_OFFICE_PROVINCE", "KYC_INFO"],
      outcome: "partial",
      refuse: ["KYC_INFO"],
      client: client.clientId,
    });
    expect(sim.callback).toBe("success");
    expect(sim.payload).toMatchObject({ authSuccessScopes: ["USER_LOGIN_ID", "USER_OFFICE_PROVINCE"], authErrorScopes: { KYC_INFO: "40006" } });
    const authCode = sim.authCode ?? "";

    const tokens = await walletCall(request, client, "/v2/authorizations/applyToken", {
      appId: "3333010071465913xxx",
      authClientId: client.clientId,
      grantType: "AUTHORIZATION_CODE",
      authCode,
      customerBelongsTo: "DANA",
    });
    expect(tokens.status).toBe(200);
    expect(tokens.json.result).toEqual({ resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" });
    expect(tokens.json.accessTokenExpiryTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(tokens.signatureValid).toBe(true);

    const info = await walletCall(request, client, "/v2/users/inquiryUserInfo", { appId: "3333010071465913xxx", accessToken: tokens.json.accessToken, authClientId: client.clientId });
    expect(info.signatureValid).toBe(true);
    expect(Object.keys(info.json.userInfo as Json).sort()).toEqual(["loginIdInfos", "officeAddress"]);

    const refreshed = await walletCall(request, client, "/api/open/v2/authorizations/applyToken", { appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "REFRESH_TOKEN", refreshToken: tokens.json.refreshToken });
    expect(refreshed.json.result.resultCode).toBe("SUCCESS");
    expect(refreshed.signatureValid).toBe(true);

    const revoked = await walletCall(request, client, "/v2/authorizations/revoke", { appId: "3333010071465913xxx", accessToken: refreshed.json.accessToken, authClientId: client.clientId });
    expect(revoked.json.result.resultCode).toBe("SUCCESS");
    expect(revoked.signatureValid).toBe(true);
    const after = await walletCall(request, client, "/v2/users/inquiryUserInfo", { appId: "3333010071465913xxx", authClientId: client.clientId, accessToken: refreshed.json.accessToken });
    expect(after.json.result.resultCode).toBe("INVALID_ACCESS_TOKEN");
  });

  test("50 parallel redemptions of one code: exactly one success, the rest USED_AUTHCODE, no 5xx", async ({ request }) => {
    const client = await register(request, "dana");
    const sim = await simulate(request, { catalog: "dana", scopes: ["USER_LOGIN_ID"], outcome: "approve", client: client.clientId });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        walletCall(request, client, "/v2/authorizations/applyToken", { appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "AUTHORIZATION_CODE", authCode: sim.authCode }),
      ),
    );
    expect(results.filter((r) => r.status >= 500)).toHaveLength(0);
    expect(results.filter((r) => r.json.result.resultCode === "SUCCESS")).toHaveLength(1);
    expect(results.filter((r) => r.json.result.resultCode === "USED_AUTHCODE")).toHaveLength(49);
  });

  test("bad input answers the documented shapes", async ({ request }) => {
    const client = await register(request, "alipay-plus");
    const junk = await request.post(`${client.baseUrl}/v2/authorizations/applyToken`, {
      data: "{not json",
      headers: { "Client-Id": client.clientId, "Request-Time": new Date().toISOString(), Signature: "algorithm=RSA256, keyVersion=1, signature=junk" },
    });
    expect(junk.status()).toBe(401);
    expect(await junk.json()).toMatchObject({ result: { resultCode: "INVALID_SIGNATURE", resultStatus: "F" } });

    const oversized = await walletCall(request, client, "/v2/authorizations/applyToken", { appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "AUTHORIZATION_CODE", authCode: "x", pad: "x".repeat(70_000) });
    expect(oversized.status).toBe(413);
    expect(oversized.json.result.resultCode).toBe("PARAM_ILLEGAL");

    const unknownGrant = await walletCall(request, client, "/v2/authorizations/applyToken", { appId: "3333010071465913xxx", authClientId: client.clientId, grantType: "PASSWORD" });
    expect(unknownGrant.json.result.resultCode).toBe("AUTH_CLIENT_UNSUPPORTED_GRANT_TYPE");

    // v2 requires appId and authClientId; the answer names the field (and is signed like every answer but INVALID_SIGNATURE).
    const noAppId = await walletCall(request, client, "/v2/authorizations/applyToken", { authClientId: client.clientId, grantType: "AUTHORIZATION_CODE", authCode: "x" });
    expect(noAppId.status).toBe(400);
    expect(noAppId.json.result).toMatchObject({ resultCode: "PARAM_ILLEGAL", resultMessage: expect.stringContaining("appId: required.") });
    expect(noAppId.signatureValid).toBe(true);

    // An endpoint alipay-plus does not serve: INVALID_API naming what it serves.
    const unserved = await walletCall(request, client, "/v1/authorizations/applyToken", { grantType: "AUTHORIZATION_CODE", authCode: "x" });
    expect(unserved.status).toBe(404);
    expect(unserved.json.result).toMatchObject({ resultCode: "INVALID_API", resultMessage: expect.stringContaining("/v2/authorizations/applyToken, /v2/users/inquiryUserInfo, /v2/authorizations/revoke") });

    const badSim = await request.post("/api/simulations", { data: { catalog: "alipay-plus", scopes: ["auth_user"], outcome: "sometimes" } });
    expect(badSim.status()).toBe(400);
    expect(await badSim.json()).toMatchObject({ error: { code: "BAD_REQUEST", message: expect.stringContaining("outcome") } });

    const unknownCatalog = await request.post("/api/simulations", { data: { catalog: "nowhere", scopes: [], outcome: "approve" } });
    expect(unknownCatalog.status()).toBe(404);

    const wrongTypes = await simulate(request, { catalog: "alipay-plus", scopes: 42, outcome: "approve" });
    expect(wrongTypes).toMatchObject({ callback: "fail", payload: { error: 3 } });
  });
});
