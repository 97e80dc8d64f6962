"use client";

import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useAuthor as useLocalAuthor } from "./preferences";

// The dialog is fetched the first time it opens: most page views never ask for a name.
const DisplayNameDialog = lazy(() => import("./display-name-dialog").then((module) => ({ default: module.DisplayNameDialog })));

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
        <Suspense fallback={null}>
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
        </Suspense>
      )}
    </PromptContext.Provider>
  );
}

export function useDisplayNamePrompt(): Prompt {
  const prompt = useContext(PromptContext);
  if (!prompt) throw new Error("useDisplayNamePrompt needs a DisplayNameProvider (the app shell has one)");
  return prompt;
}
