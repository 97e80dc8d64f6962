/**
 * The longest free texts of a catalog document. The schema enforces them; the editor counts towards
 * them. No zod here, so pages can import the numbers without the schema.
 */
export const TEXT_LIMITS = {
  catalogDescription: 4000,
  scopeDescription: 2000,
  errorAdvice: 2000,
  provenanceNote: 1000,
  example: 4000,
} as const;
