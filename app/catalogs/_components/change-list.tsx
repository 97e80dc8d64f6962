import type { ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";
import { plural } from "./format";

/**
 * A readable diff of two catalog documents: changes grouped by section, each with a text marker
 * (+ added, − removed, ~ changed, ↕ reordered) as well as a colour, and before → after values.
 * Used by the version history and by the import preview.
 */

/** A `CatalogChange` (server/domain/catalog/diff.ts) as it arrives over JSON (tRPC types `unknown` members as optional). */
export type DisplayChange =
  | { op: "added"; path: string; after?: unknown }
  | { op: "removed"; path: string; before?: unknown }
  | { op: "changed"; path: string; before?: unknown; after?: unknown }
  | { op: "reordered"; path: string; before: string[]; after: string[] };

type Op = DisplayChange["op"];

const SECTIONS = [
  { id: "general", title: "General" },
  { id: "scopes", title: "Scopes" },
  { id: "errorCodes", title: "Error codes" },
  { id: "jsapi", title: "JSAPI" },
  { id: "serverApi", title: "Server API" },
] as const;
type SectionId = (typeof SECTIONS)[number]["id"];

const OPS: Record<Op, { symbol: string; word: string; tone: string }> = {
  added: {
    symbol: "+",
    word: "Added",
    tone: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-900/40 dark:text-emerald-200 dark:ring-emerald-800",
  },
  removed: {
    symbol: "−",
    word: "Removed",
    tone: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-900/40 dark:text-red-200 dark:ring-red-800",
  },
  changed: {
    symbol: "~",
    word: "Changed",
    tone: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-900/40 dark:text-amber-100 dark:ring-amber-800",
  },
  reordered: {
    symbol: "↕",
    word: "Reordered",
    tone: "bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-900/40 dark:text-violet-200 dark:ring-violet-800",
  },
};

type Segment = { kind: "field"; name: string } | { kind: "key"; key: string };

/** `scopes[USER_NAME].provenance.source` → field scopes, key USER_NAME, field provenance, field source. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === ".") {
      i++;
    } else if (ch === "[") {
      const end = path.indexOf("]", i + 1);
      const stop = end === -1 ? path.length : end;
      segments.push({ kind: "key", key: path.slice(i + 1, stop) });
      i = stop + 1;
    } else {
      let j = i;
      while (j < path.length && path[j] !== "." && path[j] !== "[") j++;
      segments.push({ kind: "field", name: path.slice(i, j) });
      i = j;
    }
  }
  return segments;
}

function sectionOf(path: string): SectionId {
  const first = parsePath(path)[0];
  const name = first?.kind === "field" ? first.name : "";
  if (name === "scopes" || name === "errorCodes" || name === "jsapi" || name === "serverApi") return name;
  return "general";
}

/** Names of keyed list items, by the list they belong to. */
const ITEM_NOUNS: Record<string, string> = {
  scopes: "Scope",
  errorCodes: "Error code",
  sources: "Source",
  resultFields: "Result field",
  scopeErrorValues: "Scope error value",
};

const LIST_NOUNS: Record<string, string> = {
  scopes: "Scope list",
  errorCodes: "Error code list",
  sources: "Source list",
  resultFields: "Result field list",
  scopeErrorValues: "Scope error value list",
};

/** A label such as “Scope USER_NAME · silent” (keys and fields in monospace). */
function PathLabel({ path, section }: { path: string; section: SectionId }) {
  const segments = parsePath(path);
  // The section name already says "JSAPI" / "Server API": drop that root.
  const rest = section === "jsapi" || section === "serverApi" ? segments.slice(1) : segments;
  const parts: ReactNode[] = [];
  const fields: string[] = [];
  const flushFields = () => {
    if (fields.length > 0) {
      parts.push(
        <code key={`f${parts.length}`} className="font-mono text-[0.8125rem]">
          {fields.reduce((joined, field) => (joined && !field.startsWith("[") ? `${joined}.${field}` : joined + field), "")}
        </code>,
      );
      fields.length = 0;
    }
  };
  for (let index = 0; index < rest.length; index++) {
    const segment = rest[index];
    const next = rest[index + 1];
    if (!segment) break;
    if (segment.kind === "key") {
      fields.push(`[${segment.key}]`);
    } else if (next?.kind === "key" && ITEM_NOUNS[segment.name]) {
      flushFields();
      parts.push(
        <span key={`k${index}`}>
          {ITEM_NOUNS[segment.name]}{" "}
          <code className="break-all font-mono text-[0.8125rem] font-semibold">{next.key}</code>
        </span>,
      );
      index++;
    } else if (next === undefined && LIST_NOUNS[segment.name]) {
      flushFields();
      parts.push(<span key={`l${index}`}>{LIST_NOUNS[segment.name]}</span>);
    } else {
      fields.push(segment.name);
    }
  }
  flushFields();
  if (parts.length === 0) parts.push(<code key="root" className="font-mono text-[0.8125rem]">{path || "(document)"}</code>);
  return (
    <span className="break-words" title={path}>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 && <span aria-hidden className="px-1 text-slate-400">·</span>}
          {part}
        </span>
      ))}
    </span>
  );
}

