"use client";

import { usePathname, useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { SelectField } from "@/app/_components/ui/field";
import { useTRPC } from "@/app/_trpc/client";

/** A catalog picker bound to `?catalog=` of the current page. */
export function CatalogSelect({
  value,
  allowAll,
  label = "Catalog",
  className,
}: {
  value: string | null;
  /** Offer "All catalogs" (no `?catalog=`). */
  allowAll?: boolean;
  label?: string;
  className?: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const list = useQuery(trpc.catalog.list.queryOptions());
  const known = list.data?.some((catalog) => catalog.slug === value) ?? true;
  return (
    <SelectField
      label={label}
      className={className}
      value={value ?? ""}
      disabled={list.isPending}
      error={list.isError ? `Could not load the catalogs: ${list.error.message}` : null}
      onChange={(event) => {
        const next = event.target.value;
        router.replace(next ? `${pathname}?catalog=${encodeURIComponent(next)}` : pathname, { scroll: false });
      }}
    >
      {allowAll && <option value="">All catalogs</option>}
      {!allowAll && !value && <option value="">Choose a catalog…</option>}
      {value && !known && <option value={value}>{value} (unknown)</option>}
      {list.data?.map((catalog) => (
        <option key={catalog.slug} value={catalog.slug}>
          {catalog.name}
        </option>
      ))}
    </SelectField>
  );
}
