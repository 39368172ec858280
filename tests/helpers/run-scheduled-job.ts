// A second server process for tests/integration/job-leases.test.ts: runs one registered
// job as a scheduled run (with this process's holder id) at the given time, prints the result.
export {};

const [jobName, at] = process.argv.slice(2);
const { jobs } = await import("~/jobs/registry.server");
const { processHolder, runJob } = await import("~/jobs/scheduler.server");
const job = jobs.find((j) => j.name === jobName);
if (!job) throw new Error(`no job ${jobName}`);
const result = await runJob(job, new Date(at), { holder: processHolder });
process.stdout.write(JSON.stringify({ holder: processHolder, ran: result !== null }) + "\n");
process.exit(0);
