import type { Metadata } from "next";
import { decodeSlug } from "../../_components/format";
import { HistoryView } from "./_components/history-view";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History of ${decodeSlug((await params).slug)}` };
}

export default async function CatalogHistoryPage({ params }: Props) {
  return <HistoryView slug={decodeSlug((await params).slug)} />;
}
