import type { Metadata } from "next";
import { WorkspaceView } from "./_components/workspace-view";

export const metadata: Metadata = { title: "Workspace" };

export default function WorkspacePage() {
  return <WorkspaceView />;
}
