"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { inputClass } from "@/app/_components/ui/field";

const DEBOUNCE_MS = 250;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The explorer's free-text box: keeps what is typed locally and commits it after a short pause,
 * follows the URL when it changes from elsewhere (back/forward, "clear filters"), and takes focus on "/".
 */
export function SearchBox({
  value,
  onCommit,
  label = "Search scopes",
  hint = "Matches scope names, descriptions, aliases and user-info fields.",
  placeholder = "e.g. USER_LOGIN_ID, phone, loginIdInfos",
}: {
  value: string;
  onCommit: (value: string) => void;
  label?: string;
  hint?: ReactNode;
  placeholder?: string;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  // The last value this box committed or received; a different `value` means the URL moved on without us.
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === synced) return;
    const timer = window.setTimeout(() => {
      setSynced(draft);
      onCommit(draft);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, synced, onCommit]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={draft}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts="/"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && draft !== synced) {
            setSynced(draft);
            onCommit(draft);
          }
        }}
        className={`${inputClass} py-2 text-base sm:text-sm`}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
        {hint} Press{" "}
        <kbd className="rounded border border-slate-300 bg-slate-100 px-1 font-mono text-[0.7rem] text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200">
          /
        </kbd>{" "}
        to focus.
      </p>
    </div>
  );
}