const VALUE_LIMIT = 600;

/**
 * A value on one line as compact JSON; strings keep their own line breaks so multi-line
 * examples stay readable. Long values are cut, with the whole value one click away.
 */
export function formatValue(value: unknown): string {
  if (value === undefined) return "(none)";
  if (typeof value === "string") return `"${value}"`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function Value({ value, tone, label }: { value: unknown; tone: "before" | "after" | "plain"; label: string }) {
  const text = formatValue(value);
  const long = text.length > VALUE_LIMIT;
  return (
    <span
      className={cn(
        "inline-block max-w-full whitespace-pre-wrap rounded px-1.5 py-0.5 font-mono text-xs [overflow-wrap:anywhere]",
        tone === "before" && "bg-red-50 text-red-900 dark:bg-red-950/60 dark:text-red-100",
        tone === "after" && "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100",
        tone === "plain" && "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
      )}
    >
      <span className="sr-only">{label}: </span>
      {long ? (
        <>
          {text.slice(0, VALUE_LIMIT)}…
          <details className="mt-1 font-sans">
            <summary className="cursor-pointer text-xs font-medium underline">Show the whole value ({plural(text.length, "character")})</summary>
            <span className="mt-1 block font-mono">{text}</span>
          </details>
        </>
      ) : (
        text
      )}
    </span>
  );
}

function ChangeItem({ change, section }: { change: DisplayChange; section: SectionId }) {
  const op = OPS[change.op];
  return (
    <li className="flex gap-3 py-2.5">
      <span
        className={cn(
          "inline-flex h-6 w-28 shrink-0 items-center gap-1.5 rounded px-2 text-xs font-medium ring-1 ring-inset",
          op.tone,
        )}
      >
        <span aria-hidden className="w-3 text-center font-mono text-sm font-bold">
          {op.symbol}
        </span>
        {op.word}
      </span>
      <div className="min-w-0 flex-1 text-sm text-slate-800 dark:text-slate-100">
        <PathLabel path={change.path} section={section} />
        <div className="mt-1 flex flex-wrap items-start gap-x-2 gap-y-1">
          {change.op === "added" && <Value value={change.after} tone="after" label="Added value" />}
          {change.op === "removed" && <Value value={change.before} tone="before" label="Removed value" />}
          {change.op === "changed" && (
            <>
              <Value value={change.before} tone="before" label="Before" />
              <span aria-hidden className="text-slate-500 dark:text-slate-400">
                →
              </span>
              <Value value={change.after} tone="after" label="After" />
            </>
          )}
          {change.op === "reordered" && (
            <>
              <Value value={change.before.join(", ")} tone="before" label="Order before" />
              <span aria-hidden className="text-slate-500 dark:text-slate-400">
                →
              </span>
              <Value value={change.after.join(", ")} tone="after" label="Order after" />
            </>
          )}
        </div>
      </div>
    </li>
  );
}

function countsText(changes: DisplayChange[]): string {
  const counts = (["added", "removed", "changed", "reordered"] as const)
    .map((op) => [op, changes.filter((change) => change.op === op).length] as const)
    .filter(([, count]) => count > 0)
    .map(([op, count]) => `${count} ${op}`);
  return counts.join(", ");
}

export function ChangeList({
  changes,
  headingLevel = 3,
  empty = "No changes.",
}: {
  changes: DisplayChange[];
  headingLevel?: 2 | 3 | 4;
  empty?: ReactNode;
}) {
  if (changes.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  }
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const grouped = SECTIONS.map((section) => ({
    ...section,
    changes: changes.filter((change) => sectionOf(change.path) === section.id),
  })).filter((section) => section.changes.length > 0);
  return (
    <div className="space-y-5" data-testid="change-list">
      {grouped.map((section) => (
        <section key={section.id} aria-label={`${section.title} changes`}>
          <Heading className="flex flex-wrap items-baseline gap-x-2 border-b border-slate-200 pb-1 text-sm font-semibold text-slate-900 dark:border-slate-700 dark:text-white">
            {section.title}
            <span className="text-xs font-normal text-slate-600 dark:text-slate-400">
              {plural(section.changes.length, "change")} ({countsText(section.changes)})
            </span>
          </Heading>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {section.changes.map((change, index) => (
              <ChangeItem key={`${change.op}:${change.path}:${index}`} change={change} section={section.id} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
