"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/page-header";
import { Badge } from "@/app/_components/ui/badge";
import { ErrorNotice, Skeleton } from "@/app/_components/ui/feedback";
import { useTRPC } from "@/app/_trpc/client";
import { useNow } from "@/app/_components/time/clock";
import { formatClockOffset } from "@/app/_components/time/format";
import { Time } from "@/app/_components/time/time";

const STEPS = [
  { label: "+10 min", seconds: 600, spoken: "Move wallet time forward 10 minutes" },
  { label: "+1 h", seconds: 3600, spoken: "Move wallet time forward 1 hour" },
  { label: "+1 day", seconds: 86_400, spoken: "Move wallet time forward 1 day" },
] as const;

/** Time travel: the mock wallet's clock next to real time, with buttons to move it forward or back. */
export function ClockBar({ catalog }: { catalog?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const clock = useQuery(trpc.simulator.clock.queryOptions());
  const now = useNow();
  const setClock = useMutation(
    trpc.simulator.setClock.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.simulator.clock.queryKey(), data),
    }),
  );
  const offset = clock.data?.offsetMs ?? 0;

  return (
    <Card className="p-4">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <h2 className="text-sm font-semibold text-slate-900 dark:text-white">Time travel</h2>
          <p className="text-xs text-slate-500 dark:text-slate-400">Move the mock wallet&apos;s clock forward so codes and tokens expire. Signatures still use real time.</p>
        </div>
        {clock.isPending ? (
          <Skeleton className="h-10 w-80" />
        ) : clock.isError ? (
          <ErrorNotice error={clock.error} title="Could not read the mock clock" />
        ) : (
          <dl aria-live="off" className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_auto_auto_auto]">
            <dt className="text-slate-500 dark:text-slate-400">Real time</dt>
            <dd className="font-mono text-xs leading-5 tabular-nums">{now === null ? "…" : <Time at={now} catalog={catalog} absoluteOnly copyable={false} />}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Wallet time</dt>
            <dd className="flex items-center gap-2 font-mono text-xs leading-5 tabular-nums">
              {now === null ? "…" : <Time at={now + offset} catalog={catalog} absoluteOnly copyable={false} />}
              {offset > 0 ? <Badge tone="amber">{formatClockOffset(offset)}</Badge> : <Badge>real time</Badge>}
            </dd>
          </dl>
        )}
        <div role="group" aria-label="Move the wallet clock" className="flex flex-wrap gap-2">
          {STEPS.map((step) => (
            <Button
              key={step.label}
              size="sm"
              title={step.spoken}
              disabled={setClock.isPending || clock.isPending}
              onClick={() => setClock.mutate({ advanceSeconds: step.seconds })}
            >
              {step.label}
            </Button>
          ))}
          <Button size="sm" variant="ghost" disabled={setClock.isPending || offset === 0} onClick={() => setClock.mutate({ reset: true })}>
            Reset to real time
          </Button>
        </div>
      </div>
      {setClock.isError && (
        <div className="mt-3">
          <ErrorNotice error={setClock.error} title="Could not move the clock" />
        </div>
      )}
      <p role="status" className="sr-only">
        {setClock.isSuccess ? `Wallet clock offset: ${formatClockOffset(setClock.data.offsetMs)}` : ""}
      </p>
    </Card>
  );
}
