/**
 * Activity's filter choices and list sizes that the pages show, apart from the zod filter schema
 * (`types.ts`) so they can be imported without loading zod.
 */
import { RESULT_CODES } from "../wallet-api/result-codes";

/** The "kind of event" filter: a whole kind, or one event of the API calls. */
export const KIND_FILTERS = ["simulation", "api-call", "redeem", "refresh", "user-info", "revoke", "other"] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

export const KIND_FILTER_LABELS: Record<KindFilter, string> = {
  simulation: "Simulation runs",
  "api-call": "All API calls",
  redeem: "applyToken with a code",
  refresh: "applyToken with a refresh token",
  "user-info": "inquiryUserInfo",
  revoke: "revoke / cancelToken",
  other: "Calls to unknown APIs",
};

export const RESULT_CODE_NAMES = Object.keys(RESULT_CODES) as Array<keyof typeof RESULT_CODES>;

/** The newest rows the list's live poll shows at most. */
export const LIVE_ITEMS = 50;
