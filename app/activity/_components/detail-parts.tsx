import type { ReactNode } from "react";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { Card, PageHeader } from "@/app/_components/ui/page-header";
import { formatClockOffset } from "@/app/_components/time/format";
import { errorMessage, isNotFound } from "@/app/_trpc/errors";

export function Section({ title, id, children, actions }: { title: string; id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Card className="p-4 sm:p-6">
      <section aria-labelledby={id} className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={id} className="text-base font-semibold text-slate-900 dark:text-white">
            {title}
          </h2>
          {actions}
        </div>
        {children}
      </section>
    </Card>
  );
}

/** A definition list of label → value pairs. */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
          <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Breadcrumb({ children }: { children?: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 flex flex-wrap items-center gap-1 text-sm">
      <Link href="/activity" className="text-brand-700 hover:underline dark:text-brand-100">
        Activity
      </Link>
      {children && (
        <>
          <span aria-hidden className="text-slate-400">
            /
          </span>
          {children}
        </>
      )}
    </nav>
  );
}

export function DetailLoading({ label }: { label: string }) {
  return (
    <div className="space-y-4" aria-busy="true">
      <Breadcrumb />
      <Spinner label={label} />
      <Skeleton className="h-10 w-2/3" />
      <Skeleton className="h-40" />
      <Skeleton className="h-40" />
    </div>
  );
}

export function DetailError({ error, what, id }: { error: unknown; what: string; id: string }) {
  if (isNotFound(error)) {
    return (
      <>
        <Breadcrumb />
        <PageHeader title={`${what} not found`} />
        <EmptyState
          title={`Nothing matches “${id}”`}
          action={
            <Link href="/activity" className={buttonClass("primary", "sm")}>
              Back to Activity
            </Link>
          }
        >
          {errorMessage(error)}
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <Breadcrumb />
      <ErrorNotice error={error} title={`Could not load the ${what.toLowerCase()}`} />
    </>
  );
}

/** Explains which clock the code/token times are on. */
export function ClockNote({ offsetMs }: { offsetMs: number }) {
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      Issue, expiry and redemption times are on the mock wallet clock ({formatClockOffset(offsetMs)}); states are judged against it. Activity times are real
      time.
    </p>
  );
}

/** "Why this happens / what to do" for a failure. */
export function Advice({ title = "Why this happens / what to do", children }: { title?: string; children: ReactNode }) {
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm dark:border-amber-900 dark:bg-amber-950/40">
      <p className="font-medium text-amber-900 dark:text-amber-100">{title}</p>
      <div className="mt-1 text-amber-900 dark:text-amber-50">{children}</div>
    </div>
  );
}

export function ScopeList({ scopes, empty = "none" }: { scopes: readonly string[]; empty?: string }) {
  if (scopes.length === 0) return <span className="text-slate-500 dark:text-slate-400">{empty}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {scopes.map((scope) => (
        <code key={scope} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200">
          {scope}
        </code>
      ))}
    </span>
  );
}
