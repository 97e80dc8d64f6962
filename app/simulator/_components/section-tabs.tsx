"use client";

import { useSearchParams } from "next/navigation";
import { SimulatorTabs } from "../_nav/simulator-tabs";
import { DEFAULT_CATALOG } from "./format";

/** The Simulator area's tabs, keeping this page's catalog when moving to clients, test users or calls. */
export function SectionTabs() {
  const searchParams = useSearchParams();
  return <SimulatorTabs catalog={searchParams.get("catalog") || DEFAULT_CATALOG} />;
}
