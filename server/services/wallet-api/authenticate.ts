/**
 * The authenticate stage: who is calling (Client-Id, registered for this wallet) and can they prove
 * it (the request signature over method, URI, Client-Id, Request-Time and body, within the allowed
 * clock skew of real time; verified on the thread pool). A client with signature checking off is
 * served with the finding noted.
 */
import type { Clock } from "@/server/domain/clock";
import { checkRequestSignatureAsync, type SignatureCheck } from "@/server/domain/signing/verify-request";
import { answer, WALLET_API_BASE, type Answer } from "@/server/domain/wallet-api/request";
import type { ClientContext, WalletContext, WalletStore } from "./store";

export type Authenticated = { ok: true; client: ClientContext; signature: SignatureCheck };
export type NotAuthenticated = { ok: false; answer: Answer; client: ClientContext | null; signature: SignatureCheck | null };

export async function authenticate(
  store: WalletStore,
  wallet: WalletContext,
  req: { method: string; uri: string; header: (name: string) => string | undefined; body: Buffer },
  clock: Clock,
): Promise<Authenticated | NotAuthenticated> {
  const clientId = req.header("client-id");
  if (!clientId) return { ok: false, answer: answer("PARAM_ILLEGAL", "The Client-Id header is required."), client: null, signature: null };
  const client = store.client(clientId);
  if (!client) {
    const detail = `Client-Id "${clientId}" is not registered. Register it in the studio (Simulator → Clients) or POST /api/clients.`;
    return { ok: false, answer: answer("INVALID_AUTH_CLIENT", detail), client: null, signature: null };
  }
  if (client.catalogSlug !== wallet.slug) {
    const detail = `Client-Id "${clientId}" is registered for the ${client.catalogSlug} wallet, not ${wallet.slug}.`;
    return { ok: false, answer: answer("INVALID_AUTH_CLIENT", detail), client: null, signature: null };
  }
  const mount = `${WALLET_API_BASE}/${wallet.slug}`;
  const signature = await checkRequestSignatureAsync({
    method: req.method,
    uri: req.uri,
    // A backend configured for the real wallet's host signs the path without our mount.
    acceptedUris: req.uri.startsWith(mount) ? [req.uri.slice(mount.length) || "/"] : [],
    clientIdHeader: clientId,
    requestTimeHeader: req.header("request-time") ?? null,
    signatureHeader: req.header("signature") ?? null,
    body: req.body,
    publicKey: client.publicKey,
    now: clock.real,
  });
  if (!signature.ok && client.signatureMode === "strict") return { ok: false, answer: answer("INVALID_SIGNATURE", signature.message), client, signature };
  return { ok: true, client, signature };
}
