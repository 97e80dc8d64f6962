"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNotice, Notice, Skeleton } from "@/app/_components/ui/feedback";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { Time } from "@/app/_components/time/time";
import { useTRPC } from "@/app/_trpc/client";
import { assignableRoles, can, type Role } from "@/server/domain/access/permissions";

export function MembersPanel({ role }: { role: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.account.members.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.account.members.queryKey() });
  const manage = can(role, "members.manage");
  const roles = assignableRoles(role);
  const [email, setEmail] = useState("");
  const [inviteRole, setInviteRole] = useState<Role>("developer");
  const [link, setLink] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const invite = useMutation(
    trpc.account.invite.mutationOptions({
      onSuccess: (created) => {
        setLink(`${window.location.origin}/invite/${created.id}`);
        setEmail("");
        refresh();
      },
    }),
  );
  const cancel = useMutation(trpc.account.cancelInvitation.mutationOptions({ onSuccess: refresh }));
  const changeRole = useMutation(trpc.account.changeRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.account.removeMember.mutationOptions({ onSuccess: () => (setRemoving(null), refresh()) }));
  const failure = invite.error ?? cancel.error ?? changeRole.error ?? remove.error;

  return (
    <Card className="p-5">
      <h2 className="mb-3 font-semibold text-slate-900 dark:text-white">Members</h2>
      {failure && <ErrorNotice error={failure} title="That did not work" />}
      {members.isPending ? (
        <Skeleton className="h-24" />
      ) : members.error ? (
        <ErrorNotice error={members.error} title="Could not load the members" />
      ) : (
        <>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {members.data.members.map((person) => (
              <li key={person.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-slate-800 dark:text-slate-100">{person.name}</p>
                  <p className="truncate text-xs text-slate-500 dark:text-slate-400">{person.email}</p>
                  <p className="text-xs text-slate-500 dark:text-slate-400">
                    joined <Time at={person.joinedAt} />
                  </p>
                </div>
                {manage && roles.includes(person.role) ? (
                  <div className="flex items-center gap-2">
                    <label className="sr-only" htmlFor={`role-${person.id}`}>
                      Role of {person.name}
                    </label>
                    <select
                      id={`role-${person.id}`}
                      value={person.role}
                      disabled={changeRole.isPending}
                      onChange={(event) => changeRole.mutate({ memberId: person.id, role: event.target.value as Role })}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
                    >
                      {roles.map((option) => (
                        <option key={option} value={option}>
                          {option}
                        </option>
                      ))}
                    </select>
                    <Button size="sm" variant="ghost" onClick={() => setRemoving({ id: person.id, name: person.name })}>
                      Remove
                    </Button>
                  </div>
                ) : (
                  <span className="text-sm text-slate-600 dark:text-slate-400">{person.role}</span>
                )}
              </li>
            ))}
          </ul>
          {members.data.invitations.length > 0 && (
            <>
              <h3 className="mb-2 mt-5 text-sm font-semibold text-slate-800 dark:text-slate-200">Pending invitations</h3>
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {members.data.invitations.map((pending) => (
                  <li key={pending.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                    <span className="min-w-0 truncate">
                      {pending.email} · {pending.role} · <Time at={pending.expiresAt} words={{ future: "expires", past: "expired" }} />
                    </span>
                    {manage && (
                      <span className="flex gap-2">
                        <Button size="sm" onClick={() => void navigator.clipboard.writeText(`${window.location.origin}/invite/${pending.id}`)}>
                          Copy link
                        </Button>
                        <Button size="sm" variant="ghost" disabled={cancel.isPending} onClick={() => cancel.mutate({ invitationId: pending.id })}>
                          Cancel
                        </Button>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {manage && (
        <form
          className="mt-5 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4 dark:border-slate-800"
          onSubmit={(event) => {
            event.preventDefault();
            setLink(null);
            invite.mutate({ email, role: inviteRole });
          }}
        >
          <TextField label="Invite by email" type="email" required value={email} onChange={(event) => setEmail(event.target.value)} className="min-w-56 flex-1" />
          <SelectField label="Role" value={inviteRole} onChange={(event) => setInviteRole(event.target.value as Role)}>
            {roles.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="primary" disabled={invite.isPending}>
            {invite.isPending ? "Inviting…" : "Invite"}
          </Button>
        </form>
      )}
      {link && (
        <div className="mt-3">
          <Notice tone="success">
            Invitation made. The studio sends no email: send this link to them yourself. <code className="break-all font-mono text-xs">{link}</code>
          </Notice>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ""}?`}
        confirmLabel="Remove"
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ memberId: removing.id })}
      >
        They lose access to this workspace at once. Their past edits keep their name.
      </ConfirmDialog>
    </Card>
  );
}
