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
