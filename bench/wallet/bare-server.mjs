// Bench helper: the smallest node:http server that does what a mock wallet must do per request —
// read the body, answer a small JSON body and sign it with RSA-2048 / SHA-256. It is the upper bound
// for any Node server with one signature per response. Plain ESM, no dependencies.
//
// Usage: PORT=<port> node bench/wallet/bare-server.mjs --mode=sync|pool
//   sync: crypto.sign() on the event loop (one core at most, however many threads libuv has);
//   pool: crypto.sign(..., callback) on the libuv thread pool, so signing can use every core.
import crypto from "node:crypto";
import http from "node:http";

const mode = process.argv.find((arg) => arg.startsWith("--mode="))?.slice("--mode=".length) ?? "sync";
if (mode !== "sync" && mode !== "pool") {
  console.error(`bare-server: unknown --mode=${mode} (sync or pool)`);
  process.exit(2);
}
const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error("bare-server: set PORT");
  process.exit(2);
}

// A KeyObject, parsed once: passing a PEM string would re-parse the key on every signature.
const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });

function responseBody() {
  // A fresh token per answer, so every response really needs its own signature.
  const accessToken = crypto.randomBytes(16).toString("hex");
  return JSON.stringify({ result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success" }, accessToken });
}

function send(res, body, signature) {
  res.writeHead(200, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    Signature: signature.toString("base64"),
  });
  res.end(body);
}

function answer(res) {
  const body = responseBody();
  const data = Buffer.from(body);
  if (mode === "sync") {
    send(res, body, crypto.sign("sha256", data, privateKey));
    return;
  }
  crypto.sign("sha256", data, privateKey, (error, signature) => {
    if (error) {
      res.writeHead(500).end();
      return;
    }
    send(res, body, signature);
  });
}

const server = http.createServer((req, res) => {
  // Read the whole request body first, as a real endpoint must before it can verify anything.
  req.on("data", () => {});
  req.on("end", () => answer(res));
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1");

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
