"use client";

import Link from "next/link";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor } from "@/app/_components/author";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState, ErrorNotice, Notice, Skeleton } from "@/app/_components/ui/feedback";
import { Card } from "@/app/_components/ui/page-header";

type Builtin = { slug: string; name: string; present: boolean; modified: boolean };

function StateBadge({ builtin }: { builtin: Builtin }) {
  if (!builtin.present) return <Badge tone="red">deleted</Badge>;
  if (builtin.modified) return <Badge tone="amber">modified</Badge>;
  return <Badge tone="green">matches built-in</Badge>;
}

/** Built-in catalogs with their state, and a way back to the shipped content (also for deleted ones). */
export function BuiltinCatalogs() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const author = useAuthor();
  const builtins = useQuery(trpc.catalog.builtins.queryOptions());
  const [target, setTarget] = useState<Builtin | null>(null);
  const [restored, setRestored] = useState<{ slug: string; name: string; version: number } | null>(null);
  const restore = useMutation(
    trpc.catalog.restoreBuiltin.mutationOptions({
      onSuccess: async (record) => {
        setTarget(null);
        setRestored({ slug: record.slug, name: record.name, version: record.version });
        await queryClient.invalidateQueries(trpc.catalog.pathFilter());
      },
    }),
  );

  return (
    <Card className="p-4 sm:p-5">
      <h2 id="builtin-catalogs-title" className="text-lg font-semibold">
        Built-in catalogs
      </h2>
      <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
        Shipped with the studio from the wallets&apos; public documentation. Edit them freely: you can always restore the built-in
        state, even after deleting one.
      </p>
      {restored && (
        <div className="mt-3">
          <Notice tone="success">
            Restored <strong>{restored.name}</strong> to its built-in state as version {restored.version}.{" "}
            <Link href={`/catalogs/${restored.slug}`} className="font-medium underline">
              Open it
            </Link>
          </Notice>
        </div>
      )}
      <div className="mt-4">
        {builtins.isPending ? (
          <div className="space-y-2" aria-busy="true">
            <span className="sr-only" role="status">
              Loading built-in catalogs…
            </span>
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} className="h-10" />
            ))}
          </div>
        ) : builtins.isError ? (
          <ErrorNotice error={builtins.error} title="Could not load the built-in catalogs" />
        ) : builtins.data.length === 0 ? (
          <EmptyState title="No built-in catalogs">This build of the studio ships none.</EmptyState>
        ) : (
          <ul aria-labelledby="builtin-catalogs-title" className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {builtins.data.map((builtin) => (
              <li
                key={builtin.slug}
                className="flex flex-col justify-between gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800"
              >
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2">
                    {builtin.present ? (
                      <Link href={`/catalogs/${builtin.slug}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                        {builtin.name}
                      </Link>
                    ) : (
                      <span className="font-medium">{builtin.name}</span>
                    )}
                    <StateBadge builtin={builtin} />
                  </div>
                  <div className="font-mono text-xs text-slate-500 dark:text-slate-400">{builtin.slug}</div>
                </div>
                <Button
                  size="sm"
                  className="self-start"
                  aria-label={`Restore built-in state: ${builtin.name}`}
                  onClick={() => {
                    restore.reset();
                    setTarget(builtin);
                  }}
                >
                  Restore built-in state
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={target !== null}
        title={target ? `Restore “${target.name}” to its built-in state?` : "Restore built-in state?"}
        confirmLabel="Restore built-in state"
        busy={restore.isPending}
        onCancel={() => setTarget(null)}
        onConfirm={() => {
          if (target) author.withAuthor((authorName) => restore.mutate({ slug: target.slug, author: authorName }));
        }}
      >
        {target && (
          <div className="space-y-3">
            <p>
              {!target.present
                ? "It was deleted. Restoring creates it again with the content the studio ships."
                : target.modified
                  ? "Its current content is replaced by the content the studio ships, saved as a new version. Your edits stay in its history."
                  : "It already matches the content the studio ships; restoring records a new version with the same content."}
            </p>
            {restore.error && <ErrorNotice error={restore.error} title="Not restored" />}
          </div>
        )}
      </ConfirmDialog>
    </Card>
  );
}
