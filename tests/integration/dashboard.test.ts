import { describe, expect, it } from "vitest";
import { loader as dashboardLoader } from "~/routes/municipality/oversight/dashboard";
import { getDashboard, lastTwelveMonths, monthKey } from "~/services/dashboard/dashboard.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, statusOf } from "../helpers/requests";

// Every figure on the dashboard against a small municipality counted by hand.
const NOW = new Date("2026-11-15T12:00:00Z");

async function fixture() {
  const municipality = await db.municipality.create({
    data: { slug: "telgemeente", name: "Telgemeente" },
  });
  const base = {
    street: "Straat",
    houseNumber: "1",
    postcode: "1234 AB",
    city: "Tel",
    municipalityId: municipality.id,
    contactName: "HR",
    contactEmail: "hr@tel.test",
    kind: "private",
  };
  const horeca = await db.organisation.create({
    data: {
      ...base,
      name: "Tel Horeca",
      kvkNumber: "99000001",
      sector: "hospitality",
    },
  });
  const zorg = await db.organisation.create({
    data: {
      ...base,
      name: "Tel Zorg",
      kvkNumber: "99000002",
      sector: "care",
      kind: "subsidised",
    },
  });
  const version = await db.pactVersion.create({
    data: {
      municipalityId: municipality.id,
      version: 1,
      titleNl: "P",
      titleEn: "P",
      textNl: "P",
      textEn: "P",
      validFrom: new Date("2026-01-01"),
      validUntil: new Date("2026-09-30T22:00:00Z"),
    },
  });
  // Version 2 in force since 1 October (Amsterdam): everyone on version 1 must sign again
  // by 30 November (60 days), unless a deadline was stored.
  await db.pactVersion.create({
    data: {
      municipalityId: municipality.id,
      version: 2,
      titleNl: "P2",
      titleEn: "P2",
      textNl: "P2",
      textEn: "P2",
      validFrom: new Date("2026-09-30T22:00:00Z"),
    },
  });
  const bouw = await db.organisation.create({
    data: { ...base, name: "Tel Bouw", kvkNumber: "99000003", sector: "construction" },
  });
  await db.pactSignature.create({
    data: {
      organisationId: bouw.id,
      pactVersionId: version.id,
      signerName: "A",
      signerRole: "B",
      status: "approved",
      resignBy: new Date("2026-11-10T23:00:00Z"),
    },
  });
  await db.pactSignature.create({
    data: {
      organisationId: zorg.id,
      pactVersionId: version.id,
      signerName: "A",
      signerRole: "B",
      status: "pending",
    },
  });
  await db.pactSignature.create({
    data: {
      organisationId: horeca.id,
      pactVersionId: version.id,
      signerName: "A",
      signerRole: "B",
      status: "approved",
    },
  });

  const internship = (
    organisationId: string,
    pay: { monthly?: number; hourlyCents?: number; hours?: number; required: number },
    status = "published",
    unpublishAfter: string | null = null,
  ) =>
    db.internship.create({
      data: {
        organisationId,
        municipalityId: municipality.id,
        title: `Stage ${pay.monthly ?? pay.hourlyCents}`,
        description: "Stage",
        level: 2,
        route: pay.hourlyCents === undefined ? "BOL" : "BBL",
        hoursPerWeek: pay.hours ?? 36,
        monthlyAllowance: pay.monthly ?? null,
        hourlyWageCents: pay.hourlyCents ?? null,
        payCheckRequired: pay.required,
        startDate: new Date("2027-01-01"),
        durationWeeks: 20,
        locationCity: "Tel",
        trainerName: "T",
        trainerEmail: "t@tel.test",
        learningGoals: "Leren",
        status,
        publishedAt: status === "published" ? new Date("2026-10-01") : null,
        flaggedAt: unpublishAfter ? new Date("2026-11-01") : null,
        unpublishAfter: unpublishAfter ? new Date(unpublishAfter) : null,
      },
    });
  // Per full-time month (36 hours): 400, 450, 500 (€250 for 18 h), 380 (flagged).
  const h1 = await internship(horeca.id, { monthly: 400, required: 400 });
  await internship(horeca.id, { monthly: 450, required: 400 });
  await internship(horeca.id, { monthly: 250, hours: 18, required: 200 });
  await internship(horeca.id, { hourlyCents: 1500, required: 1400 });
  await internship(horeca.id, { monthly: 380, required: 425 }, "published", "2026-11-30T23:00:00Z");
  await internship(horeca.id, { monthly: 100, required: 400 }, "draft");
  // 500, and 600 for 40 hours: more than full time counts as full time, so still 600.
  await internship(zorg.id, { monthly: 500, required: 500 });
  await internship(zorg.id, { monthly: 600, hours: 40, required: 500 });
  await internship(zorg.id, { hourlyCents: 1900, required: 1900 }, "published", "2026-11-19T23:00:00Z");
  await internship(zorg.id, { hourlyCents: 2100, required: 1900 });

  const statuses: [string, boolean][] = [
    ["submitted", false],
    ["in_review", false],
    ["invited", true],
    ["rejected", false],
    ["accepted", true],
  ];
  for (const [i, [status, invited]] of statuses.entries()) {
    await db.application.create({
      data: {
        internshipId: h1.id,
        pseudonym: `Tel-${i}`,
        status,
        motivationScrubbed: "m",
        invitedAt: invited ? new Date("2026-10-10") : null,
      },
    });
  }
  const report = (type: string, category: string, createdAt: string, closedAt: string | null = null) =>
    db.report.create({
      data: {
        reference: `SP-TEL0-${category.slice(0, 4).toUpperCase()}-${createdAt.slice(0, 10)}`,
        municipalityId: municipality.id,
        type,
        category,
        description: "d",
        reporterKey: createdAt,
        createdAt: new Date(createdAt),
        ...(closedAt ? { status: "closed", closedAt: new Date(closedAt) } : {}),
      },
    });
  await report("complaint", "unsafe", "2026-11-02T10:00:00Z", "2026-11-04T10:00:00Z"); // 2 days
  await report("complaint", "unsafe", "2026-11-03T10:00:00Z", "2026-11-04T22:00:00Z"); // 1.5 days
  await report("discrimination", "origin", "2026-10-31T23:30:00Z"); // 00:30 on 1 November in Amsterdam; open
  await report("discrimination", "origin", "2025-10-20T10:00:00Z", "2025-10-25T10:00:00Z"); // older than the twelve months shown
  return municipality;
}

