"use client";

import { useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Spinner } from "@/app/_components/ui/feedback";
import { useTRPC } from "@/app/_trpc/client";
import { AccountFields, type AccountDraft } from "@/app/_auth/account-fields";
import { AuthCard, AuthSubmit } from "@/app/_auth/auth-card";
import { loadPage, postJson } from "@/app/_auth/post-json";

/** First run of a team studio: the first owner, from the machine the studio runs on. */
export function SetupForm() {
  const trpc = useTRPC();
  const status = useQuery(trpc.account.status.queryOptions());
  const [draft, setDraft] = useState<AccountDraft>({ name: "", email: "", password: "" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (status.isPending) return <Spinner />;
  if (!status.data?.needsSetup) {
    return (
      <AuthCard title="Already set up">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {status.data?.team ? "This studio has its owner." : "This studio runs in local mode; it needs no accounts."}
        </p>
        <Link href={status.data?.team ? "/sign-in" : "/"} className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
          {status.data?.team ? "Sign in" : "Go to the studio"}
        </Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Create the first owner">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This account owns the default workspace and invites everyone else. The page works only from the machine the studio runs on.
      </p>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          void postJson("/api/setup", draft).then((result) => {
            setBusy(false);
            if (result.ok) loadPage("/workspace");
            else setError(result.message);
          });
        }}
      >
        <AccountFields draft={draft} onChange={setDraft} />
        <AuthSubmit error={error} busy={busy} label="Create owner and sign in" busyLabel="Creating…" />
      </form>
    </AuthCard>
  );
}
