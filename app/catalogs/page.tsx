import type { Metadata } from "next";
import { CatalogsView } from "./_components/catalogs-view";

export const metadata: Metadata = { title: "Catalogs" };

export default function CatalogsPage() {
  return <CatalogsView />;
}
