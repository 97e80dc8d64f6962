import type { Metadata } from "next";
import Link from "next/link";
import { ExplorerHeader } from "../../_components/explorer-header";
import { ScopeDetailView } from "./_components/scope-detail-view";
import { notFoundUnless } from "@/app/_server/not-found-unless";

type Props = { params: Promise<{ name: string }> };

/**
 * Next 16 hands a page its dynamic segment re-encoded (`encodeURIComponent` of the decoded value, so
 * `<script>` arrives as `%3Cscript%3E`), while generateMetadata gets the decoded value. Decoding the
 * page's value once is therefore exact, also for names with a literal `%` or `/`.
 */
function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: `${name} · Scope explorer` };
}

export default async function ScopePage({ params }: Props) {
  const name = decodeSegment((await params).name);
  await notFoundUnless("scope", name);
  return (
    <>
      <div className="mb-2 text-sm">
        <Link href="/explorer" className="text-slate-600 hover:underline dark:text-slate-400">
          ← Scope explorer
        </Link>
      </div>
      <ExplorerHeader
        title={<code className="font-mono break-all">{name}</code>}
        description="Every catalog that accepts this scope, by name or alias, with what each one says about it."
      />
      <ScopeDetailView name={name} />
    </>
  );
}
