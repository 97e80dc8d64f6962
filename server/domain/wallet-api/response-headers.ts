/**
 * Which headers of a mock wallet response belong to the wallet protocol, and which the studio's own
 * server added on the way (HTTP framing from Node, caching and security headers, the call id that
 * links a response to its Activity entry). Pages show the first as the wallet's response and the
 * second apart, so nobody builds a backend that expects a header no real wallet sends.
 */

/**
 * The response headers of the Alipay+ REST scheme: the body's type, and `Client-Id`,
 * `Response-Time` and `Signature`, which the merchant verifies the response with.
 */
export const WALLET_RESPONSE_HEADERS: readonly string[] = ["content-type", "client-id", "response-time", "signature"];

export type HeaderList = Array<[name: string, value: string]>;

/** The headers split in two, each in its original order and spelling. */
export type SplitResponseHeaders = { wallet: HeaderList; studio: HeaderList };

export function isWalletResponseHeader(name: string): boolean {
  return WALLET_RESPONSE_HEADERS.includes(name.toLowerCase());
}

export function splitResponseHeaders(headers: Readonly<Record<string, string>>): SplitResponseHeaders {
  const split: SplitResponseHeaders = { wallet: [], studio: [] };
  for (const entry of Object.entries(headers)) (isWalletResponseHeader(entry[0]) ? split.wallet : split.studio).push(entry);
  return split;
}
