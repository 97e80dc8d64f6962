"use client";

import { useState } from "react";
import Link from "next/link";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, Spinner } from "@/app/_components/ui/feedback";
import { useTRPC } from "@/app/_trpc/client";
import { AccountFields, type AccountDraft } from "@/app/_auth/account-fields";
import { AuthCard, AuthSubmit } from "@/app/_auth/auth-card";
import { loadPage, postJson } from "@/app/_auth/post-json";

/** An invitation link: join with a new account, or accept as the signed-in person it names. */
export function InvitationView({ invitationId }: { invitationId: string }) {
  const trpc = useTRPC();
  const status = useQuery(trpc.account.status.queryOptions());
  const invitation = useQuery(trpc.account.invitation.queryOptions({ invitationId }, { retry: false }));
  const accept = useMutation(trpc.account.acceptInvitation.mutationOptions({ onSuccess: () => loadPage("/") }));
  const [draft, setDraft] = useState<AccountDraft>({ name: "", email: "", password: "" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (invitation.isPending || status.isPending) return <Spinner label="Opening the invitation" />;
  if (invitation.error) {
    return (
      <AuthCard title="Invitation not found">
        <ErrorNotice error={invitation.error} title="This link does not open an invitation" />
      </AuthCard>
    );
  }
  const { workspace, email, role, state, hasAccount } = invitation.data;
  const title = `Join ${workspace}`;
  if (state !== "pending") {
    return (
      <AuthCard title={title}>
        <p className="text-sm text-slate-600 dark:text-slate-400">This invitation is {state}. Ask a workspace admin for a new one.</p>
      </AuthCard>
    );
  }
  const user = status.data?.user ?? null;
  const intro = (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      You are invited to <strong className="text-slate-800 dark:text-slate-200">{workspace}</strong> as <strong className="text-slate-800 dark:text-slate-200">{role}</strong>, at {email}.
    </p>
  );

  if (user) {
    if (user.email !== email) {
      return (
        <AuthCard title={title}>
          {intro}
          <p className="text-sm text-slate-600 dark:text-slate-400">You are signed in as {user.email}. Sign out, then open this link again as {email}.</p>
        </AuthCard>
      );
    }
    return (
      <AuthCard title={title}>
        {intro}
        {accept.error && <ErrorNotice error={accept.error} title="Could not accept the invitation" />}
        <Button variant="primary" className="w-full" disabled={accept.isPending} onClick={() => accept.mutate({ invitationId })}>
          {accept.isPending ? "Joining…" : `Join ${workspace}`}
        </Button>
      </AuthCard>
    );
  }

  if (hasAccount) {
    return (
      <AuthCard title={title}>
        {intro}
        <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${invitationId}`)}`} className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
          Sign in as {email} to accept
        </Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={title}>
      {intro}
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          void postJson(`/api/invitations/${encodeURIComponent(invitationId)}`, { name: draft.name, password: draft.password }).then((result) => {
            setBusy(false);
            if (result.ok) loadPage("/");
            else setError(result.message);
          });
        }}
      >
        <AccountFields draft={draft} onChange={setDraft} fixedEmail={email} />
        <AuthSubmit error={error} busy={busy} label="Create account and join" busyLabel="Creating your account…" />
      </form>
    </AuthCard>
  );
}
