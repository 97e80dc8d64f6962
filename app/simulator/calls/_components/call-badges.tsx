import { Badge } from "@/app/_components/ui/badge";

/** SUCCESS green, a known failure red, anything else (U, unknown codes) amber. */
export function ResultCodeBadge({ code, status }: { code: string; status?: number }) {
  const tone = code === "SUCCESS" ? "green" : code === "UNKNOWN_EXCEPTION" || code === "" ? "amber" : "red";
  return (
    <Badge tone={tone} title={status !== undefined ? `HTTP ${status}` : undefined} className="font-mono">
      {code || "—"}
    </Badge>
  );
}

export function SignatureBadge({ ok }: { ok: boolean | null }) {
  if (ok === null) return <Badge title="Signature checking was off for this client, or the call was refused before the check">not checked</Badge>;
  return ok ? <Badge tone="green">signature ok</Badge> : <Badge tone="red">signature failed</Badge>;
}

export function HttpStatus({ status }: { status: number }) {
  const tone = status < 300 ? "text-emerald-700 dark:text-emerald-300" : status < 500 ? "text-red-700 dark:text-red-300" : "text-amber-800 dark:text-amber-200";
  return <span className={`font-mono text-sm font-medium ${tone}`}>{status}</span>;
}

const timeFormat = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });

export function CallTime({ at, long }: { at: number; long?: boolean }) {
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} title={dateTimeFormat.format(date)}>
      {long ? dateTimeFormat.format(date) : timeFormat.format(date)}
    </time>
  );
}
