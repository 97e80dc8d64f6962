"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useAuthor as useLocalAuthor } from "./preferences";
import { Button } from "./ui/button";
import { TextField } from "./ui/field";
import { Modal } from "./ui/modal";

/** The longest display name (the server's author field takes as many). */
const NAME_MAX = 64;

type Request = {
  /** Run once a name is set: the action that needed it. Absent when the person only changes the name. */
  then?: (name: string) => void;
};

type Prompt = { ask: (request: Request) => void };

const PromptContext = createContext<Prompt | null>(null);

/**
 * The one place the local-mode display name is asked for and changed: a dialog opened the first
 * time an action records an author (then the action goes on), or from the sidebar's "Change".
 */
export function DisplayNameProvider({ children }: { children: ReactNode }) {
  const [author, setAuthor] = useLocalAuthor();
  const [request, setRequest] = useState<Request | null>(null);
  const ask = useCallback((next: Request) => setRequest(next), []);
  const prompt = useMemo(() => ({ ask }), [ask]);
  return (
    <PromptContext.Provider value={prompt}>
      {children}
      {request && (
        <DisplayNameDialog
          initial={author}
          continuing={request.then !== undefined}
          onCancel={() => setRequest(null)}
          onSave={(name) => {
            setAuthor(name);
            setRequest(null);
            request.then?.(name);
          }}
        />
      )}
    </PromptContext.Provider>
  );
}

export function useDisplayNamePrompt(): Prompt {
  const prompt = useContext(PromptContext);
  if (!prompt) throw new Error("useDisplayNamePrompt needs a DisplayNameProvider (the app shell has one)");
  return prompt;
}

function DisplayNameDialog({
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
