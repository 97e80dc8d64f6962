/**
 * Load generation with autocannon, in the bench process: 32 keep-alive connections, no pipelining,
 * a warm-up that is thrown away, then the measured window. Requests come from a `RequestSource`:
 * one fixed request, or a pool of pre-built, pre-signed ones handed out one per request — so the
 * load generator never signs anything while the clock runs.
 */
import autocannon from "autocannon";
import { percentile } from "../harness";

export const CONNECTIONS = 32;
export const WARMUP_SECONDS = 2;

export type PreparedRequest = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
};

export type RequestSource = {
  next: () => PreparedRequest | undefined;
  /** Requests left; undefined when the source never runs out. */
  remaining: () => number | undefined;
  /** Set when every request is the same: autocannon then builds it once instead of per send. */
  fixed?: PreparedRequest;
};

export function repeat(request: PreparedRequest): RequestSource {
  return { next: () => request, remaining: () => undefined, fixed: request };
}

export function pool(requests: PreparedRequest[]): RequestSource {
  let index = 0;
  return {
    next: () => requests[index++],
    remaining: () => Math.max(0, requests.length - index),
  };
}

export type LoadSpec = {
  origin: string;
  source: RequestSource;
  /** A good answer is 2xx and its body matches this. */
  expect: RegExp;
};

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  responses: number;
  non2xx: number;
  fiveXx: number;
  errors: number;
  /** 2xx answers that matched `expect`. */
  expected: number;
  /** The first answer that did not, for the report. */
  firstUnexpected?: string;
  /** The pool was used up, so the run ended early. */
  poolRanOut: boolean;
  warmup: { fiveXx: number; errors: number };
};

type Check = { expected: number; unexpected: number; firstUnexpected?: string };

/** Warm up (not counted), then measure for `seconds`. */
export async function measureLoad(spec: LoadSpec, seconds: number): Promise<LoadFigures> {
  const warmup = await runWindow(spec, WARMUP_SECONDS);
  const measured = await runWindow(spec, seconds);
  const poolRanOut = spec.source.remaining() === 0;
  return { ...measured, poolRanOut, warmup: { fiveXx: warmup.fiveXx, errors: warmup.errors } };
}

async function runWindow(spec: LoadSpec, seconds: number): Promise<Omit<LoadFigures, "poolRanOut" | "warmup">> {
  const remaining = spec.source.remaining();
  // Each connection builds its first request up front; with fewer than that left, the cap below would be 0 (= no cap).
  if (remaining !== undefined && remaining < CONNECTIONS * 2) throw new Error(`request pool used up (${remaining} left)`);
  const check: Check = { expected: 0, unexpected: 0 };
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.origin,
        connections: CONNECTIONS,
        pipelining: 1,
        duration: seconds,
        // With a pool, autocannon stops by itself after the last pooled request instead of re-sending one.
        maxOverallRequests: remaining,
        requests: [sourceRequest(spec, check)],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    responses: result.requests.total,
    non2xx: result.non2xx,
    fiveXx: result["5xx"],
    errors: result.errors,
    expected: check.expected,
    firstUnexpected: check.firstUnexpected,
  };
}

/** One autocannon request whose content comes from the source for every send. */
function sourceRequest(spec: LoadSpec, check: Check): autocannon.Request {
  const onResponse = (status: number, body: string) => {
    if (status >= 200 && status < 300 && spec.expect.test(body)) {
      check.expected++;
      return;
    }
    check.unexpected++;
    check.firstUnexpected ??= `${status} ${body.slice(0, 300)}`;
  };
  if (spec.source.fixed) return { ...spec.source.fixed, onResponse };
  let last: PreparedRequest | undefined;
  return {
    onResponse,
    setupRequest: (request) => {
      // `last` only covers a send autocannon makes after the cap (a reconnect); it answers "used" and counts as unexpected.
      const next = spec.source.next() ?? last;
      if (!next) return null;
      last = next;
      return { ...request, method: next.method, path: next.path, headers: next.headers, body: next.body };
    },
  };
}

/** Sends a few requests of the source before the clock starts, so a misconfigured case fails loudly. */
export async function probe(spec: LoadSpec, count = 3): Promise<void> {
  for (let i = 0; i < count; i++) {
    const request = spec.source.next();
    if (!request) throw new Error("request pool is empty");
    const res = await fetch(`${spec.origin}${request.path}`, { method: request.method, headers: request.headers, body: request.method === "POST" ? request.body : undefined }).catch((error: unknown) => {
      throw new Error(`probe ${request.method} ${request.path}: ${describeFetchError(error)}`);
    });
    const text = await res.text();
    if (!res.ok || !spec.expect.test(text)) {
      throw new Error(`probe ${request.method} ${request.path} answered ${res.status}, expected 2xx matching ${spec.expect}: ${text.slice(0, 300)}`);
    }
  }
}

/** fetch() says only "fetch failed"; the reason (ECONNRESET, ECONNREFUSED, …) is in its cause. */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) return `${error.message} (${"code" in cause && typeof cause.code === "string" ? `${cause.code}: ` : ""}${cause.message})`;
  return error.message;
}
