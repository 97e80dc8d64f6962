/** One problem in an input document: where it is and what is wrong. */
export type Issue = { path: string; message: string };

export type DomainErrorCode = "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE";

/**
 * An error the person can act on. Domain modules throw it; the tRPC error formatter
 * and the HTTP route handlers turn it into their documented error shapes.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly issues: Issue[];

  constructor(code: DomainErrorCode, message: string, issues: Issue[] = []) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.issues = issues;
  }
}

/** Render a path of keys and indexes the way JSON Pointer-ish UIs show it: `catalog.scopes[3].name`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(document)";
}
