/** Every fidelity row, per built-in catalog. */
import { alipayCnFacts } from "./alipay-cn";
import { alipayHkFacts } from "./alipay-hk";
import { alipayPlusFacts } from "./alipay-plus";
import { danaFacts } from "./dana";
import { gcashFacts } from "./gcash";
import { superQiFacts } from "./superqi";
import { touchNGoFacts } from "./touch-n-go";
import type { FactRow } from "./types";
import { vodaPayFacts } from "./vodapay";

export const FACTS: readonly FactRow[] = [
  ...alipayPlusFacts,
  ...danaFacts,
  ...touchNGoFacts,
  ...gcashFacts,
  ...alipayHkFacts,
  ...alipayCnFacts,
  ...superQiFacts,
  ...vodaPayFacts,
];
