"use client";

import { useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/feedback";
import { TextField } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";
import { loadPage, postJson, safeNext } from "@/app/_auth/post-json";
import { AuthCard, AuthSubmit } from "@/app/_auth/auth-card";

export function SignInForm({ next }: { next: string | null }) {
  const trpc = useTRPC();
  const status = useQuery(trpc.account.status.queryOptions());
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = safeNext(next);

  async function submit() {
    setBusy(true);
    setError(null);
    const result = await postJson("/api/auth/sign-in/email", { email, password });
    setBusy(false);
    if (!result.ok) {
      setError(result.message === "Invalid email or password" ? "That email and password do not match an account." : result.message);
      return;
    }
    // A full navigation: every page and query starts again as the signed-in person.
    loadPage(target);
  }

  async function signInWithOidc() {
    setBusy(true);
    const result = await postJson("/api/auth/sign-in/social", { provider: "oidc", callbackURL: target });
    setBusy(false);
    if (result.ok && typeof result.data === "object" && result.data !== null && "url" in result.data && typeof result.data.url === "string") {
      window.location.assign(result.data.url);
    } else setError(result.ok ? "The sign-in provider did not answer with a page to go to." : result.message);
  }

  if (status.data && !status.data.team) {
    return (
      <AuthCard title="No sign-in needed">
        <p className="text-sm text-slate-600 dark:text-slate-400">This studio runs in local mode: it listens on this machine only and everyone at it works in one workspace.</p>
        <Link href="/" className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
          Go to the studio
        </Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Sign in to AuthCode Studio">
      {status.data?.needsSetup && (
        <Notice tone="warning">
          This studio has no account yet. On the machine it runs on, open <Link href="/setup" className="font-medium underline">the first-run page</Link>.
        </Notice>
      )}
      {status.data?.user && <Notice>You are signed in as {status.data.user.email}.</Notice>}
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField label="Email" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        <TextField label="Password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        <AuthSubmit error={error} busy={busy} label="Sign in" busyLabel="Signing in…" />
      </form>
      {status.data?.oidc && (
        <Button className="w-full" disabled={busy} onClick={() => void signInWithOidc()}>
          Sign in with {status.data.oidc.name}
        </Button>
      )}
      <p className="text-xs text-slate-500 dark:text-slate-400">No account? Ask a workspace admin for an invitation link.</p>
    </AuthCard>
  );
}
