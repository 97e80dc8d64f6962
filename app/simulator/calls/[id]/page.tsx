import { redirect } from "next/navigation";

type Props = { params: Promise<{ id: string }> };

/** A recorded call's page is in Activity; this older address forwards to it. */
export default async function SimulatorCallPage({ params }: Props) {
  redirect(`/activity/calls/${(await params).id}`);
}
