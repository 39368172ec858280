// The public complaints ranking (DESIGN §3.4). k-anonymity: a sector's figures and an
// organisation's entry appear only when the reports come from at least
// RANKING_MIN_REPORTERS distinct reporters; smaller counts never leave this function.
// Organisations appear under a neutral label ("hospitality employer 3, Zuidoost") unless
// an officer's latest decision names them.

export const RANKING_MIN_REPORTERS = 5;
export const RANKING_WINDOW_DAYS = 365;
const DAY = 86_400_000;

export type RankingInput = {
  now: Date;
  /** Reports linked to an organisation (others cannot be placed in a sector). */
  reports: { organisationId: string; reporterKey: string; createdAt: Date }[];
  organisations: { id: string; name: string; sector: string; district: string | null }[];
  /** Internships on offer in the window, per sector. */
  internshipsBySector: Record<string, number>;
  decisions: { organisationId: string; named: boolean; createdAt: Date }[];
};

export type SectorRow =
  | { sector: string; internships: number; shown: true; reports: number; rate: number | null }
  | { sector: string; internships: number; shown: false; reports: null; rate: null };

export type RankedOrganisation = {
  organisationId: string;
  name: string;
  named: boolean;
  label: { sector: string; n: number; district: string | null };
  reports: number;
  reporters: number;
};

export function rankingWindowStart(now: Date): Date {
  return new Date(now.getTime() - RANKING_WINDOW_DAYS * DAY);
}

/** Complaints per 100 internships, one decimal; null when there were no internships to compare with. */
export function ratePer100(reports: number, internships: number): number | null {
  if (internships <= 0) return null;
  return Math.round((reports / internships) * 1000) / 10;
}

/** The latest decision counts: an officer can name an organisation and later withdraw that. */
export function isNamed(decisions: RankingInput["decisions"], organisationId: string): boolean {
  const latest = decisions
    .filter((d) => d.organisationId === organisationId)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return latest?.named ?? false;
}

export function buildRanking(input: RankingInput, k = RANKING_MIN_REPORTERS): { sectors: SectorRow[]; organisations: RankedOrganisation[] } {
  const from = rankingWindowStart(input.now).getTime();
  const until = input.now.getTime();
  const organisations = new Map(input.organisations.map((o) => [o.id, o]));
  const perOrganisation = new Map<string, { reports: number; reporters: Set<string> }>();
  const perSector = new Map<string, { reports: number; reporters: Set<string> }>();
  for (const r of input.reports) {
    const at = r.createdAt.getTime();
    const organisation = organisations.get(r.organisationId);
    if (at < from || at > until || !organisation) continue;
    const o = perOrganisation.get(organisation.id) ?? { reports: 0, reporters: new Set<string>() };
    o.reports++;
    o.reporters.add(r.reporterKey);
    perOrganisation.set(organisation.id, o);
    const s = perSector.get(organisation.sector) ?? { reports: 0, reporters: new Set<string>() };
    s.reports++;
    s.reporters.add(r.reporterKey);
    perSector.set(organisation.sector, s);
  }

  const sectorNames = [...new Set([...Object.keys(input.internshipsBySector), ...perSector.keys()])].sort();
  const sectors: SectorRow[] = sectorNames.map((sector) => {
    const internships = input.internshipsBySector[sector] ?? 0;
    const counts = perSector.get(sector);
    const reporters = counts?.reporters.size ?? 0;
    // A sector without any report shows 0 honestly; a handful of reports is hidden.
    if (reporters === 0) return { sector, internships, shown: true, reports: 0, rate: internships > 0 ? 0 : null };
    if (reporters < k) return { sector, internships, shown: false, reports: null, rate: null };
    return { sector, internships, shown: true, reports: counts!.reports, rate: ratePer100(counts!.reports, internships) };
  });
  sectors.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.sector.localeCompare(b.sector));

  const listed = [...perOrganisation.entries()]
    .filter(([, c]) => c.reporters.size >= k)
    .map(([id, c]) => ({ organisation: organisations.get(id)!, reports: c.reports, reporters: c.reporters.size }))
    // Most reports first; ties by id, so the numbering is stable and says nothing about names.
    .sort((a, b) => b.reports - a.reports || a.organisation.id.localeCompare(b.organisation.id));
  const numberInSector = new Map<string, number>();
  const ranked: RankedOrganisation[] = listed.map(({ organisation, reports, reporters }) => {
    const n = (numberInSector.get(organisation.sector) ?? 0) + 1;
    numberInSector.set(organisation.sector, n);
    return {
      organisationId: organisation.id,
      name: organisation.name,
      named: isNamed(input.decisions, organisation.id),
      label: { sector: organisation.sector, n, district: organisation.district },
      reports,
      reporters,
    };
  });
  return { sectors, organisations: ranked };
}
