import type { Metadata } from "next";
import { UpcomingArea } from "../_components/upcoming-area";

export const metadata: Metadata = { title: "Simulator" };

export default function SimulatorPage() {
  return (
    <UpcomingArea
      title="Simulator"
      summary="Run my.getAuthCode against any catalog and force the outcome you need to handle."
      points={[
        "pick a catalog, scopes, a test user and an outcome: approve, partial grant, deny, cancel, timeout or any of the catalog's JSAPI error codes;",
        "preview the wallet's consent page and follow every step of the flow with its payloads;",
        "exchange the generated authCode with a signed applyToken call and read inquiryUserInfo from a mock wallet API your own backend can call.",
      ]}
    />
  );
}