describe("the officer's dashboard", () => {
  it("computes every figure exactly", async () => {
    const municipality = await fixture();
    const d = (await getDashboard(municipality.id, NOW))!;
    expect(d.internshipsPublished).toBe(9);
    // 450 > 400, 250 > 200, €15 > €14 an hour, 600 > 500, €21 > €19.
    expect(d.aboveCode).toEqual({ count: 5, total: 9, share: 5 / 9 });
    expect(d.belowCode.count).toBe(2);
    expect(d.belowCode.nearest.map((i) => [i.title, i.organisation, i.unpublishAfter])).toEqual([
      ["Stage 1900", "Tel Zorg", "2026-11-19T23:00:00.000Z"],
      ["Stage 380", "Tel Horeca", "2026-11-30T23:00:00.000Z"],
    ]);
    // Tel Horeca (approved) and Tel Zorg (pending) by 30 November; Tel Bouw's stored 10 November has passed.
    expect(d.mustResign).toEqual({ count: 3, overdue: 1 });
    // Median of 2 and 1.5 days, to one decimal; the open one and the one closed 13 months ago do not count.
    expect(d.reportHandling).toEqual({ closed: 2, medianDays: 1.8 });
    // Per full-time month: 380, 400, 450, 500, 500, 600 (raw amounts would give 425).
    expect(d.allowancePerFullTime).toEqual({ internships: 6, median: 475 });
    expect(d.bblHourlyWage).toEqual({ internships: 3, medianCents: 1900 });
    expect(d.medianBySector).toEqual([
      { sector: "care", internships: 2, median: 550, bblInternships: 2, bblHourlyMedianCents: 2000 },
      // 380, 400, 450, 500 → 425 (raw 250, 380, 400, 450 → 390).
      { sector: "hospitality", internships: 4, median: 425, bblInternships: 1, bblHourlyMedianCents: 1500 },
    ]);
    expect(d.applicationsByStatus).toEqual({
      submitted: 1,
      in_review: 1,
      invited: 1,
      accepted: 1,
      rejected: 1,
      withdrawn: 0,
      closed_without_response: 0,
    });
    expect(d.invitation).toEqual({ invited: 2, total: 5, rate: 0.4 });
    expect(d.signaturesPending).toBe(1);
    expect(d.reports.months[0]).toBe("2025-12");
    expect(d.reports.months[11]).toBe("2026-11");
    const row = (key: string) => d.reports.rows.find((r) => r.key === key);
    expect(row("complaint.unsafe")?.counts[11]).toBe(2);
    expect(row("complaint.unsafe")?.total).toBe(2);
    expect(row("discrimination.origin")?.counts[11]).toBe(1);
    expect(row("discrimination.origin")?.total).toBe(1);
  });

  it("an empty municipality shows zeros and no rates rather than made-up numbers", async () => {
    const empty = await db.municipality.create({
      data: { slug: "leeg", name: "Leeg" },
    });
    const d = (await getDashboard(empty.id, NOW))!;
    expect(d.internshipsPublished).toBe(0);
    expect(d.aboveCode.share).toBeNull();
    expect(d.invitation.rate).toBeNull();
    expect(d.medianBySector).toEqual([]);
    expect(d.reports.rows).toEqual([]);
    expect(d.belowCode).toEqual({ count: 0, nearest: [] });
    expect(d.mustResign).toEqual({ count: 0, overdue: 0 });
    expect(d.reportHandling).toEqual({ closed: 0, medianDays: null });
    expect(d.allowancePerFullTime.median).toBeNull();
    expect(d.bblHourlyWage.medianCents).toBeNull();
  });

  it("months follow Amsterdam time", () => {
    expect(monthKey(new Date("2026-10-31T23:30:00Z"))).toBe("2026-11");
    expect(lastTwelveMonths(new Date("2026-01-10T12:00:00Z"))).toEqual([
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
    ]);
  });

  it("the dashboard is for officers, each seeing their own municipality", async () => {
    expect(await statusOf(async () => dashboardLoader(loaderArgs(get("/gemeente/dashboard", await cookieFor("employer")))))).toBe(403);
    const almere = (await dashboardLoader(loaderArgs(get("/gemeente/dashboard", await cookieFor("officerAlmere"))))) as {
      dashboard: { municipality: string; internshipsPublished: number };
    };
    expect(almere.dashboard.municipality).toBe("Almere");
    expect(almere.dashboard.internshipsPublished).toBe(
      await db.internship.count({
        where: { status: "published", municipality: { slug: "almere" } },
      }),
    );
  });
});
