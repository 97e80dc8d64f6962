"use client";

import { useEffect, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { cn } from "@/app/_components/ui/cn";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { Card, PageHeader } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import { CatalogSelect } from "../../_nav/catalog-select";
import { SimulatorTabs } from "../../_nav/simulator-tabs";
import { valueAtPath } from "./profile-fields";
import { UserDetail, type TestUser } from "./user-detail";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

function text(profile: Record<string, unknown>, path: string): string {
  const { present, value } = valueAtPath(profile, path);
  if (!present) return "";
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" || typeof first === "number" ? String(first) : "";
}

function phoneOf(profile: Record<string, unknown>): string {
  return text(profile, "loginIdInfos[].loginId") || text(profile, "contactInfos[].contactNo");
}

function UsersTable({ users, selected, onSelect }: { users: TestUser[]; selected: string | null; onSelect: (userId: string) => void }) {
  return (
    <ScrollRegion label="Test users table" className="relative">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Test users</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              User id
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Nickname
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Nationality
            </th>
            <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">
              Phone
            </th>
            <th scope="col" className="hidden px-4 py-2 font-medium lg:table-cell">
              Email
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {users.map((user) => {
            const active = user.userId === selected;
            return (
              <tr key={user.userId} aria-current={active || undefined} className={cn(active && "bg-brand-50 dark:bg-brand-700/20")}>
                <th scope="row" className="px-4 py-2 font-medium text-slate-900 dark:text-white">
                  {user.displayName}
                </th>
                <td className="px-4 py-2">
                  <code className="font-mono text-xs text-slate-700 dark:text-slate-300">{user.userId}</code>
                </td>
                <td className="px-4 py-2 text-slate-700 dark:text-slate-300">{text(user.profile, "nickName")}</td>
                <td className="px-4 py-2 text-slate-700 dark:text-slate-300">{text(user.profile, "nationality")}</td>
                <td className="hidden px-4 py-2 text-slate-700 md:table-cell dark:text-slate-300">{phoneOf(user.profile)}</td>
                <td className="hidden px-4 py-2 text-slate-700 lg:table-cell dark:text-slate-300">{text(user.profile, "email")}</td>
                <td className="px-4 py-2 text-right">
                  <Button size="sm" variant={active ? "primary" : "secondary"} aria-pressed={active} onClick={() => onSelect(user.userId)} aria-label={`Show ${user.displayName}`}>
                    {active ? "Shown" : "Show"}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Test users of one catalog (`?catalog=`): what the mock's inquiryUserInfo answers from. */
export function UsersView({ catalog }: { catalog: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const catalogs = useQuery(trpc.catalog.list.queryOptions());
  const users = useQuery({ ...trpc.testUser.list.queryOptions({ catalog: catalog ?? "" }), enabled: catalog !== null });
  const [selected, setSelected] = useState<string | null>(null);

  // Without ?catalog= the page opens on the first catalog.
  const firstSlug = catalogs.data?.[0]?.slug;
  useEffect(() => {
    if (catalog === null && firstSlug) router.replace(`${pathname}?catalog=${encodeURIComponent(firstSlug)}`, { scroll: false });
  }, [catalog, firstSlug, pathname, router]);

  const create = useMutation(
    trpc.testUser.create.mutationOptions({
      onSuccess: async (user) => {
        await queryClient.invalidateQueries(trpc.testUser.list.pathFilter());
        setSelected(user.userId);
      },
    }),
  );

  const list = users.data ?? [];
  const current = list.find((user) => user.userId === selected) ?? list[0] ?? null;

  return (
    <>
      <SimulatorTabs catalog={catalog} />
      <PageHeader
        title="Test users"
        description="Fake wallet users per catalog. The mock's inquiryUserInfo answers from a user's profile, cut down to the fields the token's scopes unlock."
        actions={
          catalog && (
            <Button variant="primary" onClick={() => create.mutate({ catalog })} disabled={create.isPending || users.isPending}>
              {create.isPending ? "Adding…" : "Add test user"}
            </Button>
          )
        }
      />
      <div className="space-y-6">
        <CatalogSelect value={catalog} className="max-w-xs" />
        {create.isError && <ErrorNotice error={create.error} title="Could not add a test user" />}
        {catalog === null ? (
          catalogs.isError ? (
            <ErrorNotice error={catalogs.error} title="Could not load the catalogs" />
          ) : catalogs.data && catalogs.data.length === 0 ? (
            <EmptyState title="No catalogs yet">Create or restore a catalog first; test users belong to a catalog.</EmptyState>
          ) : (
            <Spinner label="Opening the first catalog" />
          )
        ) : users.isPending ? (
          <div className="space-y-3" aria-busy="true">
            <Spinner label="Loading test users" />
            <Skeleton className="h-32" />
            <Skeleton className="h-64" />
          </div>
        ) : users.isError ? (
          <ErrorNotice error={users.error} title="Could not load the test users" />
        ) : list.length === 0 ? (
          <EmptyState title="No test users" action={<Button onClick={() => create.mutate({ catalog })}>Add test user</Button>}>
            This catalog has no test users yet.
          </EmptyState>
        ) : (
          <>
            <Card>
              <UsersTable users={list} selected={current?.userId ?? null} onSelect={setSelected} />
            </Card>
            {current && <UserDetail key={current.userId} catalog={catalog} user={current} />}
          </>
        )}
      </div>
    </>
  );
}
