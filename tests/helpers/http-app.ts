// The real application over HTTP for integration tests: the Express stack of server.js
// (security middleware, turns on the event loop, Remix's request handler) on a loopback port, with the Remix
// build compiled by Vite in this process, against this test file's SQLite copy.
import type { AddressInfo } from "node:net";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { applySecurity } from "../../server/security.js";
import { takeTurns } from "../../server/turns.js";

export type HttpApp = { base: string; close: () => Promise<void> };

export async function startHttpApp(): Promise<HttpApp> {
  const { createServer } = await import("vite");
  const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: "custom", logLevel: "error" });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  applySecurity(app, { dev: false });
  app.use(takeTurns());
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip }),
    }),
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // As server.js does: without APP_URL, absolute links follow the port listened on.
  (globalThis as Record<symbol, unknown>)[Symbol.for("stagepact.listenOrigin")] = base;
  return {
    base,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await vite.close();
    },
  };
}
