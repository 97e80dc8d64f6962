"use client";

import { CodeBlock } from "./code-block";

/** Any value as indented, highlighted JSON with a Copy button. */
export function JsonView({ value, label, maxHeight, className }: { value: unknown; label: string; maxHeight?: number; className?: string }) {
  const code = value === undefined ? "undefined" : (JSON.stringify(value, null, 2) ?? String(value));
  return <CodeBlock code={code} lang="json" label={label} maxHeight={maxHeight} className={className} />;
}
