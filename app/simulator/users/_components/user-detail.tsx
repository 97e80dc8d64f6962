"use client";

import { useId, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { cn } from "@/app/_components/ui/cn";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNotice, Skeleton } from "@/app/_components/ui/feedback";
import { SelectField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { ProfileEditor } from "./profile-editor";
import { fieldRows, formatValue } from "./profile-fields";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

export type TestUser = { userId: string; displayName: string; profile: Record<string, unknown>; updatedAt: number };

/** Field → scopes that unlock it → value, with one scope's fields highlighted. */
function ScopeFieldTable({ catalog, profile }: { catalog: string; profile: Record<string, unknown> }) {
  const trpc = useTRPC();
  const record = useQuery(trpc.catalog.bySlug.queryOptions({ slug: catalog }));
  const [highlight, setHighlight] = useState("");
  if (record.isPending) return <Skeleton className="h-64" />;
  if (record.isError) return <ErrorNotice error={record.error} title="Could not load the catalog's scopes" />;
  const scopes = record.data.document.scopes;
  const rows = fieldRows(scopes, profile);
  const highlighted = scopes.find((scope) => scope.name === highlight);
  const unlocked = new Set(highlighted?.userInfoFields ?? []);

  return (
    <div className="space-y-3">
      <SelectField
        label="Highlight the fields a scope unlocks"
        value={highlight}
        onChange={(event) => setHighlight(event.target.value)}
        className="max-w-sm"
        hint={
          highlighted
            ? highlighted.userInfoFields.length === 0
              ? `${highlighted.name} unlocks no user info fields.`
              : `${highlighted.name} unlocks ${highlighted.userInfoFields.length} field${highlighted.userInfoFields.length === 1 ? "" : "s"}.`
            : undefined
        }
      >
        <option value="">No highlight</option>
        {scopes.map((scope) => (
          <option key={scope.name} value={scope.name}>
            {scope.name}
            {scope.userInfoFields.length === 0 ? " (no fields)" : ""}
          </option>
        ))}
      </SelectField>
      <ScrollRegion label="Profile fields table" className="relative rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Profile fields, the scopes that unlock each and their values</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/60 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Field
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Unlocked by
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Value
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row) => {
              const on = unlocked.has(row.path);
              return (
                <tr
                  key={row.path}
                  data-highlighted={on || undefined}
                  className={cn(on && "bg-brand-50 dark:bg-brand-700/25", !row.present && "text-slate-400 dark:text-slate-500")}
                >
                  <th scope="row" className="px-3 py-1.5 align-top font-normal">
                    <code className={cn("font-mono text-xs", on ? "font-semibold text-brand-700 dark:text-white" : "text-slate-800 dark:text-slate-200")}>
                      {row.path}
                    </code>
                    {on && <span className="sr-only"> (unlocked by {highlight})</span>}
                  </th>
                  <td className="px-3 py-1.5 align-top">
                    {row.scopes.length === 0 ? (
                      <span className="text-xs italic text-slate-500 dark:text-slate-400">no scope unlocks it</span>
                    ) : (
                      <span className="flex flex-wrap gap-1">
                        {row.scopes.map((scope) => (
                          <code
                            key={scope}
                            className={cn(
                              "rounded px-1.5 py-0.5 font-mono text-xs",
                              scope === highlight
                                ? "bg-brand-600 text-white"
                                : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
                            )}
                          >
                            {scope}
                          </code>
                        ))}
                      </span>
                    )}
                  </td>
                  <td className="max-w-md px-3 py-1.5 align-top">
                    {row.present ? (
                      <code className="break-all font-mono text-xs text-slate-700 dark:text-slate-300">{formatValue(row.value)}</code>
                    ) : (
                      <span className="text-xs italic text-slate-500 dark:text-slate-400">not in this profile</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** One test user: read view by scope, JSON editing and delete. */
export function UserDetail({ catalog, user }: { catalog: string; user: TestUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const titleId = useId();
  const remove = useMutation(
    trpc.testUser.delete.mutationOptions({
      onSuccess: async () => {
        setConfirmDelete(false);
        await queryClient.invalidateQueries(trpc.testUser.list.pathFilter());
      },
    }),
  );

  return (
    <Card className="p-4 sm:p-6">
      <section aria-labelledby={titleId}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={titleId} className="text-lg font-semibold text-slate-900 dark:text-white">
              {user.displayName}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              User id <code className="font-mono">{user.userId}</code> · updated <Time at={user.updatedAt} catalog={catalog} />
            </p>
          </div>
          {!editing && (
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" size="sm" onClick={() => setEditing(true)}>
                Edit profile JSON
              </Button>
              <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950/50" onClick={() => setConfirmDelete(true)}>
                Delete user
              </Button>
            </div>
          )}
        </div>
        <div className="mt-4">
          {editing ? (
            <ProfileEditor key={user.updatedAt} catalog={catalog} userId={user.userId} profile={user.profile} onDone={() => setEditing(false)} />
          ) : (
            <ScopeFieldTable catalog={catalog} profile={user.profile} />
          )}
        </div>
      </section>
      {confirmDelete && (
        <ConfirmDialog
          open
          danger
          title={`Delete test user ${user.displayName}?`}
          confirmLabel="Delete test user"
          busy={remove.isPending}
          onCancel={() => {
            setConfirmDelete(false);
            remove.reset();
          }}
          onConfirm={() => remove.mutate({ catalog, userId: user.userId })}
        >
          <p>Tokens issued for this user stop working. A catalog left without test users gets its default users back.</p>
          {remove.isError && (
            <div className="mt-3">
              <ErrorNotice error={remove.error} title="Could not delete the test user" />
            </div>
          )}
        </ConfirmDialog>
      )}
    </Card>
  );
}
