import type { Metadata } from "next";
import { UpcomingArea } from "../_components/upcoming-area";

export const metadata: Metadata = { title: "Snippets" };

export default function SnippetsPage() {
  return (
    <UpcomingArea
      title="Snippets"
      summary="Client code typed to a catalog's exact scopes, payloads and error codes."
      points={[
        "generate TypeScript types and a promise wrapper for my.getAuthCode with a discriminated success/fail union;",
        "generate merchant-backend clients that sign applyToken, inquiryUserInfo and revoke requests;",
        "download single files or a whole SDK as a zip, from stable URLs a build script can fetch.",
      ]}
    />
  );
}
