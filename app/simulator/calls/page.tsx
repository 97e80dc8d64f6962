import { redirect } from "next/navigation";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Recorded wallet API calls live in Activity; this older address opens it filtered to calls. */
export default async function SimulatorCallsPage({ searchParams }: Props) {
  const { catalog } = await searchParams;
  const query = new URLSearchParams({ kind: "api-call" });
  if (typeof catalog === "string" && catalog) query.set("catalog", catalog);
  redirect(`/activity?${query.toString()}`);
}
