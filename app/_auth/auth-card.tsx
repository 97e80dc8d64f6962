import { Button } from "@/app/_components/ui/button";
import type { ReactNode } from "react";

/** The centred card of the sign-in, first-run and invitation pages. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto mt-8 max-w-md space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-xl font-semibold tracking-tight text-slate-900 dark:text-white">{title}</h1>
      {children}
    </div>
  );
}

/** The end of every account form: the refusal (if any) and the submit button. */
export function AuthSubmit({ error, busy, label, busyLabel }: { error: string | null; busy: boolean; label: string; busyLabel: string }) {
  return (
    <>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" className="w-full" disabled={busy}>
        {busy ? busyLabel : label}
      </Button>
    </>
  );
}
