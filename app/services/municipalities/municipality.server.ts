import { db } from "~/utils/db.server";

/** Counts for the officer's start page, scoped to their own municipality. */
export async function getOfficerOverview(municipalityId: string) {
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { name: true } });
  if (!municipality) return null;
  const [pendingOrganisations, pendingSignatures, pendingChanges, openReports, publishedInternships] = await Promise.all([
    db.organisation.count({ where: { municipalityId, verificationStatus: "pending" } }),
    db.pactSignature.count({ where: { status: "pending", organisation: { municipalityId } } }),
    db.organisationChangeRequest.count({ where: { status: "pending", organisation: { municipalityId } } }),
    db.report.count({ where: { municipalityId, status: { in: ["new", "in_progress"] } } }),
    db.internship.count({ where: { municipalityId, status: "published" } }),
  ]);
  return { name: municipality.name, pendingOrganisations, pendingSignatures, pendingChanges, openReports, publishedInternships };
}
