import { Button } from "./button";
import { cn } from "./cn";

/**
 * Small screens fold a page's filters away so its results come first: this button shows or hides
 * them and says how many are set. From the `lg` breakpoint the filters always show and it hides.
 */
export function FilterToggle({ open, onToggle, active, controls }: { open: boolean; onToggle: () => void; active: number; controls: string }) {
  return (
    <Button size="sm" className="w-full lg:hidden" aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {open ? "Hide filters" : "Show filters"}
      {active > 0 && ` (${active} active)`}
    </Button>
  );
}

/** Classes for the filters a `FilterToggle` controls. */
export function foldedFilters(open: boolean, className?: string): string {
  return cn(open ? "mt-3 block" : "hidden", "lg:mt-0 lg:block", className);
}
