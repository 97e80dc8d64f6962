import { getDb } from "@/db";
import { readJsonInput } from "@/server/http/json-input";
import { errorResponse, json } from "@/server/http/respond";
import { clockRequestSchema } from "@/server/http/schemas";
import { getClockOffset, setClockOffset } from "@/server/services/clock";

export const dynamic = "force-dynamic";

function view(offsetMs: number) {
  const realNow = Date.now();
  return { offsetSeconds: Math.round(offsetMs / 1000), realTime: new Date(realNow).toISOString(), mockTime: new Date(realNow + offsetMs).toISOString() };
}

/** `GET /api/clock` — the mock wallet's clock (real time plus the time-travel offset). */
export function GET() {
  try {
    return json(view(getClockOffset(getDb())));
  } catch (error) {
    return errorResponse(error);
  }
}

/** `POST /api/clock` with `{advanceSeconds}` or `{reset: true}` — time travel, to test expiry. */
export async function POST(req: Request) {
  const input = await readJsonInput(req, clockRequestSchema);
  if (!input.ok) return input.response;
  try {
    const db = getDb();
    const current = getClockOffset(db);
    const next = input.data.reset ? 0 : current + (input.data.advanceSeconds ?? 0) * 1000;
    return json(view(setClockOffset(db, next, Date.now())));
  } catch (error) {
    return errorResponse(error);
  }
}
