// With MEILI_HOST set and Meilisearch not answering, search falls back to the embedded
// engine with a warning, and the outbox keeps the change for a later attempt. The
// Meilisearch server here is a FAKE of an external service (search-fake-meilisearch.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseSearchQuery } from "~/search/query";
import { FakeMeilisearch } from "./search-fake-meilisearch";

const fake = new FakeMeilisearch("fallback-key");

beforeAll(async () => {
  process.env.MEILI_HOST = await fake.start();
  process.env.MEILI_API_KEY = "fallback-key";
});
afterAll(() => fake.stop());

describe("when Meilisearch does not answer", () => {
  it("start-up leaves it for later with a warning, and builds it once it answers while holding too few internships", async () => {
    const { enginesToBuild, ensureSearchIndex } = await import("~/search/search.server");
    await ensureSearchIndex();
    fake.down = true;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await enginesToBuild()).toEqual([]);
    expect(warn.mock.calls.some(([message]) => String(message).includes("Meilisearch did not answer"))).toBe(true);
    warn.mockRestore();
    // An empty Meilisearch next to a built embedded index (MEILI_HOST set on an existing installation).
    fake.down = false;
    expect((await enginesToBuild()).map((e) => e.name)).toEqual(["meilisearch"]);
  });

  it("search uses the embedded engine and logs a warning instead of failing the page", async () => {
    const { searchInternships } = await import("~/search/search.server");
    const { db } = await import("~/utils/db.server");
    fake.down = true;
    const { metrics } = await import("~/utils/metrics.server");
    const fallbacksBefore = (await metrics().searchFallbacks.get()).values[0]?.value ?? 0;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await searchInternships(parseSearchQuery(new URLSearchParams("")), { pageSize: 5 });
    expect(result.engine).toBe("embedded");
    // Counted for /metrics (stagepact_search_fallbacks_total).
    expect((await metrics().searchFallbacks.get()).values[0]?.value).toBe(fallbacksBefore + 1);
    expect(result.total).toBe(await db.internship.count({ where: { status: "published" } }));
    expect(warn.mock.calls.some(([message]) => String(message).includes("Meilisearch did not answer"))).toBe(true);
    warn.mockRestore();
  });

  it("the outbox keeps changes until both engines confirmed, then Meilisearch serves search", async () => {
    const { relayOutbox, searchInternships, rebuildAll, enginesToBuild } = await import("~/search/search.server");
    const { enqueueSearchUpdate } = await import("~/search/search-outbox.server");
    const { db } = await import("~/utils/db.server");
    const internship = await db.internship.findFirstOrThrow({ where: { status: "published" } });
    await enqueueSearchUpdate(db, "internship", internship.id);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const failed = await relayOutbox(new Date(Date.now() + 1000));
    expect(failed.failed).toBeGreaterThan(0);
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBeGreaterThan(0);
    warn.mockRestore();

    fake.down = false;
    await rebuildAll();
    expect(await enginesToBuild()).toEqual([]);
    const relayed = await relayOutbox(new Date(Date.now() + 3_600_000));
    expect(relayed.failed).toBe(0);
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
    const result = await searchInternships(parseSearchQuery(new URLSearchParams("sector=care")), { pageSize: 5 });
    expect(result.engine).toBe("meilisearch");
    expect(result.total).toBe(await db.internship.count({ where: { status: "published", organisation: { sector: "care" } } }));
    expect(fake.violations).toEqual([]);
  });
});
