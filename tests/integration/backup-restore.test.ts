// `npm run db:backup` and `npm run db:restore` against this test file's real database copy.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "~/utils/db.server";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "stagepact-backup-"));
const dbFile = process.env.DATABASE_URL!.replace(/^file:/, "");
// No server answers on this port, so the restore's "is a server running?" check passes.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", PORT: "39871" };
const npm = (...args: string[]) => run("npm", ["run", "--silent", ...args], { env });

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const f of readdirSync(path.dirname(dbFile))) {
    if (f.startsWith(`${path.basename(dbFile)}.before-restore-`)) rmSync(path.join(path.dirname(dbFile), f));
  }
});

describe("backup and restore", () => {
  it("restores a backup taken while the database was in use, and keeps the replaced one aside", async () => {
    const client = createPrismaClient(process.env.DATABASE_URL!);
    const before = await client.municipality.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } });
    expect(before.length).toBeGreaterThan(0);
    const sessions = await client.session.count();

    const backup = path.join(dir, "copy.db");
    const { stdout } = await npm("db:backup", "--", backup);
    expect(stdout).toContain(backup);
    expect(existsSync(backup)).toBe(true);

    // Changes after the backup, through the open connection (WAL in use).
    await client.municipality.update({ where: { slug: before[0].slug }, data: { name: "Changed after the backup" } });
    await client.municipality.create({ data: { slug: "na-de-backup", name: "Added after the backup" } });
    await client.session.create({
      data: { id: "after-backup", userId: (await client.user.findFirstOrThrow()).id, expiresAt: new Date(), absoluteExpiresAt: new Date() },
    });

    const restored = await npm("db:restore", "--", backup);
    expect(restored.stdout).toMatch(/kept as .*before-restore-/);

    // A fresh connection, as the server after a restart.
    const after = createPrismaClient(process.env.DATABASE_URL!);
    expect(await after.municipality.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } })).toEqual(before);
    expect(await after.session.count()).toBe(sessions);
    await after.$disconnect();
    await client.$disconnect();

    const aside = readdirSync(path.dirname(dbFile)).find((f) => f.startsWith(`${path.basename(dbFile)}.before-restore-`));
    expect(aside).toBeDefined();
    const kept = createPrismaClient(`file:${path.join(path.dirname(dbFile), aside!)}`);
    expect((await kept.municipality.findUniqueOrThrow({ where: { slug: before[0].slug } })).name).toBe("Changed after the backup");
    await kept.$disconnect();
  });

  it("writes to backups/<timestamp>.db by default", async () => {
    const { stdout } = await npm("db:backup");
    const written = /to (\S+backups\/[\dTZ-]+\.db)/.exec(stdout)?.[1];
    expect(written).toBeDefined();
    expect(existsSync(written!)).toBe(true);
    rmSync(written!);
  });

  it("refuses a file that is not a SQLite database, or not a Stagepact one", async () => {
    const junk = path.join(dir, "junk.db");
    writeFileSync(junk, "not a database at all, just text".repeat(100));
    await expect(npm("db:restore", "--", junk)).rejects.toMatchObject({ stderr: expect.stringContaining("not a SQLite database") });
    const other = path.join(dir, "other.db");
    const Database = (await import("better-sqlite3")).default;
    const foreign = new Database(other);
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
    foreign.close();
    await expect(npm("db:restore", "--", other)).rejects.toMatchObject({ stderr: expect.stringContaining("not a Stagepact database") });
    await expect(npm("db:restore")).rejects.toMatchObject({ stderr: expect.stringContaining("give the backup file") });
  });
});
