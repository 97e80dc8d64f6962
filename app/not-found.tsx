import Link from "next/link";
import { buttonClass } from "./_components/ui/button";
import { EmptyState } from "./_components/ui/feedback";
import { PageHeader } from "./_components/ui/page-header";
import { NAV_ITEMS } from "./_components/nav-items";

/**
 * Any path the studio has no page for, and any page whose catalog, scope, run, call, code, token or
 * invitation does not exist (pages call `notFound()`): answered with HTTP 404.
 */
export default function NotFound() {
  return (
    <>
      <PageHeader
        title="Page not found"
        description="Nothing is at this address: what it names may have been deleted, renamed or cleaned up, or the link may be mistyped."
      />
      <EmptyState
        title="Where to go from here"
        action={
          <Link href="/" className={buttonClass("primary", "sm")}>
            Studio home
          </Link>
        }
      >
        <ul className="mt-2 flex flex-wrap justify-center gap-3">
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="text-brand-700 hover:underline dark:text-brand-100">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </EmptyState>
    </>
  );
}
