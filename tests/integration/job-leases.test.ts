import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { JobDefinition } from "~/jobs/registry.server";
import { runJob } from "~/jobs/scheduler.server";
import { createPrismaClient, db } from "~/utils/db.server";

const MINUTE = 60_000;

/** Another server on the same database file: its own process, its own connection and holder id. */
async function serverProcess(job: string, at: string): Promise<{ holder: string; ran: boolean }> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "tests/helpers/run-scheduled-job.ts", job, at], {
    env: { ...process.env, NODE_ENV: "development", DISABLE_SCHEDULER: "1" } as NodeJS.ProcessEnv,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!);
}

function countingJob(name: string, everyMs = 10 * MINUTE, fail = false) {
  const runs: Date[] = [];
  const job: JobDefinition = {
    name,
    description: "test job",
    everyMs,
    run: async ({ now }) => {
      runs.push(now);
      if (fail) throw new Error("boom");
      return { runs: runs.length };
    },
  };
  return { job, runs };
}

describe("job leases: two servers on one database", () => {
  // The second "server" has its own connection to the same SQLite file.
  const other = createPrismaClient(process.env.DATABASE_URL!);

  it("runs a job once when two schedulers tick at the same moment, and again for the other after the period", async () => {
    const { job, runs } = countingJob("lease-test-once");
    const t0 = new Date("2026-12-01T10:00:00Z");
    // One process, so one connection: better-sqlite3 waits for a lock synchronously, and two
    // connections in one thread would wait on each other. Separate processes: the next test.
    const results = await Promise.all([runJob(job, t0, { holder: "server-a" }), runJob(job, t0, { holder: "server-b" })]);
    expect(runs).toHaveLength(1);
    expect(results.filter((r) => r === null)).toHaveLength(1);

    // Within the period: neither runs it again.
    const later = new Date(t0.getTime() + 5 * MINUTE);
    expect(await runJob(job, later, { holder: "server-b", client: other })).toBeNull();
    expect(await runJob(job, later, { holder: "server-a" })).toBeNull();
    expect(runs).toHaveLength(1);

    // The period is over: the lease has expired and the other server may take it.
    const next = new Date(t0.getTime() + job.everyMs + 1);
    expect(await runJob(job, next, { holder: "server-b", client: other })).toEqual({ runs: 2 });
    expect(await runJob(job, next, { holder: "server-a" })).toBeNull();
    const lease = await db.jobLease.findUniqueOrThrow({ where: { name: job.name } });
    expect(lease.holder).toBe("server-b");
    expect(lease.leasedUntil.getTime()).toBe(next.getTime() + job.everyMs);
  });

  it("two server processes started at once: one of them runs the job", async () => {
    const at = "2027-01-15T08:00:00.000Z";
    const runs = () => db.jobRun.count({ where: { name: "expire-sessions", startedAt: new Date(at) } });
    const both = await Promise.all([1, 2].map(() => serverProcess("expire-sessions", at)));
    expect(both.map((r) => r.holder)[0]).not.toBe(both[1].holder);
    expect(both.filter((r) => r.ran)).toHaveLength(1);
    expect(await runs()).toBe(1);
    // Within its hour, neither runs it again; after the hour, the next one does.
    expect((await serverProcess("expire-sessions", "2027-01-15T08:30:00.000Z")).ran).toBe(false);
    expect((await serverProcess("expire-sessions", "2027-01-15T09:00:00.001Z")).ran).toBe(true);
  });

  it("gives the lease back when the run fails, so another server can retry at once", async () => {
    const { job, runs } = countingJob("lease-test-failure", 10 * MINUTE, true);
    const t0 = new Date("2026-12-01T11:00:00Z");
    await expect(runJob(job, t0, { holder: "server-a" })).rejects.toThrow("boom");
    await expect(runJob(job, new Date(t0.getTime() + 1000), { holder: "server-b", client: other })).rejects.toThrow("boom");
    expect(runs).toHaveLength(2);
  });

  it("keeps the lease while a job still runs past its period", async () => {
    let release!: () => void;
    const job: JobDefinition = {
      name: "lease-test-slow",
      description: "test job",
      everyMs: 5_000,
      run: () => new Promise((resolve) => (release = () => resolve({ done: true }))),
    };
    const t0 = new Date("2026-12-01T12:00:00Z");
    const first = runJob(job, t0, { holder: "server-a" });
    await new Promise((r) => setTimeout(r, 50));
    expect(await runJob(job, new Date(t0.getTime() + 60_000), { holder: "server-b", client: other })).toBeNull();
    release();
    expect(await first).toEqual({ done: true });
  });

  it("a run by hand takes no lease", async () => {
    const { job, runs } = countingJob("lease-test-manual");
    const t0 = new Date("2026-12-01T13:00:00Z");
    await runJob(job, t0, { holder: "server-a" });
    await runJob(job, t0);
    expect(runs).toHaveLength(2);
  });

  it("rate-limit counters are rows in the database too, shared by every server", async () => {
    const { allowFormPost } = await import("~/services/accounts/throttle.server");
    await allowFormPost("report", "192.0.2.7");
    expect(await other.throttle.count({ where: { key: { startsWith: "addr:report:" } } })).toBeGreaterThan(0);
  });
});
