"use client";

import { useEffect, useRef, useState } from "react";
import type { HighlightLang } from "./highlight-protocol";
import { loadOnce } from "./load-once";
import { cn } from "./ui/cn";

export type CodeLang = HighlightLang | "text";

/** Longer code is shown plain: highlighting it would take long for little gain. */
const MAX_HIGHLIGHT_CHARS = 200_000;

/** The worker's client (`highlight-client.ts`): fetched the first time code is shown. */
const loadHighlighter = loadOnce(() => import("./highlight-client"));

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy failed");
}

/** A button copying `text`; its accessible name is "Copy <label>", and it says "Copied" for a moment. */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const copy = async () => {
    try {
      await writeClipboard(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 2000);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={`Copy ${label}`}
        className={cn(
          "inline-flex shrink-0 items-center rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700",
          className,
        )}
      >
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}
      </button>
      <span role="status" className="sr-only">
        {state === "copied" ? `Copied ${label}` : state === "failed" ? `Could not copy ${label}` : ""}
      </span>
    </>
  );
}

const codeClass = "m-0 w-max min-w-full bg-transparent p-3 font-mono text-xs leading-relaxed";

/**
 * Highlighted code (shiki in a worker, github-light/github-dark following the `.dark` class) with a
 * Copy button. Shows the plain text until the highlighted version arrives, and whenever it fails.
 */
export function CodeBlock({
  code,
  lang = "text",
  label,
  maxHeight,
  className,
}: {
  code: string;
  lang?: CodeLang;
  /** Names the block (shown above it) and its copy button ("Copy <label>"). */
  label: string;
  /** Cap in pixels; taller code scrolls vertically. */
  maxHeight?: number;
  className?: string;
}) {
  const [highlighted, setHighlighted] = useState<{ code: string; lang: CodeLang; html: string } | null>(null);
  useEffect(() => {
    if (lang === "text" || code.length > MAX_HIGHLIGHT_CHARS) return;
    let cancelled = false;
    loadHighlighter()
      .then(({ highlight }) => highlight(code, lang))
      .then(
        (html) => {
          if (!cancelled) setHighlighted({ code, lang, html });
        },
        () => {
          // Highlighting is an enhancement: the plain <pre> stays.
        },
      );
    return () => {
      cancelled = true;
    };
  }, [code, lang]);
  const html = highlighted && highlighted.code === code && highlighted.lang === lang ? highlighted.html : null;

  return (
    <div className={cn("min-w-0 overflow-hidden rounded-md border border-slate-200 dark:border-slate-700", className)}>
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 bg-slate-100 px-3 py-1 dark:border-slate-700 dark:bg-slate-800">
        <span className="truncate text-xs font-medium text-slate-600 dark:text-slate-300">{label}</span>
        <CopyButton text={code} label={label} />
      </div>
      <div
        role="group"
        aria-label={label}
        tabIndex={0}
        style={maxHeight ? { maxHeight } : undefined}
        className={cn(
          "overflow-auto bg-white text-slate-800 dark:bg-slate-950 dark:text-slate-200",
          "[&_pre]:m-0 [&_pre]:w-max [&_pre]:min-w-full [&_pre]:bg-transparent [&_pre]:p-3 [&_pre]:font-mono [&_pre]:text-xs [&_pre]:leading-relaxed",
          "[&_.shiki_span]:[color:var(--shiki-light)] dark:[&_.shiki_span]:[color:var(--shiki-dark)]",
          // Two github-light/dark token colours fall short of WCAG AA on these backgrounds: light
          // #E36209 (parameters, 3.5:1 on white) and dark #6A737D (comments, 4.2:1 on slate-950).
          // Same hues, shades that pass.
          "[&_.shiki_span[style*='--shiki-light:#e36209'_i]]:[color:#b45309]",
          "dark:[&_.shiki_span[style*='--shiki-dark:#6a737d'_i]]:[color:#8b949e]",
        )}
      >
        {html ? (
          // shiki escapes the code it is given: its HTML is the only markup rendered from a string here.
          <div dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <pre className={codeClass}>
            <code>{code}</code>
          </pre>
        )}
      </div>
    </div>
  );
}
