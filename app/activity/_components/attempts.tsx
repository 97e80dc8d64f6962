import Link from "next/link";
import type { Attempt } from "@/server/services/activity-details";
import { Time } from "@/app/_components/time/time";
import { OutcomeBadge } from "./badges";
import { callHref, runHref } from "./format";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

/** Calls that presented (or issued) a code or token, oldest first, with the advice for each failure. */
export function AttemptTable({ attempts, caption, showRole, catalog }: { attempts: Attempt[]; caption: string; showRole?: boolean; catalog: string | null }) {
  if (attempts.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">None yet.</p>;
  return (
    <ScrollRegion label={caption} className="rounded-md border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/60 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Time
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Call
            </th>
            {showRole && (
              <th scope="col" className="px-3 py-2 font-medium">
                Role
              </th>
            )}
            <th scope="col" className="px-3 py-2 font-medium">
              Result
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
              Client
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {attempts.map((attempt) => (
            <tr key={`${attempt.ref}-${attempt.role}`}>
              <td className="whitespace-nowrap px-3 py-2 align-top text-slate-600 dark:text-slate-400">
                <Time at={attempt.createdAt} catalog={catalog} stacked />
              </td>
              <td className="px-3 py-2 align-top">
                <Link
                  href={attempt.event === "run" ? runHref(attempt.ref) : callHref(attempt.ref)}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
                >
                  {attempt.summary}
                </Link>
                {attempt.isError && attempt.advice && <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{attempt.advice}</p>}
              </td>
              {showRole && <td className="px-3 py-2 align-top text-slate-700 dark:text-slate-300">{attempt.role}</td>}
              <td className="px-3 py-2 align-top">
                <OutcomeBadge outcome={attempt.resultCode} isError={attempt.isError} />
              </td>
              <td className="hidden px-3 py-2 align-top font-mono text-xs text-slate-600 md:table-cell dark:text-slate-400">{attempt.clientId ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
