import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/app/_components/ui/feedback";
import { ExplorerHeader } from "../_components/explorer-header";
import { CompareView } from "./_components/compare-view";

export const metadata: Metadata = { title: "Compare catalogs · Scope explorer" };

export default function ComparePage() {
  return (
    <>
      <ExplorerHeader
        title="Compare catalogs"
        description="Scopes side by side: which catalogs accept each scope (by name or alias), and where they disagree about skipping the consent page."
      />
      <Suspense
        fallback={
          <div className="space-y-4" aria-busy="true">
            <Skeleton className="h-24" />
            <Skeleton className="h-96" />
          </div>
        }
      >
        <CompareView />
      </Suspense>
    </>
  );
}
