"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { SLUG_PATTERN } from "@/server/domain/catalog/slug";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor } from "@/app/_components/author";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, issuesOf } from "@/app/_components/ui/feedback";
import { TextField } from "@/app/_components/ui/field";
import { AuthorGate } from "./author-gate";

function slugError(slug: string): string | null {
  if (!slug) return "Slug is required.";
  if (slug.length > 48) return "Slug is longer than 48 characters.";
  if (!SLUG_PATTERN.test(slug)) return "Use only a-z, 0-9 and inner hyphens (e.g. dana-staging).";
  return null;
}

function nameError(name: string): string | null {
  if (!name.trim()) return "Name is required.";
  if (name.trim().length > 120) return "Name is longer than 120 characters.";
  return null;
}

/** Asks for the new catalog's name and slug, clones, then opens the clone. */
export function CloneDialog({
  open,
  source,
  onClose,
}: {
  open: boolean;
  source: { slug: string; name: string };
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [author] = useAuthor();
  const [name, setName] = useState(() => `${source.name} (copy)`.slice(0, 120));
  const [slug, setSlug] = useState(() => `${source.slug.slice(0, 43)}-copy`);
  const [touched, setTouched] = useState(false);
  const clone = useMutation(
    trpc.catalog.clone.mutationOptions({
      onSuccess: async (record) => {
        await queryClient.invalidateQueries(trpc.catalog.pathFilter());
        onClose();
        router.push(`/catalogs/${record.slug}`);
      },
    }),
  );

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const serverSlugIssue = issuesOf(clone.error).find((issue) => issue.path === "slug" || issue.path === "newSlug");
  const slugProblem = touched ? slugError(slug) : null;
  const nameProblem = touched ? nameError(name) : null;

  return (
    <dialog
      ref={ref}
      aria-labelledby="clone-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="clone-dialog-title" className="text-lg font-semibold">
        Clone “{source.name}”
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Creates a new catalog with the same content as the current version, starting its own history at version 1.
      </p>
      <form
        className="mt-4 space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (slugError(slug) || nameError(name) || !author) return;
          clone.mutate({ slug: source.slug, newSlug: slug, newName: name.trim(), author });
        }}
      >
        <TextField label="New name" value={name} maxLength={120} required onChange={(event) => setName(event.target.value)} error={nameProblem} />
        <TextField
          label="New slug"
          value={slug}
          maxLength={48}
          required
          onChange={(event) => setSlug(event.target.value.toLowerCase())}
          error={slugProblem ?? (serverSlugIssue ? `${serverSlugIssue.message}.` : null)}
          hint={
            <>
              Used in URLs: <code className="font-mono">/catalogs/{slug || "…"}</code>
            </>
          }
        />
        <AuthorGate action="clone" attempted={touched} />
        {clone.error && !serverSlugIssue && <ErrorNotice error={clone.error} title="Not cloned" />}
        {clone.error && serverSlugIssue && <p className="text-sm text-red-700 dark:text-red-300">{clone.error.message}</p>}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={clone.isPending}>
            {clone.isPending ? "Cloning…" : "Clone catalog"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
