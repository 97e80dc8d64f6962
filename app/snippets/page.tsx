import type { Metadata } from "next";
import { Suspense } from "react";
import { buttonClass } from "../_components/ui/button";
import { PageHeader } from "../_components/ui/page-header";
import { SnippetsSkeleton, SnippetsView } from "./_components/snippets-view";

export const metadata: Metadata = { title: "Snippets" };

export default function SnippetsPage() {
  return (
    <>
      <PageHeader
        title="Snippets"
        description="Client code typed to a catalog's exact scopes, callback payloads and error codes: the mini-program side of my.getAuthCode and merchant-backend clients that sign their requests. Copy a file, download it, or fetch it from a stable URL in your build."
        actions={
          <a href="/api/openapi.json" className={buttonClass("secondary", "sm")}>
            OpenAPI 3.1 document of the mock wallet API
          </a>
        }
      />
      {/* The view reads its state from the URL (useSearchParams): rendered on the client. */}
      <Suspense fallback={<SnippetsSkeleton />}>
        <SnippetsView />
      </Suspense>
    </>
  );
}
