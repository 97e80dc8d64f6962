import type { ReactNode } from "react";
import { Skeleton } from "@/app/_components/ui/feedback";

/**
 * The simulator at desktop width: configuration | the phone (consent page, then the callback) |
 * the flow (steps, the run, its calls). Narrower screens stack them in that order.
 */
export function Columns({ config, phone, flow }: { config: ReactNode; phone: ReactNode; flow: ReactNode }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] xl:grid-cols-[minmax(0,19rem)_17.5rem_minmax(0,1fr)]">
      <div className="min-w-0 space-y-6 lg:row-span-2 xl:row-span-1">{config}</div>
      <div className="min-w-0 xl:sticky xl:top-6">{phone}</div>
      <div className="min-w-0 space-y-6 lg:col-start-2 xl:col-start-3 xl:row-start-1" aria-label="The flow" role="region">
        {flow}
      </div>
    </div>
  );
}

/** The page while the catalog loads: the same columns, so nothing moves when it arrives. */
export function SimulatorSkeleton({ picker }: { picker?: ReactNode }) {
  return (
    <div aria-busy="true" className="space-y-6">
      {picker === undefined && <Skeleton className="h-28" />}
      <Columns
        config={
          <div className="space-y-4 rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-800">
            {picker ?? <Skeleton className="h-9" />}
            <Skeleton className="h-64" />
            <Skeleton className="h-40" />
          </div>
        }
        phone={<Skeleton className="h-[34rem]" />}
        flow={
          <>
            <Skeleton className="h-16" />
            <Skeleton className="h-40" />
          </>
        }
      />
    </div>
  );
}
