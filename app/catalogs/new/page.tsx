import type { Metadata } from "next";
import { NewCatalog } from "../_editor/new-catalog";

export const metadata: Metadata = { title: "New catalog" };

export default async function NewCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { from } = await searchParams;
  return <NewCatalog from={typeof from === "string" && from !== "" ? from : null} />;
}
