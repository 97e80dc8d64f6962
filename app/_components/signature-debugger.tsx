"use client";

import { lazy, Suspense } from "react";
import type { SignatureCheck } from "@/server/domain/signing/verify-request";
import { loadOnce } from "./load-once";
import { Spinner } from "./ui/feedback";

export { VisibleWhitespace } from "./visible-whitespace";

const loadReport = loadOnce(() => import("./signature-report"));
const SignatureReport = lazy(() => loadReport().then((module) => ({ default: module.SignatureReport })));

// A failed check is shown after a call or once a call's details have loaded: the report's code is
// fetched as soon as a page that can show one opens, without being part of that page's first load.
if (typeof window !== "undefined") loadReport().catch(() => {});

/**
 * Explains a request-signature check: for a pass, a short line; for a failure, the report of what
 * went wrong and what differs (`signature-report.tsx`).
 */
export function SignatureDebugger({ check }: { check: SignatureCheck }) {
  if (!check.ok) {
    return (
      <Suspense fallback={<Spinner label="Loading the signature report" />}>
        <SignatureReport check={check} />
      </Suspense>
    );
  }
  return (
    <div
      role="group"
      aria-label="Signature check"
      className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100"
    >
      <p className="font-medium">
        <span aria-hidden>✓ </span>Request signature verified with the client&apos;s registered public key.
      </p>
      <p className="mt-1 text-xs">
        Signed URI: <code className="font-mono break-all">{check.signedUri}</code>
      </p>
      {check.notes.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs">
          {check.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
