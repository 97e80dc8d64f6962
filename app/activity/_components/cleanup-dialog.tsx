"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, Notice, Spinner } from "@/app/_components/ui/feedback";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";

const numberFormat = new Intl.NumberFormat("en");

/** A modal on the native <dialog> (focus trap, Escape cancels) whose confirm button can be disabled. */
function CleanupDialog({
  open,
  children,
  confirmLabel,
  canConfirm,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  children: ReactNode;
  confirmLabel: string;
  canConfirm: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        Clean up activity
      </h2>
      <div className="mt-2 text-sm text-slate-600 dark:text-slate-300">{children}</div>
      <div className="mt-6 flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="danger" onClick={onConfirm} disabled={busy || !canConfirm}>
          {busy ? "Deleting…" : confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}

/** Delete runs and calls older than N days, or all of one catalog's, after a confirmation that says how many. */
export function CleanupButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
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
      <CleanupDialog
        open={open}
        confirmLabel={count > 0 ? `Delete ${numberFormat.format(count)} events` : "Delete"}
        canConfirm={scope !== null && preview.isSuccess && count > 0}
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
      </CleanupDialog>
    </>
  );
}
