import type { Metadata } from "next";
import { CallDetail } from "../_components/call-detail";

type Props = { params: Promise<{ id: string }> };

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `API call ${decode((await params).id)}` };
}

export default async function SimulatorCallPage({ params }: Props) {
  return <CallDetail id={decode((await params).id)} />;
}
