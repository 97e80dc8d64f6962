"use client";

import { useId, useSyncExternalStore } from "react";
import { CodeBlock, CopyButton } from "@/app/_components/code-block";
import { buttonClass } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/feedback";
import { inputClass } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { SNIPPET_FILE_INFO, type SnippetFileInfo } from "@/server/domain/snippets/files";
import { fileUsesScopes, sdkZipUrl, snippetFileUrl } from "./url-state";

const noSubscription = () => () => {};

/** The page's origin on the client ("" while prerendering), for absolute URLs a script can use. */
function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
}

/** The whole SDK as one zip, with the list of what is inside (the README's file list). */
export function SdkPanel({
  slug,
  catalogName,
  scopes,
  unknown,
}: {
  slug: string;
  catalogName: string | null;
  scopes: readonly string[];
  /** Selected names the catalog does not have: the zip route would answer 400, so no link is offered. */
  unknown: readonly string[];
}) {
  const headingId = useId();
  return (
    <Card className="space-y-3 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 max-w-2xl">
          <h2 id={headingId} className="text-base font-semibold text-slate-900 dark:text-white">
            The whole SDK
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Every file for {catalogName ?? slug} in one zip, generated from the catalog as it is now
            {scopes.length > 0
              ? `, with the mini-program files and the README narrowed to ${scopes.length === 1 ? "1 scope" : `${scopes.length} scopes`}`
              : ", covering every scope"}
            . The README inside says what each file is and how to use it.
          </p>
        </div>
        {unknown.length === 0 && (
          <a href={sdkZipUrl(slug, scopes)} download className={buttonClass("primary")}>
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
              <path d="M10 3a1 1 0 0 1 1 1v7.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.6V4a1 1 0 0 1 1-1ZM4 15a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
            </svg>
            Download SDK (.zip)
          </a>
        )}
      </div>
      {unknown.length > 0 && (
        <Notice tone="warning">
          {catalogName ?? slug} has no scope {unknown.map((name) => `“${name}”`).join(", ")}: remove {unknown.length === 1 ? "it" : "them"} from the
          selection to download the SDK.
        </Notice>
      )}
      <ul aria-labelledby={headingId} className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-700">
        {SNIPPET_FILE_INFO.map((file) => (
          <li key={file.filename} className="grid gap-x-4 gap-y-0.5 px-3 py-2 sm:grid-cols-[11rem_minmax(0,1fr)]">
            <span className="font-mono text-xs font-medium break-all text-slate-900 dark:text-slate-100">{file.filename}</span>
            <span className="text-xs text-slate-600 dark:text-slate-400">{file.summary}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function UrlField({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input id={id} readOnly value={value} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono text-xs`} />
        <CopyButton text={value} label={label.charAt(0).toLowerCase() + label.slice(1)} className="py-1.5" />
      </div>
    </div>
  );
}

/** Single-quoted for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The stable URLs of the shown file and of the zip, and a curl example fetching them. */
export function BuildScriptPanel({ slug, file, scopes }: { slug: string; file: SnippetFileInfo; scopes: readonly string[] }) {
  const origin = useOrigin();
  const fileUrl = `${origin}${snippetFileUrl(slug, file, scopes)}`;
  const zipUrl = `${origin}${sdkZipUrl(slug, scopes)}`;
  const zipName = scopes.length > 0 ? `${slug}-sdk-narrowed.zip` : `${slug}-sdk.zip`;
  const curl = [
    `# ${file.filename}${fileUsesScopes(file) && scopes.length > 0 ? `, narrowed to ${scopes.join(", ")}` : ""}`,
    `curl --fail --silent --show-error -o ${shellQuote(file.filename)} \\`,
    `  ${shellQuote(fileUrl)}`,
    "",
    "# the whole SDK (every file and the README), then unpack it",
    `curl --fail --silent --show-error -o ${shellQuote(zipName)} \\`,
    `  ${shellQuote(zipUrl)}`,
    `unzip -o ${shellQuote(zipName)} -d ${shellQuote(`${slug}-sdk`)}`,
  ].join("\n");

  return (
    <Card className="space-y-4 p-4">
      <div className="max-w-3xl">
        <h2 className="text-base font-semibold text-slate-900 dark:text-white">For build scripts</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          These URLs are stable: they answer the catalog&apos;s current version every time, so a build can regenerate its typings.{" "}
          <code className="font-mono text-xs whitespace-nowrap">?scopes=A,B</code> narrows the mini-program files (repeat{" "}
          <code className="font-mono text-xs whitespace-nowrap">?scope=</code> for a name with a comma), <code className="font-mono text-xs whitespace-nowrap">?download=1</code>{" "}
          asks for an attachment. Errors answer 4xx with <code className="font-mono text-xs whitespace-nowrap">{"{ error: { code, message, issues } }"}</code>,
          so <code className="font-mono text-xs whitespace-nowrap">curl --fail</code> stops the build. The routes are described in the{" "}
          <a href="/api/openapi.json" className="font-medium text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-100">
            OpenAPI document
          </a>
          .
        </p>
      </div>
      <UrlField label={`Stable URL of ${file.filename}`} value={fileUrl} />
      <UrlField label="Stable URL of the SDK zip" value={zipUrl} />
      <CodeBlock code={curl} lang="bash" label="curl example" />
    </Card>
  );
}
