// HTTP server: Express with the security baseline, serving the Remix app.
// `node server.js --dev` runs Vite in middleware mode; otherwise the production build.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { logger, requestObserver } from "./server/observability.js";
import { applySecurity } from "./server/security.js";
import { takeTurns } from "./server/turns.js";

const dev = process.argv.includes("--dev");
if (dev && !process.env.NODE_ENV) process.env.NODE_ENV = "development";
const port = Number(process.env.PORT ?? 3000);
const buildDir = process.env.REMIX_BUILD_DIR ?? "build";

const viteDevServer = dev ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } })) : undefined;

const app = express();
app.disable("x-powered-by");
// Request id, one JSON log line and the latency histogram per request (QUIET_LOG=1 silences
// the lines); the route patterns come from the build, which is loaded below.
app.use(requestObserver({ routes: async () => (typeof build === "function" ? await build() : build).routes }));
app.use(compression());
applySecurity(app, { dev });

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(`${buildDir}/client`, { maxAge: "1h" }));
}

const build = viteDevServer ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") : await import(path.resolve(`${buildDir}/server/index.js`));

// One request starts per turn of the event loop, and /healthz and /metrics have a lane of
// their own, so a burst of page renders does not hold them or the next request (server/turns.js).
app.use(takeTurns());

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce,
      // Express works out the client address (behind a proxy only with TRUST_PROXY=1).
      clientAddress: req.ip,
      requestId: res.locals.requestId,
    }),
  }),
);

// The production server loads the search index's in-memory parts before it takes requests.
if (!viteDevServer) await build.entry.module.warmUp?.();

const server = app.listen(port, () => {
  // Without APP_URL (development), absolute links follow the port actually listened on;
  // appUrl() in app/utils/env.server.ts reads this.
  globalThis[Symbol.for("stagepact.listenOrigin")] = `http://localhost:${server.address().port}`;
  logger().info({ port }, `Stagepact listening on port ${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
