// Every statement the search path sends to the database, captured as the code builds
// it (Prisma's query log on the very client the services use), planned by SQLite
// (EXPLAIN QUERY PLAN): lookups by id go through the primary key, and no filtered
// statement walks a large table. Checked four times: with the statistics seeding
// and a rebuild leave (ANALYZE) scaled to a national deployment, as they are (stale
// once the table grows), without any, and with statistics that make the status index look perfect —
// the plan must not depend on them (a published internship's status index once made
// every search walk all published rows).
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "~/generated/prisma/client";

type Captured = { sql: string; params: unknown[]; path: string };

const file = path.resolve(process.env.DATABASE_URL!.replace(/^file:/, "").split("?")[0]);
const captured: Captured[] = [];
let current = "";
const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 }), log: [{ emit: "event", level: "query" }] });
client.$on("query", (e) => captured.push({ sql: e.query, params: JSON.parse(e.params) as unknown[], path: current }));
// The services' db is this client (app/utils/db.server.ts keeps one per process on globalThis).
(globalThis as { __stagepactDb?: PrismaClient }).__stagepactDb = client;

/** Reference tables of a few hundred rows, read whole on purpose (facet labels, vocabulary, pay rules in force). */
const SMALL_TABLES = new Set(["Qualification", "Municipality", "District", "SectorVocabulary", "PayRule"]);
const INTERNSHIP_KEY = /^SEARCH Internship USING (INDEX sqlite_autoindex_Internship_1|PRIMARY KEY) \(id[=><]/;

let sqlite: Database.Database;
/** The database's own tables (a plan also scans subqueries and temporary b-trees, which are fine). */
let tables: Set<string>;

function bind(params: unknown[]) {
  return params.map((p) => (typeof p === "boolean" ? Number(p) : p !== null && typeof p === "object" ? JSON.stringify(p) : p));
}

function plan(statement: Captured): string[] {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...bind(statement.params)) as { detail: string }[];
  // Newer SQLite versions name the schema ("SCAN main.Internship").
  return rows.map((r) => r.detail.replace(/\bmain\./g, ""));
}

/** The statements worth planning: reads and writes, not PRAGMA, ANALYZE or transaction control. */
function statements() {
  const seen = new Set<string>();
  return captured.filter((c) => /^\s*(SELECT|UPDATE|DELETE|INSERT)/i.test(c.sql) && !seen.has(c.path + c.sql) && seen.add(c.path + c.sql));
}

/** Plans that walk a large table, or find internships by id other than by key (only the latter with `keysOnly`). */
function problems({ keysOnly = false } = {}): string[] {
  const out: string[] = [];
  for (const statement of statements()) {
    const details = plan(statement);
    const where = /\bWHERE\b/i.test(statement.sql) && !keysOnly;
    for (const detail of details) {
      const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
      if (where && scanned && tables.has(scanned) && !SMALL_TABLES.has(scanned)) out.push(`${statement.path}: ${detail}\n  ${statement.sql}`);
    }
    // A statement on Internship that picks rows by id must find them by key, whatever else it filters on.
    const internship = /FROM [`"]?(main[`"]?\.[`"]?)?Internship\b/.test(statement.sql) || /^UPDATE [`"]?(main[`"]?\.[`"]?)?Internship\b/.test(statement.sql);
    const byId = /\b(`Internship`\.`)?id`?\s*(IN|=|>)/.test(statement.sql.split(/\bWHERE\b/i)[1] ?? "");
    if (internship && byId) {
      const onInternship = details.filter((d) => /^(SEARCH|SCAN) Internship\b/.test(d));
      if (!onInternship.every((d) => INTERNSHIP_KEY.test(d))) out.push(`${statement.path}: ${onInternship.join("; ")}\n  ${statement.sql}`);
    }
  }
  return out;
}

