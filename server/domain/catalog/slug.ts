/**
 * The shape of a catalog slug (the catalog's address: `/catalogs/<slug>`, `/api/wallets/<slug>`):
 * a-z, 0-9 and inner hyphens, at most 48 characters. Apart from the schema (`slugSchema`) so client
 * components can check a slug without loading zod.
 */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
