import { hostname } from "node:os";
import { Prisma } from "~/generated/prisma/client";
import { db, type Db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { metrics } from "~/utils/metrics.server";
import { jobs, type JobDefinition } from "./registry.server";

/** This process, as the holder of job leases. */
export const processHolder = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

/** How long a lease holds while its job is still running, so a crashed holder frees it. */
const RUNNING_LEASE_MS = 15 * 60_000;

/**
 * Takes the job's lease for `holder` when no one holds it (or it has run out), in one
 * conditional write: every server on the database tries, at most one succeeds.
 */
export async function takeLease(name: string, holder: string, now: Date, ms: number, client: Db = db): Promise<boolean> {
  const leasedUntil = new Date(now.getTime() + ms);
  const { count } = await client.jobLease.updateMany({
    where: { name, leasedUntil: { lte: now } },
    data: { holder, leasedUntil, acquiredAt: now },
  });
  if (count === 1) return true;
  try {
    await client.jobLease.create({ data: { name, holder, leasedUntil, acquiredAt: now } });
    return true;
  } catch (error) {
    // Someone else holds it (or created it a moment ago).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

async function setLease(name: string, holder: string, leasedUntil: Date, client: Db) {
  await client.jobLease.updateMany({ where: { name, holder }, data: { leasedUntil } });
}

export type RunOptions = {
  /**
   * Who asks, for a scheduled run: it then takes the lease first. Servers sharing a database
   * use distinct holders. Without one (`npm run job`, tests) the job runs now: the operator asked.
   */
  holder?: string;
  client?: Db;
};

/**
 * Runs one job by name and records it in JobRun; used by the scheduler and by `npm run job`.
 * A scheduled run first takes the job's lease: it holds while the job runs and then until
 * the job's period is over, so N servers on one database run it once per period. A failed
 * run gives the lease back, so the next tick of any server may retry. Returns null when
 * another holder has the lease.
 */
export async function runJob(job: JobDefinition, now = new Date(), options: RunOptions = {}) {
  const { holder, client = db } = options;
  const lease = holder !== undefined;
  if (lease && !(await takeLease(job.name, holder, now, Math.max(job.everyMs, RUNNING_LEASE_MS), client))) return null;
  try {
    const summary = await (job.idle ? runQuietJob(job, job.idle, now) : runRecordedJob(job, now));
    if (lease) await setLease(job.name, holder, new Date(now.getTime() + job.everyMs), client);
    return summary;
  } catch (error) {
    if (lease) await setLease(job.name, holder, now, client).catch(() => undefined);
    throw error;
  }
}

async function runRecordedJob(job: JobDefinition, now: Date) {
  const run = await db.jobRun.create({ data: { name: job.name, startedAt: now } });
  try {
    const summary = await counted(job, now);
    await db.jobRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), summary: JSON.stringify(summary ?? {}) } });
    return summary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.jobRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), error: message } });
    throw error;
  }
}

/** A frequent job is recorded once it is done, and only when it did something or failed. */
async function runQuietJob(job: JobDefinition, idle: NonNullable<JobDefinition["idle"]>, now: Date) {
  try {
    const summary = (await counted(job, now)) ?? {};
    if (!idle(summary)) {
      await db.jobRun.create({ data: { name: job.name, startedAt: now, finishedAt: new Date(), summary: JSON.stringify(summary) } });
    }
    return summary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.jobRun.create({ data: { name: job.name, startedAt: now, finishedAt: new Date(), error: message } });
    throw error;
  }
}

async function counted(job: JobDefinition, now: Date) {
  const { jobRuns, jobFailures } = metrics();
  jobRuns.inc({ job: job.name });
  try {
    return await job.run({ now });
  } catch (error) {
    jobFailures.inc({ job: job.name });
    throw error;
  }
}

const g = globalThis as unknown as { __stagepactScheduler?: NodeJS.Timeout[] };

/**
 * In-process schedule: every server runs it; the lease in the database lets one of them
 * run each job per period, and each tick skips a job that is still running here.
 */
export function startScheduler() {
  if (env.DISABLE_SCHEDULER || env.NODE_ENV === "test" || g.__stagepactScheduler) return;
  g.__stagepactScheduler = jobs.map((job) => {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      const started = Date.now();
      try {
        const summary = await runJob(job, new Date(), { holder: processHolder });
        if (summary !== null && !(job.idle && job.idle(summary ?? {}))) {
          logger().info({ job: job.name, durationMs: Date.now() - started, summary }, "job done");
        }
      } catch (error) {
        logger().error({ job: job.name, durationMs: Date.now() - started, error: error instanceof Error ? error.message : String(error) }, "job failed");
      } finally {
        running = false;
      }
    }, job.everyMs);
    timer.unref();
    return timer;
  });
}
