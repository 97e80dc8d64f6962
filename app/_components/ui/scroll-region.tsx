import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A wide table (or code) that scrolls inside itself instead of widening the page: a labelled
 * region the keyboard can focus and then scroll with the arrow keys.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        // relative: visually hidden text inside (sr-only is absolute) is clipped with the rest.
        "relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500",
        className,
      )}
    >
      {children}
    </div>
  );
}
