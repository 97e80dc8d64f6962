"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorNotice, Notice, Skeleton } from "@/app/_components/ui/feedback";
import { Card, PageHeader } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import { can } from "@/server/domain/access/permissions";
import { KeysPanel } from "./keys-panel";
import { MembersPanel } from "./members-panel";
import { PermissionTable } from "./permission-table";
import { RetentionPanel } from "./retention-panel";

/** The workspace's people, invitations, CI keys and who may do what. */
export function WorkspaceView() {
  const trpc = useTRPC();
  const status = useQuery(trpc.account.status.queryOptions());
  if (status.isPending) return <Skeleton className="h-40" />;
  if (status.error) return <ErrorNotice error={status.error} title="Could not load the workspace" />;
  const { team, workspace } = status.data;
  if (!team) {
    return (
      <>
        <PageHeader title="Workspace" description="Local mode: the studio listens on this machine only, nobody signs in, and everything lives in one workspace." />
        <div className="space-y-6">
          <Notice>
            To share the studio with your team, start it with <code className="font-mono">HOST=0.0.0.0</code> (or <code className="font-mono">AUTH=on</code>) and a{" "}
            <code className="font-mono">PUBLIC_URL</code>: sign-in, workspaces, roles and CI keys switch on. The README&apos;s “Run it for your team” explains each step.
          </Notice>
          <RetentionPanel canEdit />
          <Card className="p-5">
            <h2 className="mb-3 font-semibold text-slate-900 dark:text-white">Who may do what in team mode</h2>
            <PermissionTable />
          </Card>
        </div>
      </>
    );
  }
  if (!workspace) {
    return (
      <>
        <PageHeader title="Workspace" />
        <Notice tone="warning">You are not in a workspace yet. Ask an admin for an invitation, or create a workspace from the menu.</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader title={workspace.name} description={`You are ${workspace.role === "admin" || workspace.role === "owner" ? "an" : "a"} ${workspace.role} of this workspace.`} />
      <div className="space-y-6">
        <MembersPanel role={workspace.role} />
        {can(workspace.role, "keys.manage") && <KeysPanel role={workspace.role} />}
        <RetentionPanel canEdit={can(workspace.role, "settings.write")} />
        <Card className="p-5">
          <h2 className="mb-3 font-semibold text-slate-900 dark:text-white">Who may do what</h2>
          <PermissionTable />
        </Card>
      </div>
    </>
  );
}
