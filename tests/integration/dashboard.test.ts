import { describe, expect, it } from "vitest";
import { loader as dashboardLoader } from "~/routes/municipality/oversight/dashboard";
import {
  getDashboard,
  lastTwelveMonths,
  median,
  monthKey,
} from "~/services/dashboard.server";
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
    monthlyAllowance: number,
    payCheckRequired: number,
    status = "published"
  ) =>
    db.internship.create({
      data: {
        organisationId,
        municipalityId: municipality.id,
        title: "Stage",
        description: "Stage",
        level: 2,
        hoursPerWeek: 36,
        monthlyAllowance,
        payCheckRequired,
        startDate: new Date("2027-01-01"),
        durationWeeks: 20,
        locationCity: "Tel",
        trainerName: "T",
        trainerEmail: "t@tel.test",
        learningGoals: "Leren",
        status,
        publishedAt: status === "published" ? new Date("2026-10-01") : null,
      },
    });
  const [h1] = [
    await internship(horeca.id, 400, 400),
    await internship(horeca.id, 450, 400),
    await internship(horeca.id, 500, 400),
  ];
  await internship(zorg.id, 500, 500);
  await internship(zorg.id, 600, 500);
  await internship(horeca.id, 100, 400, "draft");

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
  const report = (type: string, category: string, createdAt: string) =>
    db.report.create({
      data: {
        reference: `SP-TEL0-${category
          .slice(0, 4)
          .toUpperCase()}-${createdAt.slice(0, 10)}`,
        municipalityId: municipality.id,
        type,
        category,
        description: "d",
        reporterKey: createdAt,
        createdAt: new Date(createdAt),
      },
    });
  await report("complaint", "unsafe", "2026-11-02T10:00:00Z");
  await report("complaint", "unsafe", "2026-11-03T10:00:00Z");
  await report("discrimination", "origin", "2026-10-31T23:30:00Z"); // 00:30 on 1 November in Amsterdam
  await report("discrimination", "origin", "2025-10-20T10:00:00Z"); // older than the twelve months shown
  return municipality;
}

describe("the officer's dashboard", () => {
  it("computes every figure exactly", async () => {
    const municipality = await fixture();
    const d = (await getDashboard(municipality.id, NOW))!;
    expect(d.internshipsPublished).toBe(5);
    expect(d.aboveCode).toEqual({ count: 3, total: 5, share: 0.6 });
    expect(d.medianBySector).toEqual([
      { sector: "care", internships: 2, median: 550 },
      { sector: "hospitality", internships: 3, median: 450 },
    ]);
    expect(d.applicationsByStatus).toEqual({
      submitted: 1,
      in_review: 1,
      invited: 1,
      accepted: 1,
      rejected: 1,
      withdrawn: 0,
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
  });

  it.each([
    [[], null],
    [[400], 400],
    [[500, 400], 450],
    [[600, 400, 500], 500],
    [[400, 400, 1000, 450], 425],
  ])("the median of %j is %s", (values, expected) => {
    expect(median(values)).toBe(expected);
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
    expect(
      await statusOf(async () =>
        dashboardLoader(
          loaderArgs(get("/gemeente/dashboard", await cookieFor("employer")))
        )
      )
    ).toBe(403);
    const almere = (await dashboardLoader(
      loaderArgs(get("/gemeente/dashboard", await cookieFor("officerAlmere")))
    )) as { dashboard: { municipality: string; internshipsPublished: number } };
    expect(almere.dashboard.municipality).toBe("Almere");
    expect(almere.dashboard.internshipsPublished).toBe(
      await db.internship.count({
        where: { status: "published", municipality: { slug: "almere" } },
      })
    );
  });
});
