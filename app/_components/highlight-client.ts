/**
 * The page's side of highlighting: one worker for the whole page (`highlight.worker.ts`), started
 * the first time code is shown, so shiki compiles grammars and tokenizes there and never on the
 * page's main thread. Where workers are unavailable or the worker failed, `highlight` rejects and
 * the code stays plain.
 */
import type { HighlightLang, HighlightReply, HighlightRequest } from "./highlight-protocol";

type Waiting = { resolve: (html: string) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function failAll(message: string) {
  for (const entry of waiting.values()) entry.reject(new Error(message));
  waiting.clear();
}

function highlightWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  if (typeof Worker === "undefined") {
    workerFailed = true;
    return null;
  }
  try {
    worker = new Worker(new URL("./highlight.worker", import.meta.url), { name: "highlight" });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.addEventListener("message", (event: MessageEvent<HighlightReply>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    if (!entry) return;
    waiting.delete(reply.id);
    if ("html" in reply) entry.resolve(reply.html);
    else entry.reject(new Error(reply.error));
  });
  worker.addEventListener("error", () => {
    workerFailed = true;
    worker?.terminate();
    worker = null;
    failAll("the highlighting worker failed");
  });
  return worker;
}

export function highlight(code: string, lang: HighlightLang): Promise<string> {
  const target = highlightWorker();
  if (!target) return Promise.reject(new Error("highlighting is not available"));
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: HighlightRequest = { id, code, lang };
    target.postMessage(request);
  });
}
