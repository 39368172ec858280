// Before each test file: its own copy of the seeded template database.
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

const file = path.resolve("tests/.tmp", `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
copyFileSync(inject("templateDb"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
// No test reaches PDOK itself; geocoder tests point GEOCODER_URL at tests/helpers/fake-pdok.ts.
process.env.GEOCODER ??= "off";
delete (globalThis as { __stagepactDb?: unknown }).__stagepactDb;
delete (globalThis as { __stagepactDbReady?: unknown }).__stagepactDbReady;

afterAll(async () => {
  const g = globalThis as { __stagepactDb?: { $disconnect(): Promise<void> } };
  await g.__stagepactDb?.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
});
