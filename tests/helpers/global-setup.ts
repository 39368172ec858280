// Once per Vitest run of the integration project: a migrated and seeded template database
// that every test file copies (a few milliseconds), so files never share a database.
// The template is kept in tests/.tmp/ under a hash of everything that builds it (the
// schema and migrations, the seed and the app code it runs, the lockfile), so a second run
// with nothing of that changed skips migrate + seed. A new hash builds a new one; it is
// written under a temporary name and renamed, so two runs at once never see half a file.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { foldIntoOneFile } from "../../scripts/sqlite-one-file.js";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

// What the template depends on: seed/seed.ts imports the domain, the search vocabulary and
// the database utilities; the generated client follows the schema.
const INPUTS = [
  "prisma/schema.prisma",
  "prisma/migrations",
  "seed",
  "app/domain",
  "app/search",
  "app/utils",
  "package-lock.json",
  "tests/helpers/global-setup.ts",
];

function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((child) => filesUnder(path.join(entry, child.name)));
}

export function templateHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

export default async function setup(project: TestProject) {
  const tmp = path.resolve("tests/.tmp");
  mkdirSync(tmp, { recursive: true });
  const templateDb = path.join(tmp, `template-${templateHash()}.db`);
  if (!existsSync(templateDb)) {
    const building = path.join(tmp, `template-building-${process.pid}.db`);
    const env = { ...process.env, DATABASE_URL: `file:${building}` };
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
    execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });
    foldIntoOneFile(building);
    renameSync(building, templateDb);
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(building + suffix, { force: true });
    // Templates of another hash that are over an hour old: no run still copies them (a run
    // that started with another working tree may still be using a newer one).
    for (const name of readdirSync(tmp)) {
      const file = path.join(tmp, name);
      if (/^template-[0-9a-f]{16}\.db$/.test(name) && file !== templateDb && Date.now() - statSync(file).mtimeMs > 3_600_000) rmSync(file, { force: true });
    }
  }
  project.provide("templateDb", templateDb);
}
