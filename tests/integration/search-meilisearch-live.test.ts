// Runs only when MEILI_HOST points at a real Meilisearch (e.g. `docker run -p 7700:7700
// getmeili/meilisearch` elsewhere): the same documents and queries against the real thing.
import { describe, expect, it } from "vitest";
import { loadAllPublished } from "~/search/documents.server";
import { MeilisearchEngine } from "~/search/meilisearch.server";
import { parseSearchQuery } from "~/search/query";
import { db } from "~/utils/db.server";

const host = process.env.MEILI_HOST;

describe.skipIf(!host)("a live Meilisearch server", () => {
  it("indexes the published internships and answers searches with facets", async () => {
    const engine = new MeilisearchEngine(host!, process.env.MEILI_API_KEY, { timeout: 10_000 });
    const documents = await loadAllPublished(db, new Date());
    await engine.reset();
    await engine.upsert(documents);
    expect(await engine.count()).toBe(documents.length);
    const all = await engine.search(parseSearchQuery(new URLSearchParams("")), { pageSize: 10 });
    expect(all.total).toBe(documents.length);
    const care = await engine.search(parseSearchQuery(new URLSearchParams("sector=care&pact=1")), { pageSize: 100 });
    expect(care.total).toBe(documents.filter((d) => d.sector === "care" && d.pactSignatory).length);
    expect(care.facets.sector.find((f) => f.value === "hospitality")?.count).toBe(
      documents.filter((d) => d.sector === "hospitality" && d.pactSignatory).length,
    );
    // Typo tolerance, which the embedded engine does not have.
    const typo = await engine.search(parseSearchQuery(new URLSearchParams("q=verpleegkundlge")), { pageSize: 10 });
    expect(typo.total).toBeGreaterThan(0);
  });
});
