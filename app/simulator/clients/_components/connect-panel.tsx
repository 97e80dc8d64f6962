"use client";

import { useSyncExternalStore } from "react";
import { useQuery } from "@tanstack/react-query";
import { CodeBlock, CopyButton } from "@/app/_components/code-block";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, Skeleton } from "@/app/_components/ui/feedback";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import { specSummary, STUDIO_APP_ID, WALLET_API_BASE } from "@/server/domain/wallet-api/endpoint-paths";
import { downloadText, safeFileName } from "../../_nav/download";

const noop = () => () => {};

/** `window.location.origin` after hydration ("" on the server). */
function useOrigin(): string {
  return useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );
}

const SIGNING_NOTE = `POST <uri>
<Client-Id>.<Request-Time>.<body>`;

/** Where to point a merchant backend for one catalog, how to sign, and the key to verify responses with. */
export function ConnectPanel({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const catalog = useQuery(trpc.catalog.bySlug.queryOptions({ slug }));
  const walletKey = useQuery(trpc.client.walletKey.queryOptions({ catalog: slug }));
  const origin = useOrigin();
  const baseUrl = `${origin}${WALLET_API_BASE}/${slug}`;

  return (
    <Card className="p-4 sm:p-6">
      <h2 className="text-base font-semibold text-slate-900 dark:text-white">Connect your backend</h2>
      {catalog.isPending ? (
        <div className="mt-3 space-y-2" aria-busy="true">
          <Skeleton className="h-6" />
          <Skeleton className="h-24" />
        </div>
      ) : catalog.isError ? (
        <div className="mt-3">
          <ErrorNotice error={catalog.error} title="Could not load the catalog" />
        </div>
      ) : (
        <div className="mt-3 space-y-5 text-sm">
          <div>
            <h3 className="font-medium text-slate-800 dark:text-slate-200">Base URL</h3>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              The mock {catalog.data.document.wallet} wallet API. Use it where your backend would call the wallet&apos;s gateway.
            </p>
            <div className="mt-2 flex items-center gap-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 dark:border-slate-700 dark:bg-slate-950">
              <code className="min-w-0 flex-1 break-all font-mono text-xs text-slate-900 dark:text-slate-100" data-testid="base-url">
                {origin ? baseUrl : `${WALLET_API_BASE}/${slug}`}
              </code>
              <CopyButton text={baseUrl} label="base URL" />
            </div>
          </div>

          <div>
            <h3 className="font-medium text-slate-800 dark:text-slate-200">Endpoints</h3>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              {catalog.data.name} serves the endpoints below
              {catalog.data.document.serverApi.customerBelongsTo ? (
                <>
                  {" "}
                  with <code className="font-mono">customerBelongsTo</code> ={" "}
                  <code className="font-mono">{catalog.data.document.serverApi.customerBelongsTo}</code>
                </>
              ) : null}
              , on {catalog.data.document.serverApi.pathPrefixes.length === 1 ? "this gateway prefix" : "each of these gateway prefixes"}. All
              calls are <code className="font-mono">POST</code> with a JSON body.
            </p>
            <div className="mt-2 space-y-3">
              {catalog.data.document.serverApi.pathPrefixes.map((prefix) => (
                <div key={prefix || "(none)"}>
                  <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
                    {prefix ? (
                      <>
                        Prefix <code className="font-mono normal-case">{prefix}</code>
                      </>
                    ) : (
                      "No prefix"
                    )}
                  </p>
                  <ul className="mt-1 space-y-1">
                    {catalog.data.document.serverApi.endpoints.map((served) => {
                      const endpoint = specSummary(served.spec);
                      const url = `${baseUrl}${prefix}${endpoint.path}`;
                      return (
                        <li key={endpoint.id} className="flex items-center gap-2">
                          <code
                            className="min-w-0 flex-1 break-all font-mono text-xs text-slate-800 dark:text-slate-200"
                            title={endpoint.label}
                          >
                            {origin ? url : `${WALLET_API_BASE}/${slug}${prefix}${endpoint.path}`}
                          </code>
                          <CopyButton text={url} label={`${endpoint.label} URL${prefix ? ` (prefix ${prefix})` : ""}`} />
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </div>
            <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
              Any other path answers <code className="font-mono">INVALID_API</code> naming these. Result codes follow each endpoint&apos;s version (v1{" "}
              <code className="font-mono">INVALID_CODE</code>, v2 <code className="font-mono">INVALID_AUTHCODE</code>).
            </p>
            <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
              v2 calls carry <code className="font-mono">appId</code>, your mini program id: the mock has no mini program registry, so it accepts any
              id of the documented form (at most 32 characters, no @ # ?); the studio&apos;s own calls and the generated clients send{" "}
              <code className="font-mono">{STUDIO_APP_ID}</code>. They also carry <code className="font-mono">authClientId</code>, which must equal
              this client&apos;s id (the <code className="font-mono">Client-Id</code> header). v1 applyToken carries{" "}
              <code className="font-mono">customerBelongsTo</code> inside <code className="font-mono">extendInfo</code>.
            </p>
          </div>

          <div>
            <h3 className="font-medium text-slate-800 dark:text-slate-200">How to sign a request</h3>
            <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-600 dark:text-slate-400">
              <li>
                Build the content to sign from the request URI (path and query, exactly as sent) and the headers:
              </li>
            </ol>
            <div className="mt-2">
              <CodeBlock code={SIGNING_NOTE} lang="text" label="Content to sign" />
            </div>
            <ol start={2} className="mt-2 list-decimal space-y-1 pl-5 text-slate-600 dark:text-slate-400">
              <li>Sign it with SHA256withRSA using the client&apos;s private key.</li>
              <li>Base64-encode the signature, then URL-encode it.</li>
              <li>
                Send the headers <code className="font-mono">Client-Id</code>, <code className="font-mono">Request-Time</code> (ISO 8601, e.g.{" "}
                <code className="font-mono">2024-01-10T12:12:12+08:00</code>) and:
              </li>
            </ol>
            <div className="mt-2">
              <CodeBlock code="Signature: algorithm=RSA256, keyVersion=1, signature=<url-encoded base64>" lang="text" label="Signature header" />
            </div>
          </div>

          <div>
            <h3 className="font-medium text-slate-800 dark:text-slate-200">Wallet public key</h3>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              Responses carry a <code className="font-mono">Signature</code> header made with the wallet&apos;s key; verify it with this public key.
            </p>
            {walletKey.isPending ? (
              <Skeleton className="mt-2 h-32" />
            ) : walletKey.isError ? (
              <div className="mt-2">
                <ErrorNotice error={walletKey.error} title="Could not load the wallet's public key" />
              </div>
            ) : (
              <div className="mt-2 space-y-3">
                <p className="text-xs text-slate-500 dark:text-slate-400">Key version {walletKey.data.keyVersion}</p>
                <CodeBlock code={walletKey.data.publicKeyPem.trim()} lang="text" label="Wallet public key (PEM)" />
                <CodeBlock code={walletKey.data.base64} lang="text" label="Wallet public key (bare base64)" />
                <Button size="sm" onClick={() => downloadText(`${safeFileName(slug)}-wallet-public-key.pem`, walletKey.data.publicKeyPem)}>
                  Download wallet public key
                </Button>
              </div>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
