import { redirect } from "next/navigation";
import { notFoundUnless } from "@/app/_server/not-found-unless";

type Props = { params: Promise<{ id: string }> };

/**
 * A recorded call's page is in Activity; this older address forwards to it. An unknown call is
 * answered 404 here already (call ids are `call_…`, nothing to decode).
 */
export default async function SimulatorCallPage({ params }: Props) {
  const { id } = await params;
  await notFoundUnless("call", id);
  redirect(`/activity/calls/${id}`);
}
