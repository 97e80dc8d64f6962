"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { useAuthor as useLocalAuthor } from "./preferences";

const ignore = () => {};

/**
 * Who edits are recorded as: in team mode the signed-in person (the server records them whatever the
 * page sends), in local mode the display name kept in this browser.
 */
export function useAuthor(): [string, (name: string) => void] {
  const trpc = useTRPC();
  const status = useQuery(trpc.account.status.queryOptions());
  const local = useLocalAuthor();
  const user = status.data?.team ? status.data.user : null;
  return user ? [user.name, ignore] : local;
}
