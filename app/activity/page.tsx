import type { Metadata } from "next";
import { UpcomingArea } from "../_components/upcoming-area";

export const metadata: Metadata = { title: "Activity" };

export default function ActivityPage() {
  return (
    <UpcomingArea
      title="Activity"
      summary="Every auth code, token and error outcome the studio produced or refused."
      points={[
        "filter simulation runs and wallet API calls by catalog, client, outcome, scope and time;",
        "follow an auth code from issue to redemption, and a token through rotation and revocation;",
        "read why a call failed and what to do about it, and export the view as JSON or CSV.",
      ]}
    />
  );
}
