// Logs and metrics shared by the HTTP server (plain JavaScript, loaded before the Remix
// build) and the app (through app/utils/logger.server.ts and metrics.server.ts).
// The server and the bundled app each load this file, so the logger and the metrics
// registry live on globalThis: both sides write to the same ones.
import crypto from "node:crypto";
import pino from "pino";
import client from "prom-client";

const g = globalThis;

/** A JSON logger; QUIET_LOG=1 keeps only warnings and errors (tests, benchmarks). */
export function createLogger(destination = undefined, { quiet = process.env.QUIET_LOG === "1" } = {}) {
  return pino(
    {
      level: quiet ? "warn" : (process.env.LOG_LEVEL ?? "info"),
      base: { service: "stagepact" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** The process's logger. */
export function logger() {
  g.__stagepactLogger ??= createLogger();
  return g.__stagepactLogger;
}

function createMetrics() {
  const register = new client.Registry();
  client.collectDefaultMetrics({ register });
  return {
    register,
    httpDuration: new client.Histogram({
      name: "stagepact_http_request_duration_seconds",
      help: "Time from request to response, by route pattern",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [register],
    }),
    jobRuns: new client.Counter({
      name: "stagepact_job_runs_total",
      help: "Scheduled or manual job runs this process carried out, by job",
      labelNames: ["job"],
      registers: [register],
    }),
    jobFailures: new client.Counter({
      name: "stagepact_job_failures_total",
      help: "Job runs that ended in an error, by job",
      labelNames: ["job"],
      registers: [register],
    }),
    searchFallbacks: new client.Counter({
      name: "stagepact_search_fallbacks_total",
      help: "Searches answered by the embedded engine because Meilisearch did not answer",
      registers: [register],
    }),
    outboxBacklog: new client.Gauge({
      name: "stagepact_search_outbox_backlog",
      help: "Search outbox rows not yet carried to the index",
      registers: [register],
    }),
    outboxOldestAge: new client.Gauge({
      name: "stagepact_search_outbox_oldest_age_seconds",
      help: "Age of the oldest unprocessed search outbox row (0 when none)",
      registers: [register],
    }),
    mailBacklog: new client.Gauge({
      name: "stagepact_mail_backlog",
      help: "Queued e-mail not yet sent",
      registers: [register],
    }),
  };
}

/** The process's metrics (one registry per process). */
export function metrics() {
  g.__stagepactMetrics ??= createMetrics();
  return g.__stagepactMetrics;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming X-Request-Id when it is well-formed (from a proxy), else a new one. */
export function requestIdFor(incoming) {
  return typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * Route patterns from the Remix build's route manifest ("/stagepact/:slug"), so logs and
 * metrics group by route and never carry an id, a slug typed by a user or a query.
 */
export function routeMatcher(manifest) {
  const fullPath = (route) => {
    const parts = [];
    for (let r = route; r; r = r.parentId ? manifest[r.parentId] : undefined) if (r.path) parts.unshift(r.path);
    return (
      "/" +
      parts
        .join("/")
        .replace(/^\/+|\/+$/g, "")
        .replace(/\/{2,}/g, "/")
    );
  };
  const hasChildren = new Set(
    Object.values(manifest)
      .map((r) => r.parentId)
      .filter(Boolean),
  );
  const patterns = [
    ...new Set(
      Object.values(manifest)
        .filter((r) => r.id !== "root" && (!hasChildren.has(r.id) || r.index))
        .map(fullPath),
    ),
  ].map((pattern) => {
    const segments = pattern.split("/").filter(Boolean);
    const source = segments
      .map((s) => {
        if (s === "*") return "(?:/.*)?";
        const optional = s.endsWith("?");
        const core = optional ? s.slice(0, -1) : s;
        const piece = core.startsWith(":") ? "/[^/]+" : "/" + core.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return optional ? `(?:${piece})?` : piece;
      })
      .join("");
    const statics = segments.filter((s) => !s.startsWith(":") && s !== "*").length;
    return { pattern, regex: new RegExp(`^${source || ""}/?$`, "i"), score: statics * 10 - (pattern.includes("*") ? 5 : 0) };
  });
  patterns.sort((a, b) => b.score - a.score);
  return (pathname) => {
    // Single-fetch data requests: /foo.data carries the loader data of /foo.
    let path = pathname === "/_root.data" ? "/" : pathname.replace(/\.data$/, "");
    if (path === "") path = "/";
    if (path === "/") return patterns.some((p) => p.pattern === "/") ? "/" : "unmatched";
    return patterns.find((p) => p.regex.test(path))?.pattern ?? "unmatched";
  };
}

/**
 * A request id per request (sent back as X-Request-Id), one log line per request with
 * method, route pattern, path without query, status and duration, and the latency
 * histogram. Never the query string, a cookie, an address or a body: those may carry
 * personal data. `routes` gives the Remix route manifest (possibly async in development).
 */
export function requestObserver({ routes, log = logger() }) {
  let match;
  let matchFor;
  const routeOf = async (pathname) => {
    const manifest = await routes();
    if (manifest !== matchFor) {
      matchFor = manifest;
      match = routeMatcher(manifest);
    }
    return match(pathname);
  };
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    const id = requestIdFor(req.get("x-request-id"));
    res.locals.requestId = id;
    res.set("X-Request-Id", id);
    res.on("finish", async () => {
      if (req.path.startsWith("/assets/")) return;
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let route = "unmatched";
      try {
        route = await routeOf(req.path);
      } catch {
        // No build yet (development start-up): the request is still logged.
      }
      metrics().httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      log.info({ requestId: id, method: req.method, route, status: res.statusCode, durationMs: Math.round(seconds * 10000) / 10 }, "request");
    });
    next();
  };
}
