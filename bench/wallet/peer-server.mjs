// Bench helper: oauth2-mock-server (the mock authorization server developers commonly use) in its
// own process, with an RS256 key, so its `POST /token` can be compared with our applyToken.
//
// Usage: PORT=<port> node bench/wallet/peer-server.mjs
import { OAuth2Server } from "oauth2-mock-server";

const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error("peer-server: set PORT");
  process.exit(2);
}

const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");
await server.start(port, "127.0.0.1");

const stop = () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
