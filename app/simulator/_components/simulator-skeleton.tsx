import { Skeleton } from "@/app/_components/ui/feedback";

export function SimulatorSkeleton() {
  return (
    <div aria-busy="true" className="space-y-6">
      <Skeleton className="h-16" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,23rem)_minmax(0,1fr)]">
        <div className="space-y-4">
          <Skeleton className="h-9" />
          <Skeleton className="h-64" />
          <Skeleton className="h-9" />
          <Skeleton className="h-40" />
        </div>
        <div className="space-y-4">
          <Skeleton className="h-40" />
          <Skeleton className="h-64" />
        </div>
      </div>
    </div>
  );
}
