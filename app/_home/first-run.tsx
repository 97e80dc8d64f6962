"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { saveRunSecrets } from "@/app/simulator/_components/run-secrets";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice } from "@/app/_components/ui/feedback";
import { SelectField } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";

export type FirstRunCatalog = { slug: string; name: string; scope: string | null };

/**
 * One click to a first simulation: my.getAuthCode approved for the catalog's first scope, bound to
 * the studio console client, then the simulator opens on that run, ready for "Exchange code".
 */
export function FirstRun({ catalogs }: { catalogs: FirstRunCatalog[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [slug, setSlug] = useState(catalogs[0]?.slug ?? "");
  const chosen = catalogs.find((catalog) => catalog.slug === slug) ?? null;
  const run = useMutation(trpc.simulator.run.mutationOptions());
  const start = () => {
    if (!chosen) return;
    const scopes = chosen.scope ? [chosen.scope] : [];
    run.mutate(
      { catalog: chosen.slug, scopes, outcome: "approve" },
      {
        onSuccess: (view) => {
          saveRunSecrets(view.id, { authCode: view.authCode });
          const params = new URLSearchParams({ catalog: chosen.slug, scopes: scopes.join(","), run: view.id });
          router.push(`/simulator?${params.toString()}`);
        },
      },
    );
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 flex-1">
          <SelectField label="Wallet" value={slug} onChange={(event) => setSlug(event.target.value)}>
            {catalogs.map((catalog) => (
              <option key={catalog.slug} value={catalog.slug}>
                {catalog.name}
              </option>
            ))}
          </SelectField>
        </div>
        <Button variant="primary" onClick={start} disabled={!chosen || run.isPending || run.isSuccess}>
          {run.isPending || run.isSuccess ? "Starting…" : "Run my first simulation"}
        </Button>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Approves my.getAuthCode for {chosen?.scope ?? "the wallet's default scope"} and opens the run in the simulator, where “Exchange code (applyToken)”
        sends the signed call and verifies the wallet&apos;s answer.
      </p>
      {run.isError && <ErrorNotice error={run.error} title="Could not start the simulation" />}
    </div>
  );
}
