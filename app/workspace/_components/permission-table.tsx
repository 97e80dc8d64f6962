"use client";

import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "@/app/_components/ui/feedback";
import { useTRPC } from "@/app/_trpc/client";
import { ROLES } from "@/server/domain/access/permissions";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

/** The permission table every check on the server uses. */
export function PermissionTable() {
  const trpc = useTRPC();
  const table = useQuery(trpc.account.permissions.queryOptions());
  if (!table.data) return <Skeleton className="h-32" />;
  return (
    <ScrollRegion label="Permissions table">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
            <th scope="col" className="py-2 pr-4 font-medium">
              Permission
            </th>
            {ROLES.map((role) => (
              <th key={role} scope="col" className="px-2 py-2 text-center font-medium">
                {role}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.data.map((row) => (
            <tr key={row.permission} className="border-b border-slate-100 last:border-0 dark:border-slate-800/60">
              <th scope="row" className="py-2 pr-4 font-normal text-slate-700 dark:text-slate-300">
                {row.description}
              </th>
              {ROLES.map((role) => (
                <td key={role} className="px-2 py-2 text-center">
                  {row.roles[role] ? <span aria-label="allowed">✓</span> : <span aria-label="not allowed" className="text-slate-400 dark:text-slate-500">–</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
