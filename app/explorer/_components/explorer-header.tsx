import type { ReactNode } from "react";
import { PageHeader } from "@/app/_components/ui/page-header";
import { ExplorerTabs } from "./explorer-tabs";

export function ExplorerHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <ExplorerTabs />
    </>
  );
}
