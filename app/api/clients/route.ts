import { getDb } from "@/db";
import { readJsonInput } from "@/server/http/json-input";
import { errorResponse, json } from "@/server/http/respond";
import { clientRequestSchema } from "@/server/http/schemas";
import { registerClient } from "@/server/services/clients";
import { WALLET_API_BASE } from "@/server/services/wallet-api";

export const dynamic = "force-dynamic";

/**
 * `POST /api/clients` — register a merchant client: `{name, catalog, publicKey?}` → its clientId,
 * the private key (once, when the server generated the pair) and the wallet's public key.
 */
export async function POST(req: Request) {
  const input = await readJsonInput(req, clientRequestSchema);
  if (!input.ok) return input.response;
  try {
    const { name, catalog, publicKey, clientId, allowedScopes, signature } = input.data;
    const registered = registerClient(getDb(), {
      catalogSlug: catalog,
      name,
      publicKey,
      clientId,
      allowedScopes: allowedScopes ?? null,
      signatureMode: signature,
      now: Date.now(),
    });
    const origin = new URL(req.url).origin;
    return json(
      {
        clientId: registered.client.clientId,
        name: registered.client.name,
        catalog: registered.client.catalogSlug,
        allowedScopes: registered.client.allowedScopes,
        signature: registered.client.signatureMode,
        publicKey: registered.client.publicKeyPem,
        privateKey: registered.privateKeyPem,
        walletPublicKey: registered.wallet.publicKeyPem,
        walletKeyVersion: registered.wallet.keyVersion,
        baseUrl: `${origin}${WALLET_API_BASE}/${catalog}`,
      },
      { status: 201 },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
