import type { Metadata } from "next";
import { ClientsView } from "./_components/clients-view";

export const metadata: Metadata = { title: "Merchant clients" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SimulatorClientsPage({ searchParams }: Props) {
  const { catalog } = await searchParams;
  return <ClientsView catalog={typeof catalog === "string" && catalog ? catalog : null} />;
}
