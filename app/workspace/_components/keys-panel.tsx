"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState, ErrorNotice, Notice, Skeleton } from "@/app/_components/ui/feedback";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { assignableRoles, type Role } from "@/server/domain/access/permissions";

/** CI keys: made with a name and a role, shown once, revocable; sent as `Authorization: Bearer <key>`. */
export function KeysPanel({ role }: { role: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.account.keys.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.account.keys.queryKey() });
  const roles = assignableRoles(role);
  const [name, setName] = useState("");
  const [keyRole, setKeyRole] = useState<Role>("developer");
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const create = useMutation(
    trpc.account.createKey.mutationOptions({
      onSuccess: (created) => {
        setShown({ name: created.view.name, key: created.key });
        setName("");
        refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.account.revokeKey.mutationOptions({ onSuccess: () => (setRevoking(null), refresh()) }));

  return (
    <Card className="p-5">
      <h2 className="font-semibold text-slate-900 dark:text-white">CI keys</h2>
      <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-400">
        For CI and scripts calling the headless API (<code className="font-mono">/api/simulations</code>, <code className="font-mono">/api/clients</code>,{" "}
        <code className="font-mono">/api/clock</code>, exports) as <code className="font-mono">Authorization: Bearer &lt;key&gt;</code>. The mock wallet API itself needs no key: merchant signatures authenticate it.
      </p>
      {(create.error ?? revoke.error) && <ErrorNotice error={create.error ?? revoke.error} title="That did not work" />}
      {shown && (
        <Notice tone="success">
          <p>
            Key <strong>{shown.name}</strong> — copy it now, it is not shown again:
          </p>
          <code className="mt-1 block break-all font-mono text-xs" data-testid="new-api-key">
            {shown.key}
          </code>
          <div className="mt-2 flex gap-2">
            <Button size="sm" onClick={() => void navigator.clipboard.writeText(shown.key)}>
              Copy
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setShown(null)}>
              Done
            </Button>
          </div>
        </Notice>
      )}
      {keys.isPending ? (
        <Skeleton className="h-16" />
      ) : keys.error ? (
        <ErrorNotice error={keys.error} title="Could not load the keys" />
      ) : keys.data.length === 0 ? (
        <EmptyState title="No CI keys yet">Create one for each pipeline, with the least role it needs.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {keys.data.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-slate-800 dark:text-slate-100">
                  {key.name} <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{key.start}…</span>
                </p>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  {key.role} · created <Time at={key.createdAt} /> ·{" "}
                  {key.lastUsedAt !== null ? (
                    <>
                      last used <Time at={key.lastUsedAt} />
                    </>
                  ) : (
                    "never used"
                  )}
                </p>
              </div>
              <Button size="sm" variant="ghost" onClick={() => setRevoking({ id: key.id, name: key.name })}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="mt-4 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4 dark:border-slate-800"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, role: keyRole });
        }}
      >
        <TextField label="Key name" required maxLength={64} placeholder="e.g. checkout-service CI" value={name} onChange={(event) => setName(event.target.value)} className="min-w-56 flex-1" />
        <SelectField label="Role" value={keyRole} onChange={(event) => setKeyRole(event.target.value as Role)}>
          {roles.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create key"}
        </Button>
      </form>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? ""}?`}
        confirmLabel="Revoke"
        danger
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ keyId: revoking.id })}
      >
        Pipelines using it are refused from the next call.
      </ConfirmDialog>
    </Card>
  );
}
