"use client";

import { useEffect, useRef, useState } from "react";
import { CodeBlock } from "@/app/_components/code-block";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { downloadText, safeFileName } from "../../_nav/download";

export type ShownPrivateKey = { clientId: string; clientName: string; privateKeyPem: string; reason: "created" | "rotated" };

/**
 * The private key of a newly generated pair, shown this once. It lives only in this component's
 * state: the server does not store it and the browser never persists it.
 */
export function PrivateKeyPanel({ shown, onDismiss }: { shown: ShownPrivateKey; onDismiss: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    sectionRef.current?.scrollIntoView({ block: "start" });
  }, [shown.privateKeyPem]);
  const fileName = `${safeFileName(shown.clientId)}-private-key.pem`;

  return (
    <section
      ref={sectionRef}
      aria-labelledby="private-key-title"
      className="mb-6 scroll-mt-4 rounded-lg border-2 border-amber-400 bg-amber-50 p-4 shadow-sm sm:p-6 dark:border-amber-600 dark:bg-amber-950/40"
    >
      <h2 id="private-key-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-amber-950 focus:outline-none dark:text-amber-50">
        Private key — shown once
      </h2>
      <p className="mt-1 text-sm text-amber-900 dark:text-amber-100">
        {shown.reason === "created" ? "Client" : "New key pair for client"} <strong>{shown.clientName}</strong> (
        <code className="font-mono">{shown.clientId}</code>).
      </p>
      <div role="note" className="mt-3 rounded-md border border-amber-300 bg-white/70 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-slate-950/40 dark:text-amber-50">
        <strong>This private key is not stored anywhere.</strong> The studio kept only the public key; once you close this panel or
        leave the page, the private key is gone and you will have to generate a new pair. Save it on your merchant backend now and
        never share it.
      </div>
      <div className="mt-4">
        <CodeBlock code={shown.privateKeyPem} lang="text" label="Private key (PKCS#8 PEM)" />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          onClick={() => {
            downloadText(fileName, shown.privateKeyPem);
            setDownloaded(true);
          }}
        >
          Download private key
        </Button>
        <Button onClick={() => setConfirming(true)}>I saved it — hide the private key</Button>
        {downloaded && (
          <span role="status" className="text-sm text-amber-900 dark:text-amber-100">
            Downloaded as <code className="font-mono">{fileName}</code>
          </span>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          open
          title="Hide the private key for good?"
          confirmLabel="Hide private key"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onDismiss();
          }}
        >
          {downloaded
            ? "You downloaded it. After this, the studio cannot show the private key again."
            : "You have not downloaded it from this panel. After this, the studio cannot show the private key again; you would have to generate a new key pair."}
        </ConfirmDialog>
      )}
    </section>
  );
}
