// npm run bench:relevance — does search find what a student expects?
// Builds a fresh seeded database in a temporary folder (migrate + seed, as the tests
// do), indexes it in the embedded engine and in the Meilisearch engine, the latter
// against a FAKE Meilisearch server (tests/integration/search-fake-meilisearch.ts:
// Meilisearch cannot be installed here; the fake matches word prefixes and applies
// filters, but none of Meilisearch's typo tolerance, synonyms, stop words or ranking).
// Then runs the judged queries of scripts/bench/relevance-queries.json through the
// app's own query parser and each engine, and prints per query the recall (expected
// internships among all results, every page) and the precision of the first ten.
// Targets on the embedded engine: mean recall ≥ 0.9, mean precision@10 ≥ 0.9.
// A report: exits 0 whether the targets hold or not, and says so on a PASS/FAIL line.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SearchEngine as Engine } from "~/search/engine";
import type { SearchQuery as Query } from "~/search/query";
import { checkExpectation, matchesExpectation, mean, scoreResults, type InternshipFacts, type JudgedQuery, type Score } from "./bench/relevance";
import { mayPreferCorrection, prefersCorrection } from "~/search/spelling";

const TARGET_RECALL = 0.9;
const TARGET_PRECISION = 0.9;
const PAGE_SIZE = 50;

