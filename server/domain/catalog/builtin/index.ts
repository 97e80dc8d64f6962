/**
 * The built-in scope catalogs shipped with AuthCode Studio, in display order.
 *
 * alipay-plus and dana are copied from the stored pages in docs/sources (builtin.test.ts parses those
 * pages and checks the catalogs against them); the others are written from the project's
 * wallet-domain reference, with every fact's provenance stated.
 */
import type { Catalog } from "../schema";
import { alipayCnCatalog } from "./alipay-cn";
import { alipayHkCatalog } from "./alipay-hk";
import { alipayPlusCatalog } from "./alipay-plus";
import { danaCatalog } from "./dana";
import { gcashCatalog } from "./gcash";
import { superQiCatalog } from "./superqi";
import { touchNGoCatalog } from "./touch-n-go";
import { vodaPayCatalog } from "./vodapay";

export const BUILTIN_CATALOGS: readonly Catalog[] = [
  alipayPlusCatalog,
  danaCatalog,
  touchNGoCatalog,
  gcashCatalog,
  alipayHkCatalog,
  alipayCnCatalog,
  superQiCatalog,
  vodaPayCatalog,
];

/** A fresh copy of the built-in catalog with this slug (callers may change it freely), or undefined. */
export function getBuiltinCatalog(slug: string): Catalog | undefined {
  const found = BUILTIN_CATALOGS.find((catalog) => catalog.slug === slug);
  return found ? structuredClone(found) : undefined;
}
