/**
 * What every v2 call to the mock wallet carries besides its own fields: the mini program id
 * (`appId`, any of the documented form) and the client's id (`authClientId`, equal to Client-Id).
 * Test helpers add them to the bodies they send to v2 paths unless a body sets them itself.
 */
import { STUDIO_APP_ID } from "@/server/domain/wallet-api/endpoint-specs";

export function withV2Fields(path: string, body: unknown, clientId: string): unknown {
  if (!path.includes("/v2/") || typeof body !== "object" || body === null || Array.isArray(body)) return body;
  return { appId: STUDIO_APP_ID, authClientId: clientId, ...body };
}
