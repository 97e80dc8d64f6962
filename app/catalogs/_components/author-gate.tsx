"use client";

import { useId, useState } from "react";
import { useAuthor } from "@/app/_components/author";
import { Button } from "@/app/_components/ui/button";
import { inputClass } from "@/app/_components/ui/field";

/**
 * Shown where an action saves a version and no display name is set yet: says why it is needed and
 * offers an inline field (the same setting as the sidebar's). Renders nothing once a name is set.
 * Not a <form>, so it can sit inside one.
 */
export function AuthorGate({ action = "save", attempted = false }: { action?: string; attempted?: boolean }) {
  const [author, setAuthor] = useAuthor();
  const [draft, setDraft] = useState("");
  const id = useId();
  if (author) return null;
  const save = () => {
    if (draft.trim()) setAuthor(draft);
  };
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
      <p>
        Set your display name before you {action}: it is recorded as the author of the new version. You can also set it in the
        sidebar.
      </p>
      {attempted && (
        <p role="alert" className="mt-1 font-semibold">
          Enter your display name first, then try again.
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor={id} className="block text-xs font-medium">
            Your display name
          </label>
          <input
            id={id}
            value={draft}
            maxLength={64}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                save();
              }
            }}
            placeholder="e.g. Ana from Payments"
            className={`${inputClass} mt-1 text-slate-900 dark:text-slate-100`}
          />
        </div>
        <Button size="sm" variant="primary" onClick={save} disabled={!draft.trim()}>
          Save name
        </Button>
      </div>
    </div>
  );
}
