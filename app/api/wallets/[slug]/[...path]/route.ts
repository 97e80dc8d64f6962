import { getDb } from "@/db";
import { MAX_BODY_BYTES } from "@/server/domain/wallet-api/endpoints";
import { readBody } from "@/server/http/respond";
import { handleWalletRequest } from "@/server/services/wallet-api";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string; path: string[] }> };

/** The mock wallet API: `/api/wallets/<catalog-slug>[/<gateway prefix>]/v1|v2/...`. */
async function handle(req: Request, ctx: Params): Promise<Response> {
  const { slug, path } = await ctx.params;
  const url = new URL(req.url);
  const bytes = req.method === "POST" ? await readBody(req, MAX_BODY_BYTES) : new Uint8Array(0);
  const answer = handleWalletRequest(getDb(), {
    slug,
    path: `/${path.join("/")}`,
    uri: `${url.pathname}${url.search}`,
    method: req.method,
    headers: req.headers,
    body: bytes === null ? null : Buffer.from(bytes),
    realNow: Date.now(),
  });
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
