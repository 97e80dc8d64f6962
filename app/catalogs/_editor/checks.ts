/**
 * The editor's checks: the catalog and author schemas the server validates with, so the editor
 * shows the server's messages at the server's paths before anything is sent. zod is large, so this
 * module is not part of the page's first load: the editor starts loading it when it opens
 * (`loadChecks`), and saving waits for it.
 */
import { authorSchema, catalogSchema, type Catalog } from "@/server/domain/catalog/schema";
import { normalizeCatalog, toKey, type FieldIssue, type PathSegment } from "./validation";

/** Number boxes left empty hold NaN; say so in the person's words rather than the schema's. */
function friendlyMessage(message: string): string {
  return /expected number, received NaN/i.test(message) ? "enter a number" : message;
}

export type ValidationResult = { ok: true; catalog: Catalog } | { ok: false; issues: FieldIssue[] };

/** Check the document with the same schema the server uses; on success, the document to send. */
export function validateCatalog(catalog: Catalog): ValidationResult {
  const parsed = catalogSchema.safeParse(normalizeCatalog(catalog));
  if (parsed.success) return { ok: true, catalog: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol");
      return { key: toKey(path), path, message: friendlyMessage(issue.message), origin: "client" };
    }),
  };
}

/** The display name as it is saved (trimmed), or null when the server would refuse it. */
export function authorName(value: string): string | null {
  const parsed = authorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
