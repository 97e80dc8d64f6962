"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNotice, Notice, Spinner } from "@/app/_components/ui/feedback";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";

const numberFormat = new Intl.NumberFormat("en");

/** Delete runs and calls older than N days, or all of one catalog's, after a confirmation that says how many. */
/** The button and the dialog (fetched the first time the button is used: see cleanup-button.tsx). */
export function CleanupPanel({ startOpen }: { startOpen: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(startOpen);
  const [mode, setMode] = useState<"age" | "catalog">("age");
  const [days, setDays] = useState("30");
  const [catalog, setCatalog] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const options = useQuery({ ...trpc.activity.filterOptions.queryOptions(), enabled: open });
  const parsedDays = /^\d{1,4}$/.test(days) && Number(days) <= 3650 ? Number(days) : null;
  const scope = mode === "age" ? (parsedDays !== null ? { olderThanDays: parsedDays } : null) : catalog ? { catalog } : null;
  const preview = useQuery({ ...trpc.activity.cleanupPreview.queryOptions(scope ?? { olderThanDays: 0 }), enabled: open && scope !== null });
  const cleanup = useMutation(
    trpc.activity.cleanup.mutationOptions({
      onSuccess: (result) => {
        setOpen(false);
        setDone(`Deleted ${numberFormat.format(result.activity)} events ${result.label}: ${numberFormat.format(result.runs)} runs and ${numberFormat.format(result.calls)} API calls.`);
        void queryClient.invalidateQueries({ queryKey: trpc.activity.pathKey() });
      },
    }),
  );
  const count = preview.data?.activity ?? 0;

  return (
    <>
      <Button
        onClick={() => {
          setDone(null);
          cleanup.reset();
          setOpen(true);
        }}
      >
        Clean up…
      </Button>
      {done && (
        <div className="basis-full">
          <Notice tone="success">{done}</Notice>
        </div>
      )}
      <ConfirmDialog
        title="Clean up activity"
        danger
        busyLabel="Deleting…"
        open={open}
        confirmLabel={count > 0 ? `Delete ${numberFormat.format(count)} events` : "Delete"}
        confirmDisabled={!(scope !== null && preview.isSuccess && count > 0)}
        busy={cleanup.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => scope && cleanup.mutate(scope)}
      >
        <div className="space-y-3">
          <fieldset className="space-y-2">
            <legend className="font-medium text-slate-800 dark:text-slate-100">What to delete</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="cleanup-mode" checked={mode === "age"} onChange={() => setMode("age")} className="accent-brand-600" />
              Runs and calls older than a number of days
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="cleanup-mode" checked={mode === "catalog"} onChange={() => setMode("catalog")} className="accent-brand-600" />
              Everything of one catalog
            </label>
          </fieldset>
          {mode === "age" ? (
            <TextField
              label="Older than (days)"
              inputMode="numeric"
              value={days}
              onChange={(event) => setDays(event.target.value)}
              error={parsedDays === null ? "Enter a whole number of days from 0 to 3650." : null}
            />
          ) : (
            <SelectField label="Catalog" value={catalog} onChange={(event) => setCatalog(event.target.value)}>
              <option value="">Choose a catalog…</option>
              {options.data?.catalogs.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          )}
          {scope === null ? null : preview.isPending ? (
            <Spinner label="Counting" />
          ) : preview.isError ? (
            <ErrorNotice error={preview.error} title="Could not count" />
          ) : (
            <p role="status">
              {count === 0
                ? "Nothing to delete."
                : `This deletes ${numberFormat.format(count)} events (${numberFormat.format(preview.data.runs)} runs, ${numberFormat.format(preview.data.calls)} API calls) ${preview.data.label}. It cannot be undone. Issued codes and tokens keep working.`}
            </p>
          )}
          {cleanup.isError && <ErrorNotice error={cleanup.error} title="Nothing was deleted" />}
        </div>
      </ConfirmDialog>
    </>
  );
}
