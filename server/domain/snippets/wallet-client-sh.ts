/**
 * `wallet-client.sh`: the merchant-backend calls with curl, and the openssl commands that produce
 * and check the signatures. Sourced, it defines `wallet_call` and one function per API; executed,
 * it runs applyToken → inquiryUserInfo → refresh → revoke with an authCode.
 *
 * Catalog text reaches the script only as `#` comment lines (line breaks split) or single-quoted
 * words (`shellQuote`), so nothing from a catalog is ever expanded by the shell.
 */
import { lineComments, shellQuote } from "./escape";
import { headerParagraphs } from "./getauthcode-ts";
import type { GeneratedFile, SnippetModel } from "./model";

export const WALLET_CLIENT_SH = "wallet-client.sh";

export function generateWalletClientSh(model: SnippetModel): GeneratedFile {
  const { api, catalog } = model;
  const v2 = api.version === "v2";
  const { inquiryUserInfo: info, revoke } = api;
  const out: string[] = ["#!/usr/bin/env bash"];
  for (const paragraph of headerParagraphs(model, `Merchant-backend calls to the ${catalog.name} wallet API (${api.version}) with curl and openssl.`, { scopes: false })) {
    out.push(...(paragraph === "" ? ["#"] : lineComments(paragraph, "#")));
  }
  out.push(
    "#",
    "# Signing (wallet reference §4), done by wallet_call below with openssl:",
    "#   content   = POST <uri>\\n<Client-Id>.<Request-Time>.<body>       (<uri>: the URL's path and query)",
    "#   signature = urlEncode(base64(SHA256withRSA(content)))",
    "#     openssl dgst -sha256 -sign private.pem content | openssl base64 -A | sed 's/+/%2B/g; s|/|%2F|g; s/=/%3D/g'",
    "#   header    = Signature: algorithm=RSA256, keyVersion=1, signature=<signature>",
    "# Every response is verified the same way over POST <uri>\\n<Client-Id>.<Response-Time>.<response body>:",
    "#     openssl dgst -sha256 -verify wallet-public.pem -signature signature.bin response-content",
    "# An unsigned response or a signature that does not verify makes wallet_call fail.",
    "#",
    "# Run the whole flow (needs bash, curl, openssl, sed):",
    "#   WALLET_BASE_URL=... WALLET_CLIENT_ID=... WALLET_PRIVATE_KEY=private.pem \\",
    "#   WALLET_PUBLIC_KEY=wallet-public.pem AUTH_CODE=... bash wallet-client.sh",
    `# Or source it and call ${["wallet_apply_token", "wallet_refresh_token", ...(info ? ["wallet_inquiry_user_info"] : []), ...(revoke ? ["wallet_revoke"] : [])].join(", ")}.`,
    "",
    `API_VERSION=${shellQuote(api.version)}`,
    `CUSTOMER_BELONGS_TO=${shellQuote(api.customerBelongsTo ?? "")}`,
    `# Gateway prefixes this wallet answers on: ${api.pathPrefixes.map((p) => (p === "" ? "(none)" : p)).join(" ")}`,
    `if [ -z "\${WALLET_PATH_PREFIX+set}" ]; then WALLET_PATH_PREFIX=${shellQuote(api.defaultPrefix)}; fi`,
    `APPLY_TOKEN_PATH=${shellQuote(api.applyToken.path)}`,
    ...(info ? [`INQUIRY_USER_INFO_PATH=${shellQuote(info.path)}`] : []),
    ...(revoke ? [`REVOKE_PATH=${shellQuote(revoke.path)}`] : []),
    "# The endpoints this wallet serves (others answer INVALID_API), with their result codes:",
    `#   applyToken ${api.applyToken.resultCodes.join(" ")}`,
    ...(info ? [`#   inquiryUserInfo ${info.resultCodes.join(" ")}`] : []),
    ...(revoke ? [`#   revoke ${revoke.resultCodes.join(" ")}`] : []),
    ...(api.version === "v2" || info?.id.startsWith("v2.") || revoke?.id.startsWith("v2.")
      ? ["# Your mini program id, sent as appId (the studio's mock accepts any of the documented form).", `if [ -z "\${WALLET_APP_ID:-}" ]; then WALLET_APP_ID=${shellQuote(api.appId)}; fi`]
      : []),
    "",
    "# wallet_json_escape <text>: the text as the inside of a JSON string.",
    "wallet_json_escape() {",
    "  local s=$1",
    "  s=${s//\\\\/\\\\\\\\}",
    "  s=${s//\\\"/\\\\\\\"}",
    "  printf '%s' \"$s\"",
    "}",
    "",
    "# wallet_field <key>: the first string value of \"key\" in the JSON on stdin (use jq for anything fancier).",
    "wallet_field() {",
    "  sed -n \"s/.*\\\"$1\\\":\\\"\\([^\\\"]*\\)\\\".*/\\1/p\" | head -n 1",
    "}",
    "",
    "# wallet_header <file> <name>: a header's value from a curl -D dump (last one wins, CR stripped).",
    "wallet_header() {",
    "  { grep -i \"^$2:\" \"$1\" || true; } | tail -n 1 | cut -d: -f2- | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//'",
    "}",
    "",
    "wallet_request_time() {",
    api.requestTime === "epoch-ms" ? "  echo \"$(( $(date +%s) * 1000 ))\"" : "  date -u +%Y-%m-%dT%H:%M:%SZ",
    "}",
    "",
    "# wallet_call <path> <json-body>: sign, POST, verify the response signature, print the response body.",
    "wallet_call() {",
    "  local path=$1 body=$2 dir url uri time signature status r_client r_time r_signature",
    "  dir=$(mktemp -d) || return 1",
    "  url=\"${WALLET_BASE_URL%/}${WALLET_PATH_PREFIX}${path}\"",
    "  uri=\"/${url#*://*/}\"",
    "  time=$(wallet_request_time)",
    "  printf '%s' \"$body\" > \"$dir/body.json\"",
    "  { printf 'POST %s\\n%s.%s.' \"$uri\" \"$WALLET_CLIENT_ID\" \"$time\"; cat \"$dir/body.json\"; } > \"$dir/request-content\"",
    "  if ! signature=$(openssl dgst -sha256 -sign \"$WALLET_PRIVATE_KEY\" \"$dir/request-content\" | openssl base64 -A | sed -e 's/+/%2B/g' -e 's|/|%2F|g' -e 's/=/%3D/g'); then",
    "    echo \"wallet_call: could not sign with $WALLET_PRIVATE_KEY\" >&2; rm -rf \"$dir\"; return 1",
    "  fi",
    "  if ! status=$(curl -sS -X POST \"$url\" \\",
    "      -H 'Content-Type: application/json; charset=UTF-8' \\",
    "      -H \"Client-Id: $WALLET_CLIENT_ID\" \\",
    "      -H \"Request-Time: $time\" \\",
    "      -H \"Signature: algorithm=RSA256, keyVersion=${WALLET_KEY_VERSION:-1}, signature=$signature\" \\",
    "      --data-binary \"@$dir/body.json\" -D \"$dir/headers\" -o \"$dir/response\" -w '%{http_code}'); then",
    "    echo \"wallet_call: curl could not reach $url\" >&2; rm -rf \"$dir\"; return 1",
    "  fi",
    "  r_client=$(wallet_header \"$dir/headers\" Client-Id)",
    "  r_time=$(wallet_header \"$dir/headers\" Response-Time)",
    "  r_signature=$(wallet_header \"$dir/headers\" Signature | sed -n 's/.*signature=\\([^, ]*\\).*/\\1/p')",
    "  if [ -z \"$r_signature\" ] || [ -z \"$r_client\" ] || [ -z \"$r_time\" ]; then",
    "    echo \"wallet_call: the response to $uri (HTTP $status) is not signed, so it cannot be trusted: $(head -c 500 \"$dir/response\")\" >&2",
    "    rm -rf \"$dir\"; return 1",
    "  fi",
    "  if [ \"$r_client\" != \"$WALLET_CLIENT_ID\" ]; then",
    "    echo \"wallet_call: the response names Client-Id $r_client, not $WALLET_CLIENT_ID\" >&2; rm -rf \"$dir\"; return 1",
    "  fi",
    "  { printf 'POST %s\\n%s.%s.' \"$uri\" \"$r_client\" \"$r_time\"; cat \"$dir/response\"; } > \"$dir/response-content\"",
    "  printf '%s' \"$r_signature\" | sed -e 's/%2[Bb]/+/g' -e 's|%2[Ff]|/|g' -e 's/%3[Dd]/=/g' | openssl base64 -d -A > \"$dir/response-signature\"",
    "  if ! openssl dgst -sha256 -verify \"$WALLET_PUBLIC_KEY\" -signature \"$dir/response-signature\" \"$dir/response-content\" > /dev/null 2>&1; then",
    "    echo \"wallet_call: the response signature from $uri does not verify with $WALLET_PUBLIC_KEY; do not use this response\" >&2",
    "    rm -rf \"$dir\"; return 1",
    "  fi",
    "  cat \"$dir/response\"",
    "  rm -rf \"$dir\"",
    "}",
    "",
  );
  if (v2) {
    out.push(
      "# v2 bodies carry the mini program id (appId) and the client id (authClientId).",
      "wallet_v2_ids() {",
      "  printf '\"appId\":\"%s\",\"authClientId\":\"%s\"' \"$(wallet_json_escape \"$WALLET_APP_ID\")\" \"$(wallet_json_escape \"$WALLET_CLIENT_ID\")\"",
      "}",
      "",
      "wallet_belongs_to() {",
      "  if [ -n \"$CUSTOMER_BELONGS_TO\" ]; then printf ',\"customerBelongsTo\":\"%s\"' \"$(wallet_json_escape \"$CUSTOMER_BELONGS_TO\")\"; fi",
      "}",
      "",
      "# wallet_apply_token <authCode>: applyToken with grantType AUTHORIZATION_CODE.",
      "wallet_apply_token() {",
      "  wallet_call \"$APPLY_TOKEN_PATH\" \"{$(wallet_v2_ids),\\\"grantType\\\":\\\"AUTHORIZATION_CODE\\\",\\\"authCode\\\":\\\"$(wallet_json_escape \"$1\")\\\"$(wallet_belongs_to)}\"",
      "}",
      "",
      "# wallet_refresh_token <refreshToken>: applyToken with grantType REFRESH_TOKEN.",
      "wallet_refresh_token() {",
      "  wallet_call \"$APPLY_TOKEN_PATH\" \"{$(wallet_v2_ids),\\\"grantType\\\":\\\"REFRESH_TOKEN\\\",\\\"refreshToken\\\":\\\"$(wallet_json_escape \"$1\")\\\"$(wallet_belongs_to)}\"",
      "}",
      "",
    );
  } else {
    out.push(
      "# v1 carries customerBelongsTo inside extendInfo, a JSON object encoded as a string.",
      "wallet_extend_info() {",
      "  if [ -n \"$CUSTOMER_BELONGS_TO\" ]; then printf ',\"extendInfo\":\"{\\\\\"customerBelongsTo\\\\\":\\\\\"%s\\\\\"}\"' \"$(wallet_json_escape \"$CUSTOMER_BELONGS_TO\")\"; fi",
      "}",
      "",
      "# wallet_apply_token <authCode>: applyToken with grantType AUTHORIZATION_CODE.",
      "wallet_apply_token() {",
      "  wallet_call \"$APPLY_TOKEN_PATH\" \"{\\\"grantType\\\":\\\"AUTHORIZATION_CODE\\\",\\\"authCode\\\":\\\"$(wallet_json_escape \"$1\")\\\"$(wallet_extend_info)}\"",
      "}",
      "",
      "# wallet_refresh_token <refreshToken>: applyToken with grantType REFRESH_TOKEN.",
      "wallet_refresh_token() {",
      "  wallet_call \"$APPLY_TOKEN_PATH\" \"{\\\"grantType\\\":\\\"REFRESH_TOKEN\\\",\\\"refreshToken\\\":\\\"$(wallet_json_escape \"$1\")\\\"$(wallet_extend_info)}\"",
      "}",
      "",
    );
  }
  if (info) {
    out.push(
      "# wallet_inquiry_user_info <accessToken>",
      "wallet_inquiry_user_info() {",
      info.id.startsWith("v2.")
        ? "  wallet_call \"$INQUIRY_USER_INFO_PATH\" \"{\\\"accessToken\\\":\\\"$(wallet_json_escape \"$1\")\\\",$(wallet_v2_ids)}\""
        : "  wallet_call \"$INQUIRY_USER_INFO_PATH\" \"{\\\"accessToken\\\":\\\"$(wallet_json_escape \"$1\")\\\"$(wallet_extend_info)}\"",
      "}",
      "",
    );
  }
  if (revoke) {
    out.push(
      "# wallet_revoke <accessToken>: the access token and its refresh token stop working.",
      "wallet_revoke() {",
      revoke.id.startsWith("v2.")
        ? "  wallet_call \"$REVOKE_PATH\" \"{\\\"accessToken\\\":\\\"$(wallet_json_escape \"$1\")\\\",$(wallet_v2_ids)}\""
        : "  wallet_call \"$REVOKE_PATH\" \"{\\\"accessToken\\\":\\\"$(wallet_json_escape \"$1\")\\\"$(wallet_extend_info)}\"",
      "}",
      "",
    );
  }
  out.push(
    "# wallet_expect_success <step> <response-body>",
    "wallet_expect_success() {",
    "  local code",
    "  code=$(printf '%s' \"$2\" | wallet_field resultCode)",
    "  if [ \"$code\" != \"SUCCESS\" ]; then echo \"$1: ${code:-no result}: $2\" >&2; exit 1; fi",
    "  echo \"$1: SUCCESS, response signature verified\"",
    "}",
    "",
    "wallet_main() {",
    "  set -euo pipefail",
    "  local name tokens info refreshed revoked",
    "  for name in WALLET_BASE_URL WALLET_CLIENT_ID WALLET_PRIVATE_KEY WALLET_PUBLIC_KEY AUTH_CODE; do",
    "    if [ -z \"${!name:-}\" ]; then echo \"Set $name (the key variables are paths to PEM files).\" >&2; exit 2; fi",
    "  done",
    "  tokens=$(wallet_apply_token \"$AUTH_CODE\")",
    "  wallet_expect_success applyToken \"$tokens\"",
    ...(info ? ["  info=$(wallet_inquiry_user_info \"$(printf '%s' \"$tokens\" | wallet_field accessToken)\")", "  wallet_expect_success inquiryUserInfo \"$info\""] : []),
    "  refreshed=$(wallet_refresh_token \"$(printf '%s' \"$tokens\" | wallet_field refreshToken)\")",
    "  wallet_expect_success refresh \"$refreshed\"",
    ...(revoke ? ["  revoked=$(wallet_revoke \"$(printf '%s' \"$refreshed\" | wallet_field accessToken)\")", "  wallet_expect_success revoke \"$revoked\""] : []),
    "}",
    "",
    "if [ \"${BASH_SOURCE[0]}\" = \"$0\" ]; then",
    "  wallet_main \"$@\"",
    "fi",
    "",
  );
  return { filename: WALLET_CLIENT_SH, language: "shell", contents: out.join("\n") };
}
