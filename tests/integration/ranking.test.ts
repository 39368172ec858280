import { describe, expect, it } from "vitest";
import { RANKING_MIN_GROUP_SIZE } from "~/domain/ranking";
import { action as caseAction } from "~/routes/municipality/oversight/case";
import { action as decisionAction, loader as decisionLoader } from "~/routes/municipality/oversight/ranking-decisions";
import { action as reportAction } from "~/routes/public/publishing/report";
import { loader as rankingLoader } from "~/routes/public/publishing/ranking";
import { getPublicRanking, getRankingCandidates } from "~/services/ranking/ranking.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";
import { honeypotFields } from "../helpers/honeypot";

// A fixed clock: the seeded reports are dated relative to it.
const NOW = new Date("2026-11-01T09:00:00Z");

/** Reports straight into the database; substantiated unless said otherwise, as if an officer had assessed them. */
async function addReports(organisationName: string, reporterKeys: string[], { daysAgo = 10, substantiated = true as boolean | null } = {}) {
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
        substantiated,
        assessedAt: substantiated === null ? null : NOW,
        createdAt: new Date(NOW.getTime() - daysAgo * 86_400_000),
      },
    });
  }
  return organisation;
}

/** Organisations with a published internship in the group a label names (the whole municipality when it names none). */
async function groupSize(label: { sector: string | null; district: string | null }) {
  return db.organisation.count({
    where: {
      municipality: { slug: "amsterdam" },
      internships: { some: { status: "published" } },
      ...(label.sector ? { sector: label.sector } : {}),
      ...(label.district ? { district: { name: label.district } } : {}),
    },
  });
}

