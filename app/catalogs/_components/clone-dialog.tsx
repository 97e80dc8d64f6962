"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { SLUG_PATTERN } from "@/server/domain/catalog/slug";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor } from "@/app/_components/author";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice } from "@/app/_components/ui/feedback";
import { errorIssues } from "@/app/_trpc/errors";
import { TextField } from "@/app/_components/ui/field";
import { Modal } from "@/app/_components/ui/modal";

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
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const author = useAuthor();
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

  const serverSlugIssue = errorIssues(clone.error).find((issue) => issue.path === "slug" || issue.path === "newSlug");
  const slugProblem = touched ? slugError(slug) : null;
  const nameProblem = touched ? nameError(name) : null;

  return (
    <Modal
      open={open}
      title={<>Clone “{source.name}”</>}
      description="Creates a new catalog with the same content as the current version, starting its own history at version 1."
      onCancel={onClose}
    >
      <form
        className="mt-4 space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (slugError(slug) || nameError(name)) return;
          author.withAuthor((authorName) => clone.mutate({ slug: source.slug, newSlug: slug, newName: name.trim(), author: authorName }));
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
        {clone.error && !serverSlugIssue && <ErrorNotice error={clone.error} title="Not cloned" />}
        {clone.error && serverSlugIssue && <p className="text-sm text-red-700 dark:text-red-300">{clone.error.message}</p>}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={clone.isPending}>
            {clone.isPending ? "Cloning…" : "Clone catalog"}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
