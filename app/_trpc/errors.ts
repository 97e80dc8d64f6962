/**
 * Reading errors, in one place: a tRPC client error (`error.data.{code,httpStatus,issues}`), the
 * studio's REST error shape (`{error: {code, message, issues}}`) or anything thrown. Pure: no React.
 */

export type Issue = { path: string; message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** `error.data` of a tRPC error (what the server's error formatter sends), if any. */
function dataOf(error: unknown): Record<string, unknown> | undefined {
  return isObject(error) && isObject(error.data) ? error.data : undefined;
}

/** The body of the REST error shape, `{error: {...}}`, if the value is one. */
function restErrorOf(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) && isObject(value.error) ? value.error : undefined;
}

/** The error code: tRPC's (`NOT_FOUND`, `CONFLICT`, …) or the REST shape's; undefined for a network failure. */
export function errorCode(error: unknown): string | undefined {
  const code = dataOf(error)?.code ?? restErrorOf(error)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The HTTP status the server answered with, when the error carries it. */
export function errorStatus(error: unknown): number | undefined {
  const status = dataOf(error)?.httpStatus;
  return typeof status === "number" ? status : undefined;
}

/** A message to show: the error's own, the REST shape's, or `fallback`. */
export function errorMessage(error: unknown, fallback = "Unknown error"): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  const rest = restErrorOf(error)?.message ?? (isObject(error) ? error.message : undefined);
  return typeof rest === "string" && rest ? rest : fallback;
}

/** The field issues of a validation error (`{path, message}` each), from tRPC's `data.issues` or an `issues` list. */
export function errorIssues(error: unknown): Issue[] {
  const raw = dataOf(error)?.issues ?? restErrorOf(error)?.issues ?? (isObject(error) ? error.issues : undefined);
  if (!Array.isArray(raw)) return [];
  return raw.filter((item): item is Issue => isObject(item) && typeof item.path === "string" && typeof item.message === "string");
}

/** "There is no such thing": a missing record, or an id that cannot name one. */
export function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}

/**
 * Splits an error's issues into messages per form field (by the first segment of each issue's
 * path) and whether anything is left for a general notice.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): { byField: Record<string, string>; unmatched: boolean } {
  const byField: Record<string, string> = {};
  let unmatched = false;
  const issues = errorIssues(error);
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

/** Codes of failures that can pass when asked again (the rest — 4xx — answer the same every time). */
const TRANSIENT_CODES = new Set(["TIMEOUT", "INTERNAL_SERVER_ERROR", "BAD_GATEWAY", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT"]);

/** Whether an error may go away on retry: no answer at all (network), a 5xx, or a timeout. */
export function isTransient(error: unknown): boolean {
  const status = errorStatus(error);
  const code = errorCode(error);
  if (status === undefined && code === undefined) return true;
  if (status !== undefined && (status >= 500 || status === 408)) return true;
  return code !== undefined && TRANSIENT_CODES.has(code);
}

/** The queries' retry rule: once, and only for what can succeed on retry. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && isTransient(error);
}
