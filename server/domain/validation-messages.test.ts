import { describe, expect, it } from "vitest";
import { z } from "zod";
import { atMost } from "./validation-messages";

function messages(schema: z.ZodType, input: unknown): Array<[string, string]> {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("validation messages in the product's words", () => {
  it("says how long text may be and how long it is, with thousands separators", () => {
    expect(messages(z.string().trim().max(4000), "x".repeat(4213))).toEqual([["", "At most 4,000 characters (this has 4,213)"]]);
    expect(messages(z.string().max(1), "ab")).toEqual([["", "At most 1 character (this has 2)"]]);
    expect(messages(z.string().min(3), "ab")).toEqual([["", "At least 3 characters (this has 2)"]]);
    expect(messages(z.string().length(4), "abcde")).toEqual([["", "Exactly 4 characters (this has 5)"]]);
  });

  it("calls empty text and a missing field required", () => {
    expect(messages(z.string().trim().min(1), "   ")).toEqual([["", "Required"]]);
    expect(messages(z.object({ name: z.string() }), {})).toEqual([["name", "Required"]]);
  });

  it("names numbers and their bounds", () => {
    expect(messages(z.number().int().min(1).max(86_400), 100_000)).toEqual([["", "At most 86,400"]]);
    expect(messages(z.number().int().min(1), 0)).toEqual([["", "At least 1"]]);
    expect(messages(z.number().gt(0), 0)).toEqual([["", "Must be more than 0"]]);
    expect(messages(z.number().int(), 1.5)).toEqual([["", "Must be a whole number"]]);
    expect(messages(z.number(), Number.NaN)).toEqual([["", "Enter a number"]]);
    expect(messages(z.number(), "12")).toEqual([["", "Expected a number, not text"]]);
  });

  it("lists the choices of an enum and what was given instead", () => {
    expect(messages(z.enum(["v1", "v2"]), "v3")).toEqual([["", 'Choose one of "v1", "v2" (not "v3")']]);
    expect(messages(z.literal(1), 2)).toEqual([["", "Must be 1"]]);
  });

  it("names unknown fields and keeps the issue's path", () => {
    const schema = z.object({ scopes: z.array(z.object({ name: z.string() }).strict()) });
    expect(messages(schema, { scopes: [{ name: "a", silnet: true }] })).toEqual([["scopes.0", 'Unknown field "silnet": remove it or check the spelling']]);
    expect(messages(z.object({}).strict(), { a: 1, b: 2 })).toEqual([["", 'Unknown fields "a", "b": remove them or check the spelling']]);
  });

  it("describes lists, formats and wrong types", () => {
    expect(messages(z.array(z.string()).max(2), ["a", "b", "c"])).toEqual([["", "At most 2 items (this has 3)"]]);
    expect(messages(z.array(z.string()).min(1), [])).toEqual([["", "Add at least one"]]);
    expect(messages(z.email(), "nobody")).toEqual([["", "Enter an email address"]]);
    expect(messages(z.boolean(), "yes")).toEqual([["", "Expected true or false, not text"]]);
    expect(messages(z.array(z.string()), null)).toEqual([["", "Expected a list, not null"]]);
  });

  it("lets a list name its items, and a schema's own message still wins", () => {
    expect(messages(z.array(z.string()).max(16, { error: atMost("aliases per scope") }), Array.from({ length: 17 }, String))).toEqual([
      ["", "At most 16 aliases per scope (this has 17)"],
    ]);
    expect(messages(z.string().min(1, "Paste a public key"), "")).toEqual([["", "Paste a public key"]]);
  });
});
