import type { Metadata } from "next";
import { InvitationView } from "./invitation-view";
import { notFoundUnless } from "@/app/_server/not-found-unless";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await notFoundUnless("invitation", id);
  return <InvitationView invitationId={id} />;
}
