// npm run bench:search — the embedded search engine at scale.
// Generates 200,000 internships into a temporary database, builds the embedded index
// through the real rebuild path (Prisma → document builder → FTS5), then runs 1,000
// mixed queries (text, text + 2 facets, facets only) through the search module and
// prints p50/p95/p99 and the peak memory. Targets: p95 ≤ 20 ms, build ≤ 60 s, RSS ≤ 300 MB.
// The result cache is switched off, so every query really runs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const COUNT = Number(process.env.BENCH_COUNT ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "stagepact-bench-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "production";
process.env.ALLOW_DEV_SECRET = "1";

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

// A deterministic generator, so two runs measure the same data.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

try {
  const env = { ...process.env };
  console.info(`database: ${file}`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });

  // ── Generate internships straight into SQLite (the fast part; not what is measured).
  const t0 = Date.now();
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const templates = JSON.parse(readFileSync("seed/data/internship-templates.json", "utf8")) as Record<
    string,
    { qualification: string; title: string; description: string; goals: string }[]
  >;
  const quals = sqlite.prepare("SELECT id, sector FROM Qualification").all() as { id: string; sector: string }[];
  const municipalities = sqlite.prepare("SELECT id FROM Municipality").all() as { id: string }[];
  const districts = sqlite.prepare("SELECT id, municipalityId FROM District").all() as { id: string; municipalityId: string }[];
  const pactVersion = sqlite.prepare("SELECT id FROM PactVersion LIMIT 1").get() as { id: string };
  const sectorsList = Object.keys(templates);
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  const now = new Date();

  const orgCount = 2_000;
  const insertOrg = sqlite.prepare(
    `INSERT INTO Organisation (id, name, kvkNumber, kind, sector, street, houseNumber, postcode, city, municipalityId, districtId,
       contactName, contactEmail, verificationStatus, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, 'Straat', '1', '1000 AA', 'Amsterdam', ?, ?, 'Contact', 'c@example.test', 'verified', ?, ?)`,
  );
  const insertSig = sqlite.prepare(
    `INSERT INTO PactSignature (id, organisationId, pactVersionId, signerName, signerRole, signedAt, status, createdAt, updatedAt)
     VALUES (?, ?, ?, 'Signer', 'Owner', ?, 'approved', ?, ?)`,
  );
  const insertAward = sqlite.prepare(
    `INSERT INTO KeurmerkAward (id, organisationId, type, status, validFrom, validUntil, createdAt, updatedAt)
     VALUES (?, ?, ?, 'awarded', ?, ?, ?, ?)`,
  );
  const orgs: { id: string; sector: string; municipalityId: string; districtId: string }[] = [];
  const words = ["Bakkerij", "Zorg", "Techniek", "Studio", "Groep", "Partners", "Café", "Logistiek", "Bouw", "School", "Winkel", "Lab"];
  sqlite.transaction(() => {
    for (let i = 0; i < orgCount; i++) {
      const municipalityId = pick(municipalities).id;
      const district = pick(districts.filter((d) => d.municipalityId === municipalityId));
      const sector = pick(sectorsList);
      const id = `bench-org-${i}`;
      const stamp = iso(now);
      insertOrg.run(id, `${pick(words)} ${pick(words)} ${i}`, String(30_000_000 + i), pick(["private", "private", "subsidised", "municipality"]), sector, municipalityId, district.id, stamp, stamp);
      if (random() < 0.7) insertSig.run(`bench-sig-${i}`, id, pactVersion.id, stamp, stamp, stamp);
      if (random() < 0.1) insertAward.run(`bench-aw-fh-${i}`, id, "fair_hospitality", iso(new Date(now.getTime() - 86_400_000)), iso(new Date(now.getTime() + 300 * 86_400_000)), stamp, stamp);
      if (random() < 0.1) insertAward.run(`bench-aw-ie-${i}`, id, "inclusive_employer", iso(new Date(now.getTime() - 86_400_000)), iso(new Date(now.getTime() + 300 * 86_400_000)), stamp, stamp);
      if (random() < 0.05) insertAward.run(`bench-aw-sna-${i}`, id, "sna", iso(new Date(now.getTime() - 86_400_000)), null, stamp, stamp);
      orgs.push({ id, sector, municipalityId, districtId: district.id });
    }
  })();
  const insertInternship = sqlite.prepare(
    `INSERT INTO Internship (id, organisationId, municipalityId, districtId, title, description, qualificationId, level, hoursPerWeek,
       monthlyAllowance, startDate, durationWeeks, locationCity, trainerName, trainerEmail, learningGoals, status, publishedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 20, 'Amsterdam', 'Trainer', 't@example.test', ?, 'published', ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const org = pick(orgs);
      const template = pick(templates[org.sector]);
      const qual = quals.find((q) => q.id === `seed-qual-${template.qualification}`) ?? pick(quals);
      const hours = 8 + Math.floor(random() * 33);
      const allowance = Math.ceil((400 * Math.min(hours, 36)) / 36) + Math.floor(random() * 400);
      const start = new Date(Date.UTC(2026, 11 + Math.floor(random() * 9), 1));
      const published = iso(new Date(now.getTime() - Math.floor(random() * 200 * 86_400_000)));
      insertInternship.run(
        `bench-int-${String(i).padStart(7, "0")}`,
        org.id,
        org.municipalityId,
        org.districtId,
        `${template.title} ${pick(["", "junior", "deeltijd", "met doorgroeikans", "in het centrum", "(BOL)"])}`.trim(),
        template.description,
        qual.id,
        1 + Math.floor(random() * 4),
        hours,
        allowance,
        iso(start),
        template.goals,
        published,
        published,
        published,
      );
    }
  })();
  sqlite.close();
  console.info(`generated ${COUNT.toLocaleString("en")} internships and ${orgCount} organisations in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // ── Build the index through the real path.
  const { db } = await import("~/utils/db.server");
  const { EmbeddedSearchEngine, databaseFileFromUrl } = await import("~/search/embedded.server");
  const { rebuildSearchIndex } = await import("~/search/rebuild.server");
  const { parseSearchQuery, PAGE_SIZE } = await import("~/search/query");
  const engine = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL), { cache: false });
  const buildStart = Date.now();
  let lastShown = 0;
  const built = await rebuildSearchIndex(db, engine, {
    onProgress: ({ indexed, total }) => {
      if (indexed - lastShown >= 50_000 || indexed === total) {
        lastShown = indexed;
        console.info(`  indexed ${indexed.toLocaleString("en")} / ${total.toLocaleString("en")}`);
      }
    },
  });
  const buildSeconds = (Date.now() - buildStart) / 1000;
  console.info(`index build: ${buildSeconds.toFixed(1)} s for ${built.indexed.toLocaleString("en")} documents (RSS now ${mb(process.memoryUsage().rss)})`);

  // The first search loads the facet columns (again after every change to the index).
  const loadStart = process.hrtime.bigint();
  await engine.search(parseSearchQuery(new URLSearchParams("")), { pageSize: PAGE_SIZE });
  console.info(`facet columns loaded by the first search: ${(Number(process.hrtime.bigint() - loadStart) / 1e6).toFixed(0)} ms`);

  // ── 1,000 mixed queries.
  const vocabulary = [
    ...new Set(
      Object.values(templates)
        .flat()
        .flatMap((t) => `${t.title} ${t.description}`.toLowerCase().match(/\p{L}{4,}/gu) ?? []),
    ),
  ];
  const textOf = () => {
    const word = pick(vocabulary);
    // Half of the queries are typed halfway (search as you type), some have two words.
    const typed = random() < 0.5 ? word.slice(0, Math.max(3, Math.ceil(word.length / 2))) : word;
    return random() < 0.2 ? `${typed} ${pick(vocabulary)}` : typed;
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
  const kinds = ["text", "text+facets", "facets"] as const;
  const timings: Record<(typeof kinds)[number] | "all", number[]> = { text: [], "text+facets": [], facets: [], all: [] };
  let totalHits = 0;
  for (let i = 0; i < QUERIES; i++) {
    const kind = kinds[i % 3];
    const search =
      kind === "text" ? `q=${encodeURIComponent(textOf())}` : kind === "facets" ? facetParams() : `q=${encodeURIComponent(textOf())}&${facetParams()}`;
    const sort = random() < 0.2 ? "&sorteer=vergoeding" : "";
    const page = random() < 0.2 ? `&pagina=${2 + Math.floor(random() * 3)}` : "";
    const query = parseSearchQuery(new URLSearchParams(search + sort + page));
    const start = process.hrtime.bigint();
    const result = await engine.search(query, { pageSize: PAGE_SIZE });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    totalHits += result.total;
    timings[kind].push(ms);
    timings.all.push(ms);
  }
  const pct = (list: number[], p: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  };
  console.info(`\n${QUERIES} queries (each with hits, total and every facet count), mean ${Math.round(totalHits / QUERIES).toLocaleString("en")} matches`);
  console.info("kind          p50 ms   p95 ms   p99 ms");
  for (const kind of [...kinds, "all"] as const) {
    const list = timings[kind];
    console.info(`${kind.padEnd(12)} ${pct(list, 50).toFixed(1).padStart(7)}  ${pct(list, 95).toFixed(1).padStart(7)}  ${pct(list, 99).toFixed(1).padStart(7)}`);
  }

  // The target is for search; the made-up vocabulary below is the benchmark's own memory.
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const searchPeakRss = peakRss;

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

  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const p95 = pct(timings.all, 95);
  console.info(`\npeak RSS: ${mb(searchPeakRss)} while searching; ${mb(peakRss)} with the 100,000 made-up terms`);
  console.info(
    `targets: p95 ${p95.toFixed(1)} ms ≤ 20 ms ${p95 <= 20 ? "✔" : "✘"} · build ${buildSeconds.toFixed(1)} s ≤ 60 s ${buildSeconds <= 60 ? "✔" : "✘"} · RSS ${mb(searchPeakRss)} ≤ 300 MB ${searchPeakRss <= 300 * 1024 * 1024 ? "✔" : "✘"}`,
  );
  engine.close();
  await db.$disconnect();
} finally {
  clearInterval(sampler);
  // BENCH_KEEP=1 keeps the generated database for profiling.
  if (process.env.BENCH_KEEP) console.info(`kept ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}
