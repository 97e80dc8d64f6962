"use client";

import { JsonView } from "@/app/_components/json-view";
import { cn } from "@/app/_components/ui/cn";
import type { SimulationResult } from "./format";

/** What the mini program's code receives: the callback that fired and its object (then `complete` with the same). */
export function CallbackScreen({ view }: { view: SimulationResult }) {
  const success = view.callback === "success";
  return (
    <div className="space-y-2">
      <p className="font-mono text-[0.7rem] text-slate-600 dark:text-slate-400">my.getAuthCode({"{"} … {"}"})</p>
      <p
        className={cn(
          "rounded-md px-2 py-1 text-xs font-semibold",
          success ? "bg-emerald-50 text-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200" : "bg-red-50 text-red-800 dark:bg-red-950/60 dark:text-red-200",
        )}
      >
        <span aria-hidden>{success ? "✓ " : "✕ "}</span>
        {view.callback} callback{view.errorCode !== null ? ` · error ${view.errorCode}` : ""}
      </p>
      <JsonView label={`${view.callback} payload`} value={view.payload} maxHeight={260} />
      <p className="text-[0.7rem] text-slate-600 dark:text-slate-400">
        Then <code className="font-mono">complete</code>
        {JSON.stringify(view.completePayload) === JSON.stringify(view.payload) ? " with the same object." : ":"}
      </p>
      {JSON.stringify(view.completePayload) !== JSON.stringify(view.payload) && <JsonView label="complete payload" value={view.completePayload} maxHeight={200} />}
    </div>
  );
}

