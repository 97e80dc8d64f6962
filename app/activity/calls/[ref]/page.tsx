import type { Metadata } from "next";
import { ActivityCallDetail } from "../../_components/call-detail";
import { notFoundUnless } from "@/app/_server/not-found-unless";

type Props = { params: Promise<{ ref: string }> };

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `API call ${decode((await params).ref)}` };
}

export default async function ActivityCallDetailPage({ params }: Props) {
  const ref = decode((await params).ref);
  await notFoundUnless("call", ref);
  return <ActivityCallDetail callRef={ref} />;
}
