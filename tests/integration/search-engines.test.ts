// Both engines through the same suite: the embedded FTS5 engine (with facet counts in
// SQL and in memory) and the Meilisearch engine against a FAKE Meilisearch server (an
// external service that cannot be installed here; see search-fake-meilisearch.ts).
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchDocument, SearchHit } from "~/search/document";
import { loadAllPublished } from "~/search/documents.server";
import { EmbeddedSearchEngine, databaseFileFromUrl } from "~/search/embedded.server";
import type { SearchEngine } from "~/search/engine";
import { MeilisearchEngine } from "~/search/meilisearch.server";
import { parseSearchQuery } from "~/search/query";
import { distanceKm } from "~/domain/location";
import { stemmer as dutchStemmer } from "@orama/stemmers/dutch";
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { db } from "~/utils/db.server";
import { FakeMeilisearch } from "./search-fake-meilisearch";

const now = new Date();
let docs: SearchDocument[] = [];
/** The indexed document of a hit (a hit comes back without its keywords). */
const indexed = (hit: SearchHit) => docs.find((d) => d.id === hit.id) ?? { ...hit, keywords: [] };

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const haystackOf = (d: SearchDocument) =>
  words(
    [d.title, d.description, d.organisationName, d.qualificationNl, d.qualificationEn, d.crebo, d.city, d.districtName, d.municipalityName, ...d.keywords].join(
      " ",
    ),
  );
/** The reference answer as typed: every typed word starts a word somewhere in the searchable fields. */
function textMatches(d: SearchDocument, text: string) {
  const haystack = haystackOf(d);
  return words(text).every((w) => haystack.some((h) => h.startsWith(w)));
}
const stems = (w: string) => [dutchStemmer(w), englishStemmer(w)];
/** Also by stem: each typed word starts a word, shares a stem with one, or one starts with a stem the word starts with. */
function stemMatches(d: SearchDocument, text: string) {
  const haystack = haystackOf(d);
  return words(text).every((w) => {
    const own = stems(w);
    return haystack.some((h) => h.startsWith(w) || stems(h).some((s) => own.includes(s)) || own.some((s) => w.startsWith(s) && h.startsWith(s)));
  });
}
const COOK_QUALIFICATIONS = ["Kok", "Zelfstandig werkend kok"];

const q = (qs: string) => parseSearchQuery(new URLSearchParams(qs));

