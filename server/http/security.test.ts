import { describe, expect, it } from "vitest";
import { checkCrossSite, checkHost, contentSecurityPolicy, hostName, LOCAL_POLICY, securityPolicy, type SecurityPolicy } from "./security";

function policy(input: Parameters<typeof securityPolicy>[0]): SecurityPolicy {
  const result = securityPolicy(input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("Host allowlist", () => {
  it.each([
    ["localhost:3000", true],
    ["LOCALHOST", true],
    ["127.0.0.1:3000", true],
    ["[::1]:3000", true],
    ["app.localhost:3000", true],
    ["localhost.:3000", true],
    ["evil.example:3000", false],
    ["localhost.evil.example", false],
    ["127.0.0.1.nip.io", false],
    ["10.0.0.5:3000", false],
    ["", false],
    [undefined, false],
  ])("local mode: %s → %s", (host, allowed) => {
    expect(checkHost(LOCAL_POLICY, host) === null).toBe(allowed);
  });

  it("adds PUBLIC_URL's host and an IP bind address, not a wildcard one", () => {
    const shared = policy({ publicUrl: "https://Studio.Example.com/base", bindHost: "10.0.0.5" });
    expect(checkHost(shared, "studio.example.com")).toBeNull();
    expect(checkHost(shared, "10.0.0.5:3000")).toBeNull();
    expect(checkHost(shared, "other.example.com")?.status).toBe(421);
    expect(shared).toMatchObject({ publicOrigin: "https://studio.example.com", https: true });
    expect(policy({ bindHost: "0.0.0.0" }).allowedHosts.has("0.0.0.0")).toBe(false);
    expect(policy({ publicUrl: "http://[fd00::1]:8080" }).allowedHosts.has("fd00::1")).toBe(true);
  });

  it("refuses a PUBLIC_URL that is not an http(s) URL", () => {
    expect(securityPolicy({ publicUrl: "studio.example.com" }).ok).toBe(false);
    expect(securityPolicy({ publicUrl: "ftp://studio.example.com" }).ok).toBe(false);
  });

  it("the refusal says how to fix it", () => {
    expect(checkHost(LOCAL_POLICY, "evil.example")?.body.error).toMatchObject({ code: "MISDIRECTED_REQUEST", message: expect.stringContaining("PUBLIC_URL") });
  });

  it("reads host names with ports and IPv6 brackets", () => {
    expect(hostName("[::1]:80")).toBe("::1");
    expect(hostName("Example.COM:443")).toBe("example.com");
    expect(hostName("[::1")).toBeNull();
  });
});

describe("cross-site requests", () => {
  const json = { "content-type": "application/json", "content-length": "2", host: "127.0.0.1:3000" };

  it("lets safe methods through whatever their origin", () => {
    expect(checkCrossSite(LOCAL_POLICY, "GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBeNull();
  });

  it("lets same-origin pages and non-browser clients change things", () => {
    expect(checkCrossSite(LOCAL_POLICY, "POST", { ...json, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" })).toBeNull();
    expect(checkCrossSite(LOCAL_POLICY, "POST", json)).toBeNull();
    expect(checkCrossSite(LOCAL_POLICY, "DELETE", { host: "localhost:3000" })).toBeNull();
  });

  it.each([
    ["a cross-site fetch", { ...json, "sec-fetch-site": "cross-site" }, 403],
    ["a same-site (other subdomain) fetch", { ...json, "sec-fetch-site": "same-site" }, 403],
    ["a foreign Origin", { ...json, origin: "https://evil.example" }, 403],
    ["an opaque Origin", { ...json, origin: "null" }, 403],
    ["an Origin on another port", { ...json, origin: "http://127.0.0.1:4000" }, 403],
    ["a text/plain body", { ...json, "content-type": "text/plain" }, 415],
    ["a form body", { ...json, "content-type": "application/x-www-form-urlencoded" }, 415],
    ["a multipart body", { ...json, "content-type": "multipart/form-data; boundary=x" }, 415],
    ["a body without a type", { host: "127.0.0.1:3000", "content-length": "5" }, 415],
    ["a chunked text body", { host: "127.0.0.1:3000", "transfer-encoding": "chunked", "content-type": "text/plain" }, 415],
  ])("refuses %s", (_name, headers, status) => {
    expect(checkCrossSite(LOCAL_POLICY, "POST", headers)?.status).toBe(status);
  });

  it("accepts PUBLIC_URL's origin behind a proxy that rewrites Host", () => {
    const shared = policy({ publicUrl: "https://studio.example.com" });
    expect(checkCrossSite(shared, "POST", { ...json, origin: "https://studio.example.com" })).toBeNull();
    expect(checkCrossSite(shared, "POST", { ...json, origin: "http://studio.example.com" })?.status).toBe(403);
  });
});

describe("Content-Security-Policy", () => {
  it("allows scripts by nonce only, no eval or inline script, no framing", () => {
    const csp = contentSecurityPolicy(LOCAL_POLICY, "abc123==");
    const script = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(script).toContain("'nonce-abc123=='");
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades requests behind https and allows eval only in development", () => {
    expect(contentSecurityPolicy(policy({ publicUrl: "https://s.example" }), "n")).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy(policy({ dev: true }), "n")).toContain("'unsafe-eval'");
  });
});
