// npm run bench:plans — the search path's statements on Internship at national scale,
// before and after they were shaped by primary key (docs/decisions/018).
// Generates BENCH_COUNT (default 200,000) published internships with the bench:search
// corpus into a temporary, migrated and seeded database, then times, with the planner
// statistics absent, stale (the seed's, 160 internships) and fresh (ANALYZE after the
// corpus):
// - the hit check of a search (onlyPublished: 100 ids, "are they still published?"),
// - one batch of 5,000 of the index rebuild (publishedBatches, from the middle of the key range),
// each in the old shape (status = 'published', which SQLite may plan on the status index)
// and the new one (publishedIdsSql / publishedBatchSql), and the hit check also as
// `id IN (…) AND +status` (off the status index, yet a table scan on stale statistics). Times are SQLite's own, through
// better-sqlite3 on the event loop, as the server runs them; the median of several runs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { Prisma } from "~/generated/prisma/client";
import { publishedBatchSql, publishedIdsSql } from "~/search/documents.server";

const COUNT = Number(process.env.BENCH_COUNT ?? 200_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "stagepact-plans-"));
const file = path.join(dir, "bench.db");
const env = { ...process.env, DATABASE_URL: `file:${file}` };
const load = os.loadavg()[0];
console.info(`machine: ${os.cpus().length} cores, load average ${load.toFixed(1)}${load > os.cpus().length ? " (busy: timings are pessimistic)" : ""}`);

/** The statements as they were before (the status column open to index selection). */
const OLD = {
  hitCheck: (ids: string[]) => `SELECT id FROM Internship WHERE id IN (${ids.map(() => "?").join(",")}) AND status = ?`,
  /** A first fix: off the status index, but still id IN (…), which stale statistics turn into a table scan. */
  hitCheckIn: (ids: string[]) => `SELECT id FROM Internship WHERE id IN (${ids.map(() => "?").join(",")}) AND +status = ?`,
  batch: `SELECT id, title, description, status, level, route, hoursPerWeek, monthlyAllowance, hourlyWageCents, startDate, durationWeeks,
  locationCity, publishedAt, createdAt, payCheckRequired, payCheckRuleKind, flaggedAt, unpublishAfter, organisationId, qualificationId, municipalityId, districtId
  FROM Internship WHERE status = 'published' AND id > ? ORDER BY id LIMIT ?`,
};

try {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "scripts/bench/search-corpus.ts", file, String(COUNT)], { env, stdio: ["ignore", "inherit", "inherit"] });

  const sqlite = new Database(file);
  const seedStatistics = sqlite.prepare("SELECT tbl, idx, stat FROM sqlite_stat1").all() as { tbl: string; idx: string | null; stat: string }[];
  const ids = sqlite.prepare("SELECT id FROM Internship WHERE status = 'published'").pluck().all() as string[];
  const random = (n: number) => Array.from({ length: n }, (_, i) => ids[(i * 7919 + 104_729) % ids.length]);
  const hits = random(100);
  const middle = ids.slice().sort()[Math.floor(ids.length / 2)];

  const time = (runs: number, fn: () => unknown) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      fn();
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
  };
  const raw = (sql: Prisma.Sql) => sqlite.prepare(sql.sql).all(...(sql.values as unknown[]));
  const planOf = (sql: string, params: unknown[]) =>
    (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail.replace(/\bmain\./g, "")).join("; ");

  const statistics = {
    absent: () => sqlite.exec("DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;"),
    "stale (seed's)": () => {
      sqlite.exec("DELETE FROM sqlite_stat1");
      const insert = sqlite.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)");
      for (const row of seedStatistics) insert.run(row.tbl, row.idx, row.stat);
      sqlite.exec("ANALYZE sqlite_schema");
    },
    "fresh (ANALYZE)": () => {
      const ms = time(1, () => sqlite.exec("PRAGMA analysis_limit = 1000; ANALYZE;"));
      console.info(`  ANALYZE with analysis_limit 1000 at ${ids.length.toLocaleString("en")} internships: ${ms.toFixed(0)} ms`);
    },
  };
  console.info(`\n${ids.length.toLocaleString("en")} published internships; median ms (plan)`);
  for (const [name, apply] of Object.entries(statistics)) {
    apply();
    console.info(`statistics ${name}:`);
    const oldHit = sqlite.prepare(OLD.hitCheck(hits));
    const inHit = sqlite.prepare(OLD.hitCheckIn(hits));
    const rows = [
      ["hit check, 100 ids, before", time(9, () => oldHit.all(...hits, "published")), planOf(OLD.hitCheck(hits), [...hits, "published"])],
      ["hit check, 100 ids, id IN +status", time(9, () => inHit.all(...hits, "published")), planOf(OLD.hitCheckIn(hits), [...hits, "published"])],
      ["hit check, 100 ids, after ", time(51, () => raw(publishedIdsSql(hits))), planOf(publishedIdsSql(hits).sql, publishedIdsSql(hits).values)],
      ["rebuild batch of 5,000, before", time(3, () => sqlite.prepare(OLD.batch).all(middle, 5_000)), planOf(OLD.batch, [middle, 5_000])],
      [
        "rebuild batch of 5,000, after ",
        time(5, () => raw(publishedBatchSql(middle, 5_000))),
        planOf(publishedBatchSql(middle, 5_000).sql, publishedBatchSql(middle, 5_000).values),
      ],
    ] as const;
    for (const [label, ms, plan] of rows) console.info(`  ${label.padEnd(32)} ${ms.toFixed(3).padStart(10)} ms   ${plan}`);
  }
  sqlite.close();
} finally {
  if (process.env.BENCH_KEEP) console.info(`kept ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}
