import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { jobs, type JobDefinition } from "./registry.server";

/** Runs one job by name and records it in JobRun; used by the scheduler and by `npm run job`. */
export async function runJob(job: JobDefinition, now = new Date()) {
  if (job.idle) return runQuietJob(job, job.idle, now);
  const run = await db.jobRun.create({ data: { name: job.name, startedAt: now } });
  try {
    const summary = await job.run({ now });
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
    const summary = (await job.run({ now })) ?? {};
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

const g = globalThis as unknown as { __stagepactScheduler?: NodeJS.Timeout[] };

/** In-process schedule: good enough for one server; each tick skips a job that is still running. */
export function startScheduler() {
  if (env.DISABLE_SCHEDULER || env.NODE_ENV === "test" || g.__stagepactScheduler) return;
  g.__stagepactScheduler = jobs.map((job) => {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await runJob(job);
      } catch (error) {
        console.error(`job ${job.name} failed:`, error instanceof Error ? error.message : error);
      } finally {
        running = false;
      }
    }, job.everyMs);
    timer.unref();
    return timer;
  });
}
