// Starts the production server (server.js) as a child process, with its heap budget. Every
// script that serves the app goes through here: npm start, npm run serve, the journeys'
// server and bench:http.
//
// The budget: V8 otherwise lets its heap grow towards a quarter of the machine's memory
// before it collects in earnest, far above the live heap, and the server passed its 300 MB
// under load; ADR 037 gives the figures. SERVER_HEAP_MB changes it.
import { spawn } from "node:child_process";

export const DEFAULT_SERVER_HEAP_MB = 192;

/** The heap budget in MB from SERVER_HEAP_MB (a whole number of at least 64), or the default. */
export function serverHeapMb(env = process.env) {
  const raw = env.SERVER_HEAP_MB;
  if (raw === undefined || raw === "") return DEFAULT_SERVER_HEAP_MB;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 64) throw new Error(`SERVER_HEAP_MB must be a whole number of megabytes, at least 64 (got "${raw}")`);
  return mb;
}

/** server.js in production mode, with the heap budget; `options` as child_process.spawn takes them. */
export function spawnServer({ env = process.env, stdio = "inherit" } = {}) {
  return spawn(process.execPath, [`--max-old-space-size=${serverHeapMb(env)}`, "server.js"], { stdio, env: { ...env, NODE_ENV: "production" } });
}

/**
 * The server in the foreground of this script: Ctrl-C and SIGTERM go to the server, and
 * when it ends, `onExit` runs (to stop helpers) and this script exits with its code.
 */
export function serveUntilStopped({ env = process.env, onExit = () => {} } = {}) {
  const server = spawnServer({ env });
  const stop = (signal) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    onExit();
    process.exit(code ?? 0);
  });
  return server;
}