const dir = mkdtempSync(path.join(os.tmpdir(), "stagepact-relevance-"));
const file = path.join(dir, "relevance.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "production";
process.env.ALLOW_DEV_SECRET = "1";
// Production requires a public address (for links in e-mails); nothing here makes links.
process.env.APP_URL ??= "http://localhost";
delete process.env.MEILI_HOST;

const judged = (JSON.parse(readFileSync(path.resolve("scripts/bench/relevance-queries.json"), "utf8")) as { queries: JudgedQuery[] }).queries;
judged.forEach((j, i) => checkExpectation(j.expect, `query ${i + 1} "${j.q}"`));

try {
  const env = { ...process.env };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });

  const { db } = await import("~/utils/db.server");
  const { EmbeddedSearchEngine, databaseFileFromUrl } = await import("~/search/embedded.server");
  const { MeilisearchEngine } = await import("~/search/meilisearch.server");
  const { rebuildSearchIndex } = await import("~/search/rebuild.server");
  const { loadAllPublished } = await import("~/search/documents.server");
  const { parseSearchQuery } = await import("~/search/query");
  const { FakeMeilisearch } = await import("../tests/integration/search-fake-meilisearch");

  const now = new Date();
  // The judgements look at structure only, read from the same documents the engines index.
  const facts: InternshipFacts[] = (await loadAllPublished(db, now)).map((d) => ({
    id: d.id,
    sector: d.sector,
    qualification: d.qualificationId?.replace(/^seed-qual-/, "") ?? null,
    level: d.level,
    municipality: d.municipality,
    district: d.district,
    title: d.title,
  }));

  const embedded = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL), { cache: false });
  const fake = new FakeMeilisearch("bench-key");
  const meili = new MeilisearchEngine(await fake.start(), "bench-key");
  for (const engine of [embedded, meili] as Engine[]) await rebuildSearchIndex(db, engine, { now });

  /** Every result, every page, best first. */
  async function ranked(engine: Engine, query: Query): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const result = await engine.search({ ...query, page }, { pageSize: PAGE_SIZE, facets: false });
      ids.push(...result.hits.map((h) => h.id));
      if (page >= result.pageCount || result.hits.length === 0) return ids;
    }
  }

  /**
   * What the search page shows for the words as a student typed them. When they find
   * (almost) nothing and the engine offers a corrected spelling (the embedded engine),
   * the corrected words' results count when the page would show them (the same rule,
   * `prefersCorrection`, as app/search/search-public.server.ts).
   */
  async function run(engine: Engine, text: string): Promise<{ ids: string[]; corrected: string | null }> {
    const query = parseSearchQuery(new URLSearchParams({ q: text }));
    const ids = await ranked(engine, query);
    const speller = engine as Engine & { spellingSuggestion?: (text: string) => string | null };
    if (!mayPreferCorrection(ids.length) || typeof speller.spellingSuggestion !== "function") return { ids, corrected: null };
    const corrected = speller.spellingSuggestion(query.text);
    if (!corrected || corrected === query.text) return { ids, corrected: null };
    const correctedIds = await ranked(engine, { ...query, text: corrected });
    return prefersCorrection(ids.length, correctedIds.length) ? { ids: correctedIds, corrected } : { ids, corrected: null };
  }

  const engines = [
    { label: "embedded", engine: embedded as Engine },
    { label: "meili(fake)", engine: meili as Engine },
  ];
  const scores: Record<string, Score[]> = { embedded: [], "meili(fake)": [] };
  const pct = (n: number) => n.toFixed(2).padStart(4);

  console.info(`seed: ${facts.length} published internships; ${judged.length} judged queries (${file})`);
  console.info("Meilisearch here is a FAKE server (prefix matching and filters only, no typo tolerance, synonyms or stop words).");
  console.info("recall = expected found among all results; P@10 = expected among the first ten shown; ~ = typo fallback used\n");
  console.info(`${"query".padEnd(26)} ${"group".padEnd(12)} exp   embedded: found/ret  R    P@10   meili(fake): found/ret  R    P@10`);
  for (const j of judged) {
    const expected = new Set(facts.filter((f) => matchesExpectation(j.expect, f)).map((f) => f.id));
    if (expected.size === 0) throw new Error(`"${j.q}" expects nothing in the seed: the judgement or the seed is wrong`);
    const cells: string[] = [];
    const notes: string[] = [];
    for (const { label, engine } of engines) {
      const { ids, corrected } = await run(engine, j.q);
      const score = scoreResults(expected, ids);
      scores[label].push(score);
      if (corrected) notes.push(`${label} corrected to "${corrected}"`);
      cells.push(`${`${score.found}/${score.returned}`.padStart(7)}${corrected ? "~" : " "} ${pct(score.recall)}  ${pct(score.precisionAt10)}`);
    }
    console.info(
      `${j.q.padEnd(26)} ${j.group.padEnd(12)} ${String(expected.size).padStart(3)}   ${cells[0]}          ${cells[1]}${notes.length ? `   (${notes.join("; ")})` : ""}`,
    );
  }

  console.info("\nmeans per group (recall / P@10)");
  const groups = [...new Set(judged.map((j) => j.group))];
  for (const group of groups) {
    const at = judged.map((j, i) => (j.group === group ? i : -1)).filter((i) => i >= 0);
    const line = engines.map(({ label }) => {
      const s = at.map((i) => scores[label][i]);
      return `${label} ${pct(mean(s.map((x) => x.recall)))} / ${pct(mean(s.map((x) => x.precisionAt10)))}`;
    });
    console.info(`  ${group.padEnd(12)} (${String(at.length).padStart(2)})  ${line.join("    ")}`);
  }
  console.info("\nmeans over all queries");
  for (const { label } of engines) {
    console.info(
      `  ${label.padEnd(12)} recall ${pct(mean(scores[label].map((s) => s.recall)))}   precision@10 ${pct(mean(scores[label].map((s) => s.precisionAt10)))}${label === "meili(fake)" ? "   (a fake server: not Meilisearch's real relevance)" : ""}`,
    );
  }
  const recall = mean(scores.embedded.map((s) => s.recall));
  const precision = mean(scores.embedded.map((s) => s.precisionAt10));
  const pass = recall >= TARGET_RECALL && precision >= TARGET_PRECISION;
  console.info(
    `\n${pass ? "PASS" : "FAIL"}: embedded engine mean recall ${recall.toFixed(2)} ${recall >= TARGET_RECALL ? "≥" : "<"} ${TARGET_RECALL}, mean precision@10 ${precision.toFixed(2)} ${precision >= TARGET_PRECISION ? "≥" : "<"} ${TARGET_PRECISION}`,
  );

  embedded.close();
  await fake.stop();
  if (fake.violations.length) console.warn(`the fake Meilisearch saw requests outside its API: ${fake.violations.join("; ")}`);
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
