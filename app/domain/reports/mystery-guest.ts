// An organisation with 3 or more discrimination reports in 12 months is a candidate for
// a mystery-guest check (DESIGN §3.4). "12 months" is the 365 days up to and including
// `now`; reports after `now` (clock skew) do not count.

export const MYSTERY_GUEST_THRESHOLD = 3;
export const MYSTERY_GUEST_WINDOW_DAYS = 365;
const DAY = 86_400_000;

export type ReportForMysteryGuest = { id: string; organisationId: string | null; type: string; createdAt: Date };
export type MysteryGuestCandidate = { organisationId: string; count: number; reportIds: string[] };

export function mysteryGuestWindowStart(now: Date): Date {
  return new Date(now.getTime() - MYSTERY_GUEST_WINDOW_DAYS * DAY);
}

/** Candidates, most reports first (then by id, so the order is stable). */
export function mysteryGuestCandidates(reports: ReportForMysteryGuest[], now: Date, threshold = MYSTERY_GUEST_THRESHOLD): MysteryGuestCandidate[] {
  const from = mysteryGuestWindowStart(now).getTime();
  const byOrganisation = new Map<string, string[]>();
  for (const r of reports) {
    if (r.type !== "discrimination" || !r.organisationId) continue;
    const at = r.createdAt.getTime();
    if (at < from || at > now.getTime()) continue;
    const ids = byOrganisation.get(r.organisationId) ?? [];
    ids.push(r.id);
    byOrganisation.set(r.organisationId, ids);
  }
  return [...byOrganisation.entries()]
    .filter(([, ids]) => ids.length >= threshold)
    .map(([organisationId, reportIds]) => ({ organisationId, count: reportIds.length, reportIds }))
    .sort((a, b) => b.count - a.count || a.organisationId.localeCompare(b.organisationId));
}
