import type { Metadata } from "next";
import { CatalogDetail } from "../_components/catalog-detail";
import { decodeSlug } from "../_components/format";
import { notFoundUnless } from "@/app/_server/not-found-unless";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Catalog ${decodeSlug((await params).slug)}` };
}

export default async function CatalogPage({ params }: Props) {
  const slug = decodeSlug((await params).slug);
  await notFoundUnless("catalog", slug);
  return <CatalogDetail slug={slug} />;
}
