// The arithmetic behind the officer's dashboard (DESIGN §3.7): medians that compare like
// with like. A 16-hour internship at €250 pays as much per hour as a 36-hour one at
// €562.50, so allowances are compared per full-time equivalent, never raw.

const DAY_MS = 86_400_000;

/** The middle value (mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A monthly allowance scaled to the municipality's full-time week: allowance × full-time
 * hours ÷ hours per week, to the cent. More hours than full time count as full time (as
 * in the pay code, they do not raise what is asked), so the amount is never lowered.
 */
export function allowancePerFullTime(monthlyAllowance: number, hoursPerWeek: number, fullTimeHours: number): number {
  if (hoursPerWeek <= 0 || fullTimeHours <= 0) throw new RangeError("hours must be positive");
  const hours = Math.min(hoursPerWeek, fullTimeHours);
  return Math.round(((monthlyAllowance * fullTimeHours) / hours) * 100) / 100;
}

/** The median allowance per full-time equivalent of BOL internships; those without a monthly allowance (BBL) are left out. */
export function medianAllowancePerFullTime(
  internships: readonly { monthlyAllowance: number | null; hoursPerWeek: number }[],
  fullTimeHours: number,
): number | null {
  const amounts = internships.flatMap((i) => (i.monthlyAllowance === null ? [] : [allowancePerFullTime(i.monthlyAllowance, i.hoursPerWeek, fullTimeHours)]));
  return median(amounts);
}

/** The median hourly wage in cents of BBL internships (an hourly wage needs no scaling). */
export function medianHourlyWage(internships: readonly { hourlyWageCents: number | null }[]): number | null {
  return median(internships.flatMap((i) => (i.hourlyWageCents === null ? [] : [i.hourlyWageCents])));
}

/** Handling time of a report in days, from creation to closing; null while it is open. */
export function handlingDays(createdAt: Date, closedAt: Date | null): number | null {
  if (closedAt === null) return null;
  return Math.max(0, closedAt.getTime() - createdAt.getTime()) / DAY_MS;
}

/** The median handling time of closed reports in days, to one decimal; null when none was closed. */
export function medianHandlingDays(reports: readonly { createdAt: Date; closedAt: Date | null }[]): number | null {
  const days = reports.flatMap((r) => {
    const d = handlingDays(r.createdAt, r.closedAt);
    return d === null ? [] : [d];
  });
  const m = median(days);
  return m === null ? null : Math.round(m * 10) / 10;
}
