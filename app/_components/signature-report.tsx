"use client";

import type { Difference, SignatureCheck, SignatureFailure, SignedPart } from "@/server/domain/signing/verify-request";
import { CopyButton } from "./code-block";
import { Badge } from "./ui/badge";
import { cn } from "./ui/cn";
import { CarriageReturn, VisibleWhitespace } from "./visible-whitespace";

const FAILURE_TITLES: Record<SignatureFailure, string> = {
  MISSING_HEADERS: "Signing headers are missing",
  MALFORMED_SIGNATURE_HEADER: "The Signature header cannot be read",
  UNSUPPORTED_ALGORITHM: "The signature algorithm is not supported",
  INVALID_REQUEST_TIME: "The Request-Time header cannot be read",
  STALE_REQUEST_TIME: "The Request-Time is too far from the server's clock",
  SIGNATURE_MISMATCH: "The signature does not match the request",
};

const PART_LABELS: Record<SignedPart, string> = {
  method: "HTTP method",
  uri: "Request URI",
  clientId: "Client-Id",
  time: "Request-Time",
  body: "Body bytes",
  lineBreak: "Line break",
  encoding: "URL-encoding",
  key: "Signing key",
  header: "Header",
};

type Segment = { text: string; part: SignedPart | null; changed: boolean };

const TIME = String.raw`\d{12,14}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})`;
const SECOND_LINE = new RegExp(String.raw`^([^\n]*?)\.(${TIME})\.([\s\S]*)$`);

type Parts = { method: string; uri: string; lineBreak: string; clientId: string; time: string; body: string };

/** Split `<METHOD> <URI>\n<Client-Id>.<Request-Time>.<body>` into its parts; null when it has another shape. */
function splitContent(content: string): Parts | null {
  const newline = content.indexOf("\n");
  if (newline < 0) return null;
  const crlf = newline > 0 && content[newline - 1] === "\r";
  const firstLine = content.slice(0, crlf ? newline - 1 : newline);
  const space = firstLine.indexOf(" ");
  if (space <= 0) return null;
  const match = SECOND_LINE.exec(content.slice(newline + 1));
  if (!match) return null;
  return {
    method: firstLine.slice(0, space),
    uri: firstLine.slice(space + 1),
    lineBreak: crlf ? "\r\n" : "\n",
    clientId: match[1] ?? "",
    time: match[2] ?? "",
    body: match[3] ?? "",
  };
}

function partSegments(own: Parts, other: Parts): Segment[] {
  const seg = (part: keyof Parts): Segment => ({ text: own[part], part, changed: own[part] !== other[part] });
  const sep = (text: string): Segment => ({ text, part: null, changed: false });
  return [seg("method"), sep(" "), seg("uri"), seg("lineBreak"), seg("clientId"), sep("."), seg("time"), sep("."), seg("body")];
}

/** Where two strings differ, as the common prefix, the differing middle and the common suffix. */
function middleSegments(own: string, other: string): Segment[] {
  let start = 0;
  while (start < own.length && start < other.length && own[start] === other[start]) start++;
  let end = 0;
  while (end < own.length - start && end < other.length - start && own[own.length - 1 - end] === other[other.length - 1 - end]) end++;
  return [
    { text: own.slice(0, start), part: null, changed: false },
    { text: own.slice(start, own.length - end), part: null, changed: true },
    { text: own.slice(own.length - end), part: null, changed: false },
  ];
}

/** Segments of `own` with what differs from `other` marked. */
function diffSegments(own: string, other: string | null): Segment[] {
  if (other === null || other === own) return [{ text: own, part: null, changed: false }];
  const a = splitContent(own);
  const b = splitContent(other);
  return a && b ? partSegments(a, b) : middleSegments(own, other);
}

function ContentBlock({ title, content, other, hint }: { title: string; content: string; other: string | null; hint: string }) {
  const segments = diffSegments(content, other);
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-center justify-between gap-2">
        <p className="text-xs font-semibold text-slate-700 dark:text-slate-200">{title}</p>
        <CopyButton text={content} label={title.toLowerCase()} />
      </div>
      <div
        role="group"
        tabIndex={0}
        aria-label={`${title}: ${hint}`}
        className="max-h-80 overflow-auto rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950"
      >
        <pre className="m-0 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-800 dark:text-slate-200">
        {segments.map((segment, index) =>
          segment.changed ? (
            <mark
              key={index}
              title={segment.part ? `${PART_LABELS[segment.part]} differs` : "Differs"}
              className="rounded-sm bg-amber-200 text-slate-900 ring-1 ring-amber-400 dark:bg-amber-500/30 dark:text-amber-50 dark:ring-amber-500/60"
            >
              {segment.text ? <VisibleWhitespace text={segment.text} /> : <span title="Missing here">‸</span>}
            </mark>
          ) : (
            <VisibleWhitespace key={index} text={segment.text} />
          ),
        )}
        </pre>
      </div>
    </div>
  );
}

