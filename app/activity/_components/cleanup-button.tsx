"use client";

import { lazy, Suspense, useState } from "react";
import { Button } from "@/app/_components/ui/button";

const CleanupPanel = lazy(() => import("./cleanup-dialog").then((module) => ({ default: module.CleanupPanel })));

/** "Clean up…": the dialog's code is fetched the first time it is opened, not with the page. */
export function CleanupButton() {
  const [used, setUsed] = useState(false);
  const button = (
    <Button onClick={() => setUsed(true)} disabled={used}>
      Clean up…
    </Button>
  );
  if (!used) return button;
  return (
    <Suspense fallback={button}>
      <CleanupPanel startOpen />
    </Suspense>
  );
}
