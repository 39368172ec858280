import { db } from "~/utils/db.server";
import { activeMarksByOrganisation } from "~/services/keurmerk/keurmerk.server";
import { goodStandingSince, loadGoodStandingWhere } from "~/services/pact/pact-standing.server";
import { applicableTravelHint, travelHintSelect } from "~/services/pay-code/travel-hint.server";

/**
 * An internship as its public page shows it: its organisation's active marks, while it is in good standing its pact signature date, and the municipality's travel-cost hint when the allowance is below its threshold.
 * `where` picks a published one for the public page, or the employer's own in any status for its preview.
 */
export async function getInternshipForPage(where: { id: string; status?: "published"; organisationId?: string }, now = new Date()) {
  const internship = await db.internship.findFirst({
    where,
    include: {
      organisation: { select: { name: true, sector: true, kind: true, municipalityId: true } },
      district: { select: { name: true, slug: true } },
      municipality: { select: { name: true, slug: true, travelCostHint: { select: travelHintSelect } } },
      qualification: { select: { nameNl: true, nameEn: true, crebo: true } },
    },
  });
  if (!internship) return null;
  const [marks, signatorySince] = await Promise.all([
    activeMarksByOrganisation([internship.organisationId], now),
    goodStandingSince(db, { id: internship.organisationId, municipalityId: internship.organisation.municipalityId }, now),
  ]);
  const travelHint = applicableTravelHint(internship.municipality.travelCostHint, internship.monthlyAllowance);
  return { ...internship, marks: marks.get(internship.organisationId) ?? [], signatorySince, travelHint };
}

/** The start page's counts: published internships and organisations in good standing. */
export async function getHomeStats(now = new Date()) {
  const [internships, signatories] = await Promise.all([
    db.internship.count({ where: { status: "published" } }),
    loadGoodStandingWhere(db, now).then((where) => db.organisation.count({ where })),
  ]);
  return { internships, signatories };
}

export function getCurrentPact(municipalitySlug: string, now = new Date()) {
  return db.pactVersion.findFirst({
    where: { municipality: { slug: municipalitySlug }, validFrom: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
    orderBy: { version: "desc" },
    include: { commitments: { orderBy: { position: "asc" } }, municipality: { select: { name: true } } },
  });
}
