"use client";

import { useCallback, useEffect, useEffectEvent, useRef } from "react";
import { useRouter } from "next/navigation";

/** How the person tried to leave: an in-app link (to `href`), or the browser's Back button. */
export type LeaveAttempt = { kind: "link"; href: string } | { kind: "back" };

/** Marks the history entry the guard adds on top of the editor's own. */
const SENTINEL_KEY = "authcode-studio:unsaved-edits";

function isSentinel(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as Record<string, unknown>)[SENTINEL_KEY] === true;
}

/** A copy of the current entry (with the router's own state, so it can restore the page) on top of it. */
function pushSentinel() {
  const state: unknown = window.history.state;
  window.history.pushState({ ...(typeof state === "object" && state !== null ? state : {}), [SENTINEL_KEY]: true }, "", window.location.href);
}

/**
 * Asks before unsaved edits are lost by leaving the page: reloading or closing the tab
 * (beforeunload), an in-app link (intercepted before the router sees the click), or Back.
 *
 * Back cannot be cancelled, so while there are edits the guard keeps one extra entry of the same
 * address on top of the page's own: Back lands on the page's own entry, nothing is left, and the
 * guard asks. Staying puts the extra entry back; leaving goes back once more. Forward has nowhere
 * to go from here, as the extra entry replaced what was ahead. A jump of several entries at once
 * (from the Back button's list) cannot be stopped. `leave` goes where an attempt wanted, and
 * `navigate` leaves after a save, both without leaving the extra entry behind in the history.
 */
export function useLeaveGuard({
  armed,
  hasChanges,
  onAttempt,
}: {
  /** Whether there may be unsaved edits (cheap); `hasChanges` then says for sure. */
  armed: boolean;
  hasChanges: () => boolean;
  onAttempt: (attempt: LeaveAttempt) => void;
}) {
  const router = useRouter();
  /** The guard's entry is the current one. */
  const onSentinel = useRef(false);
  /** Leaving on purpose: let the navigation through. */
  const leaving = useRef(false);
  const changed = useEffectEvent(hasChanges);
  const attempt = useEffectEvent(onAttempt);
  const isArmed = useEffectEvent(() => armed);

  useEffect(() => {
    if (!armed) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current || !changed()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const intercept = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || leaving.current || !changed()) return;
      // A link to a place on this page (the section links) is not leaving.
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      event.preventDefault();
      event.stopPropagation();
      attempt({ kind: "link", href: `${url.pathname}${url.search}${url.hash}` });
    };
    if (!onSentinel.current && !isSentinel(window.history.state)) pushSentinel();
    onSentinel.current = true;
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", intercept, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", intercept, true);
    };
  }, [armed]);

  // Listens for as long as the page is shown, so a Back after the edits were saved or undone
  // still goes where it meant to in one press.
  useEffect(() => {
    const address = window.location.href;
    const onPopState = (event: PopStateEvent) => {
      if (isSentinel(event.state)) {
        onSentinel.current = true;
        return;
      }
      const cameFromSentinel = onSentinel.current;
      onSentinel.current = false;
      if (!cameFromSentinel || leaving.current || window.location.href !== address) return;
      if (isArmed() && changed()) attempt({ kind: "back" });
      else window.history.back();
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  /** Keeps the person on the page after an attempt they called off. */
  const stay = useCallback((attempted: LeaveAttempt) => {
    if (attempted.kind === "back" && !onSentinel.current) {
      pushSentinel();
      onSentinel.current = true;
    }
  }, []);

  /** Goes to `href` in the app, in place of the guard's entry when it is the current one. */
  const navigate = useCallback(
    (href: string) => {
      leaving.current = true;
      if (onSentinel.current) router.replace(href);
      else router.push(href);
    },
    [router],
  );

  /** Goes where the attempt wanted to, the edits given up. */
  const leave = useCallback(
    (attempted: LeaveAttempt) => {
      if (attempted.kind === "link") {
        navigate(attempted.href);
        return;
      }
      leaving.current = true;
      window.history.back();
    },
    [navigate],
  );

  return { stay, leave, navigate };
}
