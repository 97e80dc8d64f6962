"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { buttonClass } from "@/app/_components/ui/button";
import { EmptyState, ErrorNotice, Skeleton, Spinner } from "@/app/_components/ui/feedback";
import { Card, PageHeader } from "@/app/_components/ui/page-header";
import { BuiltinCatalogs } from "./builtin-catalogs";
import { CatalogTable } from "./catalog-table";
import { ImportButton, ImportPanel, useCatalogImport } from "./import-catalog";

export function CatalogsView() {
  const trpc = useTRPC();
  const list = useQuery(trpc.catalog.list.queryOptions());
  // Asked for with the list (one batched request) and shown once the list is in, so the table
  // growing from its placeholder does not push the built-in catalogs down the page.
  useQuery(trpc.catalog.builtins.queryOptions());
  const importer = useCatalogImport();

  return (
    <>
      <PageHeader
        title="Catalogs"
        description="Each catalog is one wallet's (or region's) my.getAuthCode scopes, JSAPI error codes and server API profile. Every save is a version you can compare and restore."
        actions={
          <>
            <ImportButton onFile={importer.onFile} busy={importer.state.status === "checking"} />
            <Link href="/catalogs/new" className={buttonClass("primary")}>
              New catalog
            </Link>
          </>
        }
      />
      <ImportPanel importer={importer} />
      <div className="space-y-6">
        <Card>
          <h2 className="sr-only">All catalogs</h2>
          {list.isPending ? (
            <div className="space-y-3 p-4" aria-busy="true">
              <Spinner label="Loading catalogs" />
              {[0, 1, 2, 3].map((row) => (
                <Skeleton key={row} className="h-12" />
              ))}
            </div>
          ) : list.isError ? (
            <div className="p-4">
              <ErrorNotice error={list.error} title="Could not load the catalogs" />
            </div>
          ) : list.data.length === 0 ? (
            <div className="p-4">
              <EmptyState
                title="No catalogs yet"
                action={
                  <Link href="/catalogs/new" className={buttonClass("primary", "sm")}>
                    New catalog
                  </Link>
                }
              >
                Create one, import a catalog file, or restore a built-in catalog.
              </EmptyState>
            </div>
          ) : (
            <CatalogTable catalogs={list.data} />
          )}
        </Card>
        {!list.isPending && <BuiltinCatalogs />}
      </div>
    </>
  );
}
