import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/app/_components/ui/feedback";
import { parseFilterParams } from "@/server/domain/activity/url-state";
import { ActivityView } from "./_components/activity-view";

export const metadata: Metadata = { title: "Activity" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The link's filters are checked here, with the schema the list's query uses: zod stays on the server. */
export default async function ActivityPage({ searchParams }: Props) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, item);
  }
  const parsed = parseFilterParams(params);
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
      <ActivityView parsed={parsed} />
    </Suspense>
  );
}
