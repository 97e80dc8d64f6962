/** Input schemas of the studio's headless HTTP API (also used by the matching tRPC procedures). */
import { z } from "zod";
import { scopeNameSchema, slugSchema } from "./catalog/schema";

export const clientIdSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((value) => /^[A-Za-z0-9_.-]+$/.test(value), "Use only letters, digits, _ . and - in a client id");

export const outcomeSchema = z
  .string()
  .max(32)
  .refine((value) => /^(approve|partial|deny|cancel|timeout|error:\d{1,6})$/.test(value), {
    message: "Choose approve, partial, deny, cancel, timeout or error:<code>",
  });

/** Other my.getAuthCode parameters, by name (the catalog's `jsapi.params`, e.g. AlipayHK's authClientId). */
export const jsapiParamsSchema = z
  .record(
    z.string().max(64).refine((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name), "Use a JavaScript property name such as authClientId"),
    z.union([z.string().max(256), z.number(), z.boolean()]),
  )
  .refine((value) => Object.keys(value).length <= 16, "At most 16 parameters");

export const simulationRequestSchema = z
  .object({
    catalog: slugSchema,
    /** Passed to my.getAuthCode as-is: missing or wrongly typed scopes are answered the way the wallet would. */
    scopes: z.unknown().optional(),
    params: jsapiParamsSchema.optional(),
    outcome: outcomeSchema,
    user: z.string().min(1).max(64).optional(),
    client: clientIdSchema.optional(),
    refuse: z.array(scopeNameSchema).max(500).optional(),
  })
  .strict();

export const clientRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    catalog: slugSchema,
    publicKey: z.string().max(16_384).optional(),
    clientId: clientIdSchema.optional(),
    allowedScopes: z.array(scopeNameSchema).max(500).nullable().optional(),
    signature: z.enum(["strict", "off"]).optional(),
  })
  .strict();

export const clockRequestSchema = z
  .object({
    advanceSeconds: z.number().int().min(0).max(31_622_400).optional(),
    reset: z.boolean().optional(),
  })
  .strict();

/** Account fields: the first-run page, accepting an invitation. */
export const accountSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    password: z.string().min(12).max(256),
  })
  .strict();

/** A \`my\` shim's call: the simulation request without the catalog (it is in the path). */
export const shimCallSchema = simulationRequestSchema.omit({ catalog: true });