function engineSuite(name: string, make: () => Promise<{ engine: SearchEngine; done?: () => Promise<void> }>) {
  describe(`the ${name} engine`, () => {
    let engine: SearchEngine;
    let done: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ engine, done } = await make());
      await engine.reset();
      await engine.upsert(docs);
    });
    afterAll(async () => done?.());

    it("finds every published internship and nothing else", async () => {
      const result = await engine.search(q(""), { pageSize: 500 });
      expect(result.total).toBe(docs.length);
      expect(new Set(result.hits.map((h) => h.id))).toEqual(new Set(docs.map((d) => d.id)));
      expect(await engine.count()).toBe(docs.length);
    });

    it("matches words and the start of words, whatever the accents, and their stems", async () => {
      for (const text of ["kok", "verpleeg", "software developer", "clienten", "cliënten"]) {
        const expected = docs.filter((d) => textMatches(d, text));
        const result = await engine.search(q(`q=${encodeURIComponent(text)}`), { pageSize: 500 });
        expect(expected.length, text).toBeGreaterThan(0);
        const found = new Set(result.hits.map((h) => h.id));
        for (const d of expected) expect(found.has(d.id), `${text}: ${d.title}`).toBe(true);
        for (const hit of result.hits) expect(stemMatches(indexed(hit), text), `${text}: ${hit.title}`).toBe(true);
      }
    });

    it("finds the cooks for koks, koken and kok", async () => {
      const cooks = docs.filter((d) => COOK_QUALIFICATIONS.includes(d.qualificationNl ?? ""));
      expect(cooks.length).toBeGreaterThan(0);
      for (const text of ["koks", "koken", "kok", "Koks"]) {
        const found = new Set((await engine.search(q(`q=${text}`), { pageSize: 500 })).hits.map((h) => h.id));
        for (const d of cooks) expect(found.has(d.id), `${text}: ${d.title}`).toBe(true);
      }
    });

    it("reads a level out of the words: niveau 2 kok is level 2 and finds the cooks", async () => {
      const query = q("q=niveau+2+kok");
      expect(query).toMatchObject({ text: "kok", levels: [2] });
      const result = await engine.search(query, { pageSize: 500 });
      const cooks = docs.filter((d) => d.level === 2 && COOK_QUALIFICATIONS.includes(d.qualificationNl ?? ""));
      expect(cooks.length).toBeGreaterThan(0);
      expect(result.hits.every((h) => h.level === 2)).toBe(true);
      const found = new Set(result.hits.map((h) => h.id));
      for (const d of cooks) expect(found.has(d.id), d.title).toBe(true);
    });

    it("lets stop words not narrow: stage in de zorg finds the care internships", async () => {
      const care = docs.filter((d) => d.sector === "care");
      expect(care.length).toBeGreaterThan(0);
      const result = await engine.search(q("q=stage+in+de+zorg"), { pageSize: 500 });
      const found = new Set(result.hits.map((h) => h.id));
      for (const d of care) expect(found.has(d.id), d.title).toBe(true);
      expect(result.total).toBe((await engine.search(q("q=zorg"), { pageSize: 1 })).total);
    });

    it("finds compounds by their parts and the parts by a compound", async () => {
      const base = docs[0];
      const made: SearchDocument[] = [
        { ...base, id: "compound-kitchen", title: "Stage keukenmedewerker", description: "Je helpt in een drukke brasserie.", keywords: [] },
        { ...base, id: "compound-care", title: "Stage medewerker", description: "Je werkt als medewerker in de zorg voor ouderen.", keywords: [] },
        { ...base, id: "compound-hyphen", title: "Stage ICT-support", description: "-", keywords: [] },
        { ...base, id: "compound-vocabulary", title: "Stage afwasser", description: "-", keywords: ["horeca", "hospitality", "keuken"] },
      ];
      await engine.upsert(made);
      try {
        const ids = async (text: string) => (await engine.search(q(`q=${encodeURIComponent(text)}`), { pageSize: 500 })).hits.map((h) => h.id);
        expect(await ids("keuken")).toEqual(expect.arrayContaining(["compound-kitchen", "compound-vocabulary"]));
        expect(await ids("medewerker")).toEqual(expect.arrayContaining(["compound-kitchen", "compound-care"]));
        expect(await ids("keukenmedewerkers")).toContain("compound-kitchen");
        expect(await ids("zorgmedewerker")).toContain("compound-care");
        expect(await ids("zorgmedewerker")).not.toContain("compound-kitchen");
        expect(await ids("ictsupport")).toContain("compound-hyphen");
        expect(await ids("ICT-support")).toContain("compound-hyphen");
        expect(await ids("horeca")).toContain("compound-vocabulary");
        expect(await ids("hospitality")).toContain("compound-vocabulary");
        expect(await ids("hore")).toContain("compound-vocabulary");
        // The keywords find an internship, and only the index keeps them: a hit has none.
        const found = (await engine.search(q("q=hospitality"), { pageSize: 500 })).hits.find((h) => h.id === "compound-vocabulary")!;
        expect(found).toMatchObject({ id: "compound-vocabulary", title: "Stage afwasser", organisationName: base.organisationName });
        expect(found).not.toHaveProperty("keywords");
      } finally {
        await engine.remove(made.map((d) => d.id));
      }
    });

    it("narrows with filters and counts each group as if its own selection were open", async () => {
      const result = await engine.search(q("sector=care&sector=technology&pact=1"), { pageSize: 500 });
      const expected = docs.filter((d) => ["care", "technology"].includes(d.sector) && d.pactSignatory);
      expect(result.total).toBe(expected.length);
      expect(result.hits.every((h) => ["care", "technology"].includes(h.sector) && h.pactSignatory)).toBe(true);
      const hospitality = docs.filter((d) => d.sector === "hospitality" && d.pactSignatory).length;
      expect(result.facets.sector.find((f) => f.value === "hospitality")?.count ?? 0).toBe(hospitality);
      expect(result.facets.flags.pact).toBe(expected.length);
      const level2 = expected.filter((d) => d.level === 2).length;
      expect(result.facets.level.find((f) => f.value === "2")?.count ?? 0).toBe(level2);
    });

    it("filters on allowance, hours, district internships, shortage sectors and keurmerken", async () => {
      const cases: [string, (d: SearchHit) => boolean][] = [
        ["vergoeding=500", (d) => (d.monthlyAllowance ?? 0) >= 500],
        // Any whole amount works, not only the thresholds offered.
        ["vergoeding=437", (d) => (d.monthlyAllowance ?? 0) >= 437],
        ["leerweg=BBL", (d) => d.route === "BBL"],
        ["leerweg=BOL&vergoeding=500", (d) => d.route === "BOL" && (d.monthlyAllowance ?? 0) >= 500],
        ["volgens-code=1", (d) => d.payCheck === "meets_code"],
        ["uren=33-40&uren=8-16", (d) => d.hoursPerWeek >= 33 || d.hoursPerWeek <= 16],
        ["stadsdeelstage=1", (d) => d.districtInternship],
        ["tekortsector=1&niveau=4", (d) => d.shortageSector && d.level === 4],
        ["keurmerk=fair_hospitality", (d) => d.marks.includes("fair_hospitality")],
        ["gemeente=almere", (d) => d.municipality === "almere"],
      ];
      for (const [qs, predicate] of cases) {
        const result = await engine.search(q(qs), { pageSize: 500 });
        expect(result.total, qs).toBe(docs.filter(predicate).length);
        expect(result.hits.every(predicate), qs).toBe(true);
      }
      const open = await engine.search(q(""), { pageSize: 1 });
      expect(open.facets.allowance.find((a) => a.value === "500")?.count).toBe(docs.filter((d) => (d.monthlyAllowance ?? 0) >= 500).length);
      expect(open.facets.flags.bbl).toBe(docs.filter((d) => d.route === "BBL").length);
      expect(open.facets.flags.bbl).toBeGreaterThan(0);
      // The thresholds to count are the caller's (the rules in force), not a fixed list.
      const rules = await engine.search(q(""), { pageSize: 1, allowanceThresholds: [425, 520] });
      expect(rules.facets.allowance).toEqual([
        { value: "425", count: docs.filter((d) => (d.monthlyAllowance ?? 0) >= 425).length },
        { value: "520", count: docs.filter((d) => (d.monthlyAllowance ?? 0) >= 520).length },
      ]);
      expect(open.facets.flags.fair_hospitality).toBe(docs.filter((d) => d.marks.includes("fair_hospitality")).length);
      expect(open.facets.flags.fair_hospitality).toBeGreaterThan(0);
    });

    it("sorts by allowance and newest, and pages", async () => {
      const byAllowance = await engine.search(q("sorteer=vergoeding"), { pageSize: 30 });
      const amounts = byAllowance.hits.map((h) => h.monthlyAllowance ?? 0);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      const newest = await engine.search(q(""), { pageSize: 30 });
      const dates = newest.hits.map((h) => h.publishedAt);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      const page2 = await engine.search(q("pagina=2"), { pageSize: 10 });
      const page1 = await engine.search(q(""), { pageSize: 10 });
      expect(page2.page).toBe(2);
      expect(page2.pageCount).toBe(Math.ceil(docs.length / 10));
      expect(page2.hits.some((h) => page1.hits.some((p) => p.id === h.id))).toBe(false);
      // Past the end: the last page, not an empty one.
      const past = await engine.search(q("pagina=999"), { pageSize: 10 });
      expect(past.page).toBe(past.pageCount);
      expect(past.hits.length).toBe(docs.length - (past.pageCount - 1) * 10);
    });

    it("keeps to the distance from a place, edge included, counts facets within it and sorts nearest first", async () => {
      const located = docs.filter((d) => d.latitude !== null && d.longitude !== null);
      expect(located.length, "seed internships with coordinates").toBe(docs.length);
      const centre = { latitude: 52.3676, longitude: 4.9041 }; // Amsterdam, Dam square
      for (const distance of [5, 10, 20, 50] as const) {
        const query = { ...q(`bij=Amsterdam&afstand=${distance}`), origin: centre };
        const expected = located.filter((d) => distanceKm(centre, { latitude: d.latitude!, longitude: d.longitude! }) <= distance);
        const result = await engine.search(query, { pageSize: 500 });
        expect(result.total, `${distance} km`).toBe(expected.length);
        expect(new Set(result.hits.map((h) => h.id))).toEqual(new Set(expected.map((d) => d.id)));
        for (const hit of result.hits) expect(hit.distanceKm!, hit.id).toBeLessThanOrEqual(distance);
        const sectors = new Map<string, number>();
        for (const d of expected) sectors.set(d.sector, (sectors.get(d.sector) ?? 0) + 1);
        expect(Object.fromEntries(result.facets.sector.map((f) => [f.value, f.count]))).toEqual(Object.fromEntries(sectors));
      }
      expect((await engine.search({ ...q("bij=Amsterdam&afstand=50"), origin: centre }, { pageSize: 1 })).total).toBeGreaterThan(
        (await engine.search({ ...q("bij=Amsterdam&afstand=5"), origin: centre }, { pageSize: 1 })).total,
      );
      // The edge: a place 9.99 km and 10.01 km due north of an internship.
      const target = located[0];
      const north = (km: number) => ({ latitude: target.latitude! + (km / 6371.0088) * (180 / Math.PI), longitude: target.longitude! });
      const inside = await engine.search({ ...q("bij=x&afstand=10"), origin: north(9.99) }, { pageSize: 500 });
      expect(inside.hits.map((h) => h.id)).toContain(target.id);
      const outside = await engine.search({ ...q("bij=x&afstand=10"), origin: north(10.01) }, { pageSize: 500 });
      expect(outside.hits.map((h) => h.id)).not.toContain(target.id);
      // Nearest first, on every page; newest first between equals.
      const sorted = { ...q("bij=Amsterdam&afstand=50&sorteer=afstand"), origin: centre };
      const pages = [];
      for (let page = 1; page <= 3; page++) pages.push(...(await engine.search({ ...sorted, page }, { pageSize: 7 })).hits);
      const metres = pages.map((h) => Math.round(h.distanceKm! * 1000));
      expect(metres).toEqual([...metres].sort((a, b) => a - b));
      expect(new Set(pages.map((h) => h.id)).size).toBe(pages.length);
      // Filters combine with the distance.
      const cooks = await engine.search({ ...q("bij=Amsterdam&afstand=10&q=kok"), origin: centre }, { pageSize: 500 });
      for (const hit of cooks.hits) expect(textMatches(indexed(hit), "kok") || stemMatches(indexed(hit), "kok")).toBe(true);
      // A place that was not found (origin null): the search without distance, in its default order.
      const unknown = await engine.search({ ...q("bij=Nergenshuizen&sorteer=afstand"), origin: null }, { pageSize: 500 });
      expect(unknown.total).toBe(docs.length);
      expect(unknown.hits.every((h) => h.distanceKm === undefined)).toBe(true);
    });

    it("forgets a removed internship and takes it back on upsert", async () => {
      const doc = docs[0];
      await engine.remove([doc.id]);
      expect((await engine.search(q(""), { pageSize: 500 })).hits.some((h) => h.id === doc.id)).toBe(false);
      await engine.upsert([{ ...doc, title: "Stage zeppelinbouwer" }]);
      const found = await engine.search(q("q=zeppelin"), { pageSize: 10 });
      expect(found.hits.map((h) => h.id)).toEqual([doc.id]);
      await engine.upsert([doc]);
      expect((await engine.search(q("q=zeppelin"), { pageSize: 10 })).total).toBe(0);
    });
  });
}

