/**
 * The sign stage: every answer to an identified client carries the wallet's signature over
 * `POST <uri>\n<Client-Id>.<Response-Time>.<body>` — made on the thread pool, so the event loop
 * goes on serving other requests while RSA runs.
 */
import { createPrivateKey, type KeyObject } from "node:crypto";
import type { Clock } from "@/server/domain/clock";
import { contentToSign, formatSignatureHeader, generateRsaKeyPairAsync, signContentAsync } from "@/server/domain/signing/signature";
import { formatWalletTime } from "@/server/domain/wallet-api/endpoints";
import type { ResponseDraft } from "@/server/domain/wallet-api/request";
import type { WalletContext, WalletStore } from "./store";

export type Signer = { wallet: WalletContext; clientId: string; method: string; uri: string };

let stranger: Promise<KeyObject> | null = null;

/** A key that is not the wallet's: what a `bad-signature` fault rule signs with. */
export function strangerKey(): Promise<KeyObject> {
  stranger ??= generateRsaKeyPairAsync().then((pair) => createPrivateKey(pair.privateKeyPem));
  return stranger;
}

/** `otherKey`: sign with this key instead of the wallet's (under the wallet's key version). */
export async function signResponse(store: WalletStore, draft: ResponseDraft, signer: Signer | null, clock: Clock, otherKey?: KeyObject): Promise<ResponseDraft> {
  if (!signer) return draft;
  const walletKey = await store.signingKey(signer.wallet.catalogId, clock.real);
  const key = otherKey ? { ...walletKey, privateKey: otherKey } : walletKey;
  const responseTime = formatWalletTime(clock.real, signer.wallet.countryCode);
  const content = contentToSign({ method: signer.method, uri: signer.uri, clientId: signer.clientId, time: responseTime, body: draft.body });
  const signature = await signContentAsync(content, key.privateKey);
  return {
    ...draft,
    headers: { ...draft.headers, "Client-Id": signer.clientId, "Response-Time": responseTime, Signature: formatSignatureHeader(signature, String(key.keyVersion)) },
  };
}
