import type { Metadata } from "next";
import { RunDetail } from "../../_components/run-detail";
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
  return { title: `Run ${decode((await params).ref)}` };
}

export default async function ActivityRunDetailPage({ params }: Props) {
  const ref = decode((await params).ref);
  await notFoundUnless("run", ref);
  return <RunDetail runRef={ref} />;
}
