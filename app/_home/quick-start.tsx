"use client";

import { useState } from "react";
import { CodeBlock, CopyButton } from "@/app/_components/code-block";
import { SelectField } from "@/app/_components/ui/field";

export type QuickStartEntry = { slug: string; name: string; version: "v1" | "v2"; baseUrl: string; script: string };

/** Per catalog: the mock wallet's base URL and a script from nothing to a signed applyToken. */
export function QuickStartExample({ entries }: { entries: QuickStartEntry[] }) {
  const [slug, setSlug] = useState(entries[0]?.slug ?? "");
  const entry = entries.find((candidate) => candidate.slug === slug) ?? entries[0];
  if (!entry) return null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <SelectField label="Catalog" value={entry.slug} onChange={(event) => setSlug(event.target.value)}>
            {entries.map((candidate) => (
              <option key={candidate.slug} value={candidate.slug}>
                {candidate.name} ({candidate.version})
              </option>
            ))}
          </SelectField>
        </div>
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium text-slate-700 dark:text-slate-300">Mock wallet base URL</p>
          <p className="flex min-w-0 items-center gap-2">
            <code className="min-w-0 truncate rounded bg-slate-100 px-1.5 py-1 font-mono text-xs dark:bg-slate-800" title={entry.baseUrl}>
              {entry.baseUrl}
            </code>
            <CopyButton text={entry.baseUrl} label="base URL" />
          </p>
        </div>
      </div>
      <CodeBlock label={`From nothing to a signed applyToken on ${entry.name} (bash, curl, jq, openssl)`} lang="bash" code={entry.script} maxHeight={360} />
    </div>
  );
}
