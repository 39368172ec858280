import { buildRanking, RANKING_MIN_GROUP_SIZE, RANKING_MIN_REPORTERS, rankingWindowStart, type GroupSizes, type RankingInput } from "~/domain/ranking";
import { writeAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

// The complaints ranking (DESIGN §3.4). The service only gathers rows; buildRanking
// decides what may be shown (substantiated reports only, k-anonymity, neutral labels,
// naming decisions).

/** Organisations with a published internship now, counted per group a label could name. */
async function groupSizes(municipalityId: string): Promise<GroupSizes> {
  const publishing = await db.organisation.findMany({
    where: { municipalityId, internships: { some: { status: "published" } } },
    select: { sector: true, district: { select: { name: true } } },
  });
  const sizes: GroupSizes = { total: publishing.length, bySector: {}, bySectorAndDistrict: {} };
  for (const { sector, district } of publishing) {
    sizes.bySector[sector] = (sizes.bySector[sector] ?? 0) + 1;
    if (!district) continue;
    const districts = (sizes.bySectorAndDistrict[sector] ??= {});
    districts[district.name] = (districts[district.name] ?? 0) + 1;
  }
  return sizes;
}

async function rankingInput(municipalityId: string, now: Date): Promise<RankingInput> {
  const from = rankingWindowStart(now);
  const [reports, organisations, internships, decisions, sizes] = await Promise.all([
    db.report.findMany({
      where: { municipalityId, organisationId: { not: null }, createdAt: { gte: from, lte: now } },
      select: { organisationId: true, reporterKey: true, createdAt: true, substantiated: true },
    }),
    db.organisation.findMany({
      where: { municipalityId },
      select: { id: true, name: true, sector: true, district: { select: { name: true } } },
    }),
    // Internships that were on offer at some point in the window.
    db.internship.findMany({
      where: {
        municipalityId,
        publishedAt: { not: null, lte: now },
        OR: [{ status: "published" }, { unpublishedAt: { gte: from } }, { closedAt: { gte: from } }],
      },
      select: { organisation: { select: { sector: true } } },
    }),
    db.rankingDecision.findMany({
      where: { organisation: { municipalityId } },
      select: { organisationId: true, named: true, createdAt: true },
    }),
    groupSizes(municipalityId),
  ]);
  const internshipsBySector: Record<string, number> = {};
  for (const i of internships) internshipsBySector[i.organisation.sector] = (internshipsBySector[i.organisation.sector] ?? 0) + 1;
  return {
    now,
    reports: reports.map((r) => ({ organisationId: r.organisationId!, reporterKey: r.reporterKey, createdAt: r.createdAt, substantiated: r.substantiated })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, sector: o.sector, district: o.district?.name ?? null })),
    internshipsBySector,
    decisions,
    groupSizes: sizes,
  };
}

/** What the public may see. Organisation ids and reporter keys never leave this function. */
export async function getPublicRanking(municipalitySlug: string | null, now: Date) {
  // Without a choice, the municipality with the most organisations: the one most visitors mean.
  const municipalities = await db.municipality.findMany({
    select: { id: true, slug: true, name: true },
    orderBy: [{ organisations: { _count: "desc" } }, { name: "asc" }],
  });
  const municipality = municipalities.find((m) => m.slug === municipalitySlug) ?? municipalities[0];
  if (!municipality) return null;
  const ranking = buildRanking(await rankingInput(municipality.id, now));
  return {
    municipality: { slug: municipality.slug, name: municipality.name },
    municipalities: municipalities.map((m) => ({ slug: m.slug, name: m.name })).sort((a, b) => a.name.localeCompare(b.name)),
    from: rankingWindowStart(now).toISOString(),
    until: now.toISOString(),
    k: RANKING_MIN_REPORTERS,
    minGroupSize: RANKING_MIN_GROUP_SIZE,
    sectors: ranking.sectors,
    organisations: ranking.organisations.map((o) => ({ label: o.label, name: o.named ? o.name : null })),
  };
}

/** For officers: the organisations that appear in the ranking, with their label and naming state. */
export async function getRankingCandidates(municipalityId: string, now: Date) {
  const ranking = buildRanking(await rankingInput(municipalityId, now));
  return { k: RANKING_MIN_REPORTERS, organisations: ranking.organisations };
}

export class NotInRankingError extends Error {}

/** Records an officer's decision to name an organisation (or to keep its neutral label), with a reason. */
export async function recordRankingDecision({
  municipalityId,
  organisationId,
  named,
  reason,
  actorId,
  now,
}: {
  municipalityId: string;
  organisationId: string;
  named: boolean;
  reason: string;
  actorId: string;
  now: Date;
}) {
  const { organisations } = await getRankingCandidates(municipalityId, now);
  if (!organisations.some((o) => o.organisationId === organisationId)) throw new NotInRankingError();
  await db.$transaction(async (tx) => {
    const decision = await tx.rankingDecision.create({ data: { organisationId, named, reason, decidedById: actorId, createdAt: now } });
    await writeAudit(tx, {
      actorId,
      action: named ? "ranking.name" : "ranking.keep_neutral",
      entityType: "ranking_decision",
      entityId: decision.id,
      municipalityId,
      organisationId,
      details: { reason },
    });
  });
}