beforeAll(async () => {
  docs = await loadAllPublished(db, now);
});

for (const facetMode of ["sql", "memory"] as const) {
  engineSuite(`embedded (facets in ${facetMode})`, async () => {
    const engine = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL!), { cache: false, facetMode });
    return { engine, done: async () => engine.close() };
  });
}

describe("the embedded engine", () => {
  const file = () => databaseFileFromUrl(process.env.DATABASE_URL!);
  let sql: EmbeddedSearchEngine;
  let memory: EmbeddedSearchEngine;
  beforeAll(async () => {
    sql = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "sql" });
    memory = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "memory" });
    await sql.reset();
    await sql.upsert(docs);
  });
  afterAll(() => {
    sql.close();
    memory.close();
  });

  // A rebuild writes search_doc without its plain indexes and makes them again at the
  // end; one that stopped after its reset leaves them to the next rebuild.
  it("rebuilds without search_doc's plain indexes and makes them again, also after a rebuild that stopped halfway", async () => {
    const sqlite = new Database(file(), { readonly: true });
    const indexes = () =>
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'search_doc' AND sql IS NOT NULL ORDER BY name").pluck().all();
    try {
      await sql.markBuilt(now); // the suite's index was written without it
      const before = indexes();
      expect(before).toEqual([
        "search_doc_allowance_idx",
        "search_doc_id_key",
        "search_doc_lat_idx",
        "search_doc_organisation_idx",
        "search_doc_published_at_idx",
      ]);
      await sql.reset();
      expect(indexes()).toEqual(["search_doc_id_key"]);
      await sql.upsert(docs.slice(0, 3));
      // Stopped here; the next rebuild starts from its reset.
      await sql.reset();
      expect(indexes()).toEqual(["search_doc_id_key"]);
      await sql.upsert(docs);
      await sql.markBuilt(now);
      expect(indexes()).toEqual(before);
      expect((await sql.search(q("sorteer=vergoeding"), { pageSize: 500 })).total).toBe(docs.length);
      // The indexes are used again, not only present.
      const plan = sqlite.prepare("EXPLAIN QUERY PLAN SELECT rowid FROM search_doc ORDER BY published_at DESC LIMIT 5").all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(" ")).toContain("search_doc_published_at_idx");
    } finally {
      sqlite.close();
    }
  });

  // Facets in SQL (small indexes) and in memory (large ones) must give the same page.
  it.each([
    "",
    "q=kok",
    "q=zorg&sector=care",
    "q=ver&sorteer=vergoeding",
    "sector=care&sector=hospitality&niveau=2",
    "pact=1&uren=17-24&pagina=2",
    "vergoeding=500&gemeente=amsterdam",
    "keurmerk=fair_hospitality&stadsdeel=noord",
    "tekortsector=1&stadsdeelstage=1",
    "q=stage&vergoeding=600&niveau=3&niveau=4",
    "q=medewerker&pagina=3",
    "q=onbestaandwoord",
  ])("gives the same answer with facets in SQL and in memory: %s", async (qs) => {
    const a = await sql.search(q(qs), { pageSize: 7 });
    const b = await memory.search(q(qs), { pageSize: 7 });
    expect(b.total).toBe(a.total);
    expect(b.page).toBe(a.page);
    expect(b.hits.map((h) => h.id)).toEqual(a.hits.map((h) => h.id));
    expect(b.facets).toEqual(a.facets);
  });

  // Tiers: every word as typed in the title, then as typed anywhere, then by stem only.
  it.each(["sql", "memory"] as const)("ranks a word in the title above the same word elsewhere, newest first within each (%s)", async (mode) => {
    const engine = mode === "sql" ? sql : memory;
    const base = docs[0];
    const older = Date.UTC(2026, 0, 1);
    const newer = Date.UTC(2026, 5, 1);
    const made = [
      { ...base, id: "rank-description", title: "Stage", description: "Je werkt met de kwartelmachine.", publishedAt: newer + 2 },
      { ...base, id: "rank-organisation", title: "Stage", description: "-", organisationName: "Kwartel BV", publishedAt: newer + 1 },
      { ...base, id: "rank-title-old", title: "Stage kwartelverzorger", description: "-", publishedAt: older },
      { ...base, id: "rank-title-new", title: "Kwartelhouder", description: "-", publishedAt: newer },
    ];
    await engine.upsert(made);
    try {
      const result = await engine.search(q("q=kwartel"), { pageSize: 10 });
      expect(result.hits.map((h) => h.id)).toEqual(["rank-title-new", "rank-title-old", "rank-description", "rank-organisation"]);
      const page2 = await engine.search(q("q=kwartel&pagina=2"), { pageSize: 3 });
      expect(page2.hits.map((h) => h.id)).toEqual(["rank-organisation"]);
    } finally {
      await engine.remove(made.map((d) => d.id));
    }
  });

  // The title tier comes from a table of titles of its own: a changed or removed title
  // must leave it, also when SQLite gives a later internship the same rowid.
  it.each(["sql", "memory"] as const)("moves an internship out of the title tier when its title changes or it is removed (%s)", async (mode) => {
    const engine = mode === "sql" ? sql : memory;
    const base = docs[0];
    const described = { ...base, id: "described", title: "Stage", description: "Je werkt met kwartels.", publishedAt: Date.UTC(2026, 5, 2) };
    const titled = { ...base, id: "titled", title: "Stage kwartelhouder", description: "Je verzorgt kwartels.", publishedAt: Date.UTC(2026, 5, 1) };
    const later = { ...base, id: "later", title: "Stage", description: "Kwartels voeren.", publishedAt: Date.UTC(2026, 4, 1) };
    const ids = (text: string) => engine.search(q(`q=${text}`), { pageSize: 10 }).then((r) => r.hits.map((h) => h.id));
    await engine.upsert([described, titled]);
    try {
      expect(await ids("kwartel")).toEqual(["titled", "described"]);
      await engine.upsert([{ ...titled, title: "Stage dierenverzorger" }]);
      expect(await ids("kwartel")).toEqual(["described", "titled"]);
      expect(await ids("dierenverzorger")).toEqual(["titled"]);
      // "titled" has the highest rowid: removed, its rowid goes to the next internship.
      await engine.upsert([titled]);
      await engine.remove(["titled"]);
      await engine.upsert([later]);
      expect(await ids("kwartel")).toEqual(["described", "later"]);
    } finally {
      await engine.remove([described.id, titled.id, later.id]);
    }
  });

  it.each(["sql", "memory"] as const)("ranks words as typed above words found by their stem only (%s)", async (mode) => {
    const engine = mode === "sql" ? sql : memory;
    const base = docs[0];
    const made = [
      { ...base, id: "stem-only", title: "Stage kwartel", description: "-", organisationName: "X", publishedAt: Date.UTC(2026, 5, 3) },
      { ...base, id: "typed-description", title: "Stage", description: "Wij zoeken kwartels.", organisationName: "X", publishedAt: Date.UTC(2026, 5, 2) },
      { ...base, id: "typed-title", title: "Stage kwartels", description: "-", organisationName: "X", publishedAt: Date.UTC(2026, 5, 1) },
    ];
    await engine.upsert(made);
    try {
      const result = await engine.search(q("q=kwartels"), { pageSize: 10 });
      expect(result.hits.map((h) => h.id)).toEqual(["typed-title", "typed-description", "stem-only"]);
    } finally {
      await engine.remove(made.map((d) => d.id));
    }
  });

  // The index keeps no word positions, so FTS5 refuses a quoted word it would cut in two.
  // U+19B0 is a letter to JavaScript but a separator to SQLite's unicode61 tables.
  it.each(["sql", "memory"] as const)("answers a word with a letter its tokenizer does not know, and one with accents (%s)", async (mode) => {
    const engine = mode === "sql" ? sql : memory;
    const made = [
      { ...docs[0], id: "unknown-letter", title: "Stage kwartel\u19b0zeppelin", description: "Crème brûlée-kwartel", publishedAt: Date.UTC(2026, 5, 4) },
    ];
    await engine.upsert(made);
    try {
      for (const text of ["kwartel\u19b0zeppelin", "kwartel\u19b0zep", "brulee", "BRÛLÉE"]) {
        const result = await engine.search(q(`q=${encodeURIComponent(text)}`), { pageSize: 5 });
        expect(
          result.hits.map((h) => h.id),
          text,
        ).toEqual(["unknown-letter"]);
      }
      // Only letters it does not know: no words to match, so every internship.
      const everything = await engine.search(q(""), { pageSize: 5 });
      expect((await engine.search(q(`q=${encodeURIComponent("\u19b0\u19b1")}`), { pageSize: 5 })).total).toBe(everything.total);
    } finally {
      await engine.remove(made.map((d) => d.id));
    }
  });

  // A write through the engine changes its facet columns in place (no reload on the next
  // search); the answers must be those of columns read afresh from SQLite.
  it("changes its facet columns in place on its own writes, with the answers of columns read afresh", async () => {
    const patched = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "memory" });
    const queries = [
      "",
      "q=kok",
      "sector=care&sector=hospitality&niveau=2",
      "vergoeding=500&gemeente=amsterdam&sorteer=vergoeding",
      "keurmerk=fair_hospitality&stadsdeel=noord",
      "pact=1&uren=17-24&pagina=2",
      "q=medewerker&sorteer=vergoeding",
    ];
    const answers = async (engine: EmbeddedSearchEngine) =>
      Promise.all(
        queries.map(async (qs) => {
          const r = await engine.search(q(qs), { pageSize: 7 });
          return { qs, total: r.total, hits: r.hits.map((h) => h.id), facets: r.facets };
        }),
      );
    const near = { latitude: 52.37, longitude: 4.9 };
    const made: SearchDocument[] = [
      // New: newest, oldest, and one at an existing instant (the higher rowid goes first).
      { ...docs[0], id: "patch-new", sector: "creative", publishedAt: Date.UTC(2027, 0, 1), monthlyAllowance: 777, latitude: 52.371, longitude: 4.901 },
      { ...docs[1], id: "patch-old", district: "zuidoost", publishedAt: Date.UTC(2020, 0, 1), monthlyAllowance: 1_200 },
      { ...docs[2], id: "patch-tie", publishedAt: docs[3].publishedAt, marks: ["fair_hospitality"], latitude: null, longitude: null },
      // Replaced: other facet values, a new place in the order.
      { ...docs[4], level: docs[4].level === 4 ? 1 : 4, monthlyAllowance: 401, publishedAt: Date.UTC(2026, 10, 30) },
    ];
    try {
      await answers(patched); // loads the columns once
      expect(patched.facetColumnLoads).toBe(1);
      await patched.upsert(made);
      // The same internship twice in one write, another one between (so its first row is
      // not the newest and SQLite gives the second another rowid): only its last row stays.
      const between = { ...docs[7], id: "patch-between", publishedAt: Date.UTC(2026, 10, 29) };
      made.push(between);
      await patched.upsert([{ ...made[1], monthlyAllowance: 1_100 }, between, { ...made[1], monthlyAllowance: 1_300 }]);
      await patched.remove([docs[5].id, docs[6].id, "patch-never-there"]);
      const fresh = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "memory" });
      try {
        expect(await answers(patched)).toEqual(await answers(fresh));
        expect(await answers(patched)).toEqual(await answers(sql));
        const distance = q("bij=1011&afstand=5&sorteer=afstand");
        distance.origin = near;
        expect((await patched.search(distance, { pageSize: 7 })).hits.map((h) => h.id)).toEqual(
          (await fresh.search(distance, { pageSize: 7 })).hits.map((h) => h.id),
        );
        expect((await patched.search(distance, { pageSize: 7 })).hits[0].id).toBe("patch-new");
        expect(patched.facetColumnLoads).toBe(1);
      } finally {
        fresh.close();
      }
      // A write by another connection is not this engine's to patch: the next search reads them again.
      await sql.remove(["patch-new"]);
      expect((await patched.search(q(""), { pageSize: 7 })).hits.map((h) => h.id)).not.toContain("patch-new");
      expect(patched.facetColumnLoads).toBe(2);
    } finally {
      patched.close();
      await sql.remove(made.map((d) => d.id));
      await sql.upsert([docs[4], docs[5], docs[6]]);
    }
  });

  // Broad text matches are kept between searches (PostingCache) and kept true through the
  // engine's own writes by reading only the rows written since; the answers must be those
  // of an engine that asks FTS5 every time. minRowids 0 keeps every match of the seed, none too.
  it("keeps text matches through its own writes, with the answers of an engine that asks FTS5 every time", async () => {
    const kept = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "memory", postings: { minRowids: 0 } });
    const asked = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "memory", postings: false });
    const queries = ["q=kok", "q=ko", "q=medewerker&pagina=2", "q=zorg&sorteer=vergoeding", "q=zeppelin", "q=keuken%20kok", "q=verpleeg&sector=care"];
    const answers = async (engine: EmbeddedSearchEngine) =>
      Promise.all(
        queries.map(async (qs) => {
          const r = await engine.search(q(qs), { pageSize: 30 });
          return { qs, total: r.total, hits: r.hits.map((h) => h.id), facets: r.facets };
        }),
      );
    const cook = docs.find((d) => d.title.toLowerCase().includes("kok"))!;
    const made: SearchDocument[] = [
      { ...docs[3], id: "posting-a", title: "Kok zeppelin", publishedAt: Date.UTC(2027, 0, 2) },
      { ...docs[8], id: "posting-b", title: "Zorgmedewerker zeppelin", publishedAt: Date.UTC(2027, 0, 3) },
    ];
    try {
      expect(await answers(kept)).toEqual(await answers(asked));
      const read = kept.postingStats!.whole;
      expect(read).toBeGreaterThan(0);
      expect(await answers(kept)).toEqual(await answers(asked)); // now from the kept lists
      expect(kept.postingStats!.whole).toBe(read);
      await kept.upsert(made);
      // The newest row removed, then a new one, which SQLite gives the same rowid.
      await kept.remove(["posting-b"]);
      made.push({ ...docs[9], id: "posting-c", title: "Bakker zeppelin", publishedAt: Date.UTC(2027, 0, 4) });
      await kept.upsert([made[2]]);
      // A cook's internship now about something else, one gone altogether.
      await kept.upsert([{ ...cook, title: "Fietsenmaker", description: "Fietsen repareren.", keywords: [] }]);
      await kept.remove([docs[5].id]);
      expect(await answers(kept)).toEqual(await answers(asked));
      expect(kept.postingStats!.whole).toBe(read);
      expect(kept.postingStats!.tails).toBeGreaterThan(0);
      expect((await kept.search(q("q=zeppelin"), { pageSize: 5 })).hits.map((h) => h.id).sort()).toEqual(["posting-a", "posting-c"]);
      // A write by another connection: every kept list is read again whole.
      await sql.remove(["posting-a"]);
      expect(await answers(kept)).toEqual(await answers(asked));
      expect(kept.postingStats!.whole).toBeGreaterThan(read);
    } finally {
      kept.close();
      asked.close();
      await sql.remove(made.map((d) => d.id));
      await sql.upsert([cook, docs[5]]);
    }
  });

  it("sees a change made through another connection, even with its cache on", async () => {
    const cached = new EmbeddedSearchEngine(file(), { facetMode: "memory" });
    try {
      expect((await cached.search(q("q=zeppelin"), { pageSize: 5 })).total).toBe(0);
      await sql.upsert([{ ...docs[1], id: "other-process", title: "Zeppelinbouwer" }]);
      expect((await cached.search(q("q=zeppelin"), { pageSize: 5 })).hits.map((h) => h.id)).toEqual(["other-process"]);
      await sql.remove(["other-process"]);
      expect((await cached.search(q("q=zeppelin"), { pageSize: 5 })).total).toBe(0);
    } finally {
      cached.close();
    }
  });
});

