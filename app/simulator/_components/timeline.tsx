"use client";

import { JsonView } from "@/app/_components/json-view";
import { FidelityDetail } from "@/app/_components/fidelity-detail";
import { cn } from "@/app/_components/ui/cn";
import type { FlowStep } from "@/server/domain/flow/engine";
import { ACTOR_NAMES, STATUS_TEXT } from "./format";

const STATUS_STYLE: Record<FlowStep["status"], { icon: string; className: string }> = {
  done: { icon: "✓", className: "bg-emerald-100 text-emerald-800 ring-emerald-300 dark:bg-emerald-900/50 dark:text-emerald-200 dark:ring-emerald-700" },
  failed: { icon: "✕", className: "bg-red-100 text-red-800 ring-red-300 dark:bg-red-900/50 dark:text-red-200 dark:ring-red-700" },
  pending: { icon: "…", className: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-900/40 dark:text-amber-100 dark:ring-amber-700" },
  skipped: { icon: "–", className: "bg-slate-100 text-slate-600 ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600" },
};

/** Steps the "Continue the flow" calls have carried out in this session. */
export type FlowProgress = { exchanged: boolean; userInfo: boolean };

function withProgress(step: FlowStep, progress: FlowProgress): { status: FlowStep["status"]; byYou: boolean } {
  if (step.status !== "pending") return { status: step.status, byYou: false };
  const done =
    ((step.id === "send-code" || step.id === "apply-token" || step.id === "tokens") && progress.exchanged) || (step.id === "user-info" && progress.userInfo);
  return done ? { status: "done", byYou: true } : { status: step.status, byYou: false };
}

/** The ordered steps of the flow: who talks to whom, what happened, and how sure the simulation is. */
export function Timeline({ steps, progress }: { steps: FlowStep[]; progress: FlowProgress }) {
  return (
    <ol className="relative space-y-0">
      {steps.map((step, index) => {
        const { status, byYou } = withProgress(step, progress);
        const style = STATUS_STYLE[status];
        const last = index === steps.length - 1;
        return (
          <li key={step.id} className="relative flex gap-3 pb-5">
            {!last && <span aria-hidden className="absolute top-7 bottom-0 left-3.5 w-px bg-slate-200 dark:bg-slate-700" />}
            <span aria-hidden className={cn("relative z-10 grid size-7 shrink-0 place-items-center rounded-full text-sm font-semibold ring-1", style.className)}>
              {style.icon}
            </span>
            <div className="min-w-0 flex-1 space-y-1">
              <p className="text-xs text-slate-500 dark:text-slate-400">
                <span className="font-medium text-slate-700 dark:text-slate-300">{ACTOR_NAMES[step.actor]}</span>
                {step.target && (
                  <>
                    {" "}
                    <span aria-hidden>→</span>
                    <span className="sr-only">to</span> <span className="font-medium text-slate-700 dark:text-slate-300">{ACTOR_NAMES[step.target]}</span>
                  </>
                )}
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-sm font-semibold text-slate-900 dark:text-white">{step.title}</h3>
                <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", style.className)}>
                  <span className="sr-only">Status: </span>
                  {STATUS_TEXT[status]}
                  {byYou && " · by your calls"}
                </span>
              </div>
              <p className="text-sm break-words text-slate-600 dark:text-slate-300">{step.detail}</p>
              <FidelityDetail label={step} brief />
              {step.payload !== undefined && (
                <details className="group">
                  <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline dark:text-brand-100">
                    Payload<span className="sr-only"> of “{step.title}”</span>
                  </summary>
                  <div className="mt-2">
                    <JsonView value={step.payload} label={`Payload: ${step.title}`} maxHeight={320} />
                  </div>
                </details>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
