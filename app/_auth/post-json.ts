import { errorMessage } from "@/app/_trpc/errors";

/** POST a JSON body to one of the studio's own endpoints; the error shape's message on failure. */
export async function postJson(url: string, body: unknown): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, message: "Could not reach the studio. Check that it is running and try again." };
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data };
  if (response.status === 429) return { ok: false, message: "Too many attempts. Wait a minute, then try again." };
  // `{error: {message}}` (the studio's shape) or `{message}` (the auth library's).
  return { ok: false, message: errorMessage(data, `The studio answered HTTP ${response.status}.`) };
}

/** Where to go after signing in: a path of this studio only (never another site). */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/**
 * A full page load of `path`: after signing in or out, or joining a workspace, every page and query
 * starts again as the new identity (a client-side navigation would keep the old one's cached data).
 */
export function loadPage(path: string): void {
  window.location.assign(new URL(path, window.location.href).href);
}
