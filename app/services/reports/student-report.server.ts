import type { Locale } from "~/i18n/config";
import { writeReport } from "~/services/reports/reports.server";
import { db } from "~/utils/db.server";
import { ApplicationNotFoundError } from "~/services/applications/applications-student.server";

// From a rejected application to a discrimination report in one step (DESIGN §3.4).

export class ReportNotAllowedError extends Error {}

/** One step from a rejected application to a discrimination report for the municipality of the internship. */
export async function reportDiscrimination(studentId: string, applicationId: string, input: { category: string; description: string; language?: Locale }) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, studentId },
      select: {
        id: true,
        status: true,
        internship: { select: { id: true, municipalityId: true, organisationId: true } },
        reports: { where: { studentId }, select: { id: true } },
      },
    });
    if (!application) throw new ApplicationNotFoundError();
    if (application.status !== "rejected" || application.reports.length > 0) throw new ReportNotAllowedError();
    // The student wrote it in the site's language they were reading.
    return writeReport(
      tx,
      {
        type: "discrimination",
        category: input.category,
        description: input.description,
        municipalityId: application.internship.municipalityId,
        organisationId: application.internship.organisationId,
        internshipId: application.internship.id,
        applicationId: application.id,
        studentId,
        language: input.language ?? "nl",
      },
      { fromApplication: true },
    );
  });
}

export function getReportableApplication(studentId: string, applicationId: string) {
  return db.application.findFirst({
    where: { id: applicationId, studentId, status: "rejected" },
    select: {
      id: true,
      pseudonym: true,
      rejectionReason: true,
      closedAt: true,
      internship: { select: { title: true, organisation: { select: { name: true } }, municipality: { select: { name: true } } } },
      reports: { where: { studentId }, select: { id: true, reference: true } },
    },
  });
}
