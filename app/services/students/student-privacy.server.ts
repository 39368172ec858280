import {
  CLOSED_APPLICATION_STATES,
  isApplicationState,
  isClosed,
  isDueForAnonymisation,
  retentionDeadline,
  transitionApplication,
} from "~/domain/applications";
import { applyTransition } from "~/services/applications/applications-student.server";
import { parseStoredSkills } from "~/services/students/student-profile.server";
import { exportUserAlerts } from "~/search/search-alerts.server";
import { db, type Tx } from "~/utils/db.server";

// Privacy for students (DESIGN §3.3, §5): consent to keep applications longer,
// export everything as JSON, delete the account, and the retention job that
// anonymises closed applications after four weeks (one year with consent).

/** Replaces the motivation once the personal data is gone; the row stays for the statistics. */
export const ANONYMISED_MARKER = "[geanonimiseerd]";

/**
 * Removes everything that could point at the student and keeps what the statistics
 * need: internship, status, rejection reason, dates and the level/qualification
 * (shared by many students). Free text goes: the motivation and the employer's
 * rejection text may both hold personal details.
 */
async function anonymiseApplications(tx: Tx, ids: string[], now: Date) {
  if (ids.length === 0) return 0;
  const { count } = await tx.application.updateMany({
    where: { id: { in: ids }, anonymisedAt: null },
    data: {
      studentId: null,
      motivationScrubbed: ANONYMISED_MARKER,
      skillsShown: "[]",
      availableFrom: null,
      availableHours: null,
      rejectionText: null,
      anonymisedAt: now,
    },
  });
  return count;
}

export async function setRetentionConsent(studentId: string, consent: boolean, now = new Date()) {
  await db.$transaction(async (tx) => {
    await tx.student.update({ where: { id: studentId }, data: { retentionConsent: consent, retentionConsentAt: consent ? now : null } });
    // The deadline shown to the student follows the choice for applications already closed.
    const closed = await tx.application.findMany({ where: { studentId, closedAt: { not: null }, anonymisedAt: null }, select: { id: true, closedAt: true } });
    for (const application of closed) {
      await tx.application.update({ where: { id: application.id }, data: { retainUntil: retentionDeadline(application.closedAt!, consent) } });
    }
  });
}

/** The retention job: anonymises every closed application whose deadline has passed. */
export async function anonymiseDueApplications(now: Date) {
  const candidates = await db.application.findMany({
    where: { anonymisedAt: null, status: { in: [...CLOSED_APPLICATION_STATES] } },
    select: { id: true, status: true, closedAt: true, anonymisedAt: true, student: { select: { retentionConsent: true } } },
  });
  const due = candidates
    .filter(
      (a) =>
        isApplicationState(a.status) &&
        isDueForAnonymisation(
          { state: a.status, closedAt: a.closedAt, anonymisedAt: a.anonymisedAt, consentToKeep: a.student?.retentionConsent ?? false },
          now,
        ),
    )
    .map((a) => a.id);
  const anonymised = await db.$transaction((tx) => anonymiseApplications(tx, due, now));
  return { checked: candidates.length, anonymised };
}

/** Everything the platform holds about the student, for the JSON download. */
export async function exportStudentData(studentId: string) {
  const student = await db.student.findUnique({
    where: { id: studentId },
    include: {
      user: { select: { email: true, name: true, locale: true, createdAt: true } },
      qualification: { select: { nameNl: true, nameEn: true, crebo: true } },
      applications: {
        orderBy: { submittedAt: "asc" },
        include: {
          internship: { select: { id: true, title: true, organisation: { select: { name: true } } } },
          history: { orderBy: { createdAt: "asc" }, select: { fromStatus: true, toStatus: true, reason: true, actorRole: true, createdAt: true } },
        },
      },
      reports: {
        orderBy: { createdAt: "asc" },
        select: { reference: true, type: true, category: true, description: true, status: true, createdAt: true, organisation: { select: { name: true } } },
      },
    },
  });
  if (!student) return null;
  return {
    exportedAt: new Date().toISOString(),
    account: { email: student.user.email, name: student.user.name, language: student.user.locale, createdAt: student.user.createdAt },
    profile: {
      firstName: student.firstName,
      tussenvoegsel: student.tussenvoegsel,
      lastName: student.lastName,
      phone: student.phone,
      dateOfBirth: student.dateOfBirth,
      street: student.street,
      postcode: student.postcode,
      city: student.city,
      school: student.school,
      gender: student.gender,
      nationality: student.nationality,
      qualification: student.qualification,
      level: student.level,
      schoolYear: student.schoolYear,
      skills: parseStoredSkills(student.skills),
      cvText: student.cvText,
      availableFrom: student.availableFrom,
      availableHours: student.availableHours,
      retentionConsent: student.retentionConsent,
      retentionConsentAt: student.retentionConsentAt,
    },
    applications: student.applications.map((a) => ({
      id: a.id,
      pseudonym: a.pseudonym,
      internship: { id: a.internship.id, title: a.internship.title, organisation: a.internship.organisation.name },
      status: a.status,
      motivationAsSeenByEmployer: a.motivationScrubbed,
      skillsShown: parseStoredSkills(a.skillsShown),
      qualificationName: a.qualificationName,
      level: a.level,
      schoolYear: a.schoolYear,
      availableFrom: a.availableFrom,
      availableHours: a.availableHours,
      rejectionReason: a.rejectionReason,
      rejectionText: a.rejectionText,
      submittedAt: a.submittedAt,
      invitedAt: a.invitedAt,
      identityRevealedAt: a.identityRevealedAt,
      closedAt: a.closedAt,
      retainUntil: a.retainUntil,
      history: a.history,
    })),
    reports: student.reports.map((r) => ({ ...r, organisation: r.organisation?.name ?? null })),
    savedSearches: await exportUserAlerts(student.userId),
  };
}

/**
 * Deletes the account in one transaction: open applications are withdrawn, every
 * application is anonymised (kept for the statistics), then the student, the user
 * and its sessions go. Reports stay with the municipality without the link.
 */
export async function deleteStudentAccount(studentId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const student = await tx.student.findUnique({ where: { id: studentId }, select: { userId: true } });
    if (!student) return;
    const applications = await tx.application.findMany({ where: { studentId }, select: { id: true, status: true } });
    for (const application of applications) {
      if (isApplicationState(application.status) && !isClosed(application.status)) {
        // The student's own withdrawal by the domain's rules; the history records the
        // platform as the one that carried it out, with the account deletion as reason.
        const result = transitionApplication(application.status, "withdraw", "student");
        await applyTransition(tx, application.id, application.status, result.next, "system", now, { closedAt: now }, "account_deleted");
      }
    }
    await anonymiseApplications(
      tx,
      applications.map((a) => a.id),
      now,
    );
    await tx.report.updateMany({ where: { studentId }, data: { studentId: null } });
    await tx.session.deleteMany({ where: { userId: student.userId } });
    await tx.searchAlert.deleteMany({ where: { userId: student.userId } });
    await tx.student.delete({ where: { id: studentId } });
    await tx.user.delete({ where: { id: student.userId } });
  });
}
