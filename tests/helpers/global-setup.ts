// Once per Vitest run: a migrated and seeded template database that every test
// file copies (a few milliseconds) so files never share a database. The name is
// unique per run, so parallel runs in one checkout do not collide.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const tmp = path.resolve("tests/.tmp");
  mkdirSync(tmp, { recursive: true });
  const templateDb = path.join(tmp, `template-${process.pid}.db`);
  const env = { ...process.env, DATABASE_URL: `file:${templateDb}` };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });
  project.provide("templateDb", templateDb);
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(templateDb + suffix, { force: true });
  };
}
