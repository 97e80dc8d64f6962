import type { Metadata } from "next";
import { EditCatalog } from "../../_editor/edit-catalog";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Edit ${slug}` };
}

export default async function EditCatalogPage({ params }: Props) {
  const { slug } = await params;
  return <EditCatalog slug={slug} />;
}
