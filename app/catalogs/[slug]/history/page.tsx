import type { Metadata } from "next";
import { decodeSlug } from "../../_components/format";
import { HistoryView } from "./_components/history-view";
import { notFoundUnless } from "@/app/_server/not-found-unless";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History of ${decodeSlug((await params).slug)}` };
}

export default async function CatalogHistoryPage({ params }: Props) {
  const slug = decodeSlug((await params).slug);
  await notFoundUnless("catalog", slug);
  return <HistoryView slug={slug} />;
}
