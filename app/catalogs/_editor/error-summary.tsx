"use client";

import type { Ref } from "react";
import type { Catalog } from "@/server/domain/catalog/schema";
import { describePath, type FieldIssue } from "./validation";

const SHOWN = 50;

/** Every problem in one list at the top; each entry takes the person to its input. */
export function ErrorSummary({
  ref,
  issues,
  catalog,
  onSelect,
}: {
  ref?: Ref<HTMLDivElement>;
  issues: readonly FieldIssue[];
  catalog: Catalog;
  onSelect: (issue: FieldIssue) => void;
}) {
  const count = issues.length;
  const fromServer = issues.some((issue) => issue.origin === "server");
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby="catalog-editor-problems"
      className="scroll-mt-32 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-2 focus:outline-red-500 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100"
    >
      <h2 id="catalog-editor-problems" className="font-semibold">
        {count} {count === 1 ? "problem" : "problems"} to fix before saving
      </h2>
      {fromServer && <p className="mt-1">The server refused the catalog for the reasons marked below.</p>}
      <ul className="mt-2 space-y-1">
        {issues.slice(0, SHOWN).map((issue, index) => (
          <li key={`${issue.key}:${index}`} className="break-words">
            <button
              type="button"
              onClick={() => onSelect(issue)}
              className="text-left font-medium underline decoration-red-400 underline-offset-2 hover:decoration-2 dark:decoration-red-500"
            >
              {describePath(issue.path, catalog)}
            </button>
            : {issue.message}
          </li>
        ))}
      </ul>
      {count > SHOWN && <p className="mt-2">…and {count - SHOWN} more. Fix these first; the list updates as you type.</p>}
    </div>
  );
}
