/**
 * The ways the simulator's console client can break a request signature on purpose, so the
 * signature debugger has something to explain. The console service applies them; the simulator
 * page lists them.
 */
export const TAMPERS = {
  none: "Sign correctly",
  "reserialized-body": "Sign the body compact, send it pretty-printed",
  "shorter-uri": "Sign the path without the gateway prefix and version",
  "wrong-key": "Sign with a different private key",
  "stale-time": "Send a Request-Time an hour old",
  "lowercase-method": "Sign with a lower-case method",
  crlf: "Join the signed lines with \\r\\n",
  "epoch-time": "Sign epoch milliseconds while the header says ISO 8601",
} as const;

export type Tamper = keyof typeof TAMPERS;

export const TAMPER_IDS = Object.keys(TAMPERS) as [Tamper, ...Tamper[]];
