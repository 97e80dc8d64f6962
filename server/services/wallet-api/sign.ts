/**
 * The sign stage: every answer to an identified client carries the wallet's signature over
 * `POST <uri>\n<Client-Id>.<Response-Time>.<body>` — made on the thread pool, so the event loop
 * goes on serving other requests while RSA runs.
 */
import type { Clock } from "@/server/domain/clock";
import { contentToSign, formatSignatureHeader, signContentAsync } from "@/server/domain/signing/signature";
import { formatWalletTime } from "@/server/domain/wallet-api/endpoints";
import type { ResponseDraft } from "@/server/domain/wallet-api/request";
import type { WalletContext, WalletStore } from "./store";

export async function signResponse(
  store: WalletStore,
  draft: ResponseDraft,
  signer: { wallet: WalletContext; clientId: string; method: string; uri: string } | null,
  clock: Clock,
): Promise<ResponseDraft> {
  if (!signer) return draft;
  const key = await store.signingKey(signer.wallet.catalogId, clock.real);
  const responseTime = formatWalletTime(clock.real, signer.wallet.countryCode);
  const content = contentToSign({ method: signer.method, uri: signer.uri, clientId: signer.clientId, time: responseTime, body: draft.body });
  const signature = await signContentAsync(content, key.privateKey);
  return {
    ...draft,
    headers: { ...draft.headers, "Client-Id": signer.clientId, "Response-Time": responseTime, Signature: formatSignatureHeader(signature, String(key.keyVersion)) },
  };
}
