import { APPLICATION_STATES, type ApplicationState } from "~/domain/applications";
import { db } from "~/utils/db.server";

// The officer's dashboard. Every figure is an exact count or median over rows of the
// officer's own municipality; tests/integration/dashboard.test.ts checks each one
// against a hand count.

const DAY = 86_400_000;

/** The middle value (mean of the two middle values for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

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
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { name: true } });
  if (!municipality) return null;

  // Wide enough to cover the first of the twelve months; the month filter below trims it.
  const windowStart = new Date(now.getTime() - 400 * DAY);
  const [published, applications, reports, signaturesPending] = await Promise.all([
    db.internship.findMany({
      where: { municipalityId, status: "published" },
      select: { monthlyAllowance: true, payCheckRequired: true, organisation: { select: { sector: true } } },
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
  ]);

  // "Above the code": strictly more than the required amount stored with the pay check.
  const aboveCode = published.filter((i) => i.payCheckRequired !== null && i.monthlyAllowance > i.payCheckRequired).length;

  const bySector = new Map<string, number[]>();
  for (const i of published) {
    const list = bySector.get(i.organisation.sector) ?? [];
    list.push(i.monthlyAllowance);
    bySector.set(i.organisation.sector, list);
  }
  const medianBySector = [...bySector.entries()]
    .map(([sector, amounts]) => ({ sector, internships: amounts.length, median: median(amounts)! }))
    .sort((a, b) => a.sector.localeCompare(b.sector));

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
    internshipsPublished: published.length,
    aboveCode: { count: aboveCode, total: published.length, share: published.length ? aboveCode / published.length : null },
    medianBySector,
    applicationsByStatus,
    invitation: { invited, total: applications.length, rate: applications.length ? invited / applications.length : null },
    reports: { months, rows: reportsByCategory },
    signaturesPending,
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;
