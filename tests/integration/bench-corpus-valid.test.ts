// The benchmarks' national-scale corpus (scripts/bench/search-corpus.ts) must hold only
// internships the product itself could hold: bench:http loads their pages, and a page
// that fails for a row no form would accept measures an error instead of the server.
import { describe, expect, it } from "vitest";
import { validatePayInput } from "~/domain/pay-code/input";
import { databaseFileFromUrl } from "~/search/embedded.server";
import { getPublishedInternshipPage } from "~/services/internships/internship-page.server";
import { db } from "~/utils/db.server";
import { writeCorpus } from "../../scripts/bench/search-corpus";

describe("the benchmark corpus", () => {
  it("holds BOL internships with an allowance and BBL ones with a wage, whose pages all load", async () => {
    writeCorpus(databaseFileFromUrl(process.env.DATABASE_URL!), 300, 7);
    const made = await db.internship.findMany({
      where: { id: { startsWith: "bench-int-" } },
      select: { id: true, route: true, hoursPerWeek: true, monthlyAllowance: true, hourlyWageCents: true },
    });
    expect(made).toHaveLength(300);
    expect(made.filter((i) => i.route === "BBL").length).toBeGreaterThan(20);
    for (const i of made) expect(() => validatePayInput({ ...i, route: i.route as "BOL" | "BBL", fullTimeHours: 36 }), i.id).not.toThrow();
    for (const i of made.filter((_, k) => k % 10 === 0)) expect(await getPublishedInternshipPage(i.id, new Date()), i.id).not.toBeNull();
  });
});
