// Security headers and the per-request Content-Security-Policy are set by the studio's server in
// front of Next (server/gateway), for pages and API answers alike.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `next dev` serves dev resources only to localhost unless told otherwise;
  // the browser tests browse http://127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  turbopack: { root: __dirname },
};

module.exports = nextConfig;
