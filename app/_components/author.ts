"use client";

import { useCallback } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { useDisplayNamePrompt } from "./display-name-prompt";
import { useAuthor as useLocalAuthor } from "./preferences";

export type Author = {
  /** The name edits are recorded as ("" while local mode has none yet). */
  name: string;
  /** Runs an action that records its author with the name, asking for one first when there is none. */
  withAuthor: (action: (name: string) => void) => void;
  /** Local mode only: the name is the person's to set and change (team mode uses the signed-in name). */
  editable: boolean;
  /** Opens the one prompt that changes the name. */
  change: () => void;
};

/**
 * Who edits are recorded as: in team mode the signed-in person (the server records them whatever the
 * page sends), in local mode the display name kept in this browser, asked for once.
 */
export function useAuthor(): Author {
  const trpc = useTRPC();
  const status = useQuery(trpc.account.status.queryOptions());
  const [local] = useLocalAuthor();
  const prompt = useDisplayNamePrompt();
  const user = status.data?.team ? status.data.user : null;
  const name = user ? user.name : local;
  const withAuthor = useCallback(
    (action: (name: string) => void) => {
      if (name) action(name);
      else prompt.ask({ then: action });
    },
    [name, prompt],
  );
  const change = useCallback(() => prompt.ask({}), [prompt]);
  return { name, withAuthor, editable: !user, change };
}