describe("the embedded engine's spelling suggestions", () => {
  it("come from the index's own words and follow every change to it", async () => {
    const engine = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL!));
    try {
      expect(engine.spellingSuggestion("dierenverzorgr")).toBeNull();
      await engine.upsert([{ ...docs[2], id: "spelling-new-word", title: "Stage dierenverzorger" }]);
      expect(engine.spellingSuggestion("dierenverzorgr")).toBe("dierenverzorger");
      expect(engine.spellingSuggestion("dierenverzorger")).toBeNull();
      await engine.remove(["spelling-new-word"]);
      expect(engine.spellingSuggestion("dierenverzorgr")).toBeNull();
    } finally {
      engine.close();
    }
  });

  it("are read, with the facet columns, by a warm-up before the first search", async () => {
    const engine = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL!), { facetMode: "memory", cache: false });
    try {
      expect([engine.facetColumnLoads, engine.vocabularyReads]).toEqual([0, 0]);
      engine.warm();
      expect([engine.facetColumnLoads, engine.vocabularyReads]).toEqual([1, 1]);
      await engine.search(q("q=kok"), { pageSize: 5 });
      engine.spellingSuggestion("kokk");
      // Nothing read again on the request path.
      expect([engine.facetColumnLoads, engine.vocabularyReads]).toEqual([1, 1]);
    } finally {
      engine.close();
    }
  });

  it("are changed in place by the engine's own writes, as a vocabulary read whole would answer", async () => {
    const engine = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL!));
    // Words of the text columns. A keyword (the qualification's everyday words, which a
    // stored hit does not keep) can stay in the vocabulary after the last internship with
    // it left; a correction to it then finds nothing and is not offered (search-public).
    const typos = ["dierenverzorgr", "zeppelinbouwr", "keukenmedewerkr", "kapsalonn", "amsterdm", "knipen"];
    try {
      engine.spellingSuggestion("kokk");
      expect(engine.vocabularyReads).toBe(1);
      await engine.upsert([
        { ...docs[2], id: "spelling-a", title: "Stage dierenverzorger", description: "Bij de zeppelinbouwer" },
        { ...docs[3], id: "spelling-b", title: "Zeppelinbouwer gezocht" },
      ]);
      // One changed again (its old words leave), one removed.
      await engine.upsert([{ ...docs[2], id: "spelling-a", title: "Stage kapsalon", description: "Knippen" }]);
      await engine.remove(["spelling-b"]);
      const inPlace = typos.map((t) => engine.spellingSuggestion(t));
      expect(engine.vocabularyReads).toBe(1);
      const fresh = new EmbeddedSearchEngine(databaseFileFromUrl(process.env.DATABASE_URL!));
      try {
        expect(inPlace).toEqual(typos.map((t) => fresh.spellingSuggestion(t)));
        expect(fresh.vocabularyReads).toBe(1);
      } finally {
        fresh.close();
      }
      expect(engine.spellingSuggestion("zeppelinbouwr")).toBeNull();
      expect(engine.spellingSuggestion("kapsalonn")).toBe("kapsalon");
    } finally {
      await engine.remove(["spelling-a", "spelling-b"]);
      engine.close();
    }
  });
});

const fake = new FakeMeilisearch("test-key");
engineSuite("Meilisearch (fake server)", async () => {
  const host = await fake.start();
  return { engine: new MeilisearchEngine(host, "test-key"), done: () => fake.stop() };
});

describe("the Meilisearch client's requests", () => {
  // Its own fake server, so the check does not depend on the suite above having run first.
  it("follow Meilisearch's documented API", async () => {
    const own = new FakeMeilisearch("test-key");
    const engine = new MeilisearchEngine(await own.start(), "test-key");
    try {
      await engine.reset();
      await engine.upsert(docs.slice(0, 5));
      await engine.search(q("q=kok&sector=hospitality"), { pageSize: 10 });
      expect(own.requests).toContain("PATCH /indexes/internships/settings");
      expect(own.requests).toContain("POST /multi-search");
      expect(own.violations).toEqual([]);
    } finally {
      await own.stop();
    }
  });
});
