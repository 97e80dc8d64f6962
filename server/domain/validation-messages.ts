/**
 * What a validation problem says, in the product's words rather than zod's ("At most 4,000
 * characters (this has 4,213)", not "Too big: expected string to have <=4000 characters").
 *
 * Importing this module installs `validationMessage` as zod's error map for the whole process (the
 * server, and a page that validates with a shared schema), so every schema says the same thing
 * for the same problem. A schema that states its own message keeps it. Paths are not touched.
 */
import { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

const count = (value: number | bigint) => value.toLocaleString("en-US");

function plural(n: number | bigint, one: string, many: string) {
  return `${count(n)} ${Number(n) === 1 ? one : many}`;
}

/** How long or how many the rejected value was, when it can be told. */
function sizeOf(input: unknown): number | null {
  if (typeof input === "string" || Array.isArray(input)) return input.length;
  if (input instanceof Set || input instanceof Map) return input.size;
  return null;
}

const UNITS: Record<string, [one: string, many: string]> = {
  string: ["character", "characters"],
  array: ["item", "items"],
  set: ["item", "items"],
  file: ["byte", "bytes"],
};

function kindOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  switch (typeof input) {
    case "string":
      return "text";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "object":
      return "an object";
    default:
      return typeof input;
  }
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
  date: "a date",
};

const FORMATS: Record<string, string> = {
  url: "a full URL such as https://example.com/page",
  email: "an email address",
  datetime: "a date and time such as 2024-01-10T12:00:00Z",
  date: "a date such as 2024-01-10",
  uuid: "a UUID",
};

function quoted(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

function tooBig(issue: Extract<RawIssue, { code: "too_big" }>): string {
  const unit = UNITS[issue.origin];
  const size = sizeOf(issue.input);
  if (unit) {
    const has = size === null ? "" : ` (this has ${count(size)})`;
    return `${issue.exact ? "Exactly" : "At most"} ${plural(issue.maximum, ...unit)}${has}`;
  }
  if (issue.exact) return `Must be exactly ${count(issue.maximum)}`;
  return issue.inclusive === false ? `Must be less than ${count(issue.maximum)}` : `At most ${count(issue.maximum)}`;
}

function tooSmall(issue: Extract<RawIssue, { code: "too_small" }>): string {
  const unit = UNITS[issue.origin];
  const size = sizeOf(issue.input);
  if (unit) {
    if (size === 0 && Number(issue.minimum) === 1) return issue.origin === "string" ? "Required" : "Add at least one";
    const has = size === null ? "" : ` (this has ${count(size)})`;
    return `${issue.exact ? "Exactly" : "At least"} ${plural(issue.minimum, ...unit)}${has}`;
  }
  if (issue.exact) return `Must be exactly ${count(issue.minimum)}`;
  return issue.inclusive === false ? `Must be more than ${count(issue.minimum)}` : `At least ${count(issue.minimum)}`;
}

/** The message for one issue zod raised without a message of the schema's own. */
export function validationMessage(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "Required";
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      // An emptied number box holds NaN.
      if (typeof issue.input === "number" && Number.isNaN(issue.input)) return issue.expected === "int" ? "Enter a whole number" : "Enter a number";
      if (issue.expected === "int" && typeof issue.input === "number") return "Must be a whole number";
      return `Expected ${expected}, not ${kindOf(issue.input)}`;
    }
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_value":
      if (issue.values.length === 1) return `Must be ${quoted(issue.values[0])}`;
      return `Choose one of ${issue.values.map(quoted).join(", ")}${issue.input === undefined ? "" : ` (not ${quoted(issue.input)})`}`;
    case "invalid_format": {
      if (issue.format === "starts_with" && typeof issue.prefix === "string") return `Must start with "${issue.prefix}"`;
      if (issue.format === "ends_with" && typeof issue.suffix === "string") return `Must end with "${issue.suffix}"`;
      if (issue.format === "includes" && typeof issue.includes === "string") return `Must contain "${issue.includes}"`;
      const format = FORMATS[issue.format];
      return format ? `Enter ${format}` : "Not in the expected format";
    }
    case "not_multiple_of":
      return `Must be a multiple of ${count(issue.divisor)}`;
    case "unrecognized_keys":
      return `Unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.map((key) => `"${key}"`).join(", ")}: remove ${issue.keys.length === 1 ? "it" : "them"} or check the spelling`;
    case "invalid_union":
      return "Does not match any accepted form";
    case "invalid_key":
      return "Has a key that is not allowed";
    case "invalid_element":
      return "Has an entry that is not allowed";
    default:
      return "Not valid";
  }
}

/**
 * An error for an array with a name for its items: "At most 16 aliases per scope (this has 17)".
 * Other problems fall through to `validationMessage`.
 */
export function atMost(items: string): (issue: RawIssue) => string | undefined {
  return (issue) => {
    if (issue.code !== "too_big") return undefined;
    const size = sizeOf(issue.input);
    return `At most ${count(issue.maximum)} ${items}${size === null ? "" : ` (this has ${count(size)})`}`;
  };
}

z.config({ customError: validationMessage });
