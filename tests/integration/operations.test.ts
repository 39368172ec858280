// Operations over HTTP: the Express stack of server.js with the request observer (JSON log
// lines captured from pino into a stream here), /metrics behind its token, /healthz.
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { runJob } from "~/jobs/scheduler.server";
import { loader as metricsLoader } from "~/routes/api/metrics";
import { metricsAccess } from "~/services/platform/metrics.server";
import { db } from "~/utils/db.server";
import { createLogger, requestObserver, routeMatcher } from "../../server/observability.js";
import { applySecurity } from "../../server/security.js";
import { SEED_ACCOUNTS } from "../helpers/requests";

const TOKEN = "metrics-token-for-tests-0123456789";
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    done();
  },
});

let base = "";
let close: () => Promise<void>;
let build: ServerBuild;

beforeAll(async () => {
  // Read by the app that Vite loads below (its own module instances, so its own env).
  process.env.METRICS_TOKEN = TOKEN;
  const { createServer } = await import("vite");
  const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: "custom", logLevel: "error" });
  build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.use(requestObserver({ routes: () => build.routes, log: createLogger(sink, { quiet: false }) }));
  applySecurity(app, { dev: false });
  app.all("*", createRequestHandler({ build, mode: "production", getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip }) }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await vite.close();
  };
});
afterAll(async () => {
  delete process.env.METRICS_TOKEN;
  await close?.();
});

const settle = () => new Promise((r) => setTimeout(r, 100));
const logFor = (requestId: string) => lines.map((l) => JSON.parse(l)).find((entry) => entry.requestId === requestId);

describe("request logs", () => {
  it("one JSON line per request with the request id, method, route pattern, status and duration", async () => {
    const id = "req-0123456789-abc";
    const response = await fetch(`${base}/stages/does-not-exist?q=jan.jansen%40example.nl&plaats=Amsterdam`, {
      headers: { "X-Request-Id": id, Cookie: "sp_session=very-secret-cookie-value" },
    });
    expect(response.headers.get("x-request-id")).toBe(id);
    await settle();
    const entry = logFor(id);
    expect(entry).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/stages/:id", status: 404, service: "stagepact" });
    expect(typeof entry.durationMs).toBe("number");
    expect(typeof entry.time).toBe("string");
    const line = lines.find((l) => l.includes(id))!;
    for (const leak of ["example.nl", "jan.jansen", "?", "q=", "Amsterdam", "does-not-exist", "very-secret", "127.0.0.1"]) {
      expect(line).not.toContain(leak);
    }
  });

  it("a posted sign-in leaves no e-mail address in the log", async () => {
    const id = "req-sign-in-0001";
    await fetch(`${base}/inloggen`, {
      method: "POST",
      headers: { "X-Request-Id": id, Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: SEED_ACCOUNTS.student.email, password: "wrong-password-123" }),
    });
    await settle();
    expect(logFor(id)).toMatchObject({ method: "POST", route: "/inloggen" });
    expect(lines.join("\n")).not.toContain(SEED_ACCOUNTS.student.email);
    expect(lines.join("\n")).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it("replaces an ill-formed incoming request id with a new one", async () => {
    const response = await fetch(`${base}/healthz`, { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await settle();
    expect(logFor(id)).toMatchObject({ route: "/healthz", status: 200 });
  });

  it("route patterns come from the route manifest", () => {
    const match = routeMatcher(build.routes as never);
    expect(match("/")).toBe("/");
    expect(match("/stages")).toBe("/stages");
    expect(match("/stages/abc123")).toBe("/stages/:id");
    expect(match("/stages/abc123.data")).toBe("/stages/:id");
    expect(match("/stages.atom")).toBe("/stages.atom");
    expect(match("/no/such/page")).toBe("/*");
  });
});

describe("/metrics", () => {
  it("does not exist without METRICS_TOKEN", async () => {
    // This test's own module instances were loaded before the token was set.
    const response = await metricsLoader({ request: new Request(`${base}/metrics`), params: {}, context: {} });
    expect(response.status).toBe(404);
    expect(metricsAccess(new Request(`${base}/metrics`), undefined)).toBe("absent");
  });

  it("refuses a missing or wrong token", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${base}/metrics`, { headers: { Authorization: "Bearer not-the-token" } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain("Bearer");
    expect(await wrong.text()).not.toContain("stagepact_");
  });

  it("gives latency by route, job runs and failures, outbox and mail backlog, search fallbacks", async () => {
    await fetch(`${base}/stages?q=kok`);
    await runJob(jobs.find((j) => j.name === "expire-sessions")!);
    const failing = { name: "metrics-test-failing", description: "", everyMs: 1000, run: async () => Promise.reject(new Error("no")) };
    await expect(runJob(failing)).rejects.toThrow();
    await db.outboundEmail.create({ data: { to: "someone@example.nl", subject: "s", text: "t", status: "queued" } });
    const queued = await db.outboundEmail.count({ where: { status: "queued" } });
    await db.searchOutbox.create({ data: { entityType: "internship", entityId: "x", operation: "upsert", createdAt: new Date(Date.now() - 120_000) } });
    const pending = await db.searchOutbox.count({ where: { processedAt: null } });

    const response = await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/stagepact_http_request_duration_seconds_bucket\{le="[\d.]+",method="GET",route="\/stages",status="200"\} \d+/);
    expect(text).not.toContain("q=kok");
    expect(text).toMatch(/stagepact_job_runs_total\{job="expire-sessions"\} [1-9]/);
    expect(text).toMatch(/stagepact_job_failures_total\{job="metrics-test-failing"\} 1/);
    expect(text).toContain(`stagepact_search_outbox_backlog ${pending}`);
    expect(text).toMatch(/stagepact_search_outbox_oldest_age_seconds (1[2-9]\d|[2-9]\d\d)/);
    expect(text).toContain(`stagepact_mail_backlog ${queued}`);
    expect(text).toContain("stagepact_search_fallbacks_total");
    expect(text).not.toContain("example.nl");
  });
});

describe("/healthz", () => {
  it("reports the database, the search engine in use and the outbox lag", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      database: "ok",
      search: { configured: "embedded", inUse: "embedded" },
      outbox: { pending: expect.any(Number), oldestAgeSeconds: expect.any(Number) },
    });
    expect(body.outbox.pending).toBe(await db.searchOutbox.count({ where: { processedAt: null } }));
  });
});
