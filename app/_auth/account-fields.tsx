"use client";

import { TextField } from "@/app/_components/ui/field";

export type AccountDraft = { name: string; email: string; password: string };

/** Name, email (fixed when an invitation names it) and a new password. */
export function AccountFields({ draft, onChange, fixedEmail }: { draft: AccountDraft; onChange: (draft: AccountDraft) => void; fixedEmail?: string }) {
  return (
    <>
      <TextField label="Your name" autoComplete="name" required maxLength={80} value={draft.name} onChange={(event) => onChange({ ...draft, name: event.target.value })} />
      {fixedEmail ? (
        <TextField label="Email" type="email" value={fixedEmail} readOnly hint="The address the invitation was made out to." />
      ) : (
        <TextField label="Email" type="email" autoComplete="username" required value={draft.email} onChange={(event) => onChange({ ...draft, email: event.target.value })} />
      )}
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={256}
        value={draft.password}
        hint="At least 12 characters."
        onChange={(event) => onChange({ ...draft, password: event.target.value })}
      />
    </>
  );
}
