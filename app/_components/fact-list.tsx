import { FidelityDetail } from "./fidelity-detail";
import { Badge, type FidelityLabel } from "./ui/badge";

/** One fact a simulation relied on (the flow engine's FlowFact, as stored or sent). */
export type RunFact = FidelityLabel & { id: string; label: string };

const GROUPS = [
  ["conflict", "Conflicts: the source says two things"],
  ["assumed", "Assumed: no source states it"],
  ["documented", "Documented"],
] as const;

/** "12 facts: 1 conflict, 4 assumed, 7 documented". */
export function factCounts(facts: readonly RunFact[]): string {
  const parts = GROUPS.map(([fidelity]) => [fidelity, facts.filter((fact) => fact.fidelity === fidelity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([fidelity, count]) => (fidelity === "conflict" && count > 1 ? `${count} conflicts` : `${count} ${fidelity}`));
  return `${facts.length} ${facts.length === 1 ? "fact" : "facts"}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
}

/**
 * The facts a run relied on, grouped by label (conflicts first, then assumed, then documented), each
 * with its badge, where it was read or why it was assumed, and a conflict's readings.
 */
export function FactList({ facts }: { facts: readonly RunFact[] }) {
  return (
    <div className="space-y-3">
      {GROUPS.map(([fidelity, heading]) => {
        const group = facts.filter((fact) => fact.fidelity === fidelity);
        if (group.length === 0) return null;
        return (
          <div key={fidelity}>
            <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {heading} ({group.length})
            </h3>
            <ul className="mt-1.5 space-y-2">
              {group.map((fact) => (
                <li key={fact.id} data-fact={fact.id}>
                  <FidelityDetail label={fact}>{fact.label}</FidelityDetail>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

const summaryClass = "cursor-pointer text-sm font-semibold text-slate-900 dark:text-white";

/**
 * What a run rested on, behind a disclosure: its facts grouped by label or, for a run stored before
 * runs listed their facts, the assumptions it recorded.
 */
export function RunFacts({ facts, assumptions }: { facts: readonly RunFact[] | undefined; assumptions: readonly string[] | undefined }) {
  if (facts && facts.length > 0) {
    return (
      <details>
        <summary className={summaryClass}>
          What this simulation relied on <span className="font-normal text-slate-600 dark:text-slate-400">({factCounts(facts)})</span>
        </summary>
        <div className="mt-2">
          <FactList facts={facts} />
        </div>
      </details>
    );
  }
  if (!assumptions || assumptions.length === 0) return null;
  return (
    <details>
      <summary className={summaryClass}>
        What this simulation assumed <span className="font-normal text-slate-600 dark:text-slate-400">({assumptions.length})</span>
      </summary>
      <ul className="mt-2 space-y-1.5 text-sm text-slate-700 dark:text-slate-300">
        {assumptions.map((assumption, index) => (
          <li key={index} className="flex items-start gap-2">
            <Badge tone="amber" className="mt-0.5 shrink-0">
              assumed
            </Badge>
            <span>{assumption}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
