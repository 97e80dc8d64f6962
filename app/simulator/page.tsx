import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/ui/page-header";
import { SimulatorTabs } from "./_nav/simulator-tabs";
import { SectionTabs } from "./_components/section-tabs";
import { SimulatorSkeleton } from "./_components/simulator-skeleton";
import { Simulator } from "./_components/simulator";

export const metadata: Metadata = { title: "Simulator" };

export default function SimulatorPage() {
  return (
    <>
      {/* The area's tabs link to /simulator/clients, /simulator/users and the recorded calls in Activity. */}
      <Suspense fallback={<SimulatorTabs />}>
        <SectionTabs />
      </Suspense>
      <PageHeader
        title="Simulator"
        description="Run my.getAuthCode against any catalog, force the outcome you need to handle, then continue the flow with signed applyToken and inquiryUserInfo calls to the mock wallet."
      />
      <Suspense fallback={<SimulatorSkeleton />}>
        <Simulator />
      </Suspense>
    </>
  );
}
