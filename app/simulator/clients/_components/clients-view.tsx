"use client";

import { lazy, Suspense, useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { PageHeader } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import type { ClientView } from "@/server/services/clients";
import { CatalogSelect } from "../../_nav/catalog-select";
import { SimulatorTabs } from "../../_nav/simulator-tabs";
import { ClientCard } from "./client-card";
import type { ShownPrivateKey } from "./private-key-panel";
import { RegisterClientForm } from "./register-client-form";

// Shown once a catalog is chosen, below the clients, and after a key pair is made: fetched when needed.
const ConnectPanel = lazy(() => import("./connect-panel").then((module) => ({ default: module.ConnectPanel })));
const PrivateKeyPanel = lazy(() => import("./private-key-panel").then((module) => ({ default: module.PrivateKeyPanel })));

function groupByCatalog(clients: ClientView[]): Array<{ slug: string; name: string; clients: ClientView[] }> {
  const groups = new Map<string, { slug: string; name: string; clients: ClientView[] }>();
  for (const client of clients) {
    const group = groups.get(client.catalogSlug) ?? { slug: client.catalogSlug, name: client.catalogName, clients: [] };
    group.clients.push(client);
    groups.set(client.catalogSlug, group);
  }
  return [...groups.values()];
}

/** Merchant clients of the mock wallet API, per catalog (`?catalog=`). */
export function ClientsView({ catalog }: { catalog: string | null }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.client.list.queryOptions(catalog ? { catalog } : {}));
  // Held in memory only, never persisted: the private key of a pair generated just now.
  const [shownKey, setShownKey] = useState<ShownPrivateKey | null>(null);

  return (
    <>
      <SimulatorTabs catalog={catalog} />
      <PageHeader
        title="Merchant clients"
        description={
          <>
            Clients your merchant backend uses to call the mock wallet API: a Client-Id, the RSA public key its signatures are checked
            with, and the scopes it may use. Calls they make show up under{" "}
            <Link href={catalog ? `/activity?kind=api-call&catalog=${encodeURIComponent(catalog)}` : "/activity?kind=api-call"} className="font-medium text-brand-700 underline dark:text-brand-100">
              API calls
            </Link>
            .
          </>
        }
      />
      {shownKey && (
        <Suspense fallback={<Spinner label="Loading the private key" />}>
          <PrivateKeyPanel shown={shownKey} onDismiss={() => setShownKey(null)} />
        </Suspense>
      )}

      {/* Small screens: clients, the register form, then the connection details. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <CatalogSelect value={catalog} allowAll label="Show clients of" className="max-w-xs" />
          <section aria-labelledby="clients-title">
            <h2 id="clients-title" className="sr-only">
              Registered clients
            </h2>
            {list.isPending ? (
              <div className="space-y-3" aria-busy="true">
                <Spinner label="Loading clients" />
                <Skeleton className="h-40" />
                <Skeleton className="h-40" />
              </div>
            ) : list.isError ? (
              <ErrorNotice error={list.error} title="Could not load the clients" />
            ) : list.data.length === 0 ? (
              <EmptyState title={catalog ? "No clients for this catalog yet" : "No clients yet"}>
                Register one with the form: generate a key pair or paste your backend&apos;s public key.
              </EmptyState>
            ) : (
              <div className="space-y-6">
                {groupByCatalog(list.data).map((group) => (
                  <section key={group.slug} aria-labelledby={`clients-${group.slug}`}>
                    <h3 id={`clients-${group.slug}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                      {group.name} <span className="font-normal normal-case">({group.clients.length})</span>
                    </h3>
                    <ul className="space-y-3">
                      {group.clients.map((client) => (
                        <ClientCard
                          key={client.clientId}
                          client={client}
                          onRotated={(updated, privateKeyPem) =>
                            setShownKey({ clientId: updated.clientId, clientName: updated.name, privateKeyPem, reason: "rotated" })
                          }
                        />
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            )}
          </section>
        </div>
        <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <RegisterClientForm
            defaultCatalog={catalog}
            onCreated={({ client, privateKeyPem }) =>
              setShownKey(privateKeyPem ? { clientId: client.clientId, clientName: client.name, privateKeyPem, reason: "created" } : null)
            }
          />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          {catalog ? (
            <Suspense fallback={<Skeleton className="h-40" />}>
              <ConnectPanel slug={catalog} />
            </Suspense>
          ) : (
            <EmptyState title="Pick a catalog to connect a backend">
              Choose a catalog above to see the mock wallet&apos;s base URL, its endpoints, how to sign requests and the wallet&apos;s public key.
            </EmptyState>
          )}
        </div>
      </div>
    </>
  );
}
