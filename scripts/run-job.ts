// Runs one background job by hand: `npm run job -- <name>` (or without a name to list them).
import { jobs } from "~/jobs/registry.server";
import { runJob } from "~/jobs/scheduler.server";

const name = process.argv[2];
const job = jobs.find((j) => j.name === name);
if (!job) {
  console.info("Jobs:\n" + jobs.map((j) => `  ${j.name.padEnd(24)} ${j.description}`).join("\n"));
  process.exit(name ? 1 : 0);
}
const summary = await runJob(job);
console.info(`${job.name}: ${JSON.stringify(summary ?? {})}`);
process.exit(0);
