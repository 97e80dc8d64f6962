import { cn } from "@/app/_components/ui/cn";

export type StepState = "done" | "current" | "failed" | "todo" | "elsewhere" | "unserved";

export type FlowStepView = { id: string; label: string; detail: string; state: StepState };

const STATE_TEXT: Record<StepState, string> = {
  done: "done",
  current: "you are here",
  failed: "failed",
  todo: "to do",
  elsewhere: "for your backend",
  unserved: "not served by this wallet",
};

const STATE_STYLE: Record<StepState, string> = {
  done: "bg-emerald-600 text-white ring-emerald-600",
  current: "bg-white text-brand-700 ring-2 ring-brand-600 dark:bg-slate-900 dark:text-brand-100",
  failed: "bg-red-600 text-white ring-red-600",
  todo: "bg-white text-slate-500 ring-slate-300 dark:bg-slate-900 dark:text-slate-400 dark:ring-slate-600",
  elsewhere: "bg-slate-100 text-slate-600 ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600",
  unserved: "bg-slate-100 text-slate-500 ring-slate-300 dark:bg-slate-800 dark:text-slate-400 dark:ring-slate-600",
};

/** Where the flow is: authorize → exchange the code → read user info → refresh or revoke, with "you are here". */
export function FlowSteps({ steps }: { steps: FlowStepView[] }) {
  return (
    <nav aria-label="Flow progress" className="@container">
      <ol className="grid grid-cols-2 gap-2 @xl:grid-cols-4">
        {steps.map((step, index) => (
          <li
            key={step.id}
            aria-current={step.state === "current" ? "step" : undefined}
            className={cn(
              "flex min-w-0 items-start gap-2 rounded-lg border px-2.5 py-2",
              step.state === "current" ? "border-brand-600 bg-brand-50/60 dark:border-brand-500 dark:bg-brand-700/15" : "border-slate-200 dark:border-slate-700",
            )}
          >
            <span aria-hidden className={cn("grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold ring-1", STATE_STYLE[step.state])}>
              {step.state === "done" ? "✓" : step.state === "failed" ? "✕" : index + 1}
            </span>
            <span className="min-w-0">
              <span className="block text-xs font-semibold text-slate-900 dark:text-white">{step.label}</span>
              <span className="block truncate font-mono text-[0.7rem] text-slate-600 dark:text-slate-400" title={step.detail}>
                {step.detail}
              </span>
              <span
                className={cn(
                  "block text-[0.7rem] font-medium",
                  step.state === "current" ? "text-brand-700 dark:text-brand-100" : step.state === "failed" ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400",
                )}
              >
                {STATE_TEXT[step.state]}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
