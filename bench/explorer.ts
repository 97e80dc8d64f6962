/**
 * Scope explorer bench: a temporary SQLite file with 40 catalogs × 100 scopes plus one catalog of
 * 5,000 scopes (9,000 scopes), seeded through the catalog service, then the explorer's queries.
 * Goal: every case under 20 ms median.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase, type DB } from "@/db/client";
import { alipayPlusCatalog } from "@/server/domain/catalog/builtin/alipay-plus";
import type { Catalog, Provenance, Scope } from "@/server/domain/catalog/schema";
import { createCatalog } from "@/server/services/catalog-store";
import { compareCatalogs, explorerFacets, scopeDetail, searchScopes } from "@/server/services/explorer";
import { formatTable, measure, meetsGoal, type BenchResult } from "./harness";

export const GOAL_MEDIAN_MS = 20;

const WALLETS = [
  ["DANA", "Indonesia", "ID"],
  ["GCash", "Philippines", "PH"],
  ["Touch 'n Go eWallet", "Malaysia", "MY"],
  ["AlipayHK", "Hong Kong SAR", "HK"],
  ["TrueMoney", "Thailand", "TH"],
  ["Kakao Pay", "South Korea", "KR"],
  ["SuperQi", "Iraq", "IQ"],
  ["VodaPay", "South Africa", "ZA"],
  ["Alipay", "Chinese mainland", "CN"],
  ["Ezlink", "Singapore", null],
] as const;

const TOPICS = [
  ["LOGIN_ID", "login ID", ["loginIdInfos[].loginId", "loginIdInfos[].maskLoginId"]],
  ["CONTACTINFO_EMAIL", "email address", ["email"]],
  ["CONTACTINFO_MOBILE", "mobile phone number", ["contactInfos[].contactNo"]],
  ["NAME", "full name", ["userName.fullName", "userName.firstName", "userName.lastName"]],
  ["AVATAR", "avatar image", ["avatar"]],
  ["GENDER", "gender", ["gender"]],
  ["BIRTHDAY", "date of birth", ["birthDate"]],
  ["NATIONALITY", "nationality", ["nationality"]],
  ["ADDRESS", "home address", ["address.address1", "address.city", "address.zipCode"]],
  ["KYC_STATUS", "KYC verification status", ["kycInfo.status"]],
  ["OCCUPATION", "occupation", ["occupation"]],
  ["INCOME", "monthly income band", ["monthlyIncome"]],
  ["BANK_ACCOUNT", "linked bank account", ["bankAccount.bankName", "bankAccount.accountNumber"]],
  ["OFFICE_ADDRESS", "office address", ["officeAddress.address", "officeAddress.postalCode"]],
  ["DEVICE", "device information", ["deviceInfo.model"]],
] as const;

const SOURCE = "https://example.com/bench/getAuthCode";
const documented = (): Provenance => ({ fidelity: "documented", source: SOURCE });
const assumed = (note: string): Provenance => ({ fidelity: "assumed", note });

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeScope(index: number, random: () => number, prefix: string): Scope {
  const topic = TOPICS[index % TOPICS.length] ?? TOPICS[0];
  const variant = Math.floor(index / TOPICS.length);
  const name = variant === 0 ? `USER_${topic[0]}` : `${prefix}_USER_${topic[0]}_${variant}`;
  const silent = random() < 0.25;
  const silentDocumented = random() < 0.6;
  return {
    name,
    description: `Authorized to obtain the user's ${topic[1]}${variant ? ` (variant ${variant})` : ""}.`,
    silent,
    userInfoFields: [...topic[2]],
    aliases: variant === 0 && topic[0] === "LOGIN_ID" ? ["auth_login"] : [],
    deprecated: random() < 0.05,
    preassigned: random() < 0.1 ? random() < 0.5 : null,
    errorValue: random() < 0.2 ? "10001" : null,
    provenance: documented(),
    silentProvenance: silentDocumented ? documented() : assumed("Bench data: assumed to show the consent page."),
    fieldsProvenance: assumed("Bench data: field mapping assumed."),
  };
}

function makeCatalog(index: number, scopeCount: number): Catalog {
  const random = rng(index + 1);
  const [wallet, region, countryCode] = WALLETS[index % WALLETS.length] ?? WALLETS[0];
  const slug = `bench-${String(index).padStart(2, "0")}`;
  const scopes: Scope[] = [
    {
      name: "auth_base",
      description: "Authorized to obtain the user ID silently.",
      silent: true,
      userInfoFields: ["userId"],
      aliases: ["BASE_USER_INFO"],
      deprecated: false,
      preassigned: null,
      errorValue: null,
      provenance: documented(),
      silentProvenance: documented(),
      fieldsProvenance: documented(),
    },
  ];
  for (let i = 0; scopes.length < scopeCount; i++) {
    const scope = makeScope(i, random, `W${index}`);
    // Every third catalog lacks USER_LOGIN_ID, so the detail view has catalogs on both sides.
    if (index % 3 === 2 && scope.name === "USER_LOGIN_ID") continue;
    scopes.push(scope);
  }
  return {
    ...structuredClone(alipayPlusCatalog),
    slug,
    name: `${wallet} bench ${index}`,
    wallet,
    region,
    countryCode,
    description: `Generated catalog ${index} for the explorer bench.`,
    scopes,
  };
}

function seed(db: DB) {
  const catalogs = Array.from({ length: 40 }, (_, index) => makeCatalog(index, 100));
  catalogs.push({ ...makeCatalog(40, 5000), slug: "bench-huge", name: "Huge bench catalog" });
  const now = Date.now();
  for (const catalog of catalogs) createCatalog(db, { workspaceId: "local", catalog, author: "bench", now });
  return catalogs;
}

export function runExplorerBench(): { title: string; results: BenchResult[]; goalMs: number; setup: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authcode-bench-"));
  const file = path.join(dir, "explorer.db");
  const db = openDatabase(file);
  try {
    const seedStart = performance.now();
    const catalogs = seed(db);
    const scopeCount = catalogs.reduce((sum, catalog) => sum + catalog.scopes.length, 0);
    const setup = `${catalogs.length} catalogs, ${scopeCount.toLocaleString("en")} scopes, seeded in ${(performance.now() - seedStart).toFixed(0)} ms`;
    const page = { limit: 50, offset: 0 };
    const count = (result: { total: number; items: unknown[] }) => `${result.total} hits, ${result.items.length} rows`;
    const compareSlugs = ["bench-00", "bench-01", "bench-02", "bench-03", "bench-04", "bench-huge"];
    const results = [
      measure("search: no filter, first page", () => count(searchScopes(db, "local", page))),
      measure("search: no filter, page 100", () => count(searchScopes(db, "local", { limit: 50, offset: 4950 }))),
      measure('search: text "login"', () => count(searchScopes(db, "local", { ...page, query: "login" }))),
      measure('search: text "email" + wallet + silent', () =>
        count(searchScopes(db, "local", { ...page, query: "email", wallets: ["DANA", "GCash"], mode: "silent" })),
      ),
      measure("search: text + region + documented", () =>
        count(searchScopes(db, "local", { ...page, query: "address", regions: ["Malaysia"], fidelity: "documented" })),
      ),
      measure("search: query matching nothing", () => count(searchScopes(db, "local", { ...page, query: "zz-no-such-scope" }))),
      measure('scopeDetail("USER_LOGIN_ID")', () => {
        const detail = scopeDetail(db, "local", "USER_LOGIN_ID");
        return `${detail.entries.length} accept, ${detail.absentFrom.length} not`;
      }),
      measure('scopeDetail("BASE_USER_INFO") (alias)', () => `${scopeDetail(db, "local", "BASE_USER_INFO").entries.length} accept`),
      measure("compareCatalogs: 6 catalogs (one huge)", () => {
        const matrix = compareCatalogs(db, "local", { slugs: compareSlugs });
        return `${matrix.rows.length} rows`;
      }),
      measure("compareCatalogs: 6 catalogs, only differences", () => {
        const matrix = compareCatalogs(db, "local", { slugs: compareSlugs, onlyDifferences: true });
        return `${matrix.rows.length} rows`;
      }),
      measure("explorerFacets", () => `${explorerFacets(db, "local").wallets.length} wallets`),
      // Validated documents are cached per connection and catalog version; this is the price of the
      // first request after a server start (or a save) that reads the 5,000-scope catalog.
      measure(
        "cold: first search reading the huge catalog",
        () => {
          const fresh = openDatabase(file);
          try {
            return count(searchScopes(fresh, "local", { ...page, catalogs: ["bench-huge"] }));
          } finally {
            fresh.$client.close();
          }
        },
        { iterations: 10, warmup: 1, informational: true },
      ),
    ];
    return { title: "Scope explorer", results, goalMs: GOAL_MEDIAN_MS, setup };
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printExplorerBench() {
  const { title, results, goalMs, setup } = runExplorerBench();
  console.log(formatTable(`${title} (${setup}; goal: median < ${goalMs} ms)`, results, goalMs));
  return meetsGoal(results, goalMs);
}
