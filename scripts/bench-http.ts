// npm run bench:http — the search page against a bare page, under the same load.
// Builds the production bundle, starts it on a seeded temporary database and loads
// /stages?q=… and /stagepact (a server-rendered page that does not search) with
// autocannon, 50 connections, one after the other. Prints requests per second and
// p99 latency for both and their ratio. Target: search ≥ 50% of the bare page.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// @ts-expect-error autocannon ships no types
import autocannon from "autocannon";

const port = process.env.BENCH_PORT ?? "3190";
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const dir = mkdtempSync(path.join(os.tmpdir(), "stagepact-http-"));
const buildDir = `build-bench-${port}`;
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  PORT: port,
  REMIX_BUILD_DIR: buildDir,
  SESSION_SECRET: "bench-session-secret-that-is-long-enough-0000",
  APP_URL: `http://localhost:${port}`,
  QUIET_LOG: "1",
  DISABLE_SCHEDULER: "1",
};

type Result = { requests: { average: number }; latency: { p99: number; p50: number }; non2xx: number; errors: number };
const run = (url: string): Promise<Result> =>
  new Promise((resolve, reject) => autocannon({ url, connections: 50, duration }, (error: Error | null, result: Result) => (error ? reject(error) : resolve(result))));

console.info("building and seeding…");
execFileSync("npx", ["remix", "vite:build"], { stdio: "ignore", env });
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env });
execFileSync("npx", ["tsx", "seed/seed.ts"], { stdio: "ignore", env });
execFileSync("npx", ["tsx", "scripts/search-rebuild.ts"], { stdio: "ignore", env });
const server = spawn(process.execPath, ["server.js"], { stdio: "ignore", env: { ...env, NODE_ENV: "production" } });
try {
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const searchUrl = `${base}/stages?q=stage&sector=care&sector=hospitality&pact=1`;
  const bareUrl = `${base}/stagepact`;
  // Warm both (first render, first index load) before measuring.
  await fetch(searchUrl);
  await fetch(bareUrl);
  console.info(`load: 50 connections, ${duration} s each`);
  const search = await run(searchUrl);
  const bare = await run(bareUrl);
  const line = (name: string, r: Result) =>
    `${name.padEnd(44)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx} errors ${r.errors}`;
  console.info(line("/stages?q=stage&sector=care&sector=hospitality&pact=1", search));
  console.info(line("/stagepact (bare page)", bare));
  const ratio = search.requests.average / bare.requests.average;
  console.info(`ratio search / bare: ${(ratio * 100).toFixed(0)}%  (target ≥ 50% ${ratio >= 0.5 ? "✔" : "✘"})`);
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}
process.exit(0);
