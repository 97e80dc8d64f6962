"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, Notice, Skeleton } from "@/app/_components/ui/feedback";
import { TextField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";

const BOUNDS = [
  { key: "maxRows", label: "Keep at most (calls, and runs)", min: 100, max: 5_000_000 },
  { key: "maxDays", label: "For at most (days)", min: 1, max: 3650 },
] as const;

/** How much of the call log and runs the workspace keeps; the oldest beyond either bound is pruned every minute. */
export function RetentionPanel({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.account.retention.queryOptions());
  const [draft, setDraft] = useState<{ maxRows: string; maxDays: string } | null>(null);
  const save = useMutation(
    trpc.account.setRetention.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.account.retention.queryKey(), saved);
        setDraft(null);
      },
    }),
  );
  if (status.isPending) return <Skeleton className="h-32" />;
  if (status.error) return <ErrorNotice error={status.error} title="Could not load the retention settings" />;
  const current = status.data;
  const values = draft ?? { maxRows: String(current.maxRows), maxDays: String(current.maxDays) };
  return (
    <Card className="p-5">
      <h2 className="font-semibold text-slate-900 dark:text-white">Activity retention</h2>
      <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-400">
        Recorded wallet calls and simulation runs of this workspace. Beyond either bound the oldest are deleted every minute, with their Activity rows; issued codes and tokens keep working.
        Now: {current.calls.toLocaleString()} calls, {current.runs.toLocaleString()} runs
        {current.oldest !== null && (
          <>
            , the oldest from <Time at={current.oldest} />
          </>
        )}
        .
      </p>
      {save.error && <ErrorNotice error={save.error} title="Not saved" />}
      {save.isSuccess && !draft && <Notice tone="success">Saved.</Notice>}
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ maxRows: Number(values.maxRows), maxDays: Number(values.maxDays) });
        }}
      >
        {BOUNDS.map((bound) => (
          <TextField
            key={bound.key}
            label={bound.label}
            type="number"
            min={bound.min}
            max={bound.max}
            required
            disabled={!canEdit}
            value={values[bound.key]}
            onChange={(event) => setDraft({ ...values, [bound.key]: event.target.value })}
          />
        ))}
        {canEdit ? (
          <Button type="submit" variant="primary" disabled={save.isPending || !draft}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
        ) : (
          <p className="text-xs text-slate-500 dark:text-slate-400">Admins and owners change these.</p>
        )}
      </form>
    </Card>
  );
}
