// Runs one background job by hand: `npm run job -- <name>` (or without a name to list them).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The app's translations are bundled by Vite; here they are read from disk (see app/i18n/config.ts).
const localesDir = path.resolve("app/i18n/locales");
const localeFiles: Record<string, { default: unknown }> = {};
for (const lng of readdirSync(localesDir)) {
  for (const file of readdirSync(path.join(localesDir, lng))) {
    localeFiles[`./locales/${lng}/${file}`] = { default: JSON.parse(readFileSync(path.join(localesDir, lng, file), "utf8")) };
  }
}
(globalThis as { __stagepactLocaleFiles?: unknown }).__stagepactLocaleFiles = localeFiles;

const { jobs } = await import("~/jobs/registry.server");
const { runJob } = await import("~/jobs/scheduler.server");

const name = process.argv[2];
const job = jobs.find((j) => j.name === name);
if (!job) {
  console.info("Jobs:\n" + jobs.map((j) => `  ${j.name.padEnd(24)} ${j.description}`).join("\n"));
  process.exit(name ? 1 : 0);
}
const summary = await runJob(job);
console.info(`${job.name}: ${JSON.stringify(summary ?? {})}`);
process.exit(0);
