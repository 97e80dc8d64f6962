/**
 * The home page's "start here" for one catalog: the mock wallet's base URL and a script a newcomer
 * can paste into a shell to go from nothing to a verified applyToken — register a client (the
 * headless API generates its key pair), get an auth code (the headless my.getAuthCode), sign the
 * applyToken request with openssl and send it. Plain functions, no I/O.
 *
 * Catalog text reaches the script only single-quoted (`shellQuote`), so nothing from a catalog is
 * ever expanded by the shell.
 */
import { withExampleParams } from "@/server/domain/flow/engine";
import type { Catalog } from "./catalog/schema";
import { shellQuote } from "./snippets/escape";
import { ENDPOINTS, WALLET_API_BASE } from "./wallet-api/endpoints";
import { buildWalletRequest } from "./wallet-api/request-builder";

export type QuickStart = {
  /** Where the catalog's mock wallet answers: `<origin>/api/wallets/<slug><prefix>`. */
  baseUrl: string;
  /** The applyToken path (what the signature covers). */
  applyTokenUri: string;
  /** Register a client, get a code, sign and send applyToken (bash with curl, jq and openssl). */
  script: string;
};

// Stand-ins JSON.stringify keeps as they are; the script puts shell variables in their place.
const CLIENT_ID = "@@CLIENT_ID@@";
const AUTH_CODE = "@@AUTH_CODE@@";

/** A JSON text as a shell word: literal parts single-quoted, the placeholders as "$VARIABLES". */
function shellJson(json: string): string {
  return json
    .split(/(@@[A-Z_]+@@)/)
    .filter((part) => part !== "")
    .map((part) => (part === CLIENT_ID ? '"$CLIENT_ID"' : part === AUTH_CODE ? '"$AUTH_CODE"' : shellQuote(part)))
    .join("");
}

/** `team`: the studio runs in team mode, so the headless calls carry a CI key of the workspace. */
export function quickStart(catalog: Catalog, slug: string, origin: string, options: { team?: boolean } = {}): QuickStart {
  const prefix = catalog.serverApi.pathPrefixes[0] ?? "";
  const request = buildWalletRequest(catalog, CLIENT_ID, { step: "applyToken", authCode: AUTH_CODE });
  const endpoint = ENDPOINTS.find((entry) => entry.id === request.endpoint);
  const applyTokenUri = `${WALLET_API_BASE}/${slug}${prefix}${endpoint?.path ?? ""}`;
  const firstScope = catalog.jsapi.defaultScope ?? catalog.scopes.find((scope) => scope.silent)?.name ?? catalog.scopes[0]?.name;
  const params = withExampleParams(catalog);
  const simulation = JSON.stringify({
    catalog: slug,
    scopes: firstScope ? [firstScope] : [],
    ...(Object.keys(params).length > 0 ? { params } : {}),
    outcome: "approve",
    client: CLIENT_ID,
  });
  const auth = options.team ? ' "${AUTH[@]}"' : "";
  const lines = [
    `ORIGIN=${shellQuote(origin)}`,
    ...(options.team ? ["# A CI key of your workspace (Workspace → CI keys):", 'AUTH=(-H "Authorization: Bearer $STUDIO_KEY")'] : []),
    "# 1. A merchant client of the mock wallet: the studio generates its key pair and returns the private key once.",
    `curl -s -X POST "$ORIGIN/api/clients"${auth} -H 'Content-Type: application/json' -d ${shellQuote(JSON.stringify({ name: "My backend", catalog: slug }))} > client.json`,
    "jq -r .privateKey client.json > private-key.pem",
    "CLIENT_ID=$(jq -r .clientId client.json)",
    "# 2. An auth code for that client, as my.getAuthCode would return it (the headless API).",
    `AUTH_CODE=$(curl -s -X POST "$ORIGIN/api/simulations"${auth} -H 'Content-Type: application/json' -d ${shellJson(simulation)} | jq -r .authCode)`,
    "# 3. applyToken, signed with RSA-SHA256 over POST <uri>\\n<Client-Id>.<Request-Time>.<body>.",
    ...(request.body.appId !== undefined ? [`# appId is your mini program id; the mock accepts any of the documented form (at most 32 characters, no @ # ?).`] : []),
    `URI=${shellQuote(applyTokenUri)}`,
    ...(catalog.serverApi.requestTimeFormat === "epoch-ms"
      ? ["# Request-Time in this wallet's format: epoch milliseconds.", "TIME=$(date +%s%3N)"]
      : ["# Request-Time in this wallet's format: ISO 8601.", "TIME=$(date -u +%Y-%m-%dT%H:%M:%SZ)"]),
    `BODY=${shellJson(JSON.stringify(request.body))}`,
    `SIG=$(printf 'POST %s\\n%s.%s.%s' "$URI" "$CLIENT_ID" "$TIME" "$BODY" | openssl dgst -sha256 -sign private-key.pem | openssl base64 -A | jq -sRr @uri)`,
    `curl -s -X POST "$ORIGIN$URI" -H 'Content-Type: application/json; charset=UTF-8' -H "Client-Id: $CLIENT_ID" \\`,
    `  -H "Request-Time: $TIME" -H "Signature: algorithm=RSA256, keyVersion=1, signature=$SIG" -d "$BODY"`,
  ];
  return { baseUrl: `${origin}${WALLET_API_BASE}/${slug}${prefix}`, applyTokenUri, script: `${lines.join("\n")}\n` };
}
