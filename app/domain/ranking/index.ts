// The public complaints ranking (DESIGN §3.4). Only reports an officer assessed as
// substantiated count, so one person filing many reports cannot steer it. k-anonymity:
// a sector's figures and an organisation's entry appear only when those reports come
// from at least RANKING_MIN_REPORTERS distinct reporters; smaller counts never leave
// this function. Organisations appear under a neutral label ("hospitality employer 3,
// Zuidoost") unless an officer's latest decision names them, and a label names a group
// (sector, district) only when that group holds at least RANKING_MIN_GROUP_SIZE
// organisations with published internships: otherwise the label would point at one.

export const RANKING_MIN_REPORTERS = 5;
export const RANKING_MIN_GROUP_SIZE = 5;
export const RANKING_WINDOW_DAYS = 365;
const DAY = 86_400_000;

export type RankingInput = {
  now: Date;
  /** Reports linked to an organisation (others cannot be placed in a sector). */
  reports: { organisationId: string; reporterKey: string; createdAt: Date; substantiated: boolean | null }[];
  organisations: { id: string; name: string; sector: string; district: string | null }[];
  /** Internships on offer in the window, per sector. */
  internshipsBySector: Record<string, number>;
  decisions: { organisationId: string; named: boolean; createdAt: Date }[];
  /** How many organisations with published internships each group a label could name holds. */
  groupSizes: GroupSizes;
};

export type GroupSizes = {
  total: number;
  bySector: Record<string, number>;
  /** sector → district → organisations */
  bySectorAndDistrict: Record<string, Record<string, number>>;
};

/** What a label says: sector and district are null when the group they name is too small. */
export type LabelScope = { sector: string | null; district: string | null };

export type SectorRow =
  | { sector: string; internships: number; shown: true; reports: number; rate: number | null }
  | { sector: string; internships: number; shown: false; reports: null; rate: null };

export type RankedOrganisation = {
  organisationId: string;
  name: string;
  named: boolean;
  label: LabelScope & { n: number };
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
  const latest = decisions.filter((d) => d.organisationId === organisationId).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return latest?.named ?? false;
}

/**
 * The narrowest label that still names a group of at least `min` organisations: sector and
 * district, else the sector alone, else just "employer". Null when even the whole
 * municipality holds fewer, so the organisation must be left out.
 */
export function labelScope(organisation: { sector: string; district: string | null }, groups: GroupSizes, min = RANKING_MIN_GROUP_SIZE): LabelScope | null {
  const { sector, district } = organisation;
  if ((groups.bySector[sector] ?? 0) >= min) {
    const inDistrict = district ? (groups.bySectorAndDistrict[sector]?.[district] ?? 0) : 0;
    return { sector, district: district && inDistrict >= min ? district : null };
  }
  if (groups.total >= min) return { sector: null, district: null };
  return null;
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
    // Unassessed and unsubstantiated reports do not count: anyone can file a report.
    if (r.substantiated !== true || at < from || at > until || !organisation) continue;
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
    .map(([id, c]) => {
      const organisation = organisations.get(id)!;
      return { organisation, scope: labelScope(organisation, input.groupSizes), reports: c.reports, reporters: c.reporters.size };
    })
    .filter((o): o is typeof o & { scope: LabelScope } => o.scope !== null)
    // Most reports first; ties by id, so the numbering is stable and says nothing about names.
    .sort((a, b) => b.reports - a.reports || a.organisation.id.localeCompare(b.organisation.id));
  // Numbered per sector label ("hospitality employer 1", "… 2"), and the widened "employer n" on its own.
  const numberPerLabel = new Map<string | null, number>();
  const ranked: RankedOrganisation[] = listed.map(({ organisation, scope, reports, reporters }) => {
    const n = (numberPerLabel.get(scope.sector) ?? 0) + 1;
    numberPerLabel.set(scope.sector, n);
    return {
      organisationId: organisation.id,
      name: organisation.name,
      named: isNamed(input.decisions, organisation.id),
      label: { ...scope, n },
      reports,
      reporters,
    };
  });
  return { sectors, organisations: ranked };
}
