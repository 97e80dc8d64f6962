import type { Metadata } from "next";
import { TokenDetail } from "../../_components/token-detail";
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
  return { title: /^\d+$/.test(key) ? `Token #${key}` : "Token" };
}

export default async function ActivityTokenPage({ params }: Props) {
  const key = decode((await params).key);
  await notFoundUnless("token", key);
  return <TokenDetail tokenKey={key} />;
}
