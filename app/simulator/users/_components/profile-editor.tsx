"use client";

import { useMemo, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice } from "@/app/_components/ui/feedback";
import { errorIssues } from "@/app/_trpc/errors";
import { TextAreaField } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";
import { checkProfileJson } from "./profile-fields";

/** The test user's profile as editable JSON, checked as you type. */
export function ProfileEditor({
  catalog,
  userId,
  profile,
  onDone,
}: {
  catalog: string;
  userId: string;
  profile: Record<string, unknown>;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(() => JSON.stringify(profile, null, 2));
  const check = useMemo(() => checkProfileJson(text), [text]);
  const update = useMutation(
    trpc.testUser.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.testUser.list.pathFilter());
        onDone();
      },
    }),
  );
  const serverIssues = errorIssues(update.error);
  const syntaxError = check.ok
    ? null
    : check.line !== null
      ? `Line ${check.line}, column ${check.column}: ${check.message}`
      : check.message;
  const fieldError = syntaxError ?? (serverIssues.length > 0 ? serverIssues.map((issue) => `${issue.path}: ${issue.message}`).join("; ") : null);

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (check.ok) update.mutate({ catalog, userId, profile: check.value });
      }}
    >
      <TextAreaField
        label="Profile JSON"
        value={text}
        rows={Math.min(28, Math.max(10, text.split("\n").length + 1))}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        onChange={(event) => {
          setText(event.target.value);
          if (update.isError) update.reset();
        }}
        error={fieldError}
        hint={
          <>
            What inquiryUserInfo answers from, cut down to the fields the token&apos;s scopes unlock. <code className="font-mono">userId</code> must
            stay <code className="font-mono">{userId}</code>.
          </>
        }
        className="[&_textarea]:font-mono [&_textarea]:text-xs [&_textarea]:leading-5"
      />
      {check.ok && !update.isError && (
        <p className="text-xs text-emerald-700 dark:text-emerald-300" aria-live="polite">
          Valid JSON object with {Object.keys(check.value).length} fields.
        </p>
      )}
      {update.isError && serverIssues.length === 0 && <ErrorNotice error={update.error} title="Could not save the profile" />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={!check.ok || update.isPending}>
          {update.isPending ? "Saving…" : "Save profile"}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
        <Button
          variant="ghost"
          disabled={!check.ok}
          onClick={() => {
            if (check.ok) setText(JSON.stringify(check.value, null, 2));
          }}
        >
          Format JSON
        </Button>
      </div>
    </form>
  );
}
