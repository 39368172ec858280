import { describe, expect, it } from "vitest";
import { action as decisionAction, loader as decisionLoader } from "~/routes/municipality/oversight/ranking-decisions";
import { getPublicRanking, getRankingCandidates } from "~/services/ranking.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

// A fixed clock: the seeded reports are dated relative to it.
const NOW = new Date("2026-11-01T09:00:00Z");

async function addReports(organisationName: string, reporterKeys: string[], daysAgo = 10) {
  const organisation = await db.organisation.findFirstOrThrow({ where: { name: organisationName } });
  for (const [i, key] of reporterKeys.entries()) {
    await db.report.create({
      data: {
        reference: `SP-RANK-${key.padEnd(4, "0").slice(0, 4).toUpperCase()}-${String(i).padStart(4, "0")}${Math.random().toString(36).slice(2, 6)}`,
        municipalityId: organisation.municipalityId,
        type: "complaint",
        category: "no_supervision",
        description: "Test",
        organisationId: organisation.id,
        reporterKey: key,
        createdAt: new Date(NOW.getTime() - daysAgo * 86_400_000),
      },
    });
  }
  return organisation;
}

describe("the public ranking (k-anonymity, fixed clock)", () => {
  it("lists the seeded organisation with six distinct reporters under a neutral label, without its name", async () => {
    const ranking = (await getPublicRanking("amsterdam", NOW))!;
    expect(ranking.organisations).toEqual([{ label: { sector: "hospitality", n: 1, district: "Zuidoost" }, name: null }]);
    expect(JSON.stringify(ranking)).not.toContain("Bijlmerplein");
  });

  it("an organisation with reports from 4 distinct reporters never appears, however many reports; the 5th reporter brings it in", async () => {
    await addReports("Codefabriek Amsterdam", ["r1", "r2", "r3", "r4", "r1", "r2", "r3", "r4"]);
    let ranking = (await getPublicRanking("amsterdam", NOW))!;
    expect(ranking.organisations).toHaveLength(1);
    const technology = ranking.sectors.find((s) => s.sector === "technology")!;
    expect(technology).toMatchObject({ shown: false, reports: null, rate: null });
    await addReports("Codefabriek Amsterdam", ["r5"]);
    ranking = (await getPublicRanking("amsterdam", NOW))!;
    expect(ranking.organisations).toContainEqual({ label: { sector: "technology", n: 1, district: "Oost" }, name: null });
    expect(ranking.sectors.find((s) => s.sector === "technology")).toMatchObject({ shown: true, reports: 9 });
  });

  it("no count below 5 reporters reaches the public output", async () => {
    const ranking = (await getPublicRanking("amsterdam", NOW))!;
    // Hotel Oosterdok has three discrimination reports from two reporters; Kliniek Zuidas one.
    const json = JSON.stringify(ranking);
    expect(json).not.toContain("Oosterdok");
    expect(json).not.toContain("Zuidas");
    expect(json).not.toMatch(/reporterKey|organisationId/);
    for (const sector of ranking.sectors) {
      if (sector.shown) expect(sector.reports === 0 || sector.reports >= 5).toBe(true);
      else expect([sector.reports, sector.rate]).toEqual([null, null]);
    }
    const care = ranking.sectors.find((s) => s.sector === "care")!;
    expect(care.shown).toBe(false);
  });

  it("reports older than 12 months do not count", async () => {
    await addReports("Netwerkhuis West", ["o1", "o2", "o3", "o4", "o5"], 400);
    const ranking = (await getPublicRanking("amsterdam", NOW))!;
    expect(ranking.organisations.some((o) => o.label.district === "West" && o.label.sector === "technology")).toBe(false);
  });

  it("the rate is complaints per 100 internships on offer in the sector", async () => {
    const ranking = (await getPublicRanking("amsterdam", NOW))!;
    const hospitality = ranking.sectors.find((s) => s.sector === "hospitality")!;
    const internships = await db.internship.count({
      where: { municipality: { slug: "amsterdam" }, status: "published", organisation: { sector: "hospitality" } },
    });
    // Six complaints at Brasserie Bijlmerplein plus three discrimination reports at Hotel Oosterdok: 8 distinct reporters.
    expect(hospitality).toEqual({ sector: "hospitality", internships, shown: true, reports: 9, rate: Math.round((9 / internships) * 1000) / 10 });
  });

  it("an organisation is named only after an officer records that decision with a reason", async () => {
    const cookie = await cookieFor("officer");
    const brasserie = await db.organisation.findFirstOrThrow({ where: { name: "Brasserie Bijlmerplein" } });
    const run = (form: Record<string, string>) => decisionAction({ request: post("/gemeente/ranglijst", form, cookie), params: {}, context: {} });
    expect(await statusOf(() => run({ organisationId: brasserie.id, named: "yes", reason: "" }))).toBe(400);
    expect((await getPublicRanking("amsterdam", new Date()))!.organisations.every((o) => o.name === null)).toBe(true);
    expect(await statusOf(() => run({ organisationId: brasserie.id, named: "yes", reason: "Na twee waarschuwingen geen verbetering." }))).toBe(302);
    const named = (await getPublicRanking("amsterdam", new Date()))!.organisations;
    expect(named).toContainEqual({ label: { sector: "hospitality", n: 1, district: "Zuidoost" }, name: "Brasserie Bijlmerplein" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ranking.name", organisationId: brasserie.id } });
    expect(JSON.parse(audit.details)).toEqual({ reason: "Na twee waarschuwingen geen verbetering." });
  });

  it("an officer cannot name an organisation that is not in the ranking, nor one of another municipality", async () => {
    const oosterdok = await db.organisation.findFirstOrThrow({ where: { name: "Hotel Oosterdok" } });
    const brasserie = await db.organisation.findFirstOrThrow({ where: { name: "Brasserie Bijlmerplein" } });
    const form = (id: string) => ({ organisationId: id, named: "yes", reason: "Zonder grond genoemd." });
    expect(await statusOf(async () => decisionAction({ request: post("/gemeente/ranglijst", form(oosterdok.id), await cookieFor("officer")), params: {}, context: {} }))).toBe(404);
    expect(await statusOf(async () => decisionAction({ request: post("/gemeente/ranglijst", form(brasserie.id), await cookieFor("officerAlmere")), params: {}, context: {} }))).toBe(404);
    expect(await statusOf(async () => decisionLoader(loaderArgs(get("/gemeente/ranglijst", await cookieFor("employer")))))).toBe(403);
  });

  it("the officers' candidates are scoped to their municipality", async () => {
    const almere = await db.municipality.findUniqueOrThrow({ where: { slug: "almere" } });
    expect((await getRankingCandidates(almere.id, NOW)).organisations).toEqual([]);
  });
});
