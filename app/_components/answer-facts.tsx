import type { AnswerFact } from "@/server/domain/wallet-api/answer-facts";
import { Badge } from "./ui/badge";

const TONE = { documented: "green", assumed: "amber", conflict: "violet" } as const;

/** Where a fact comes from, in one line: the reference section, the page, the reason or the readings. */
function whereFrom(fact: AnswerFact): string {
  const readings = (fact.readings ?? []).map((entry) => `${entry.reading} (${entry.ref})`);
  return [fact.ref, fact.source, ...readings, fact.note].filter((part): part is string => Boolean(part)).join(" · ");
}

/**
 * The facts a mock-wallet answer relies on (its result code and message, the endpoint that
 * answered, the rule that decided it), each labelled documented, assumed or conflict, with its
 * reference, source or reason shown beside it.
 */
export function AnswerFacts({ facts, label = "What this answer relies on" }: { facts: readonly AnswerFact[]; label?: string }) {
  if (facts.length === 0) return null;
  return (
    <section aria-label={label} className="space-y-1">
      <h5 className="text-xs font-semibold text-slate-600 dark:text-slate-300">{label}</h5>
      <ul className="min-w-0 space-y-1 text-xs text-slate-700 dark:text-slate-300">
        {facts.map((fact) => (
          <li key={fact.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
            <Badge tone={TONE[fact.fidelity]} title={whereFrom(fact)}>
              {fact.fidelity}
            </Badge>
            <span className="min-w-0 font-medium [overflow-wrap:anywhere]">{fact.label}</span>
            <span className="min-w-0 flex-1 basis-64 text-slate-500 [overflow-wrap:anywhere] dark:text-slate-400">{whereFrom(fact)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
