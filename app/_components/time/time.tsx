"use client";

import { useEffect, useRef, useState } from "react";
import { walletOffsetMinutes } from "@/server/domain/wallet-api/wallet-time";
import { cn } from "../ui/cn";
import { useClockOffset, useNow, useWalletOffset } from "./clock";
import { describeTime, type RelativeWords, type TimeInput } from "./format";

type Zone =
  /** A catalog's wallet, by its slug (looked up in the catalog list). */
  | { catalog: string | null | undefined; countryCode?: never }
  /** A catalog's wallet, by the catalog's country code when the caller has it. */
  | { countryCode: string | null; catalog?: never }
  /** No wallet: UTC. */
  | { catalog?: never; countryCode?: never };

export type TimeProps = Zone & {
  at: TimeInput | null | undefined;
  /** The instant is on the mock wallet clock (issue and expiry of codes and tokens): "now" is the mock clock's. */
  mock?: boolean;
  /** Words around the relative part: `{ future: "expires", past: "expired" }`. */
  words?: RelativeWords;
  /** Relative part under the absolute one instead of beside it (table cells). */
  stacked?: boolean;
  /** Only the absolute part (when the relative one says nothing useful, e.g. a search bound). */
  absoluteOnly?: boolean;
  /** False inside another control (a button or link): the exact value stays a tooltip, without the copy button. */
  copyable?: boolean;
  /** Text when `at` is missing or not a time. */
  fallback?: string;
  className?: string;
};

/** The catalog zone of the props, resolved: minutes, or null while the catalog list loads. */
function useOffsetOf(zone: Zone): number | null {
  const looked = useWalletOffset(zone.catalog);
  if (zone.countryCode !== undefined) return walletOffsetMinutes(zone.countryCode);
  return looked;
}

/**
 * A time, the studio's one way: the wallet's local time with its offset (UTC without a wallet) and
 * how long ago or ahead it is on the right clock. Hovering shows the exact ISO value; clicking (or
 * Enter/Space) copies it.
 */
export function Time({ at, mock = false, words, stacked = false, absoluteOnly = false, copyable = true, fallback = "—", className, ...zone }: TimeProps) {
  const offsetMinutes = useOffsetOf(zone);
  const realNow = useNow();
  const clockOffset = useClockOffset();
  const now = realNow === null || absoluteOnly ? null : mock ? (clockOffset === null ? null : realNow + clockOffset) : realNow;
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  if (offsetMinutes === null) {
    return <span aria-busy="true" className={cn("inline-block h-4 w-40 animate-pulse rounded bg-slate-200 align-middle motion-reduce:animate-none dark:bg-slate-800", className)} />;
  }
  const text = describeTime(at, { offsetMinutes, now, words });
  if (text === null) return <span className={className}>{fallback}</span>;

  const exact = `${text.iso}${mock ? " (mock wallet clock)" : ""}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text.iso);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied("no"), 2_000);
  };

  return (
    <span className={cn(stacked ? "inline-flex flex-col" : "inline", className)}>
      {copyable ? (
        <button
          type="button"
          onClick={() => void copy()}
          title={`${exact} · click to copy`}
          className="cursor-copy rounded-sm tabular-nums [text-align:inherit] decoration-dotted underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
        >
          <time dateTime={text.iso}>{text.absolute}</time>
        </button>
      ) : (
        <time dateTime={text.iso} title={exact} className="tabular-nums">
          {text.absolute}
        </time>
      )}
      {text.relative !== null && (
        <span className={cn(stacked && "text-xs")}>
          {stacked ? "" : " · "}
          {text.relative}
        </span>
      )}
      {mock && clockOffset !== null && clockOffset > 0 && <span className="text-xs"> (mock clock)</span>}
      <span aria-live="polite" className="text-xs text-emerald-700 dark:text-emerald-300">
        {copied === "yes" ? " Copied" : ""}
        {copied === "failed" && (
          <span className="text-slate-700 dark:text-slate-300">
            {" "}
            Copy it from here: <span className="select-all font-mono">{text.iso}</span>
          </span>
        )}
      </span>
    </span>
  );
}
