// Distance searches over an index large enough that the in-memory engine puts only the
// first pages in order (a partial sort) instead of sorting every match: the answers must
// be those of the SQL engine (ORDER BY the distance in whole metres, newest first among
// equals), on the first page, deep pages and the last one, with text and filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchDocument } from "~/search/document";
import { loadAllPublished } from "~/search/documents.server";
import { EmbeddedSearchEngine, databaseFileFromUrl } from "~/search/embedded.server";
import { parseSearchQuery } from "~/search/query";
import { db } from "~/utils/db.server";
import { prng } from "../../scripts/bench/search-corpus";

const q = (qs: string) => parseSearchQuery(new URLSearchParams(qs));
const centre = { latitude: 52.3676, longitude: 4.9041 };

describe("distance searches in a larger embedded index", () => {
  const file = () => databaseFileFromUrl(process.env.DATABASE_URL!);
  let sql: EmbeddedSearchEngine;
  let memory: EmbeddedSearchEngine;

  beforeAll(async () => {
    const seeded = await loadAllPublished(db, new Date());
    const random = prng(3);
    const made: SearchDocument[] = [];
    for (let i = 0; i < 3_000; i++) {
      const base = seeded[i % seeded.length];
      // Every tenth shares the address of the one before (equal distances: newest first
      // decides), a few have no coordinates, the rest are spread over some 60 × 60 km.
      const previous = made[made.length - 1];
      const coordinates =
        i % 10 === 9 && previous
          ? { latitude: previous.latitude, longitude: previous.longitude }
          : random() < 0.03
            ? { latitude: null, longitude: null }
            : { latitude: centre.latitude + (random() - 0.5) * 0.55, longitude: centre.longitude + (random() - 0.5) * 0.9 };
      made.push({ ...base, id: `distance-${i}`, ...coordinates, publishedAt: base.publishedAt - Math.floor(random() * 50) * 86_400_000 });
    }
    sql = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "sql" });
    memory = new EmbeddedSearchEngine(file(), { cache: false, facetMode: "memory" });
    await sql.reset();
    await sql.upsert([...seeded, ...made]);
  });
  afterAll(() => {
    sql.close();
    memory.close();
  });

  it.each([
    "bij=1012&afstand=50&sorteer=afstand",
    "bij=1012&afstand=20&sorteer=afstand&pagina=2",
    "bij=1012&afstand=20&sorteer=afstand&pagina=40",
    "bij=1012&afstand=10&sorteer=afstand&pagina=9999",
    "bij=1012&afstand=5&sorteer=afstand",
    "bij=1012&afstand=10&sorteer=afstand&q=kok",
    "bij=1012&afstand=20&sorteer=afstand&sector=care&pact=1",
    "bij=1012&afstand=10",
    "bij=1012&afstand=20&q=zorg&niveau=2",
    "bij=1012&afstand=50&vergoeding=500&pagina=3",
  ])("gives the same answer with facets in SQL and in memory: %s", async (qs) => {
    const query = { ...q(qs), origin: centre };
    const a = await sql.search(query, { pageSize: 7 });
    const b = await memory.search(query, { pageSize: 7 });
    expect(a.total, "matches").toBeGreaterThan(0);
    expect(b.total).toBe(a.total);
    expect(b.page).toBe(a.page);
    expect(b.hits.map((h) => h.id)).toEqual(a.hits.map((h) => h.id));
    expect(b.hits.map((h) => h.distanceKm)).toEqual(a.hits.map((h) => h.distanceKm));
    expect(b.facets).toEqual(a.facets);
  });

  it("orders every match nearest first across all pages, each once", async () => {
    const query = { ...q("bij=1012&afstand=10&sorteer=afstand"), origin: centre };
    const first = await memory.search(query, { pageSize: 50 });
    expect(first.pageCount, "several pages").toBeGreaterThan(3);
    const hits = [...first.hits];
    for (let page = 2; page <= first.pageCount; page++) hits.push(...(await memory.search({ ...query, page }, { pageSize: 50 })).hits);
    expect(hits.length).toBe(first.total);
    expect(new Set(hits.map((h) => h.id)).size).toBe(first.total);
    const metres = hits.map((h) => Math.round(h.distanceKm! * 1000));
    expect(metres).toEqual([...metres].sort((x, y) => x - y));
  });
});
