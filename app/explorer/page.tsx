import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/app/_components/ui/feedback";
import { ExplorerHeader } from "./_components/explorer-header";
import { ScopeSearch } from "./_components/scope-search";
import { SearchResultsSkeleton } from "./_components/search-results";

export const metadata: Metadata = { title: "Scope explorer" };

function SearchFallback() {
  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]" aria-busy="true">
      <div className="space-y-4">
        <Skeleton className="h-9" />
        <Skeleton className="h-9" />
        <Skeleton className="h-40" />
      </div>
      <div className="space-y-4">
        <Skeleton className="h-14" />
        <SearchResultsSkeleton />
      </div>
    </div>
  );
}

export default function ExplorerPage() {
  return (
    <>
      <ExplorerHeader
        title="Scope explorer"
        description="Every scope of every catalog in one place: which wallets accept a scope, whether it skips the consent page there, and how sure we are."
      />
      <Suspense fallback={<SearchFallback />}>
        <ScopeSearch />
      </Suspense>
    </>
  );
}
