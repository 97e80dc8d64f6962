import type { Metadata } from "next";
import { CallsView } from "./_components/calls-view";

export const metadata: Metadata = { title: "API calls" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SimulatorCallsPage({ searchParams }: Props) {
  const { catalog } = await searchParams;
  return <CallsView catalog={typeof catalog === "string" && catalog ? catalog : null} />;
}
