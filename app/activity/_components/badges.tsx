import { Badge } from "@/app/_components/ui/badge";
import { AUTH_CODE_STATES, TOKEN_STATES } from "@/server/domain/activity/describe";
import type { AuthCodeState, TokenState } from "@/server/domain/activity/types";

/** A run outcome or a result code: failures red, successes green, the rest neutral. */
export function OutcomeBadge({ outcome, isError }: { outcome: string; isError: boolean }) {
  const tone = !isError ? "green" : outcome === "UNKNOWN_EXCEPTION" || outcome === "timeout" ? "amber" : "red";
  return (
    <Badge tone={tone} className="font-mono">
      {outcome}
    </Badge>
  );
}

const CODE_TONES = { issued: "brand", redeemed: "green", expired: "amber", refused: "red" } as const;
const TOKEN_TONES = { active: "green", expired: "amber", rotated: "neutral", revoked: "red" } as const;

export function CodeStateBadge({ state }: { state: AuthCodeState }) {
  return (
    <Badge tone={CODE_TONES[state]} title={AUTH_CODE_STATES[state].description}>
      {state}
    </Badge>
  );
}

export function TokenStateBadge({ state }: { state: TokenState }) {
  return (
    <Badge tone={TOKEN_TONES[state]} title={TOKEN_STATES[state].description}>
      {state}
    </Badge>
  );
}
