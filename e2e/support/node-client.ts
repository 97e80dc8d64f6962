/**
 * The generated Node/TypeScript wallet client as a merchant backend's build gets it: fetched from
 * the started server, compiled with the project's tsc (strict, nodenext) beside a driver, run with node.
 */
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { nodeClientTsconfig, runProcess } from "../../tests/support/node-build";

export { runProcess, type Run } from "../../tests/support/node-build";

export const ROOT = path.resolve(__dirname, "..", "..");

export async function fetchSnippet(request: APIRequestContext, slug: string, file: string): Promise<string> {
  const response = await request.get(`/api/catalogs/${slug}/snippets/${file}`);
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()["content-disposition"]).toBe(`inline; filename="${file}"`);
  return response.text();
}

/** Write the catalog's wallet-client.ts and `driver` into `dir` and compile them; fails the test on any tsc output. */
export async function compileNodeClient(request: APIRequestContext, slug: string, dir: string, driver: string): Promise<void> {
  fs.writeFileSync(path.join(dir, "wallet-client.ts"), await fetchSnippet(request, slug, "wallet-client.ts"));
  fs.writeFileSync(path.join(dir, "driver.ts"), driver);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(nodeClientTsconfig(ROOT, ["*.ts"])));
  const compiled = await runProcess(path.join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], {}, dir);
  expect(compiled.stdout + compiled.stderr).toBe("");
}

/** A driver that runs the client's example flow (applyToken → inquiryUserInfo → refresh → revoke) with AUTH_CODE. */
export const NODE_DRIVER = `import { readFileSync } from "node:fs";
import { WalletClient, WalletSignatureError, runExampleFlow } from "./wallet-client.js";

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(\`set \${name}\`);
  return value;
}

const client = new WalletClient({
  baseUrl: env("WALLET_BASE_URL"),
  clientId: env("WALLET_CLIENT_ID"),
  privateKey: readFileSync(env("WALLET_PRIVATE_KEY"), "utf8"),
  walletPublicKey: readFileSync(env("WALLET_PUBLIC_KEY"), "utf8"),
  pathPrefix: env("WALLET_PATH_PREFIX"),
});
runExampleFlow(client, env("AUTH_CODE")).catch((error: unknown) => {
  console.error(error instanceof WalletSignatureError ? \`WalletSignatureError: \${error.message}\` : String(error));
  process.exitCode = 1;
});
`;
