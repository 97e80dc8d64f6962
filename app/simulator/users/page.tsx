import type { Metadata } from "next";
import { UsersView } from "./_components/users-view";

export const metadata: Metadata = { title: "Test users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SimulatorUsersPage({ searchParams }: Props) {
  const { catalog } = await searchParams;
  return <UsersView catalog={typeof catalog === "string" && catalog ? catalog : null} />;
}
