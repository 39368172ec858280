// HTTP server: Express with the security baseline, serving the Remix app.
// `node server.js --dev` runs Vite in middleware mode; otherwise the production build.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { applySecurity, requestLogger } from "./server/security.js";

const dev = process.argv.includes("--dev");
if (dev && !process.env.NODE_ENV) process.env.NODE_ENV = "development";
const port = Number(process.env.PORT ?? 3000);
const buildDir = process.env.REMIX_BUILD_DIR ?? "build";

const viteDevServer = dev
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined;

const app = express();
app.disable("x-powered-by");
app.use(compression());
if (process.env.QUIET_LOG !== "1") app.use(requestLogger);
applySecurity(app, { dev });

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(`${buildDir}/client`, { maxAge: "1h" }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
  : await import(path.resolve(`${buildDir}/server/index.js`));

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce,
      // Express works out the client address (behind a proxy only with TRUST_PROXY=1).
      clientAddress: req.ip,
    }),
  }),
);

const server = app.listen(port, () => {
  console.info(`Stagepact listening on http://localhost:${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
