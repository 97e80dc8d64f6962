import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/app/_components/ui/feedback";
import { ActivityView } from "./_components/activity-view";

export const metadata: Metadata = { title: "Activity" };

export default function ActivityPage() {
  return (
    <Suspense
      fallback={
        <div className="space-y-4" aria-busy="true">
          <Skeleton className="h-10 w-1/3" />
          <Skeleton className="h-32" />
          <Skeleton className="h-64" />
        </div>
      }
    >
      <ActivityView />
    </Suspense>
  );
}
