import type { Metadata } from "next";
import { CatalogDetail } from "../_components/catalog-detail";
import { decodeSlug } from "../_components/format";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Catalog ${decodeSlug((await params).slug)}` };
}

export default async function CatalogPage({ params }: Props) {
  return <CatalogDetail slug={decodeSlug((await params).slug)} />;
}
