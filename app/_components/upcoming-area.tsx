import Link from "next/link";
import { PageHeader, Card } from "./ui/page-header";

/** An area of the product that is not built yet: says plainly what it will hold, shows nothing made up. */
export function UpcomingArea({ title, summary, points }: { title: string; summary: string; points: string[] }) {
  return (
    <>
      <PageHeader title={title} description={summary} />
      <Card className="p-6">
        <p className="text-sm font-medium text-slate-800 dark:text-slate-100">Not available yet. When it lands, this page will let you:</p>
        <ul className="mt-3 list-disc space-y-1.5 pl-5 text-sm text-slate-600 dark:text-slate-300">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <p className="mt-5 text-sm text-slate-600 dark:text-slate-400">
          Everything it needs comes from the scope catalogs. Meanwhile, browse them in the{" "}
          <Link className="font-medium text-brand-600 hover:underline dark:text-brand-100" href="/explorer">
            Explorer
          </Link>{" "}
          or edit them under{" "}
          <Link className="font-medium text-brand-600 hover:underline dark:text-brand-100" href="/catalogs">
            Catalogs
          </Link>
          .
        </p>
      </Card>
    </>
  );
}
