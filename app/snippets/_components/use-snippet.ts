"use client";

import { useQuery } from "@tanstack/react-query";

type Issue = { path: string; message: string };

/** A 4xx/5xx from a snippet route: the server's message, and its issues for `ErrorNotice`. */
export class SnippetFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: Issue[],
  ) {
    super(message);
    this.name = "SnippetFetchError";
  }
}

function isIssue(value: unknown): value is Issue {
  return typeof value === "object" && value !== null && typeof (value as Issue).path === "string" && typeof (value as Issue).message === "string";
}

/** Reads `{error:{code,message,issues}}`; anything else becomes "HTTP <status>". */
async function errorOf(response: Response): Promise<SnippetFetchError> {
  let message = `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`;
  let issues: Issue[] = [];
  try {
    const body: unknown = await response.json();
    const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
    if (typeof error === "object" && error !== null) {
      const { message: text, issues: list } = error as { message?: unknown; issues?: unknown };
      if (typeof text === "string" && text) message = text;
      if (Array.isArray(list)) issues = list.filter(isIssue);
    }
  } catch {
    // not JSON: keep the status line
  }
  return new SnippetFetchError(message, response.status, issues);
}

async function fetchSnippet(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal, headers: { Accept: "text/plain, */*" } });
  if (!response.ok) throw await errorOf(response);
  return response.text();
}

const pathOf = (url: string) => url.split("?")[0];

/**
 * One SDK file, fetched from its stable URL (the same URL a build script uses). The catalog's
 * version is part of the key, so an edited catalog is fetched again. While another scope selection
 * of the same file loads, the previous code stays on screen (`isPlaceholderData`); another file or
 * catalog shows the loading state instead of the wrong file's code.
 */
export function useSnippet(url: string | null, catalogVersion: number | undefined) {
  return useQuery({
    queryKey: ["snippet-file", url, catalogVersion],
    queryFn: ({ signal }) => (url ? fetchSnippet(url, signal) : Promise.reject(new Error("No snippet chosen"))),
    // Wait for the version (the catalog query), so the file is not fetched twice.
    enabled: url !== null && catalogVersion !== undefined,
    placeholderData: (previous, previousQuery) => {
      const previousUrl = previousQuery?.queryKey[1];
      return typeof previousUrl === "string" && url !== null && pathOf(previousUrl) === pathOf(url) ? previous : undefined;
    },
    staleTime: 60_000,
    // A 4xx will not change by asking again; a network error or a 5xx may.
    retry: (count, error) => count < 1 && !(error instanceof SnippetFetchError && error.status < 500),
  });
}
