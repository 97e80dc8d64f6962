"use client";

import { useState } from "react";
import { Button } from "./ui/button";
import { TextField } from "./ui/field";
import { Modal } from "./ui/modal";

/** The longest display name (the server's author field takes as many). */
const NAME_MAX = 64;

/** Asks for the local-mode display name (see display-name-prompt.tsx). */
export function DisplayNameDialog({
  initial,
  continuing,
  onSave,
  onCancel,
}: {
  initial: string;
  continuing: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const name = draft.trim().slice(0, NAME_MAX);
  return (
    <Modal
      open
      title={continuing ? "Who is making this change?" : "Your display name"}
      description="Every saved version records who saved it. The name is kept in this browser and asked only once; change it any time under “Saving as” in the sidebar."
      onCancel={onCancel}
    >
      <form
        className="mt-4 space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setAttempted(true);
          if (name) onSave(name);
        }}
      >
        <TextField
          label="Your display name"
          value={draft}
          maxLength={NAME_MAX}
          autoComplete="name"
          placeholder="e.g. Ana from Payments"
          error={attempted && !name ? "Enter a name, such as your first name and team" : null}
          onChange={(event) => setDraft(event.target.value)}
        />
        <div className="flex justify-end gap-2">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary">
            {continuing ? "Save name and continue" : "Save name"}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
