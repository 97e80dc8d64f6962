/**
 * How the catalog pages treat a failed catalog query. Apart from the detail page's component so
 * the history page does not load the detail page's sections with it.
 */
import { errorCodeOf } from "./format";

/** Missing slugs and malformed ones both mean "there is no such catalog". */
export function isMissing(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}

export function catalogQueryRetry(count: number, error: unknown): boolean {
  return count < 1 && !isMissing(error);
}
