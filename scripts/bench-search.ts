// npm run bench:search — the embedded search engine at scale.
// Generates 200,000 internships with a realistic vocabulary (scripts/bench/search-corpus.ts:
// thousands of distinct Dutch words, varied descriptions) into a temporary database, in a
// separate process so its memory is not counted here; builds the embedded index as
// production does, with `npm run search:rebuild` (its own process with its heap budget,
// through the real path: Prisma → document builder → FTS5), then runs 1,000 mixed queries
// (text, text + 2 facets, facets only, and a quarter near a place: within 5/10/20/50 km,
// alone, with text, with facets or nearest first) through the search module and prints
// p50/p95/p99 per kind, for the distance queries and for the whole mix.
// Peak memory is the kernel's high-water mark of each process: the rebuild's (it prints
// its ru_maxrss) and this one's, the searching side (VmHWM in /proc/self/status), as a
// server has it. Targets: p95 ≤ 20 ms, build ≤ 60 s, peak RSS ≤ 300 MB in each. The
// result cache is switched off, so every query really runs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { SearchDocument } from "~/search/document";
import { prng } from "./bench/search-corpus";

const COUNT = Number(process.env.BENCH_COUNT ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1_000);
// BENCH_POSTINGS=off runs the first pass with nothing kept too: the two passes then show
// what running second costs on its own.
const keepsMatches = process.env.BENCH_POSTINGS !== "off";
// BENCH_DB=<file> searches an index built by an earlier run (BENCH_KEEP=1) instead of
// generating and building one: for profiling the searches alone.
const reuse = process.env.BENCH_DB ? path.resolve(process.env.BENCH_DB) : null;
const dir = reuse ? path.dirname(reuse) : mkdtempSync(path.join(os.tmpdir(), "stagepact-bench-"));
const file = reuse ?? path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "production";
process.env.ALLOW_DEV_SECRET = "1";
// Production requires a public address (for links in e-mails); nothing here makes links.
process.env.APP_URL ??= "http://localhost";

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
/** Resident memory as the kernel counts it: now (VmRSS) and the peak so far (VmHWM), in bytes. */
function kernelMemory(): { rss: number; hwm: number } {
  const status = readFileSync("/proc/self/status", "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}
const showMemory = (when: string) => {
  const { rss, hwm } = kernelMemory();
  console.info(`memory ${when}: VmRSS ${mb(rss)}, VmHWM (peak) ${mb(hwm)}`);
  return hwm;
};

// A deterministic generator, so two runs measure the same queries.
const random = prng(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const load = os.loadavg()[0];
console.info(`machine: ${os.cpus().length} cores, load average ${load.toFixed(1)}${load > os.cpus().length ? " (busy: timings are pessimistic)" : ""}`);

try {
  const env = { ...process.env };
  console.info(`database: ${file}${reuse ? " (reused: no corpus generated, no index built)" : ""}`);
  if (!reuse) {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
    execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });
    // ── Generate the corpus in its own process (not what is measured, nor counted in the peak).
    execFileSync("npx", ["tsx", "scripts/bench/search-corpus.ts", file, String(COUNT)], { env, stdio: ["ignore", "inherit", "inherit"] });
  }
  // ── Build the index as production does, in its own process.
  let buildSeconds = NaN;
  let buildPeak = NaN;
  if (!reuse) {
    const wallStart = Date.now();
    const output = execFileSync("npm", ["run", "--silent", "search:rebuild"], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    const wall = (Date.now() - wallStart) / 1000;
    const built = /search index \(embedded\): (\d+) internships in (\d+) ms/.exec(output);
    const peak = /search index: peak memory (\d+) MB/.exec(output);
    if (!built || !peak) throw new Error(`npm run search:rebuild did not report its build:\n${output}`);
    buildSeconds = Number(built[2]) / 1000;
    buildPeak = Number(peak[1]) * 1024 * 1024;
    console.info(
      `index build (npm run search:rebuild): ${buildSeconds.toFixed(1)} s for ${Number(built[1]).toLocaleString("en")} documents ` +
        `(${wall.toFixed(1)} s with starting the process); peak memory of that process (kernel): ${mb(buildPeak)}`,
    );
  }
  // The searching side holds what a server holds for search: Prisma (the hit check and
  // the relay read through it), the engine and its facet columns.
  const { db } = await import("~/utils/db.server");
  await db.internship.count({ where: { status: "published" } });
  const { EmbeddedSearchEngine, databaseFileFromUrl } = await import("~/search/embedded.server");
  const { parseSearchQuery, PAGE_SIZE, ftsMatchExpression } = await import("~/search/query");
  const engine = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL), {
    cache: false,
    postings: keepsMatches ? undefined : false,
  });
  showMemory("before the searches");

  // The first search loads the facet columns (again after every change to the index).
  const loadStart = process.hrtime.bigint();
  await engine.search(parseSearchQuery(new URLSearchParams("")), { pageSize: PAGE_SIZE });
  console.info(`facet columns loaded by the first search: ${(Number(process.hrtime.bigint() - loadStart) / 1e6).toFixed(0)} ms`);

  // ── 1,000 mixed queries.
  // Query words come from the corpus itself: half drawn by how often they occur (a word
  // of a random internship: what most visitors type), half from the distinct words (rare ones).
  const sample = new Database(file, { readonly: true });
  const sampled = (sample.prepare("SELECT title || ' ' || description AS text FROM Internship WHERE rowid % 97 = 0").pluck().all() as string[]).map(
    (t) => t.toLowerCase().match(/\p{L}{4,}/gu) ?? [],
  );
  sample.close();
  const distinct = [...new Set(sampled.flat())];
  const sectorsList = ["hospitality", "care", "technology", "education", "retail", "logistics", "construction", "creative", "government", "business_services"];
  console.info(
    `query vocabulary: ${distinct.length.toLocaleString("en")} distinct words (4+ letters) in ${sampled.length.toLocaleString("en")} sampled internships`,
  );
  const vocabularyWord = () => (random() < 0.5 ? pick(pick(sampled)) : pick(distinct)) ?? pick(distinct);
  const vocabulary = distinct;
  const textOf = () => {
    const word = vocabularyWord();
    // Half of the queries are typed halfway (search as you type), some have two words.
    const typed = random() < 0.5 ? word.slice(0, Math.max(3, Math.ceil(word.length / 2))) : word;
    return random() < 0.2 ? `${typed} ${vocabularyWord()}` : typed;
  };
  const facetParams = () => {
    const options: [string, () => string][] = [
      ["sector", () => pick(sectorsList)],
      ["niveau", () => String(1 + Math.floor(random() * 4))],
      ["uren", () => pick(["8-16", "17-24", "25-32", "33-40"])],
      ["vergoeding", () => pick(["400", "500", "600"])],
      ["pact", () => "1"],
      ["tekortsector", () => "1"],
      ["stadsdeelstage", () => "1"],
      ["keurmerk", () => pick(["fair_hospitality", "inclusive_employer", "sna"])],
      ["gemeente", () => pick(["amsterdam", "almere"])],
      ["stadsdeel", () => pick(["noord", "zuidoost", "centrum", "haven"])],
    ];
    const chosen = new Set<number>();
    while (chosen.size < 2) chosen.add(Math.floor(random() * options.length));
    return [...chosen].map((i) => `${options[i][0]}=${encodeURIComponent(options[i][1]())}`).join("&");
  };
  // Distance searches start from the centroid of a Dutch postcode area (approximate),
  // set directly as the query's origin: the geocoder (a remote service, cached) is not
  // what is measured here, the engine's distance filter and order are.
  const POSTCODE_CENTROIDS: [string, number, number][] = [
    ["1011", 52.3738, 4.9003],
    ["1017", 52.362, 4.8897],
    ["1053", 52.3667, 4.8695],
    ["1062", 52.352, 4.828],
    ["1067", 52.36, 4.796],
    ["1073", 52.354, 4.893],
    ["1082", 52.333, 4.872],
    ["1092", 52.359, 4.923],
    ["1102", 52.316, 4.953],
    ["1106", 52.3, 4.987],
    ["1021", 52.388, 4.915],
    ["1033", 52.399, 4.899],
    ["1087", 52.354, 5.0],
    ["1111", 52.34, 4.962],
    ["1181", 52.305, 4.86],
    ["1381", 52.308, 5.042],
    ["1501", 52.439, 4.818],
    ["1315", 52.371, 5.219],
    ["1335", 52.395, 5.27],
    ["1441", 52.505, 4.959],
    ["2011", 52.382, 4.637],
    ["1211", 52.225, 5.175],
    ["8232", 52.508, 5.475],
    ["3511", 52.092, 5.117],
    ["3011", 51.92, 4.487],
    ["2511", 52.078, 4.313],
    ["5611", 51.438, 5.478],
    ["9711", 53.219, 6.568],
  ];
  const DISTANCE_KINDS = ["place", "place+text", "place+facets", "nearest first"] as const;
  const distanceParams = (variant: (typeof DISTANCE_KINDS)[number]) => {
    const [postcode] = pick(POSTCODE_CENTROIDS);
    const near = `bij=${postcode}&afstand=${pick([5, 10, 20, 50])}`;
    if (variant === "place+text") return `${near}&q=${encodeURIComponent(textOf())}`;
    if (variant === "place+facets") return `${near}&${facetParams()}`;
    if (variant === "nearest first") return `${near}&sorteer=afstand${random() < 0.3 ? `&q=${encodeURIComponent(textOf())}` : ""}`;
    return near;
  };
  const kinds = ["text", "text+facets", "facets", "distance"] as const;
  type Kind = (typeof kinds)[number] | (typeof DISTANCE_KINDS)[number] | "all" | "all but distance";
  const planned = Array.from({ length: QUERIES }, (_, i) => {
    const kind = kinds[i % 4];
    const variant = kind === "distance" ? DISTANCE_KINDS[Math.floor(i / 4) % 4] : null;
    const search =
      variant !== null
        ? distanceParams(variant)
        : kind === "text"
          ? `q=${encodeURIComponent(textOf())}`
          : kind === "facets"
            ? facetParams()
            : `q=${encodeURIComponent(textOf())}&${facetParams()}`;
    const sort = variant === null && random() < 0.2 ? "&sorteer=vergoeding" : "";
    const page = random() < 0.2 ? `&pagina=${2 + Math.floor(random() * 3)}` : "";
    const query = parseSearchQuery(new URLSearchParams(search + sort + page));
    if (variant !== null) {
      const [, latitude, longitude] = POSTCODE_CENTROIDS.find(([postcode]) => postcode === query.near)!;
      query.origin = { latitude, longitude };
    }
    return { kind, variant, query };
  });
  const pct = (list: number[], p: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  };
  // The floor for a text search (issue 15): the one FTS5 match of its words alone, timed
  // on its own connection right after the engine answered the same query (first pass).
  const floorDb = new Database(file, { readonly: true });
  const floorMatch = floorDb.prepare("SELECT group_concat(rowid) FROM internship_search WHERE internship_search MATCH ?").pluck();
  const floor = new Map<number, number>();
  /** Every planned query through `searcher`; prints the table and returns the timings. */
  const measure = async (searcher: InstanceType<typeof EmbeddedSearchEngine>, title: string) => {
    const timings: Record<Kind, number[]> = {
      text: [],
      "text+facets": [],
      facets: [],
      distance: [],
      place: [],
      "place+text": [],
      "place+facets": [],
      "nearest first": [],
      "all but distance": [],
      all: [],
    };
    let totalHits = 0;
    const textEngine: number[] = [];
    const textFloor: number[] = [];
    for (const [i, { kind, variant, query }] of planned.entries()) {
      const start = process.hrtime.bigint();
      const result = await searcher.search(query, { pageSize: PAGE_SIZE });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      totalHits += result.total;
      timings[kind].push(ms);
      if (variant !== null) timings[variant].push(ms);
      else timings["all but distance"].push(ms);
      timings.all.push(ms);
      const match = ftsMatchExpression(query.text);
      if (match) {
        if (!floor.has(i)) {
          const floorStart = process.hrtime.bigint();
          floorMatch.get(match);
          floor.set(i, Number(process.hrtime.bigint() - floorStart) / 1e6);
        }
        textFloor.push(floor.get(i)!);
        textEngine.push(ms);
      }
    }
    console.info(
      `\n${title}\n${QUERIES} queries (each with hits, total and every facet count), mean ${Math.round(totalHits / QUERIES).toLocaleString("en")} matches`,
    );
    console.info("kind                 count   p50 ms   p95 ms   p99 ms");
    for (const kind of ["text", "text+facets", "facets", "all but distance", ...DISTANCE_KINDS.map((k) => `  ${k}` as const), "distance", "all"] as const) {
      const list = timings[kind.trim() as Kind];
      console.info(
        `${kind.padEnd(19)} ${String(list.length).padStart(6)} ${pct(list, 50).toFixed(1).padStart(8)} ${pct(list, 95).toFixed(1).padStart(8)} ${pct(list, 99).toFixed(1).padStart(8)}`,
      );
    }
    const floorP50 = pct(textFloor, 50);
    const textP50 = pct(textEngine, 50);
    console.info(
      `text searches (${textEngine.length}): engine p50 ${textP50.toFixed(1)} ms, one FTS5 match of the same words p50 ${floorP50.toFixed(1)} ms (×${(textP50 / floorP50).toFixed(1)}; target ≤ ×2)`,
    );
    return timings;
  };
  // The engine as the server runs it (broad text matches kept between searches: PostingCache),
  // or with nothing kept when BENCH_POSTINGS=off (a control for the comparison pass below).
  const timings = await measure(
    engine,
    keepsMatches ? "the engine as a server runs it (broad text matches kept, posting-cache.server.ts)" : "the engine with nothing kept (BENCH_POSTINGS=off)",
  );
  const postings = engine.postingStats;
  if (postings) {
    console.info(
      `text matches: ${postings.whole} read whole from FTS5, ${postings.hits} answered from a kept list; ${postings.lists} lists kept, ${mb(postings.bytes)}`,
    );
  }

  // ── An index write through the engine (the outbox relay's work): its facet columns
  // are changed in place, so the next search does not read 200,000 rows again.
  const sampleBodies = new Database(file, { readonly: true });
  const changed = (sampleBodies.prepare("SELECT doc FROM search_doc_body ORDER BY rowid DESC LIMIT 50").pluck().all() as string[]).map(
    (doc) => JSON.parse(doc) as SearchDocument,
  );
  sampleBodies.close();
  const loadsBefore = engine.facetColumnLoads;
  const writeStart = process.hrtime.bigint();
  await engine.upsert(changed);
  const writeMs = Number(process.hrtime.bigint() - writeStart) / 1e6;
  const nextStart = process.hrtime.bigint();
  await engine.search(parseSearchQuery(new URLSearchParams("sector=care")), { pageSize: PAGE_SIZE });
  const nextMs = Number(process.hrtime.bigint() - nextStart) / 1e6;
  console.info(
    `after re-indexing 50 internships (${writeMs.toFixed(0)} ms, facet columns changed in place): the next search took ${nextMs.toFixed(1)} ms; ` +
      `columns read again: ${engine.facetColumnLoads - loadsBefore} (reading them takes the first-search time above)`,
  );

  // The target is for building and searching; the made-up vocabulary below is the benchmark's own memory.
  const searchPeak = showMemory("after the searches");

  // The same queries on an engine that asks FTS5 for every match, for comparison (after
  // the peak above was read, so its memory is not counted).
  const asking = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL), { cache: false, postings: false });
  await asking.search(parseSearchQuery(new URLSearchParams("")), { pageSize: PAGE_SIZE });
  const askingTimings = await measure(asking, "for comparison, the same queries with every text match asked of FTS5 (no kept lists)");
  asking.close();
  floorDb.close();

  // ── "Did you mean …?": only asked when a text search finds nothing, so not in the mix
  // above. 200 words with one typo (a swap, a letter left out or a wrong letter, never
  // the first), first through the engine (its vocabulary comes from fts5vocab), then
  // against a vocabulary of 100,000 made-up terms, as a larger real index would have.
  const { suggestSpelling, Vocabulary } = await import("~/search/spelling");
  const misspell = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 2));
    const edit = random();
    if (edit < 0.34) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    if (edit < 0.67) return word.slice(0, at) + word.slice(at + 1);
    return word.slice(0, at) + (word[at] === "x" ? "q" : "x") + word.slice(at + 1);
  };
  const typos = Array.from({ length: 200 }, () => misspell(pick(vocabulary.filter((w) => w.length >= 6))));
  const vocabStart = process.hrtime.bigint();
  engine.spellingSuggestion(typos[0]);
  console.info(`\nspelling: vocabulary read from the index on first use: ${(Number(process.hrtime.bigint() - vocabStart) / 1e6).toFixed(0)} ms`);
  const spellTimes: number[] = [];
  let corrected = 0;
  for (const word of typos) {
    const start = process.hrtime.bigint();
    if (engine.spellingSuggestion(word)) corrected++;
    spellTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.info(
    `spelling, ${typos.length} misspelt words through the engine: ${corrected} corrected, p50/p95/p99 ${[50, 95, 99].map((p) => pct(spellTimes, p).toFixed(1)).join(" / ")} ms`,
  );
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const made = Array.from({ length: 100_000 }, () => ({
    term: Array.from({ length: 5 + Math.floor(random() * 10) }, () => pick([...letters])).join(""),
    docs: 1 + Math.floor(random() * 50),
  }));
  const large = new Vocabulary([...made, ...vocabulary.map((term) => ({ term, docs: 10 }))]);
  const largeTimes: number[] = [];
  for (const word of typos) {
    const start = process.hrtime.bigint();
    suggestSpelling(word, large);
    largeTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.info(
    `spelling, the same words against ${large.size.toLocaleString("en")} terms: p50/p95/p99 ${[50, 95, 99].map((p) => pct(largeTimes, p).toFixed(1)).join(" / ")} ms`,
  );

  const withMadeUp = showMemory("with the 100,000 made-up terms (the benchmark's own, not counted)");
  const p95 = pct(timings.all, 95);
  console.info(
    `\np95 of all queries: ${p95.toFixed(1)} ms ${keepsMatches ? "with kept text matches" : "on the first pass, nothing kept"}, ${pct(askingTimings.all, 95).toFixed(1)} ms asking FTS5 every time`,
  );
  const distanceP95 = pct(timings.distance, 95);
  console.info(
    `\npeak RSS (kernel): the rebuild process ${reuse ? "not run" : mb(buildPeak)}; this process ${mb(searchPeak)} after the searches, ${mb(withMadeUp)} with the made-up terms`,
  );
  const peak = Math.max(buildPeak, searchPeak);
  const holds = (ok: boolean) => (ok ? "✔ holds" : "✘ does not hold");
  console.info(
    `targets at ${COUNT.toLocaleString("en")} documents${load > os.cpus().length ? ` (machine busy, load ${load.toFixed(1)})` : ""}: ` +
      `p95 ${p95.toFixed(1)} ms ≤ 20 ms ${holds(p95 <= 20)} · distance p95 ${distanceP95.toFixed(1)} ms ≤ 20 ms ${holds(distanceP95 <= 20)} · ` +
      (reuse
        ? "build and peak RSS not measured (a reused index was searched)"
        : `build ${buildSeconds.toFixed(1)} s ≤ 60 s ${holds(buildSeconds <= 60)} · peak RSS ${mb(peak)} ≤ 300 MB ${holds(peak <= 300 * 1024 * 1024)}`),
  );
  engine.close();
  await db.$disconnect();
} finally {
  // BENCH_KEEP=1 keeps the generated database for profiling (BENCH_DB=<file>).
  if (process.env.BENCH_KEEP) console.info(`kept ${file}`);
  else if (!reuse) rmSync(dir, { recursive: true, force: true });
}
