import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "./env.server";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createPrismaClient(url: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

// One client per process; in development the module reloads, so keep it on globalThis.
const globalForDb = globalThis as unknown as { __stagepactDb?: PrismaClient; __stagepactDbReady?: Promise<void> };

export const db: PrismaClient = globalForDb.__stagepactDb ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.__stagepactDb = db;

/** WAL lets readers continue while the outbox relay or a job writes; the busy timeout absorbs short write contention. */
export async function configureDb(client: PrismaClient = db) {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL;");
  await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000;");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON;");
}

/**
 * Fresh planner statistics (sqlite_stat1) for every table, after migrations, seeding
 * and search index rebuilds: without them SQLite guesses, and once guessed a published
 * internship's status index over its primary key. The search path does not rely on
 * them (its statements keep status out of index selection, see
 * app/search/documents.server.ts), but every other query does. analysis_limit samples
 * each index, so this takes milliseconds at 200,000 internships.
 */
export async function analyzeDatabase(client: PrismaClient = db) {
  await client.$queryRawUnsafe("PRAGMA analysis_limit = 1000;");
  await client.$executeRawUnsafe("ANALYZE;");
}

globalForDb.__stagepactDbReady ??= configureDb(db).catch((error) => {
  console.error("database configuration failed", error instanceof Error ? error.message : error);
});
