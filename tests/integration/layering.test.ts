/**
 * The layering lint rules (eslint.config.mjs) bite: a planted bad import in each guarded layer
 * is reported, and the same file without it is clean.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("layering rules", () => {
  it.each([
    ["server/domain/wallet-api/planted.ts", 'import { getDb } from "@/server/database";\nimport { apiCalls } from "@/db/schema";\nexport const x = [getDb, apiCalls];\n', 2],
    ["server/domain/planted.ts", 'import { sql } from "drizzle-orm";\nexport const x = sql;\n', 1],
    ["server/domain/planted.ts", 'import { useState } from "react";\nexport const x = useState;\n', 1],
    ["server/domain/planted.ts", 'import { NextResponse } from "next/server";\nexport const x = NextResponse;\n', 1],
    ["server/domain/planted.ts", 'import http from "node:http";\nexport const x = http;\n', 1],
    ["server/domain/planted.ts", 'import { walletStore } from "@/server/services/wallet-api/store";\nexport const x = walletStore;\n', 1],
    ["app/planted/page.tsx", 'import { catalogs } from "@/db/schema";\nexport const x = catalogs;\n', 1],
    ["db/planted.ts", 'import { seedBuiltinCatalogs } from "@/server/services/catalog-store";\nexport const x = seedBuiltinCatalogs;\n', 1],
  ])("%s: a planted bad import is reported", async (file, code, count) => {
    const messages = await restrictedImports(file, code);
    expect(messages.length).toBeGreaterThanOrEqual(count);
  });

  it("allowed imports pass: the domain on itself and zod, pages on the domain and on service types", async () => {
    expect(await restrictedImports("server/domain/planted.ts", 'import { z } from "zod";\nimport { createHash } from "node:crypto";\nimport { answer } from "./wallet-api/request";\nexport const x = [z, createHash, answer];\n')).toEqual([]);
    expect(await restrictedImports("app/planted/page.tsx", 'import { WALLET_API_BASE } from "@/server/domain/wallet-api/request";\nimport type { ClientView } from "@/server/services/clients";\nexport const x: ClientView | string = WALLET_API_BASE;\n')).toEqual([]);
  });
});
