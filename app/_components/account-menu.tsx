"use client";

import { useId, useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { loadPage, postJson } from "@/app/_auth/post-json";

/** Team mode: the signed-in person, their workspace (a switcher when they have several), sign-out. */
export function AccountMenu() {
  const trpc = useTRPC();
  const status = useQuery(trpc.account.status.queryOptions());
  const selectId = useId();
  const nameId = useId();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState("");
  const reload = () => window.location.reload();
  const switchTo = useMutation(trpc.account.switchWorkspace.mutationOptions({ onSuccess: reload }));
  const create = useMutation(trpc.account.createWorkspace.mutationOptions({ onSuccess: reload }));
  const data = status.data;
  if (!data?.team || !data.user) return null;
  const current = data.workspace?.id ?? "";
  return (
    <div className="space-y-2 text-xs text-slate-600 dark:text-slate-400">
      <label htmlFor={selectId} className="block">
        Workspace
      </label>
      <select
        id={selectId}
        value={current}
        disabled={switchTo.isPending}
        onChange={(event) => {
          if (event.target.value === "__new") setCreating(true);
          else switchTo.mutate({ workspaceId: event.target.value });
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {!current && <option value="">No workspace</option>}
        {data.workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name} ({workspace.role})
          </option>
        ))}
        <option value="__new">New workspace…</option>
      </select>
      {creating && (
        <form
          className="space-y-1"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) create.mutate({ name });
          }}
        >
          <label htmlFor={nameId} className="block">
            New workspace name
          </label>
          <div className="flex gap-1">
            <input id={nameId} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs dark:border-slate-700 dark:bg-slate-900" />
            <button type="submit" disabled={create.isPending} className="rounded-md bg-brand-600 px-2 py-1 text-xs font-medium text-white hover:bg-brand-700">
              Create
            </button>
          </div>
          {create.error && <p role="alert" className="text-red-600 dark:text-red-400">{create.error.message}</p>}
        </form>
      )}
      {switchTo.error && <p role="alert" className="text-red-600 dark:text-red-400">{switchTo.error.message}</p>}
      <div className="flex items-center justify-between gap-2">
        <span className="truncate" title={data.user.email}>
          {data.user.email}
        </span>
        <button
          type="button"
          className="text-brand-600 hover:underline dark:text-brand-100"
          onClick={() => void postJson("/api/auth/sign-out", {}).then(() => loadPage("/sign-in"))}
        >
          Sign out
        </button>
      </div>
    </div>
  );
}
