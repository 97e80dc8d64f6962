/**
 * The Activity contract: what the activity procedures accept and return. Shared by the
 * activity service (server) and the Activity pages (client imports these types and the pure
 * filter schema only).
 */
import { z } from "zod";
import type { AuthCodeState, TokenState } from "../wallet-api/lifecycle";
import { KIND_FILTER_LABELS, KIND_FILTERS, LIVE_ITEMS, RESULT_CODE_NAMES, type KindFilter } from "./constants";

export { KIND_FILTER_LABELS, KIND_FILTERS, LIVE_ITEMS, RESULT_CODE_NAMES, type KindFilter };

export const ACTIVITY_KINDS = ["simulation", "api-call"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What happened: a run, or which wallet API operation a call asked for. */
export const ACTIVITY_EVENTS = ["run", "redeem", "refresh", "user-info", "revoke", "other"] as const;
export type ActivityEvent = (typeof ACTIVITY_EVENTS)[number];

/** Simulation outcomes as stored (`formatOutcome`). */
export const RUN_OUTCOME_PATTERN = /^(approve|partial|deny|cancel|timeout|error:\d{1,6})$/;

export function isKnownOutcome(value: string): boolean {
  return RUN_OUTCOME_PATTERN.test(value) || (RESULT_CODE_NAMES as string[]).includes(value);
}

/** Latest time accepted in a filter (year 9999). */
const MAX_TIME = 253_402_300_799_999;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
const CLIENT_ID = /^[A-Za-z0-9_.-]+$/;
/** Codes and tokens are base64url; run/call ids are `sim_…` / `call_…` in the same alphabet. */
export const SEARCH_PATTERN = /^[A-Za-z0-9_-]+$/;
export const SEARCH_MIN = 4;

/** Filters of the activity list; the page keeps them in its URL with the same names. */
export const activityFilterSchema = z
  .object({
    catalog: z.string().max(48, "catalog slug is longer than 48 characters").regex(SLUG, "catalog is a slug such as dana").optional(),
    client: z.string().min(1).max(64, "client id is longer than 64 characters").regex(CLIENT_ID, "client id may hold letters, digits, _ . and -").optional(),
    /** A simulation outcome (`approve`, `partial`, `deny`, `cancel`, `timeout`, `error:<code>`) or a result code (`USED_AUTHCODE`). */
    outcome: z
      .string()
      .max(64)
      .refine(isKnownOutcome, "outcome is a run outcome (approve, partial, deny, cancel, timeout, error:<code>) or a result code such as USED_AUTHCODE")
      .optional(),
    scope: z
      .string()
      .min(1)
      .max(64, "scope name is longer than 64 characters")
      .refine((value) => !/\s/.test(value), "scope name must not contain whitespace")
      .optional(),
    kind: z.enum(KIND_FILTERS, { error: `kind is one of ${KIND_FILTERS.join(", ")}` }).optional(),
    /** Only failures: fail callbacks and non-SUCCESS calls. */
    errorsOnly: z.boolean().optional(),
    /** Epoch ms, inclusive. */
    from: z.number().int().min(0).max(MAX_TIME).optional(),
    /** Epoch ms, exclusive. */
    to: z.number().int().min(0).max(MAX_TIME).optional(),
    /** Code/token prefix (≥ 4 characters) or a run/call id (`sim_…`, `call_…`). */
    q: z
      .string()
      .min(SEARCH_MIN, `search needs at least ${SEARCH_MIN} characters of a code, a token or a run/call id`)
      .max(64, "search is longer than 64 characters")
      .regex(SEARCH_PATTERN, "search matches code/token prefixes and run/call ids: letters, digits, - and _ only")
      .optional(),
  })
  .strict()
  .refine((filter) => filter.from === undefined || filter.to === undefined || filter.from < filter.to, {
    message: "from must be before to",
    path: ["to"],
  });
export type ActivityFilter = z.infer<typeof activityFilterSchema>;

export type { AuthCodeState, TokenState };

export type ActivityItem = {
  /** Stable id of the row in the activity list. */
  id: number;
  kind: ActivityKind;
  event: ActivityEvent;
  /** `sim_…` or `call_…`: the detail page is `/activity/runs/<ref>` or `/activity/calls/<ref>`. */
  ref: string;
  /** Real time (ms). */
  createdAt: number;
  catalog: { slug: string; name: string } | null;
  client: { clientId: string; name: string } | null;
  /** Outcome of a run or result code of a call. */
  outcome: string;
  isError: boolean;
  /** One-line summary, e.g. "success callback · granted USER_LOGIN_ID" or "v2 applyToken (code) → USED_AUTHCODE". */
  summary: string;
  scopes: string[];
  /** 8-character prefixes of the code and the main token involved (never the secret). */
  codePrefix: string | null;
  tokenPrefix: string | null;
  /** The code the run issued or the call presented, with its state now. */
  code: { id: number; prefix: string; state: AuthCodeState } | null;
  grantId: number | null;
};

export type ActivityPage = {
  items: ActivityItem[];
  /** Opaque keyset cursor for the next (older) page; null at the end. */
  nextCursor: string | null;
  /**
   * Set when combined filters made the page stop at its scan budget before filling up: the time it
   * searched back to. Older matches may exist; `nextCursor` continues the search.
   */
  scannedTo: number | null;
};

/** What the list's live poll answers: rows newer than the list's head. */
export type ActivityLive = {
  /** Cursor just above the newest matching row: pass it as `since` next time, or as the list's start. */
  head: string;
  /** How many rows are newer than `since` (counted up to `LIVE_COUNT_CAP`). */
  count: number;
  /** So many rows arrived that only the newest ones were looked at: reload the list from `head`. */
  truncated: boolean;
  /** The newest of them, newest first (at most `LIVE_ITEMS`). */
  items: ActivityItem[];
};

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;
export const LIVE_COUNT_CAP = 1000;

export type TimelineEntry = {
  at: number;
  /** Whether `at` is real time or the mock wallet's clock. */
  clock: "real" | "mock";
  title: string;
  detail?: string;
  /** When what this entry issued stops being valid (mock wallet clock, ms); the page shows it in the wallet's time. */
  validUntil?: number;
  tone: "neutral" | "success" | "error" | "warning";
  href?: string;
};
