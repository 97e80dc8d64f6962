import type { Metadata } from "next";
import { CodeDetail } from "../../_components/code-detail";
import { notFoundUnless } from "@/app/_server/not-found-unless";

type Props = { params: Promise<{ key: string }> };

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const key = decode((await params).key);
  return { title: /^\d+$/.test(key) ? `Auth code #${key}` : "Auth code" };
}

export default async function ActivityCodePage({ params }: Props) {
  const key = decode((await params).key);
  await notFoundUnless("code", key);
  return <CodeDetail codeKey={key} />;
}
