"use client";

import { useState } from "react";
import { CopyButton } from "@/app/_components/code-block";

/**
 * A code or token the studio knows only by its first 8 characters (it stores a hash, never the
 * value): masked until revealed, then copyable.
 */
export function SecretPrefix({ prefix, kind }: { prefix: string; kind: string }) {
  const [shown, setShown] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-100">
        {shown ? `${prefix}…` : "••••••••…"}
        <span className="sr-only">{shown ? ` (first 8 characters of the ${kind})` : ` (${kind}, masked)`}</span>
      </code>
      <button
        type="button"
        aria-pressed={shown}
        onClick={() => setShown((value) => !value)}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        {shown ? "Hide" : "Reveal"}
        <span className="sr-only"> {kind} prefix</span>
      </button>
      {shown && <CopyButton text={prefix} label={`${kind} prefix`} />}
    </span>
  );
}

export function SecretNote() {
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      The studio stores only a SHA-256 hash and the first 8 characters of codes and tokens. The full value was shown once, when it was issued (in the
      simulator&apos;s result or the API response).
    </p>
  );
}
