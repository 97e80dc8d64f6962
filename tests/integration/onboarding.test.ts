/**
 * The home page's "start here" script, run as the newcomer would run it: bash with curl, jq and
 * openssl against the studio's gateway on a real port (a temporary database), for every built-in
 * catalog — from nothing to a SUCCESS applyToken. In CI the tools come with the machine image;
 * without them the run is reported as skipped, not passed.
 */
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/db/testing";
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import { quickStart } from "@/server/domain/onboarding";
import { seedBuiltinCatalogs } from "@/server/services/catalog-store";
import { startGateway, type RunningGateway } from "@/tests/support/gateway";

const execFileAsync = promisify(execFile);
const tools = [["curl", "--version"], ["jq", "--version"], ["openssl", "version"], ["bash", "--version"]].every(
  ([command = "", arg = ""]) => spawnSync(command, [arg], { stdio: "ignore" }).status === 0,
);
if (!tools) console.warn("[skip] quick-start script runs: curl, jq, openssl or bash is missing");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-quickstart-"));
const db = createTestDb();
let gateway: RunningGateway;

beforeAll(async () => {
  seedBuiltinCatalogs(db, Date.now());
  gateway = await startGateway(db);
});
afterAll(async () => {
  await gateway.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("quickStart", () => {
  it("names the base URL and the applyToken path of the catalog's API profile", () => {
    const dana = BUILTIN_CATALOGS.find((entry) => entry.slug === "dana");
    if (!dana) throw new Error("dana is built in");
    const start = quickStart(dana, "dana", "http://127.0.0.1:3000");
    expect(start.baseUrl).toBe(`http://127.0.0.1:3000/api/wallets/dana${dana.serverApi.pathPrefixes[0] ?? ""}`);
    expect(start.applyTokenUri).toMatch(/^\/api\/wallets\/dana.*\/v2\/authorizations\/applyToken$/);
    expect(start.script).not.toContain("STUDIO_KEY");
    expect(quickStart(dana, "dana", "http://127.0.0.1:3000", { team: true }).script).toContain('"${AUTH[@]}"');
  });

  it.runIf(tools)("keeps catalog text out of the shell's reach", async () => {
    const dana = BUILTIN_CATALOGS.find((entry) => entry.slug === "dana");
    if (!dana) throw new Error("dana is built in");
    const hostile = { ...dana, serverApi: { ...dana.serverApi, customerBelongsTo: "$(touch pwned-1)'`touch pwned-2`\"$(touch pwned-3)" } };
    const dir = fs.mkdtempSync(path.join(tmp, "hostile-"));
    // Nothing answers on port 9 (discard): every curl fails at once; the script must still expand nothing.
    const { script } = quickStart(hostile, "dana", "http://127.0.0.1:9");
    await execFileAsync("bash", ["-c", script], { cwd: dir, timeout: 30_000 }).catch(() => undefined);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith("pwned"))).toEqual([]);
  });

  describe.runIf(tools)("runs from nothing to a SUCCESS applyToken", () => {
    for (const entry of BUILTIN_CATALOGS) {
      it(entry.slug, async () => {
        const dir = fs.mkdtempSync(path.join(tmp, `${entry.slug}-`));
        const { script } = quickStart(entry, entry.slug, gateway.origin);
        const { stdout } = await execFileAsync("bash", ["-euo", "pipefail", "-c", script], { cwd: dir, timeout: 30_000 });
        const answer = JSON.parse(stdout) as { result: { resultCode: string; resultStatus: string }; accessToken?: string };
        expect(answer.result).toMatchObject({ resultCode: "SUCCESS", resultStatus: "S" });
        expect(answer.accessToken).toEqual(expect.any(String));
      });
    }
  });
});
