import { issuesOf } from "@/app/_components/ui/feedback";

/**
 * Splits a tRPC error into messages per field (by the first segment of each issue's path) and
 * whatever is left for a general notice.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): { byField: Record<string, string>; unmatched: boolean } {
  const byField: Record<string, string> = {};
  let unmatched = false;
  const issues = issuesOf(error);
  for (const issue of issues) {
    const head = issue.path.split(/[.[]/, 1)[0] ?? "";
    if (fields.includes(head)) {
      byField[head] = byField[head] ? `${byField[head]}; ${issue.message}` : issue.message;
    } else {
      unmatched = true;
    }
  }
  if (issues.length === 0 && error) unmatched = true;
  return { byField, unmatched };
}
