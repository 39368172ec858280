import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySecurity, isSameOrigin } from "../../server/security.js";

// The real middleware stack in a real HTTP server on a loopback port; only the
// Remix handler is replaced by a tiny echo of what the middleware decided.
let base = "";
let close: () => void;

beforeAll(async () => {
  const app = express();
  applySecurity(app, { dev: false });
  app.all("*", (_req, res) => res.json({ nonce: res.locals.cspNonce }));
  const server = app.listen(0);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("security middleware", () => {
  it.each([
    ["GET without Origin", "GET", undefined, undefined, true],
    ["POST from the same origin", "POST", "http://h", undefined, true],
    ["POST from another origin", "POST", "http://evil.example", undefined, false],
    ["POST with only a same-origin Referer", "POST", undefined, "http://h/page", true],
    ["POST with only a foreign Referer", "POST", undefined, "http://evil.example/x", false],
    ["POST with neither header", "POST", undefined, undefined, false],
    ["DELETE from another origin", "DELETE", "http://evil.example", undefined, false],
  ])("%s → allowed %s", (_name, method, origin, referer, allowed) => {
    expect(isSameOrigin({ method, origin, referer, host: "h", protocol: "http" })).toBe(allowed);
  });

  it("refuses a cross-origin POST with 403", async () => {
    const response = await fetch(`${base}/inloggen`, { method: "POST", headers: { Origin: "http://evil.example" } });
    expect(response.status).toBe(403);
  });

  it("sends a CSP with a fresh nonce, frame-ancestors none, nosniff and a referrer policy", async () => {
    const a = await fetch(`${base}/`);
    const b = await fetch(`${base}/`);
    const csp = a.headers.get("content-security-policy") ?? "";
    const nonce = ((await a.json()) as { nonce: string }).nonce;
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(((await b.json()) as { nonce: string }).nonce).not.toBe(nonce);
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("marks responses to signed-in requests as not storable", async () => {
    const signedIn = await fetch(`${base}/student`, { headers: { Cookie: "sp_session=abc" } });
    const anonymous = await fetch(`${base}/stages`);
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(anonymous.headers.get("cache-control")).toBeNull();
  });
});
