// Web server for the Playwright suite: a fresh, seeded database file and a fresh
// production build per run, on its own port (E2E_PORT), so runs never share state.
// scripts/test-e2e.sh builds the app and seeds one template database once for both passes
// (scripts/e2e-prepare.js) and hands them over in E2E_BUILD_DIR and E2E_TEMPLATE_DB: this
// server then copies the template instead of migrating and seeding again.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { serveUntilStopped } from "../server/spawn.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
mkdirSync("tests/.tmp", { recursive: true });
const port = process.env.E2E_PORT ?? "3100";
const dbFile = path.join(root, "tests", ".tmp", `e2e-${port}.db`);
for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
const buildDir = process.env.E2E_BUILD_DIR ?? (port === "3100" ? "build" : `build-${port}`);

// The real test OpenID provider (tests/helpers/oidc-provider.ts) on port + 1: a student
// provider that creates accounts, and an employer one that only signs in linked accounts.
const oidcIssuer = `http://127.0.0.1:${Number(port) + 1}`;
const oidcClient = { clientId: "stagepact-e2e", clientSecret: "e2e-client-secret-for-the-loopback-provider" };
const oidcProviders = [
  { id: "eduid-test", roles: ["student"], label: { nl: "eduID (test)", en: "eduID (test)" } },
  { id: "eherkenning-test", roles: ["employer"], label: { nl: "eHerkenning (test)", en: "eHerkenning (test)" } },
].map((p) => ({ ...p, issuer: oidcIssuer, ...oidcClient }));

const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  PORT: port,
  REMIX_BUILD_DIR: buildDir,
  SESSION_SECRET: "e2e-session-secret-that-is-long-enough-000000",
  APP_URL: `http://localhost:${port}`,
  // The suite signs in far more than ten times a minute from one address.
  RATE_LIMIT_PER_MINUTE: "10000",
  QUIET_LOG: "1",
  // The fake PDOK Locatieserver started below (tests/helpers/fake-pdok.ts), on port + 2.
  GEOCODER_URL: `http://127.0.0.1:${Number(port) + 2}`,
  OIDC_PROVIDERS: JSON.stringify(oidcProviders),
};
if (!process.env.E2E_BUILD_DIR) execFileSync("npx", ["remix", "vite:build"], { stdio: "ignore", env });
if (process.env.E2E_TEMPLATE_DB) {
  copyFileSync(process.env.E2E_TEMPLATE_DB, dbFile);
} else {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { stdio: "inherit", env });
  execFileSync("npm", ["run", "--silent", "search:rebuild"], { stdio: "ignore", env });
}
// One process (no npx wrapper), so stopping it stops the fake.
const geocoder = spawn(process.execPath, ["--import", "tsx", "tests/helpers/fake-pdok.ts", "--port", String(Number(port) + 2)], { stdio: "ignore", env });
const redirectUris = oidcProviders.flatMap((p) => ["--redirect-uri", `${env.APP_URL}/inloggen/met/${p.id}/terug`]);
const oidc = spawn(process.execPath, ["--import", "tsx", "tests/helpers/oidc-provider.ts", "--port", String(Number(port) + 1), ...redirectUris], {
  stdio: "ignore",
  env: { ...env, OIDC_TEST_CLIENT_ID: oidcClient.clientId, OIDC_TEST_CLIENT_SECRET: oidcClient.clientSecret },
});
// The app discovers the provider on the first sign-in; it must answer before the journeys start.
for (let tries = 0; ; tries++) {
  const answered = await fetch(`${oidcIssuer}/.well-known/openid-configuration`).then(
    (r) => r.ok,
    () => false,
  );
  if (answered) break;
  if (tries > 300) {
    geocoder.kill("SIGTERM");
    oidc.kill("SIGTERM");
    throw new Error(`the test OpenID provider did not answer at ${oidcIssuer}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
serveUntilStopped({
  env,
  onExit: () => {
    geocoder.kill("SIGTERM");
    oidc.kill("SIGTERM");
  },
});
