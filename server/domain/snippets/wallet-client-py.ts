/**
 * `wallet_client.py`: the merchant-backend client in Python 3.8+ with the `cryptography` package
 * (and the standard library's urllib). Same signing and verification as the TypeScript client; run
 * as a script it performs applyToken → inquiryUserInfo → refresh → revoke with an authCode.
 */
import { lineComments, pyString } from "./escape";
import { headerParagraphs } from "./getauthcode-ts";
import { allResultCodes, resultInfo, type GeneratedFile, type SnippetModel } from "./model";

export const WALLET_CLIENT_PY = "wallet_client.py";

function pyList(values: readonly string[]): string {
  return `[${values.map(pyString).join(", ")}]`;
}

export function generateWalletClientPy(model: SnippetModel): GeneratedFile {
  const { api, catalog } = model;
  const v2 = api.version === "v2";
  const { inquiryUserInfo: info, revoke } = api;
  const header = headerParagraphs(model, `Merchant-backend client for the ${catalog.name} wallet API (${api.version}): applyToken, inquiryUserInfo and revoke.`, { scopes: false });
  // Line 2 pins the encoding, so no catalog text can land where Python reads a coding declaration (PEP 263).
  const out: string[] = ["#!/usr/bin/env python3", "# -*- coding: utf-8 -*-"];
  for (const paragraph of header) out.push(...(paragraph === "" ? ["#"] : lineComments(paragraph, "#")));
  out.push(
    "#",
    "# Signs every request and verifies every response signature (RSA256 = SHA256withRSA, PKCS#1 v1.5):",
    "#   request content  = POST <uri>\\n<Client-Id>.<Request-Time>.<body>",
    "#   response content = POST <uri>\\n<response Client-Id>.<Response-Time>.<raw response body>",
    "#   Signature: algorithm=RSA256, keyVersion=1, signature=urlEncode(base64(signature))",
    "# A missing or invalid response signature raises WalletSignatureError.",
    "#",
    "# Needs Python 3.8+ and `pip install cryptography`.",
    "# Run the whole flow:",
    "#   WALLET_BASE_URL=... WALLET_CLIENT_ID=... WALLET_PRIVATE_KEY=private.pem \\",
    "#   WALLET_PUBLIC_KEY=wallet-public.pem AUTH_CODE=... python3 wallet_client.py",
    '"""Merchant-backend client: signed requests, verified responses."""',
    "",
    "import base64",
    "import json",
    "import os",
    "import sys",
    "import urllib.error",
    "import urllib.parse",
    "import urllib.request",
    "from datetime import datetime, timezone",
    "",
    "from cryptography.exceptions import InvalidSignature",
    "from cryptography.hazmat.primitives import hashes, serialization",
    "from cryptography.hazmat.primitives.asymmetric import padding",
    "",
    `API_VERSION = ${pyString(api.version)}`,
    ...(v2 ? ["# Your mini program id (my.getAppIdSync), sent as appId; the studio's mock accepts any of the documented form.", `DEFAULT_APP_ID = ${pyString(api.appId)}`] : []),
    `CUSTOMER_BELONGS_TO = ${api.customerBelongsTo === null ? "None" : pyString(api.customerBelongsTo)}`,
    `GATEWAY_PREFIXES = ${pyList(api.pathPrefixes)}`,
    "PATHS = {",
    `    "applyToken": ${pyString(api.applyToken.path)},`,
    ...(info ? [`    "inquiryUserInfo": ${pyString(info.path)},`] : []),
    ...(revoke ? [`    "revoke": ${pyString(revoke.path)},`] : []),
    "}",
    "",
    "# Result codes per endpoint, and what each one means.",
    `APPLY_TOKEN_RESULT_CODES = ${pyList(api.applyToken.resultCodes)}`,
    ...(info ? [`INQUIRY_USER_INFO_RESULT_CODES = ${pyList(info.resultCodes)}`] : []),
    ...(revoke ? [`REVOKE_RESULT_CODES = ${pyList(revoke.resultCodes)}`] : []),
    "RESULT_CODES = {",
  );
  for (const code of allResultCodes(model)) {
    const info = resultInfo(code);
    out.push(`    ${pyString(code)}: {"status": ${pyString(info.status)}, "message": ${pyString(info.message)}, "basis": ${pyString(info.basis)}},`);
  }
  out.push(
    "}",
    "",
    "",
    "class WalletSignatureError(Exception):",
    '    """The response carries no signature, or one that does not verify with the wallet public key."""',
    "",
    "    def __init__(self, message, http_status, raw_body):",
    "        super().__init__(message)",
    "        self.http_status = http_status",
    "        self.raw_body = raw_body",
    "",
    "",
    "def content_to_sign(method, uri, client_id, time, body):",
    '    """The exact bytes that are signed: <METHOD> <URI>\\n<Client-Id>.<time>.<body>."""',
    "    if isinstance(body, str):",
    '        body = body.encode("utf-8")',
    '    return ("%s %s\\n%s.%s." % (method, uri, client_id, time)).encode("utf-8") + body',
    "",
    "",
    "def sign_content(content, private_key):",
    '    """SHA256withRSA, base64, then URL-encoded."""',
    "    signature = private_key.sign(content, padding.PKCS1v15(), hashes.SHA256())",
    '    return urllib.parse.quote(base64.b64encode(signature).decode("ascii"), safe="")',
    "",
    "",
    "def verify_content(content, signature, public_key):",
    "    try:",
    "        raw = base64.b64decode(urllib.parse.unquote(signature), validate=True)",
    "        public_key.verify(raw, content, padding.PKCS1v15(), hashes.SHA256())",
    "        return True",
    "    except (InvalidSignature, ValueError):",
    "        return False",
    "",
    "",
    "def signature_value(header):",
    '    """The signature= part of a Signature header, or None."""',
    "    if not header:",
    "        return None",
    '    for part in header.split(","):',
    '        key, sep, value = part.partition("=")',
    '        if sep and key.strip().lower() == "signature":',
    "            return value.strip() or None",
    "    return None",
    "",
    "",
    "class WalletClient:",
    "    def __init__(self, base_url, client_id, private_key_pem, wallet_public_key_pem,",
    `                 path_prefix=${pyString(api.defaultPrefix)}, key_version="1"${v2 ? ", app_id=DEFAULT_APP_ID" : ""}):`,
    '        self.base_url = base_url.rstrip("/")',
    "        self.client_id = client_id",
    "        self.path_prefix = path_prefix",
    "        self.key_version = key_version",
    ...(v2 ? ["        self.app_id = app_id"] : []),
    "        self.private_key = serialization.load_pem_private_key(_as_bytes(private_key_pem), password=None)",
    "        self.wallet_public_key = serialization.load_pem_public_key(_as_bytes(wallet_public_key_pem))",
    "",
    "    def apply_token(self, grant_type, auth_code=None, refresh_token=None):",
    '        """applyToken with grant_type AUTHORIZATION_CODE (auth_code) or REFRESH_TOKEN (refresh_token)."""',
    '        if grant_type == "AUTHORIZATION_CODE":',
    '            grant = {"authCode": auth_code}',
    '        elif grant_type == "REFRESH_TOKEN":',
    '            grant = {"refreshToken": refresh_token}',
    "        else:",
    '            raise ValueError("grant_type is AUTHORIZATION_CODE or REFRESH_TOKEN")',
  );
  if (v2) {
    out.push(
      '        body = dict(appId=self.app_id, authClientId=self.client_id, grantType=grant_type, **grant)',
      "        if CUSTOMER_BELONGS_TO is not None:",
      '            body["customerBelongsTo"] = CUSTOMER_BELONGS_TO',
      '        return self.call(PATHS["applyToken"], body)',
    );
  } else {
    out.push('        return self.call(PATHS["applyToken"], dict(grantType=grant_type, **grant, **self._extend_info()))');
  }
  out.push(
    "",
    "    def exchange_auth_code(self, auth_code):",
    '        return self.apply_token("AUTHORIZATION_CODE", auth_code=auth_code)',
    "",
    "    def refresh(self, refresh_token):",
    '        return self.apply_token("REFRESH_TOKEN", refresh_token=refresh_token)',
    "",
    ...(info
      ? [
          "    def inquiry_user_info(self, access_token):",
          info.id.startsWith("v2.")
            ? '        return self.call(PATHS["inquiryUserInfo"], dict(appId=self.app_id, accessToken=access_token, authClientId=self.client_id))'
            : '        return self.call(PATHS["inquiryUserInfo"], dict(accessToken=access_token, **self._extend_info()))',
          "",
        ]
      : []),
    ...(revoke
      ? [
          "    def revoke(self, access_token):",
          revoke.id.startsWith("v2.")
            ? '        return self.call(PATHS["revoke"], dict(appId=self.app_id, accessToken=access_token, authClientId=self.client_id))'
            : '        return self.call(PATHS["revoke"], dict(accessToken=access_token, **self._extend_info()))',
          "",
        ]
      : []),
  );
  if (!v2) {
    out.push(
      "    def _extend_info(self):",
      '        """v1 carries customerBelongsTo inside extendInfo, a JSON object encoded as a string."""',
      "        if CUSTOMER_BELONGS_TO is None:",
      "            return {}",
      '        return {"extendInfo": json.dumps({"customerBelongsTo": CUSTOMER_BELONGS_TO}, separators=(",", ":"))}',
      "",
    );
  }
  out.push(
    "    def request_time(self):",
    api.requestTime === "epoch-ms"
      ? "        return str(int(datetime.now(timezone.utc).timestamp() * 1000))"
      : '        return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")',
    "",
    "    def call(self, path, payload):",
    '        """Sign and send one request; verify the response signature; return (http_status, body dict)."""',
    "        url = self.base_url + self.path_prefix + path",
    "        parts = urllib.parse.urlsplit(url)",
    '        uri = parts.path + ("?" + parts.query if parts.query else "")',
    '        body = json.dumps(payload, separators=(",", ":")).encode("utf-8")',
    "        time = self.request_time()",
    '        signature = sign_content(content_to_sign("POST", uri, self.client_id, time, body), self.private_key)',
    "        request = urllib.request.Request(url, data=body, method=\"POST\", headers={",
    '            "Content-Type": "application/json; charset=UTF-8",',
    '            "Client-Id": self.client_id,',
    '            "Request-Time": time,',
    '            "Signature": "algorithm=RSA256, keyVersion=%s, signature=%s" % (self.key_version, signature),',
    "        })",
    "        try:",
    "            with urllib.request.urlopen(request, timeout=30) as response:",
    "                status, headers, raw = response.status, response.headers, response.read()",
    "        except urllib.error.HTTPError as error:",
    "            status, headers, raw = error.code, error.headers, error.read()",
    '        signed = signature_value(headers.get("Signature"))',
    '        response_client_id = headers.get("Client-Id")',
    '        response_time = headers.get("Response-Time")',
    '        text = raw.decode("utf-8", errors="replace")',
    "        if not signed or response_client_id is None or response_time is None:",
    "            raise WalletSignatureError(",
    '                "The response to %s (HTTP %d) is not signed, so it cannot be trusted "',
    '                "(the wallet answers unsigned when the request signature did not verify). Body: %s" % (uri, status, text[:500]),',
    "                status, text)",
    "        if response_client_id != self.client_id:",
    '            raise WalletSignatureError("The response names Client-Id %s, not %s." % (response_client_id, self.client_id), status, text)',
    '        if not verify_content(content_to_sign("POST", uri, response_client_id, response_time, raw), signed, self.wallet_public_key):',
    '            raise WalletSignatureError("The response signature from %s does not verify with the wallet public key." % uri, status, text)',
    "        return status, json.loads(text)",
    "",
    "",
    "def _as_bytes(value):",
    '    return value.encode("utf-8") if isinstance(value, str) else value',
    "",
    "",
    "def _read(path):",
    '    with open(path, "rb") as handle:',
    "        return handle.read()",
    "",
    "",
    "def main():",
    '    """applyToken -> inquiryUserInfo -> refresh -> revoke, printing one line per verified step."""',
    "    env = os.environ",
    '    missing = [name for name in ("WALLET_BASE_URL", "WALLET_CLIENT_ID", "WALLET_PRIVATE_KEY", "WALLET_PUBLIC_KEY", "AUTH_CODE") if not env.get(name)]',
    "    if missing:",
    '        sys.exit("Set " + ", ".join(missing) + " (the key variables are paths to PEM files).")',
    "    client = WalletClient(",
    '        env["WALLET_BASE_URL"], env["WALLET_CLIENT_ID"], _read(env["WALLET_PRIVATE_KEY"]), _read(env["WALLET_PUBLIC_KEY"]),',
    `        path_prefix=env.get("WALLET_PATH_PREFIX", ${pyString(api.defaultPrefix)}))`,
    "",
    "    def expect_success(step, status, body):",
    '        code = body["result"]["resultCode"]',
    '        if code != "SUCCESS":',
    '            sys.exit("%s: %s (HTTP %d) %s" % (step, code, status, body["result"].get("resultMessage", "")))',
    '        print("%s: SUCCESS, response signature verified" % step)',
    "",
    '    status, tokens = client.exchange_auth_code(env["AUTH_CODE"])',
    '    expect_success("applyToken", status, tokens)',
    ...(info
      ? [
          '    status, info = client.inquiry_user_info(tokens["accessToken"])',
          '    expect_success("inquiryUserInfo", status, info)',
          '    print("userInfo fields: " + ", ".join(sorted(info.get("userInfo", {}).keys())))',
        ]
      : []),
    '    status, refreshed = client.refresh(tokens["refreshToken"])',
    '    expect_success("refresh", status, refreshed)',
    ...(revoke ? ['    status, revoked = client.revoke(refreshed["accessToken"])', '    expect_success("revoke", status, revoked)'] : []),
    "",
    "",
    'if __name__ == "__main__":',
    "    try:",
    "        main()",
    "    except WalletSignatureError as error:",
    '        sys.exit("WalletSignatureError: %s" % error)',
    "",
  );
  return { filename: WALLET_CLIENT_PY, language: "python", contents: out.join("\n") };
}
