import { APPLICATION_STATES, type ApplicationState } from "~/domain/applications";
import { medianAllowancePerFullTime, medianHandlingDays, medianHourlyWage } from "~/domain/dashboard";
import { db } from "~/utils/db.server";
import { listMustResign } from "~/services/pact/pact-resign.server";

// The officer's dashboard. Every figure is an exact count or median over rows of the
// officer's own municipality; tests/integration/dashboard.test.ts checks each one
// against a hand count.

const DAY = 86_400_000;

/** How many of the nearest unpublish deadlines the dashboard lists. */
const NEAREST_DEADLINES = 5;

/** "2026-03" in Amsterdam time, so a report at 00:30 on 1 March counts in March. */
export function monthKey(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit" }).formatToParts(date);
  const year = parts.find((p) => p.type === "year")?.value;
  const month = parts.find((p) => p.type === "month")?.value;
  return `${year}-${month}`;
}

/** The twelve month keys ending with the month of `now`, oldest first. */
export function lastTwelveMonths(now: Date): string[] {
  const [y, m] = monthKey(now).split("-").map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const index = y * 12 + (m - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

export async function getDashboard(municipalityId: string, now: Date) {
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { name: true, fullTimeHours: true } });
  if (!municipality) return null;

  // Wide enough to cover the first of the twelve months; the month filter below trims it.
  const windowStart = new Date(now.getTime() - 400 * DAY);
  const [published, applications, reports, signaturesPending, closedReports, resign] = await Promise.all([
    db.internship.findMany({
      where: { municipalityId, status: "published" },
      select: {
        id: true,
        title: true,
        route: true,
        hoursPerWeek: true,
        monthlyAllowance: true,
        hourlyWageCents: true,
        payCheckRequired: true,
        flaggedAt: true,
        unpublishAfter: true,
        organisation: { select: { name: true, sector: true } },
      },
    }),
    db.application.findMany({
      where: { internship: { municipalityId } },
      select: { status: true, invitedAt: true },
    }),
    db.report.findMany({
      where: { municipalityId, createdAt: { gte: windowStart, lte: now } },
      select: { type: true, category: true, createdAt: true },
    }),
    db.pactSignature.count({ where: { status: "pending", organisation: { municipalityId } } }),
    // Handling time of the reports closed in the last twelve months.
    db.report.findMany({
      where: { municipalityId, closedAt: { gte: new Date(now.getTime() - 365 * DAY), lte: now } },
      select: { createdAt: true, closedAt: true },
    }),
    listMustResign(municipalityId, now),
  ]);

  // The amount as the pay check compares it: a monthly allowance (BOL) or an hourly wage in cents (BBL).
  const paid = (i: (typeof published)[number]) => (i.route === "BBL" ? i.hourlyWageCents : i.monthlyAllowance);
  // "Above the code": strictly more than the required amount stored with the pay check.
  const aboveCode = published.filter((i) => {
    const amount = paid(i);
    return i.payCheckRequired !== null && amount !== null && amount > i.payCheckRequired;
  }).length;

  // Below the code now: flagged after a rule change, still online until unpublishAfter.
  const flagged = published
    .filter((i) => i.flaggedAt !== null)
    .sort((a, b) => (a.unpublishAfter?.getTime() ?? Infinity) - (b.unpublishAfter?.getTime() ?? Infinity) || a.title.localeCompare(b.title));
  const belowCode = {
    count: flagged.length,
    nearest: flagged.slice(0, NEAREST_DEADLINES).map((i) => ({
      id: i.id,
      title: i.title,
      organisation: i.organisation.name,
      unpublishAfter: i.unpublishAfter?.toISOString() ?? null,
    })),
  };

  const bol = published.filter((i) => i.route !== "BBL");
  const bbl = published.filter((i) => i.route === "BBL");
  const sectors = [...new Set(published.map((i) => i.organisation.sector))].sort((a, b) => a.localeCompare(b));
  const medianBySector = sectors.map((sector) => {
    const bolHere = bol.filter((i) => i.organisation.sector === sector);
    const bblHere = bbl.filter((i) => i.organisation.sector === sector);
    return {
      sector,
      internships: bolHere.length,
      median: medianAllowancePerFullTime(bolHere, municipality.fullTimeHours),
      bblInternships: bblHere.length,
      bblHourlyMedianCents: medianHourlyWage(bblHere),
    };
  });

  const applicationsByStatus = Object.fromEntries(APPLICATION_STATES.map((s) => [s, 0])) as Record<ApplicationState, number>;
  for (const a of applications) {
    if (a.status in applicationsByStatus) applicationsByStatus[a.status as ApplicationState]++;
  }
  // An application counts as invited once an employer invited it, whatever happened next.
  const invited = applications.filter((a) => a.invitedAt !== null).length;

  const months = lastTwelveMonths(now);
  const reportCells = new Map<string, Map<string, number>>();
  for (const r of reports) {
    const month = monthKey(r.createdAt);
    if (!months.includes(month)) continue;
    const key = `${r.type}.${r.category}`;
    const row = reportCells.get(key) ?? new Map<string, number>();
    row.set(month, (row.get(month) ?? 0) + 1);
    reportCells.set(key, row);
  }
  const reportsByCategory = [...reportCells.entries()]
    .map(([key, row]) => ({
      key,
      counts: months.map((m) => row.get(m) ?? 0),
      total: [...row.values()].reduce((a, b) => a + b, 0),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));

  return {
    municipality: municipality.name,
    fullTimeHours: municipality.fullTimeHours,
    internshipsPublished: published.length,
    aboveCode: { count: aboveCode, total: published.length, share: published.length ? aboveCode / published.length : null },
    belowCode,
    mustResign: { count: resign.rows.length, overdue: resign.rows.filter((r) => r.overdue).length },
    reportHandling: { closed: closedReports.length, medianDays: medianHandlingDays(closedReports) },
    allowancePerFullTime: { internships: bol.length, median: medianAllowancePerFullTime(bol, municipality.fullTimeHours) },
    bblHourlyWage: { internships: bbl.length, medianCents: medianHourlyWage(bbl) },
    medianBySector,
    applicationsByStatus,
    invitation: { invited, total: applications.length, rate: applications.length ? invited / applications.length : null },
    reports: { months, rows: reportsByCategory },
    signaturesPending,
  };
}
