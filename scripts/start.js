// One command for a fresh machine (after npm install): migrate, seed when empty,
// build, and serve the production app on http://localhost:3000 (or PORT) with SQLite in ./data.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serveUntilStopped } from "../server/spawn.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
mkdirSync("data", { recursive: true });

const env = { ...process.env };
env.DATABASE_URL ??= `file:${path.join(root, "data", "stagepact.db")}`;
env.PORT ??= "3000";
// Production requires APP_URL; on a laptop the public address is this machine's port.
env.APP_URL ||= `http://localhost:${env.PORT}`;
if (!env.SESSION_SECRET) {
  // A per-machine secret, made once and kept out of git (data/ is ignored).
  const file = path.join(root, "data", "session-secret");
  if (!existsSync(file)) writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  env.SESSION_SECRET = readFileSync(file, "utf8").trim();
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });
run("npx", ["prisma", "migrate", "deploy"]);
{
  // Fresh planner statistics after the schema may have changed (as analyzeDatabase in app/utils/db.server.ts).
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(path.resolve(env.DATABASE_URL.replace(/^file:/, "").split("?")[0]));
  sqlite.exec("PRAGMA analysis_limit = 1000; ANALYZE;");
  sqlite.close();
}
run("npx", ["tsx", "seed/seed.ts", "--if-empty"]);
run("npm", ["run", "--silent", "search:rebuild", "--", "--if-empty"]);
if (!process.argv.includes("--no-build")) run("npx", ["remix", "vite:build"]);

serveUntilStopped({ env });
