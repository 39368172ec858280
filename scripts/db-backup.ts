// `npm run db:backup [FILE]`: a consistent copy of the SQLite database, taken with SQLite's
// online backup while the server may keep running. Default: backups/<timestamp>.db.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { env } from "~/utils/env.server";

export const databaseFile = (url: string) => path.resolve(url.replace(/^file:/, "").split("?")[0]);
const stamp = () => new Date().toISOString().replace(/[:.]/g, "-");

const source = databaseFile(env.DATABASE_URL);
const target = path.resolve(process.argv[2] ?? path.join("backups", `${stamp()}.db`));
mkdirSync(path.dirname(target), { recursive: true });

const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  const { totalPages } = await db.backup(target);
  console.info(`Backed up ${source} to ${target} (${totalPages} pages).`);
} finally {
  db.close();
}