beforeAll(async () => {
  const { queryFromUrl, searchPage, facetLabels } = await import("~/search/search-public.server");
  const { ensureSearchIndex, relayOutbox, rebuildAll, searchInternships } = await import("~/search/search.server");
  const { enqueueSearchUpdate } = await import("~/search/search-outbox.server");
  const { loadDocuments } = await import("~/search/documents.server");

  current = "rebuild";
  await ensureSearchIndex();
  await rebuildAll();

  current = "search page";
  await searchPage(queryFromUrl(new URL("http://localhost/stages?q=kok")));
  await searchPage(queryFromUrl(new URL("http://localhost/stages")));
  current = "hit check (100 hits)";
  const many = await searchInternships(queryFromUrl(new URL("http://localhost/stages")), { pageSize: 100, facets: false });
  expect(many.hits.length).toBeGreaterThan(50);
  current = "facet labels";
  await facetLabels("nl");

  current = "outbox relay";
  const internship = await client.internship.findFirstOrThrow({ where: { status: "published" } });
  await enqueueSearchUpdate(client, "internship", internship.id);
  await enqueueSearchUpdate(client, "organisation", internship.organisationId);
  const summary = await relayOutbox(new Date());
  expect(summary.failed).toBe(0);
  current = "load documents";
  await loadDocuments(
    client,
    many.hits.map((h) => h.id),
    new Date(),
  );
  current = "";
  sqlite = new Database(file, { readonly: false });
  seedStatistics = sqlite.prepare("SELECT tbl, idx, stat FROM sqlite_stat1").all() as Statistic[];
  expect(seedStatistics.some((row) => row.tbl === "Internship")).toBe(true);
  tables = new Set((sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
});

afterAll(() => sqlite?.close());

type Statistic = { tbl: string; idx: string | null; stat: string };
let seedStatistics: Statistic[] = [];

/** Replaces the planner statistics and makes SQLite read them again. */
function setStatistics(rows: Statistic[]) {
  sqlite.exec("DELETE FROM sqlite_stat1");
  const insert = sqlite.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)");
  for (const row of rows) insert.run(row.tbl, row.idx, row.stat);
  sqlite.exec("ANALYZE sqlite_schema");
}

describe("query plans on the search path", () => {
  it("captured the statements it checks", () => {
    const paths = new Set(statements().map((s) => s.path));
    expect([...paths].sort()).toEqual(["facet labels", "hit check (100 hits)", "load documents", "outbox relay", "rebuild", "search page"]);
    expect(statements().some((s) => /AND \+Internship\.status = 'published'/.test(s.sql) && s.path === "hit check (100 hits)")).toBe(true);
  });

  it("finds rows by key with the statistics of a national deployment", () => {
    // The seed's own statistics, scaled to 1,000 times the rows with the same spread: at
    // 160 internships SQLite rightly reads the whole table rather than look up 100 ids.
    const scale = (stat: string) =>
      stat
        .split(" ")
        .map((token) => (/^\d+$/.test(token) && token !== "1" ? String(Number(token) * 1000) : token))
        .join(" ");
    setStatistics(seedStatistics.map((row) => ({ ...row, stat: scale(row.stat) })));
    expect(problems()).toEqual([]);
  });

  it("finds internships by key with the seed's statistics, as stale as they are once the table has grown", () => {
    // 160 internships: SQLite would rightly read them all for 100 ids given as id IN (…),
    // and go on doing so at 200,000 until the next ANALYZE.
    setStatistics(seedStatistics);
    expect(problems({ keysOnly: true })).toEqual([]);
  });

  it("finds internships by key without any statistics", () => {
    setStatistics([]);
    expect(problems()).toEqual([]);
  });

  it("finds internships by key when the statistics make the status index look perfect", () => {
    setStatistics([
      { tbl: "Internship", idx: "Internship_status_publishedAt_idx", stat: "200000 1 1" },
      { tbl: "Internship", idx: "sqlite_autoindex_Internship_1", stat: "200000 1" },
      { tbl: "Internship", idx: null, stat: "200000" },
    ]);
    expect(problems()).toEqual([]);
  });
});