describe("the public ranking (k-anonymity, fixed clock)", () => {
  it("lists the seeded organisation with six substantiated reports from distinct reporters under a neutral label, without its name", async () => {
    const ranking = (await getPublicRanking("amsterdam", NOW))!;
    // Brasserie Bijlmerplein is the only hospitality employer in Zuidoost, so the label leaves the district out.
    expect(ranking.organisations).toEqual([{ label: { sector: "hospitality", n: 1, district: null }, name: null }]);
    expect(JSON.stringify(ranking)).not.toContain("Bijlmerplein");
    expect(JSON.stringify(ranking)).not.toContain("Zuidoost");
  });

  it("an organisation with reports from 4 distinct reporters never appears, however many reports; the 5th reporter brings it in", async () => {
    await addReports("Codefabriek Amsterdam", ["r1", "r2", "r3", "r4", "r1", "r2", "r3", "r4"]);
    let ranking = (await getPublicRanking("amsterdam", NOW))!;
    expect(ranking.organisations).toHaveLength(1);
    const technology = ranking.sectors.find((s) => s.sector === "technology")!;
    expect(technology).toMatchObject({ shown: false, reports: null, rate: null });
    await addReports("Codefabriek Amsterdam", ["r5"]);
    ranking = (await getPublicRanking("amsterdam", NOW))!;
    // Codefabriek is the only technology employer in Oost: the label says technology only.
    expect(ranking.organisations).toContainEqual({ label: { sector: "technology", n: 1, district: null }, name: null });
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
    // Kliniek Zuidas's one report is not assessed yet, so care has no substantiated report to count.
    expect(ranking.sectors.find((s) => s.sector === "care")).toMatchObject({ shown: true, reports: 0 });
  });

  it("reports older than 12 months do not count", async () => {
    const netwerkhuis = await addReports("Netwerkhuis West", ["o1", "o2", "o3", "o4", "o5"], { daysAgo: 400 });
    const { organisations } = await getRankingCandidates(netwerkhuis.municipalityId, NOW);
    expect(organisations.map((o) => o.organisationId)).not.toContain(netwerkhuis.id);
  });

  it("the rate is complaints per 100 internships on offer in the sector", async () => {
    const ranking = (await getPublicRanking("amsterdam", NOW))!;
    const hospitality = ranking.sectors.find((s) => s.sector === "hospitality")!;
    const internships = await db.internship.count({
      where: { municipality: { slug: "amsterdam" }, status: "published", organisation: { sector: "hospitality" } },
    });
    // Six substantiated complaints at Brasserie Bijlmerplein; Hotel Oosterdok's three reports are not assessed yet.
    expect(hospitality).toEqual({ sector: "hospitality", internships, shown: true, reports: 6, rate: Math.round((6 / internships) * 1000) / 10 });
  });

  it("an organisation is named only after an officer records that decision with a reason", async () => {
    const cookie = await cookieFor("officer");
    const brasserie = await db.organisation.findFirstOrThrow({ where: { name: "Brasserie Bijlmerplein" } });
    const run = (form: Record<string, string>) => decisionAction({ request: post("/gemeente/ranglijst", form, cookie), params: {}, context: {} });
    expect(await statusOf(() => run({ organisationId: brasserie.id, named: "yes", reason: "" }))).toBe(400);
    expect((await getPublicRanking("amsterdam", new Date()))!.organisations.every((o) => o.name === null)).toBe(true);
    expect(await statusOf(() => run({ organisationId: brasserie.id, named: "yes", reason: "Na twee waarschuwingen geen verbetering." }))).toBe(302);
    const named = (await getPublicRanking("amsterdam", new Date()))!.organisations;
    expect(named).toContainEqual({ label: { sector: "hospitality", n: 1, district: null }, name: "Brasserie Bijlmerplein" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ranking.name", organisationId: brasserie.id } });
    expect(JSON.parse(audit.details)).toEqual({ reason: "Na twee waarschuwingen geen verbetering." });
  });

  it("an officer cannot name an organisation that is not in the ranking, nor one of another municipality", async () => {
    const oosterdok = await db.organisation.findFirstOrThrow({ where: { name: "Hotel Oosterdok" } });
    const brasserie = await db.organisation.findFirstOrThrow({ where: { name: "Brasserie Bijlmerplein" } });
    const form = (id: string) => ({ organisationId: id, named: "yes", reason: "Zonder grond genoemd." });
    expect(
      await statusOf(async () =>
        decisionAction({ request: post("/gemeente/ranglijst", form(oosterdok.id), await cookieFor("officer")), params: {}, context: {} }),
      ),
    ).toBe(404);
    expect(
      await statusOf(async () =>
        decisionAction({ request: post("/gemeente/ranglijst", form(brasserie.id), await cookieFor("officerAlmere")), params: {}, context: {} }),
      ),
    ).toBe(404);
    expect(await statusOf(async () => decisionLoader(loaderArgs(get("/gemeente/ranglijst", await cookieFor("employer")))))).toBe(403);
  });

  it("the officers' candidates are scoped to their municipality", async () => {
    const almere = await db.municipality.findUniqueOrThrow({ where: { slug: "almere" } });
    expect((await getRankingCandidates(almere.id, NOW)).organisations).toEqual([]);
  });
});

describe("only substantiated reports from 5 distinct reporters count", () => {
  // Reports through the form are dated by the real clock, so these checks read the ranking as of now.
  const inRanking = async (organisation: { id: string; municipalityId: string }, at = NOW) =>
    (await getRankingCandidates(organisation.municipalityId, at)).organisations.some((o) => o.organisationId === organisation.id);

  it("five substantiated reports from one reporter do not bring an organisation in", async () => {
    const organisation = await addReports("Servicedesk Nieuw-West", ["same", "same", "same", "same", "same"]);
    expect(await inRanking(organisation)).toBe(false);
  });

  it("five unassessed reports from distinct reporters do not bring an organisation in, nor do five assessed as not substantiated", async () => {
    const organisation = await addReports("Installatiebedrijf Van Dam & Zn", ["u1", "u2", "u3", "u4", "u5"], { substantiated: null });
    await addReports("Installatiebedrijf Van Dam & Zn", ["n1", "n2", "n3", "n4", "n5"], { substantiated: false });
    expect(await inRanking(organisation)).toBe(false);
  });

  it("five anonymous reports through the form count only once an officer assesses each as substantiated", async () => {
    const datalab = await db.organisation.findFirstOrThrow({ where: { name: "Datalab Zuidoost" } });
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const request = post("/melden", {
        ...honeypotFields(),
        municipalityId: datalab.municipalityId,
        subject: "complaint:no_supervision",
        organisation: datalab.name,
        description: `Geen begeleiding, melding ${n}.`,
      });
      const result = (await reportAction({ request, params: {}, context: { rateLimited: false } })) as unknown as { data: { reference: string } };
      ids.push((await db.report.findUniqueOrThrow({ where: { reference: result.data.reference } })).id);
    }
    expect(await inRanking(datalab, new Date())).toBe(false);
    const cookie = await cookieFor("officer");
    for (const id of ids) {
      const form = { intent: "status", status: "in_progress", assessment: "substantiated" };
      expect(await statusOf(() => caseAction({ request: post(`/gemeente/meldingen/${id}`, form, cookie), params: { id }, context: {} }))).toBe(302);
    }
    expect(await inRanking(datalab, new Date())).toBe(true);
  });
});

describe("labels name only groups of at least 5 organisations with published internships", () => {
  it("no label on /ranglijst names a group of fewer than 5 such organisations, on the seed data with more organisations listed", async () => {
    // Bring one organisation of several sectors and districts into the ranking.
    for (const name of ["Kliniek Zuidas", "Jeugdzorg Zuidoost", "Modehuis Kalverstraat", "Koeriers Collectief", "Mediahuis Oost", "Café De Vijzel"]) {
      await addReports(
        name,
        ["g1", "g2", "g3", "g4", "g5"].map((k) => `${name}-${k}`),
      );
    }
    const { ranking } = (await rankingLoader(loaderArgs(get("/ranglijst?gemeente=amsterdam")))) as Awaited<ReturnType<typeof rankingLoader>>;
    expect(ranking.organisations.length).toBeGreaterThanOrEqual(5);
    for (const { label } of ranking.organisations) {
      expect(await groupSize(label), JSON.stringify(label)).toBeGreaterThanOrEqual(RANKING_MIN_GROUP_SIZE);
      if (label.sector) expect(await groupSize({ sector: label.sector, district: null })).toBeGreaterThanOrEqual(RANKING_MIN_GROUP_SIZE);
    }
    // Retail and logistics hold fewer than 5 publishing organisations: those entries say "employer n".
    expect(ranking.organisations.filter((o) => o.label.sector === null).length).toBeGreaterThan(0);
  });
});
