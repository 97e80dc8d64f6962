import type { Metadata } from "next";
import { decodeSlug } from "../../_components/format";
import { EditCatalog } from "../../_editor/edit-catalog";
import { notFoundUnless } from "@/app/_server/not-found-unless";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Edit ${slug}` };
}

export default async function EditCatalogPage({ params }: Props) {
  const slug = decodeSlug((await params).slug);
  await notFoundUnless("catalog", slug);
  return <EditCatalog slug={slug} />;
}
