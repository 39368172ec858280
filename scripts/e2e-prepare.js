// Once before both journey passes (scripts/test-e2e.sh): one production build and one
// migrated, seeded and indexed template database, which each pass's server copies
// (scripts/e2e-server.js). Usage: node scripts/e2e-prepare.js <build dir> <template db>
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { foldIntoOneFile } from "./sqlite-one-file.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const [buildDir, templateDb] = process.argv.slice(2);
if (!buildDir || !templateDb) throw new Error("usage: node scripts/e2e-prepare.js <build dir> <template db>");
mkdirSync(path.dirname(templateDb), { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(templateDb + suffix, { force: true });
const env = { ...process.env, DATABASE_URL: `file:${path.resolve(templateDb)}`, REMIX_BUILD_DIR: buildDir, GEOCODER: "off" };
execFileSync("npx", ["remix", "vite:build"], { stdio: "ignore", env });
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env });
execFileSync("npx", ["tsx", "seed/seed.ts"], { stdio: "ignore", env });
execFileSync("npm", ["run", "--silent", "search:rebuild"], { stdio: "ignore", env });
foldIntoOneFile(path.resolve(templateDb));
console.info(`e2e: built ${buildDir} and seeded ${templateDb}`);