function shortValue(value: string | null): string | null {
  if (value === null) return null;
  return value.length > 120 ? `${value.slice(0, 117)}…` : value;
}

function DifferenceItem({ difference }: { difference: Difference }) {
  // Bodies are shown in full in the two blocks below; other parts are short enough to quote here.
  const quote = difference.part !== "body";
  const expected = shortValue(difference.expected);
  const actual = shortValue(difference.actual);
  return (
    <li className="space-y-1">
      <div className="flex flex-wrap items-baseline gap-2">
        <Badge tone="amber">{PART_LABELS[difference.part]}</Badge>
        <span>{difference.explanation}</span>
      </div>
      {quote && (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs">
          <dt className="text-slate-600 dark:text-slate-300">expected</dt>
          <dd className="font-mono break-all whitespace-pre-wrap">{expected ?? "—"}</dd>
          <dt className="text-slate-600 dark:text-slate-300">you sent</dt>
          <dd className="font-mono break-all whitespace-pre-wrap">{actual ?? "(nothing)"}</dd>
        </dl>
      )}
    </li>
  );
}

/**
 * Explains a failed request-signature check: what went wrong in plain words, the content the server
 * expected to be signed next to what the client signed (whitespace made visible, the differing parts
 * marked) and each difference with its explanation. Loaded by `signature-debugger.tsx` when needed.
 */
export function SignatureReport({ check }: { check: Extract<SignatureCheck, { ok: false }> }) {
  const hasSigned = check.signedContent !== null;
  // "The signature does not match: <explanation>" says nothing the difference list below does not.
  const onlyDifference = check.differences.length === 1 ? check.differences[0] : undefined;
  const messageRepeats = onlyDifference !== undefined && check.message.endsWith(onlyDifference.explanation);
  return (
    <div
      role="group"
      aria-label="Signature debugger"
      className="space-y-3 rounded-md border border-red-200 bg-red-50/60 p-4 text-sm text-slate-800 dark:border-red-900 dark:bg-red-950/30 dark:text-slate-100"
    >
      <div className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 font-semibold text-red-800 dark:text-red-200">
          <span aria-hidden>✕</span>
          {FAILURE_TITLES[check.failure]}
          <code className="rounded bg-red-100 px-1.5 py-0.5 font-mono text-xs font-normal text-red-900 dark:bg-red-900/50 dark:text-red-100">{check.failure}</code>
        </p>
        {!messageRepeats && <p>{check.message}</p>}
      </div>

      {check.differences.length > 0 && (
        <div>
          <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
            What differs
          </p>
          <ul className="space-y-2">
            {check.differences.map((difference, index) => (
              <DifferenceItem key={index} difference={difference} />
            ))}
          </ul>
        </div>
      )}

      {check.expectedContent !== null && (
        <div className="space-y-2">
          <div className={cn("grid gap-3", hasSigned && "xl:grid-cols-2")}>
            <ContentBlock
              title="Expected signed content"
              content={check.expectedContent}
              other={check.signedContent}
              hint="the exact string the server verifies the signature against"
            />
            {check.signedContent !== null && (
              <ContentBlock title="What you signed" content={check.signedContent} other={check.expectedContent} hint="the string the signature was made over" />
            )}
          </div>
          {!hasSigned && check.failure === "SIGNATURE_MISMATCH" && (
            <p className="text-xs text-slate-600 dark:text-slate-300">
              The debugger could not work out what was signed instead; compare your own signing input with the expected content byte for byte.
            </p>
          )}
          <p className="text-xs text-slate-600 dark:text-slate-300">
            <span aria-hidden className="text-sky-700 dark:text-sky-300">⏎</span> marks a line feed (\n) and <CarriageReturn /> a carriage return (\r); both are
            part of the exact string.
            {hasSigned && " Highlighted: the parts that differ."}
          </p>
        </div>
      )}
    </div>
  );
}
