// `npm run db:restore FILE`: puts a backup in place of the SQLite database. Stop the server
// first. The file must be a sound SQLite database with Stagepact's tables; the current
// database is copied aside (<database>.before-restore-<timestamp>) before it is replaced.
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { env } from "~/utils/env.server";

const EXPECTED_TABLES = ["_prisma_migrations", "Municipality", "User", "Organisation", "Internship", "Application", "Session", "SearchOutbox"];

function fail(message: string): never {
  console.error(`db:restore: ${message}`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail("give the backup file: npm run db:restore backups/<timestamp>.db");
const backupFile = path.resolve(file);
if (!existsSync(backupFile)) fail(`${backupFile} does not exist`);
const target = path.resolve(env.DATABASE_URL.replace(/^file:/, "").split("?")[0]);
if (backupFile === target) fail("the backup is the database itself");

// A server answering on this machine's port still has the database open.
const running = await fetch(`http://127.0.0.1:${env.PORT}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
  () => true,
  () => false,
);
if (running && !process.argv.includes("--force")) fail(`a server answers on port ${env.PORT}; stop it first (or pass --force)`);

let backup: Database.Database;
try {
  backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  const check = backup.pragma("quick_check", { simple: true });
  if (check !== "ok") fail(`${backupFile} is damaged: ${String(check)}`);
} catch (error) {
  fail(`${backupFile} is not a SQLite database (${error instanceof Error ? error.message : error})`);
}
const tables = new Set((backup.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
const missing = EXPECTED_TABLES.filter((t) => !tables.has(t));
if (missing.length > 0) fail(`${backupFile} is not a Stagepact database (missing tables: ${missing.join(", ")})`);

if (existsSync(target)) {
  const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  const current = new Database(target, { readonly: true, fileMustExist: true });
  await current.backup(aside);
  current.close();
  console.info(`The current database is kept as ${aside}.`);
}

// The online backup writes into the database file page by page, WAL included, so no
// stale -wal file can replay over the restored data.
await backup.backup(target);
backup.close();
console.info(`Restored ${backupFile} to ${target}. If the backup is older than this version, run npm run db:migrate.`);
