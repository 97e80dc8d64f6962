import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/feedback";
import { PageHeader } from "@/app/_components/ui/page-header";

/** Shown for a slug no catalog has (deleted, renamed or mistyped). */
export function CatalogNotFound({ slug }: { slug: string }) {
  return (
    <>
      <PageHeader title="Catalog not found" />
      <EmptyState
        title={`No catalog has the slug “${slug}”`}
        action={
          <Link href="/catalogs" className={buttonClass("primary", "sm")}>
            Back to catalogs
          </Link>
        }
      >
        It may have been deleted or renamed. Built-in catalogs can be restored from the Catalogs page.
      </EmptyState>
    </>
  );
}
