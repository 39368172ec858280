// npm run bench:http — the search page against a bare page, under the same load.
// Builds the production bundle, starts it on a seeded temporary database and loads
// /stages?q=… and /stagepact (a server-rendered page that does not search) with
// autocannon, 50 connections, one after the other. Prints requests per second and
// p99 latency for both and their ratio. Target: search ≥ 50% of the bare page.
// Every search request picks one of 960 different searches (words, sectors, levels,
// sort), more than the engine's result cache holds, so most of them really search.
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
const run = (url: string, pickPath?: () => string): Promise<Result> =>
  new Promise((resolve, reject) =>
    autocannon(
      {
        url,
        connections: 50,
        duration,
        ...(pickPath ? { requests: [{ setupRequest: (request: { path: string }) => ({ ...request, path: pickPath() }) }] } : {}),
      },
      (error: Error | null, result: Result) => (error ? reject(error) : resolve(result)),
    ),
  );

const words = ["stage", "kok", "zorg", "verpl", "monteur", "winkel", "software", "keuken", "begeleider", "logistiek", "bouw", "ond", "med", "assist", "cliënt"];
const sectorChoices = [
  "",
  "&sector=care",
  "&sector=hospitality",
  "&sector=technology&sector=care",
  "&pact=1",
  "&vergoeding=500",
  "&stadsdeelstage=1",
  "&tekortsector=1",
];
const levelChoices = ["", "&niveau=2", "&niveau=3&niveau=4", "&uren=33-40"];
const sortChoices = ["", "&sorteer=nieuw"];
const searchPaths = words.flatMap((w) =>
  sectorChoices.flatMap((f) => levelChoices.flatMap((l) => sortChoices.map((o) => `/stages?q=${encodeURIComponent(w)}${f}${l}${o}`))),
);
const randomSearch = () => searchPaths[Math.floor(Math.random() * searchPaths.length)];

console.info("building and seeding…");
execFileSync("npx", ["remix", "vite:build"], { stdio: "ignore", env });
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env });
execFileSync("npx", ["tsx", "seed/seed.ts"], { stdio: "ignore", env });
execFileSync("npx", ["tsx", "scripts/search-rebuild.ts"], { stdio: "ignore", env });
const server = spawn(process.execPath, ["server.js"], { stdio: "ignore", env: { ...env, NODE_ENV: "production" } });
try {
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const searchUrl = `${base}/stages?q=stage&sector=care&sector=hospitality&pact=1`;
  console.info(`${searchPaths.length} different searches`);
  const bareUrl = `${base}/stagepact`;
  // Warm both (first render, first index load) before measuring.
  await fetch(searchUrl);
  await fetch(bareUrl);
  console.info(`load: 50 connections, ${duration} s each`);
  const search = await run(searchUrl, randomSearch);
  const bare = await run(bareUrl);
  const line = (name: string, r: Result) =>
    `${name.padEnd(44)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx} errors ${r.errors}`;
  console.info(line("/stages?q=… (random of the searches above)", search));
  console.info(line("/stagepact (bare page)", bare));
  const ratio = search.requests.average / bare.requests.average;
  console.info(`ratio search / bare: ${(ratio * 100).toFixed(0)}%  (target ≥ 50% ${ratio >= 0.5 ? "✔" : "✘"})`);
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}
process.exit(0);
